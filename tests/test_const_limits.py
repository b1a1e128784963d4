"""Untyped constants bounded as go/constant and types2 bound them, in bounded
time: 512-bit untyped integers (`constant overflow`), exact fractions while
their parts stay under 4096 bits, beyond that a 512-bit float whose exponent
is big.Float's int32 (`malformed constant` past it), literals of at most
10000 characters (`excessively long constant`).

Expected texts come from real Go (go1.27.3): compile errors from `go build`,
constant strings from go/constant's Value.String of MakeFromLiteral, program
output from `go run` -- never from minigo's output.
"""
import subprocess
import sys
import time

import pytest

from minigo import constant as C
from minigo.syntax import literals as L

from test_scan_errors import body, compile_errors

PATHOLOGICAL = [
    '1' + '0' * 5000,            # beyond Python's int-str digit limit
    '1' + '0' * 9999,
    '1e1000000',
    '1e-1000000000',
    '1e' + '9' * 400,            # exponent beyond int64
    '1e-' + '9' * 400,
    '1e2000000000',
    '1e-2147483600',
    '0x1p2147483647',
    '0x1p-2147483000',
    '1.' + '3' * 9990 + 'e-1000000',
    '9' * 9990 + 'e2000000000',
    '0.' + '0' * 9000 + '1',
    '1e1000000i',
    '1' + '0' * 20000,           # excessively long
]


@pytest.mark.parametrize('lit', PATHOLOGICAL, ids=lambda s: s[:12] + f'..{len(s)}')
def test_pathological_literal_is_fast(lit):
    t0 = time.perf_counter()
    kind, v = L.number(lit)
    if v is not None and v is not L.MALFORMED:
        C.const_string(v)
        C.representable(v, C.T.Typ[C.T.FLOAT64])
    assert time.perf_counter() - t0 < 2


@pytest.mark.parametrize('lit', PATHOLOGICAL[:6], ids=lambda s: s[:12] + f'..{len(s)}')
def test_pathological_program_is_fast(lit):
    t0 = time.perf_counter()
    compile_errors(body(f'\tx := {lit}\n\t_ = x\n'))
    assert time.perf_counter() - t0 < 2


# go/constant: MakeFromLiteral(lit, token.FLOAT, 0).String()
FLOAT_STRINGS = [
    ('0x1p-2147483000', '0.66302e-646456798'),
    ('0x1p-1000000', '1.01003e-301030'),
    ('0x3p-1000000', '3.0301e-301030'),
    ('1e-1000000', '1e-1000000'),
    ('0x1p2147483646', '4.40403e+646456992'),
    ('0x1p2147483645', '2.20202e+646456992'),
    ('1.5e-300000', '1.5e-300000'),
    ('9.99999999e1000000', '1e+1000001'),
    ('1e1233', '1e+1233'),
    ('1e1234', '1e+1234'),
    ('1e1235', '1e+1235'),
    ('1e-1233', '1e-1233'),
    ('1e-1234', '1e-1234'),
    ('1e-1240', '1e-1240'),
    ('123456789.123456789e1300', '1.23457e+1308'),
    ('0.1e-1300', '1e-1301'),
    ('5e-324', '4.94066e-324'),
    ('1e308', '1e+308'),
    ('1e309', '1e+309'),
    ('2.5e-2147483600', '0'),
    ('1e646456992', '1e+646456992'),
    ('1e646456993', None),          # Unknown: malformed constant
    ('1e-646456992', '1e-646456992'),
    ('1e-646457000', '0'),
    ('1e-646456900', '1e-646456900'),
    ('0x1.8p4100', '2.50653e+1234'),
    ('0x1p-4095', '1.915e-1233'),
    ('0x1p-4096', '0.957498e-1233'),
    ('0x1p4095', '5.22194e+1232'),
    ('0x1p4096', '1.04439e+1233'),
    ('7e-1000', '7e-1000'),
]


@pytest.mark.parametrize('lit, want', FLOAT_STRINGS)
def test_float_constant_string(lit, want):
    kind, v = L.number(lit)
    if want is None:
        assert v is L.MALFORMED
    else:
        assert C.const_string(v) == want


def test_exact_where_go_is_exact():
    # binary exponent within +-4096: a fraction, exactly
    from fractions import Fraction
    assert L.number('1e1233')[1] == Fraction(10) ** 1233
    assert L.number('0x1p-4095')[1] == Fraction(1, 2 ** 4095)
    assert isinstance(L.number('1e1234')[1], C.BigFloat)


def test_decimal_int_without_digit_limit():
    limit = sys.get_int_max_str_digits()
    assert L.decimal_int('1' + '0' * 9000) == 10 ** 9000
    assert C.int_string(-(10 ** 9000 + 12345)) == '-1' + '0' * 8995 + '12345'
    assert sys.get_int_max_str_digits() == limit     # the process-wide limit is left alone


@pytest.mark.parametrize('stmts, want', [
    ('\tx := 1' + '0' * 155 + '\n\t_ = x\n', ['./prog.go:4:7: constant overflow']),
    ('\tx := 1' + '0' * 5000 + '\n\t_ = x\n', ['./prog.go:4:7: constant overflow']),
    ('\tx := 1' + '0' * 10000 + '\n\t_ = x\n',
     ['./prog.go:4:7: excessively long constant: 1000000000... (10001 chars)']),
    ('\tx := 1e1000000\n\t_ = x\n', ['./prog.go:4:7: cannot use 1e1000000 (untyped float constant 1e+1000000) '
                                    'as float64 value in assignment (overflows)']),
    ('\tx := 0x1p1000000\n\t_ = x\n', ['./prog.go:4:7: cannot use 0x1p1000000 (untyped float constant '
                                      '9.90066e+301029) as float64 value in assignment (overflows)']),
    ('\tx := 1e2000000000\n\t_ = x\n', ['./prog.go:4:7: malformed constant: 1e2000000000']),
    ('\tx := 1e' + '9' * 400 + '\n\t_ = x\n', ['./prog.go:4:7: malformed constant: 1e' + '9' * 400]),
    ('\tx := 1e-1000000000\n\t_ = x\n', []),
    ('\tconst c = 1' + '0' * 150 + '\n\tx := c * c\n\t_ = x\n',
     ['./prog.go:5:9: constant multiplication overflow']),
])
def test_constant_messages(stmts, want):
    assert compile_errors(body(stmts)) == want


BIG_RUN = '''package main

import "fmt"

const a = 1e1300
const b = a / 1e1290
const c = 1e-1300 * 1e1310
const d = 0x1p5000 / 0x1p4990
const e = 1e4000 * 1e-3990
const f = (1e1300 + 1) - 1e1300
const g = 1.5e1300
const h = 1e-5000

func main() {
	fmt.Println(b, c, d, e, f)
	var i int = b
	fmt.Println(i)
	var j int64 = e
	fmt.Println(j)
	fmt.Println(g/1e1299, h*1e5000, a > g, a < g, a == 1e1300)
	fmt.Println(1e308*10/100, 1e-400*1e300)
	const k = 1 << 511
	fmt.Println(k/(1<<500), float64(k))
}
'''

# `go run` of BIG_RUN
BIG_RUN_OUT = '''1e+10 1e+10 1024 1e+10 0
10000000000
10000000000
15 1 false true true
1e+307 1e-100
2048 6.703903964971299e+153
'''


def test_big_constants_at_run_time(tmp_path):
    p = tmp_path / 'big.go'
    p.write_text(BIG_RUN)
    r = subprocess.run([sys.executable, '-m', 'minigo', 'run', str(p)], capture_output=True, text=True,
                       timeout=120)
    assert (r.stdout, r.returncode) == (BIG_RUN_OUT, 0), r.stderr


BIG_RUN2 = '''package main

import (
	"fmt"
	"math"
)

const big = 1e1000000
const tiny = 1e-1000000

func main() {
	fmt.Println(int64(1e1300/1e1290), big/big, tiny*big, big-big, -big/big)
	fmt.Println(complex(1e1300/1e1299, 2), real(complex(big/1e999999, 0)))
	fmt.Println(big > 1, tiny < 1, tiny > 0, -big < 0, big == big)
	fmt.Println(math.MaxFloat64*2/4, 1e1300*0)
	const c = 1e1300
	var f float64 = c / 1e1299
	fmt.Println(f, uint8(1e1300/1e1298))
	fmt.Printf("%T %v\\n", big/big, tiny*big == 1)
}
'''

# `go run` of BIG_RUN2
BIG_RUN2_OUT = '''10000000000 1 1 0 -1
(10+2i) 10
true true true true true
8.988465674311579e+307 0
10 100
float64 false
'''


def test_big_constants_mixed_at_run_time(tmp_path):
    p = tmp_path / 'big2.go'
    p.write_text(BIG_RUN2)
    r = subprocess.run([sys.executable, '-m', 'minigo', 'run', str(p)], capture_output=True, text=True,
                       timeout=120)
    assert (r.stdout, r.returncode) == (BIG_RUN2_OUT, 0), r.stderr
