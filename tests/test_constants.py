"""Untyped constant arithmetic (minigo/constant.py, after go/constant) and the
checker's use of it.

Covers: exact big-int arithmetic; exact untyped floats (0.1+0.2 == 0.3 as
constants); integer division truncating toward zero and the sign of %;
shifts; the int < rune < float < complex kind order; comparison;
representability in typed types (overflow, truncation, float32/float64
rounding at the edges); go/constant's String for error messages; and the
compile errors gc gives for constants that do not fit.

Expected values come from the Go spec (cited where used) or from real
go1.27.3: `go build`/`go run` on the programs shown, and a go/constant
program for the String forms.
"""
import os
import struct
from fractions import Fraction as F

import pytest

from conftest import run_minigo
from minigo import constant as C
from minigo import types as T
from minigo.frontend import parse_and_check
from minigo.errors import ErrorList, Source

TYP = T.Typ
F32_MAX = F((2 ** 24 - 1) * 2 ** 104)        # 0x1.fffffep127
F64_MAX = F((2 ** 53 - 1) * 2 ** 971)        # 0x1.fffffffffffffp1023


def f32(x):
    """x rounded to float32 by the C library (correct for values exact in float64)."""
    return F(struct.unpack('>f', struct.pack('>f', x))[0])


# ------------------------------------------------------------------ arithmetic on values

def test_big_int_arithmetic_is_exact():
    huge = 1 << 100
    assert C.binary(huge, '*', huge) == 1 << 200
    assert C.binary(huge, '-', 1) == 1267650600228229401496703205375
    assert C.binary(C.binary(huge, '*', huge), '/', huge, integer_div=True) == huge
    assert C.binary(huge, '/', 3, integer_div=True) == 422550200076076467165567735125
    assert C.binary(huge, '%', 3) == 1
    assert C.binary(huge, '|', 1) == huge + 1
    assert C.binary(huge | 0xff, '&^', 0x0f) == huge | 0xf0


def test_untyped_float_arithmetic_is_exact():
    tenth, fifth = F(1, 10), F(2, 10)
    s = C.binary(tenth, '+', fifth)
    assert s == F(3, 10) and C.compare(s, '==', F(3, 10))
    # `/` on integer values without integer_div is exact rational division
    third = C.binary(1, '/', 3)
    assert third == F(1, 3)
    assert C.binary(third, '*', 3) == 1
    assert C.binary(C.binary(F(10) ** 300, '*', F(10) ** 300), '/', F(10) ** 300) == F(10) ** 300
    # an int operand meets a float operand as a float (exact)
    assert C.binary(1 << 100, '/', F(3)) == F(1 << 100, 3)


# The spec's table (Arithmetic operators, "Integer operators"): x / y truncates
# toward zero and x % y has the sign of x.
@pytest.mark.parametrize('x, y, q, r', [
    (5, 3, 1, 2), (-5, 3, -1, -2), (5, -3, -1, 2), (-5, -3, 1, -2),
    (7, 2, 3, 1), (-7, 2, -3, -1), (7, -2, -3, 1), (-7, -2, 3, -1),
    (-(1 << 100) - 1, 1 << 99, -2, -1), (0, -5, 0, 0),
])
def test_integer_division_truncates_toward_zero(x, y, q, r):
    assert C.binary(x, '/', y, integer_div=True) == q
    assert C.binary(x, '%', y) == r
    assert q * y + r == x


@pytest.mark.parametrize('x, op', [
    (1, '/'), (1, '%'), (F(1), '/'), (C.Cplx(1, 1), '/'), (1 << 100, '%'),
])
def test_division_by_zero(x, op):
    zero = C.Cplx(0, 0) if isinstance(x, C.Cplx) else 0
    with pytest.raises(C.DivByZero):
        C.binary(x, op, zero, integer_div=isinstance(x, int))


@pytest.mark.parametrize('x, op, s, want', [
    (1, '<<', 100, 1 << 100), (3, '<<', 0, 3), (1 << 100, '>>', 98, 4),
    # signed right shifts are arithmetic (spec: "Integer operators")
    (-8, '>>', 1, -4), (-5, '>>', 1, -3), (-1, '>>', 100, -1), (5, '>>', 10, 0),
])
def test_shift(x, op, s, want):
    assert C.shift(x, op, s) == want


def test_complex_arithmetic():
    a, b = C.Cplx(1, 2), C.Cplx(3, -4)
    assert C.binary(a, '*', b) == C.Cplx(11, 2)
    assert C.binary(a, '/', b) == C.Cplx(F(-1, 5), F(2, 5))
    assert C.binary(C.Cplx(0, 1), '*', C.Cplx(0, 1)) == C.Cplx(-1, 0)
    # an int or float operand meets a complex one as a complex
    assert C.binary(1, '+', C.Cplx(0, 1)) == C.Cplx(1, 1)
    assert C.binary(F(1, 2), '*', C.Cplx(0, 2)) == C.Cplx(0, 1)


@pytest.mark.parametrize('op, v, typ, want', [
    ('^', 0, TYP[T.UINT8], 255), ('^', 1, TYP[T.UINT16], 65534),
    ('^', 0, TYP[T.UINT64], (1 << 64) - 1), ('^', 0, TYP[T.UNTYPED_INT], -1),
    ('^', 5, TYP[T.INT8], -6), ('-', 1 << 100, TYP[T.UNTYPED_INT], -(1 << 100)),
    ('-', C.Cplx(1, -2), TYP[T.UNTYPED_COMPLEX], C.Cplx(-1, 2)),
    ('-', F(1, 3), TYP[T.UNTYPED_FLOAT], F(-1, 3)), ('!', True, TYP[T.UNTYPED_BOOL], False),
])
def test_unary(op, v, typ, want):
    assert C.unary(op, v, typ) == want


@pytest.mark.parametrize('x, op, y, want', [
    (1, '==', F(1), True), (F(1, 3), '<', F(34, 100), True), (1 << 100, '>', (1 << 100) - 1, True),
    (C.Cplx(0, 1), '==', C.Cplx(0, 1), True), (C.Cplx(0, 1), '!=', C.Cplx(1, 0), True),
    (2, '==', C.Cplx(2, 0), True), (b'a', '<', b'b', True), (b'ab', '>=', b'b', False),
    (True, '==', False, False), (-(1 << 70), '<=', F(-1, 2), True),
])
def test_compare(x, op, y, want):
    assert C.compare(x, op, y) is want


@pytest.mark.parametrize('v, kind, want', [
    (F(4), T.UNTYPED_INT, 4), (F(9, 2), T.UNTYPED_INT, None), (C.Cplx(2, 0), T.UNTYPED_RUNE, 2),
    (C.Cplx(2, 1), T.UNTYPED_INT, None), (3, T.UNTYPED_FLOAT, F(3)), (C.Cplx(F(1, 2), 0), T.UNTYPED_FLOAT, F(1, 2)),
    (C.Cplx(0, 1), T.UNTYPED_FLOAT, None), (3, T.UNTYPED_COMPLEX, C.Cplx(3, 0)),
])
def test_make_for_kind(v, kind, want):
    got = C.make_for_kind(v, kind)
    assert got == want
    if want is not None:
        assert type(got) is type(want)


# ------------------------------------------------------------------ representability

@pytest.mark.parametrize('v, kind, want', [
    (127, T.INT8, 127), (128, T.INT8, None), (-128, T.INT8, -128), (-129, T.INT8, None),
    (255, T.UINT8, 255), (256, T.UINT8, None), (-1, T.UINT8, None), (-1, T.UINT, None),
    ((1 << 64) - 1, T.UINT64, (1 << 64) - 1), (1 << 64, T.UINT64, None),
    ((1 << 63) - 1, T.INT, (1 << 63) - 1), (1 << 63, T.INT, None), (-(1 << 63), T.INT64, -(1 << 63)),
    ((1 << 31), T.INT32, None), ((1 << 32) - 1, T.UINT32, (1 << 32) - 1),
    # a float or complex value is an integer only when exactly one
    (F(3, 2), T.INT, None), (F(4, 2), T.INT, 2), (F(500), T.INT8, None),
    (C.Cplx(3, 0), T.INT, 3), (C.Cplx(3, 1), T.INT, None),
    # untyped kinds take any value of a compatible kind
    (1 << 1000, T.UNTYPED_INT, 1 << 1000), (F(10) ** 400, T.UNTYPED_FLOAT, F(10) ** 400),
    (F(10) ** 309, T.FLOAT64, None), (10 ** 39, T.FLOAT32, None),
    (F(1, 10), T.FLOAT64, F(0.1)), (F(1, 10), T.FLOAT32, f32(0.1)),
    (F(1, 10 ** 50), T.FLOAT32, 0), (F(1, 10 ** 400), T.FLOAT64, 0),
    (C.Cplx(0, 10 ** 39), T.COMPLEX64, None), (C.Cplx(F(1, 10), 1), T.COMPLEX64, C.Cplx(f32(0.1), 1)),
    (F(1, 2), T.COMPLEX128, C.Cplx(F(1, 2), 0)),
    (b'x', T.STRING, b'x'), (1, T.STRING, None), (b'x', T.INT, None),
    (True, T.BOOL, True), (1, T.BOOL, None), (True, T.INT, None),
])
def test_representable(v, kind, want):
    assert C.representable(v, TYP[kind]) == want


# Each edge below was checked with go1.27.3: `var f float32 = <expr>` compiles
# (and compares equal as stated) or is rejected with "(overflows)".
@pytest.mark.parametrize('v, kind, want', [
    (F32_MAX + 2 ** 102, T.FLOAT32, F32_MAX),                   # below the halfway point: rounds down
    (F32_MAX + 2 ** 103, T.FLOAT32, None),                      # halfway: to even, which is 2**128
    (F64_MAX + F(2) ** 969, T.FLOAT64, F64_MAX),
    (F64_MAX + F(2) ** 970, T.FLOAT64, None),
    (F(1, 2 ** 150), T.FLOAT32, 0),                             # half the least subnormal: to even, 0
    (F(1, 2 ** 150) * F('1.0000001'), T.FLOAT32, F(1, 2 ** 149)),
    (F(1, 2 ** 1075), T.FLOAT64, 0),
])
def test_representable_rounding_edges(v, kind, want):
    assert C.representable(v, TYP[kind]) == want


def test_float32_rounding_is_not_double_rounding():
    x = 1 + F(1, 2 ** 24) + F(1, 2 ** 60)
    assert C.representable(x, TYP[T.FLOAT32]) == 1 + F(1, 2 ** 23)


# ------------------------------------------------------------------ String, as in messages

# Expected: go/constant's Value.String() in go1.27.3 for the same values.
@pytest.mark.parametrize('v, want', [
    (F(1, 10), '0.1'), (F(10) ** 400, '1e+400'), (-F(10) ** 400, '-1e+400'), (F(1, 10 ** 400), '1e-400'),
    (F(1, 3), '0.333333'), (F(2, 3), '0.666667'), (F(3, 2), '1.5'), (F(3), '3'),
    (F(10 ** 6), '1e+06'), (F(10 ** 21), '1e+21'), (F(123456789), '1.23457e+08'),
    (F(1, 10 ** 6), '1e-06'), (F(1, 10 ** 7), '1e-07'), (F(10) ** 300, '1e+300'), (F(10) ** 600, '1e+600'),
    (F(99999999999999999999) * F(10) ** 380, '1e+400'), (F('0.30000000000000004'), '0.3'),
    (C.Cplx(0, 2), '(0 + 2i)'), (C.Cplx(1, F(5, 2)), '(1 + 2.5i)'), (C.Cplx(F(1, 2), 2), '(0.5 + 2i)'),
    (1 << 100, '1267650600228229401496703205376'), (-7, '-7'),
    (b'hello\n', '"hello\\n"'), (True, 'true'),
    (b'0123456789' * 7 + b'012345', '"' + ('0123456789' * 7)[:68] + '...'),
])
def test_const_string(v, want):
    assert C.const_string(v) == want


# ------------------------------------------------------------------ through the checker

def check_errors(body):
    """`go build` stderr for `package main; func main() { <body> }` ('' if it compiles)."""
    text = f'package main\n\nfunc main() {{\n\t{body}\n}}\n'
    src = Source('prog.go', text, display='./prog.go')
    try:
        parse_and_check(src)
    except ErrorList as el:
        return el.report()
    return ''


# Expected text: go1.27.3 `go build prog.go`, the statement on line 4 at a tab.
CONST_ERRORS = [
    ('_ = int8(128)', '4:11: constant 128 overflows int8'),
    ('var x int8 = 128; _ = x',
     '4:15: cannot use 128 (untyped int constant) as int8 value in variable declaration (overflows)'),
    ('var x int8 = -129; _ = x',
     '4:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)'),
    ('var x uint8 = -1; _ = x',
     '4:16: cannot use -1 (untyped int constant) as uint8 value in variable declaration (overflows)'),
    ('_ = uint(0) - 1', '4:6: uint(0) - 1 (constant -1 of type uint) overflows uint'),
    ('var x uint64 = 1 << 64; _ = x',
     '4:17: cannot use 1 << 64 (untyped int constant 18446744073709551616) as uint64 value '
     'in variable declaration (overflows)'),
    ('const big = 1 << 100; var x = big; _ = x',
     '4:32: cannot use big (untyped int constant 1267650600228229401496703205376) as int value '
     'in variable declaration (overflows)'),
    ('var x = 1 << 63; _ = x',
     '4:10: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value '
     'in variable declaration (overflows)'),
    ('var x int32 = 1 << 31; _ = x',
     '4:16: cannot use 1 << 31 (untyped int constant 2147483648) as int32 value in variable declaration (overflows)'),
    ('var x int = 10000000000000000000; _ = x',
     '4:14: cannot use 10000000000000000000 (untyped int constant) as int value in variable declaration (overflows)'),
    ('var x int = 1.5; _ = x',
     '4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)'),
    ('_ = int(1.5)', '4:10: cannot convert 1.5 (untyped float constant) to type int'),
    ('_ = uint8(256.0)', '4:12: cannot convert 256.0 (untyped float constant 256) to type uint8'),
    ('var x int = 1e21; _ = x',
     '4:14: cannot use 1e21 (untyped float constant 1e+21) as int value in variable declaration (truncated)'),
    ('var x int8 = 0.5e3; _ = x',
     '4:15: cannot use 0.5e3 (untyped float constant 500) as int8 value in variable declaration (truncated)'),
    ('var x float32 = 1e39; _ = x',
     '4:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)'),
    ('const big = 1e400; var f = big; _ = f',
     '4:29: cannot use big (untyped float constant 1e+400) as float64 value in variable declaration (overflows)'),
    ('var x = 1e300 * 1e300; _ = x',
     '4:10: cannot use 1e300 * 1e300 (untyped float constant 1e+600) as float64 value '
     'in variable declaration (overflows)'),
    ('var f float32 = 0x1.fffffep127 + 0x1p103; _ = f',
     '4:18: cannot use 0x1.fffffep127 + 0x1p103 (untyped float constant 3.40282e+38) as float32 value '
     'in variable declaration (overflows)'),
    ('var f float64 = 0x1.fffffffffffffp1023 + 0x1p970; _ = f',
     '4:18: cannot use 0x1.fffffffffffffp1023 + 0x1p970 (untyped float constant 1.79769e+308) as float64 value '
     'in variable declaration (overflows)'),
    ('const x int8 = 100; const y = x * 2; _ = y', '4:32: x * 2 (constant 200 of type int8) overflows int8'),
    ('_ = ^uint8(0) + 1', '4:6: ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8'),
    ('const x int = 1 << 62; _ = x * 4',
     '4:29: x * 4 (constant 18446744073709551616 of type int) overflows int'),
    ('const x = 10; var u uint8 = x * 30; _ = u',
     '4:30: cannot use x * 30 (untyped int constant 300) as uint8 value in variable declaration (overflows)'),
    # the result of rune-kind arithmetic is still a rune constant
    ("const c = 'a'; var b byte = c + 200; _ = b",
     '4:30: cannot use c + 200 (untyped rune constant 297) as byte value in variable declaration (overflows)'),
    ("var r rune = 'a' + 0.5; _ = r",
     "4:15: cannot use 'a' + 0.5 (untyped float constant 97.5) as rune value in variable declaration (truncated)"),
    ('var x int = 1 + 2i; _ = x',
     '4:14: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value in variable declaration (truncated)'),
    ('var x int = 2i; _ = x',
     '4:14: cannot use 2i (untyped complex constant (0 + 2i)) as int value in variable declaration (truncated)'),
    ('_ = 1 / 0', '4:10: invalid operation: division by zero'),
    ('_ = 1.0 / 0', '4:12: invalid operation: division by zero'),
    ('_ = 1 % 0', '4:10: invalid operation: division by zero'),
    ('_ = 1.5 % 1', '4:6: invalid operation: operator % not defined on 1.5 (untyped float constant)'),
    ('_ = "a" + 1', '4:6: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)'),
    ("_ = 'a' + \"b\"", "4:6: invalid operation: 'a' + \"b\" (mismatched types untyped rune and untyped string)"),
    # shifts
    ('var s uint = 3; var f float64 = 1 << s; _ = f',
     '4:34: invalid operation: shifted operand 1 (type float64) must be integer'),
    ('_ = 1 << 1100', '4:11: invalid operation: invalid shift count 1100 (untyped int constant)'),
    ('_ = 1 << -1', '4:11: invalid operation: negative shift count -1 (untyped int constant)'),
    ('_ = 1.5 << 2', '4:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer'),
    ('_ = -1 >> 1.5', '4:12: 1.5 (untyped float constant) truncated to uint'),
    # the spec's illegal shift examples: the untyped operand takes the type the
    # context gives it, and a float type cannot be shifted
    ('var s uint = 33; var u = 1.0 << s; _ = u',
     '4:27: invalid operation: shifted operand 1.0 (type float64) must be integer'),
    ('var s uint = 33; var u1 = 1.0<<s != 0; _ = u1',
     '4:28: invalid operation: shifted operand 1.0 (type float64) must be integer'),
    ('var s uint = 33; var u2 = 1<<s != 1.0; _ = u2',
     '4:28: invalid operation: shifted operand 1 (type float64) must be integer'),
    ('var s uint = 33; var v1 float32 = 1 << s; _ = v1',
     '4:36: invalid operation: shifted operand 1 (type float32) must be integer'),
    ('var s uint = 2; var x = 1.5 << s; _ = x',
     '4:26: invalid operation: shifted operand 1.5 (untyped float constant) must be integer'),
    ('var s float64 = 2; _ = 1 << s',
     '4:30: invalid operation: shift count s (variable of type float64) must be integer'),
    ('const c = 1 << 62; var x int32 = c >> 31; _ = x',
     '4:35: cannot use c >> 31 (untyped int constant 2147483648) as int32 value in variable declaration (overflows)'),
    ('var x int8 = 1 << 7; _ = x',
     '4:15: cannot use 1 << 7 (untyped int constant 128) as int8 value in variable declaration (overflows)'),
    # untyped constants wider than 512 bits
    ('const c = 1 << 500 * (1 << 500)', '4:21: constant multiplication overflow'),
    # typed constant arithmetic must stay in its type, wherever it appears;
    # constant indices and sizes are checked too
    ('const x int8 = 100; var y = x * 2; _ = y',
     '4:30: x * 2 (constant 200 of type int8) overflows int8'),
    ('var y int = int8(100) * 2; _ = y',
     '4:14: int8(100) * 2 (constant 200 of type int8) overflows int8'),
    ('println(int8(100) * 2)',
     '4:10: int8(100) * 2 (constant 200 of type int8) overflows int8'),
    ('var a [int8(100) * 2]int; _ = a',
     '4:9: int8(100) * 2 (constant 200 of type int8) overflows int8'),
    ('const c = uint8(200) + uint8(100); println(c)',
     '4:12: uint8(200) + uint8(100) (constant 300 of type uint8) overflows uint8'),
    ('var f float32 = float32(1e38) * 10; _ = f',
     '4:18: float32(1e38) * 10 (constant 1e+39 of type float32) overflows float32'),
    ('println(1 << 64)',
     '4:10: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in argument to built-in println (overflows)'),
    ('println(uint64(1) << 64)',
     '4:10: uint64(1) << 64 (constant 18446744073709551616 of type uint64) overflows uint64'),
    ('var x = []int{1 << 63: 1}; _ = x',
     '4:16: 1 << 63 (untyped int constant 9223372036854775808) overflows int'),
    ('var s = "abc"[5]; _ = s',
     '4:16: invalid argument: index 5 out of bounds [0:3]'),
    ('var a [3]int; _ = a[5]',
     '4:22: invalid argument: index 5 out of bounds [0:3]'),
    ('var a [3]int; _ = a[-1]',
     '4:22: invalid argument: index -1 (constant of type int) must not be negative'),
    ('_ = make([]int, -1)',
     '4:18: invalid argument: index -1 (constant of type int) must not be negative'),
    ('_ = make([]int, 10, 5)',
     '4:18: invalid argument: length and capacity swapped'),
    ('_ = \'a\' * "b"',
     '4:6: invalid operation: \'a\' * "b" (mismatched types untyped rune and untyped string)'),
]


@pytest.mark.parametrize('body, want', CONST_ERRORS)
def test_constant_errors(body, want):
    assert check_errors(body) == f'# command-line-arguments\n./prog.go:{want}\n'


# The kind of an untyped constant expression, as gc names it in the message for
# `var s string = EXPR` (go1.27.3): int < rune < float < complex, the larger
# operand kind wins; comparisons give untyped bool; a constant shift of an
# untyped operand is an integer constant (spec), so 1.0 << 2 is an untyped int.
@pytest.mark.parametrize('expr, desc', [
    ('1 + 2', 'untyped int constant 3'),
    ("1 + 'a'", 'untyped rune constant 98'),
    ("'a' + 1", 'untyped rune constant 98'),
    ("'a' + 1.0", 'untyped float constant 98'),
    ("1.0 + 'a'", 'untyped float constant 98'),
    ('2.0 * 3', 'untyped float constant 6'),
    ('1 + 2i', 'untyped complex constant (1 + 2i)'),
    ("'a' * 1i", 'untyped complex constant (0 + 97i)'),
    ('1.5 + 0i', 'untyped complex constant (1.5 + 0i)'),
    ('1 < 2', 'untyped bool constant true'),
    ("'a' < 1.5", 'untyped bool constant false'),
    ("'a' << 1", 'untyped rune constant 194'),
    ('1.0 << 2', 'untyped int constant 4'),
    ("'a' / 2", 'untyped rune constant 48'),
    ('7 / 2.0', 'untyped float constant 3.5'),
    ("-'a'", 'untyped rune constant -97'),
    ("^'a'", 'untyped rune constant -98'),
    ('real(1 + 2i)', 'untyped float constant 1'),
    ("complex(1, 'a')", 'untyped complex constant (1 + 97i)'),
    ('len("abc")', 'constant 3 of type int'),
    ("'a' % 10", 'untyped rune constant 7'),
    ('1e3', 'untyped float constant 1000'),
    ('0x10p0', 'untyped float constant 16'),
    ("'a' + 'b' + 0.5 - 0.5", 'untyped float constant 195'),
    # an integer part of a complex constant stays an integer (printed in full)
    ('1000000 + 1i', 'untyped complex constant (1000000 + 1i)'),
    ('1000000.0', 'untyped float constant 1e+06'),
])
def test_untyped_constant_kinds(expr, desc):
    body = f'var s string = {expr}; _ = s'
    assert check_errors(body) == (f'# command-line-arguments\n./prog.go:4:17: cannot use {expr} ({desc}) '
                                  'as string value in variable declaration\n')


# go1.27.3 builds each of these.
@pytest.mark.parametrize('body', [
    'var f float32 = 0x1.fffffep127 + 0x1p102; _ = f',
    'var f float32 = 1e-50; _ = f',
    'var f float64 = 0x1p-1074 / 2; _ = f',
    'var u uint64 = 1<<64 - 1; _ = u',
    'var i int64 = -1 << 63; _ = i',
    'const huge = 1 << 500; var x = huge >> 490; _ = x',
    'var x int = 1.0 << 3; _ = x',
    'var x uint8 = 2.0 * 127.5; _ = x',
    'var r rune = \'a\' + 1.0; _ = r',
    'var x int = 1e21 / 1e20; _ = x',
    'var c complex64 = 1e38i; _ = c',
    'var x int = (1 + 2i) * (1 - 2i); _ = x',
    '_ = 1e-400 == 0',
    'var a []int; var s uint = 33; _ = a[1.0<<s]',
    'var s int = -1; _ = 1 << s',
])
def test_constants_that_fit(body):
    assert check_errors(body) == ''


@pytest.mark.parametrize('body, want', [
    ('var x = 1 << 500 * (1 << 500); _ = x', '4:19: constant multiplication overflow'),
    ('var x int = 1 << 500 * (1 << 500); _ = x', '4:23: constant multiplication overflow'),
    ('const c = 1 << 500 * (1 << 500); _ = c', '4:21: constant multiplication overflow'),
    ('var x = 1 << 511 + 1 << 511; _ = x', '4:19: constant addition overflow'),
])
def test_constant_overflow_reported_once(body, want):
    assert check_errors(body) == f'# command-line-arguments\n./prog.go:{want}\n'


@pytest.mark.parametrize('body, want', [
    ('var x int = 1e6i; _ = x',
     '4:14: cannot use 1e6i (untyped complex constant (0 + 1e+06i)) as int value in variable declaration (truncated)'),
    ('var x int = 1000000i; _ = x',
     '4:14: cannot use 1000000i (untyped complex constant (0 + 1e+06i)) as int value '
     'in variable declaration (truncated)'),
    ('var x int = 1.5 + 1e21i; _ = x',
     '4:14: cannot use 1.5 + 1e21i (untyped complex constant (1.5 + 1e+21i)) as int value '
     'in variable declaration (truncated)'),
    ('var c complex64 = 1e39i; _ = c',
     '4:20: cannot use 1e39i (untyped complex constant (0 + 1e+39i)) as complex64 value '
     'in variable declaration (overflows)'),
    # a float part from a float literal, from complex() (which makes its arguments
    # floats) or from a product with an imaginary literal
    ('var s string = 1e6 + 1i; _ = s',
     '4:17: cannot use 1e6 + 1i (untyped complex constant (1e+06 + 1i)) as string value in variable declaration'),
    ('var s string = complex(1000000, 0); _ = s',
     '4:17: cannot use complex(1000000, 0) (untyped complex constant (1e+06 + 0i)) as string value '
     'in variable declaration'),
    ('var s string = 2000000 * 1i; _ = s',
     '4:17: cannot use 2000000 * 1i (untyped complex constant (0 + 2e+06i)) as string value '
     'in variable declaration'),
])
def test_complex_constant_string_in_errors(body, want):
    assert check_errors(body) == f'# command-line-arguments\n./prog.go:{want}\n'


# ------------------------------------------------------------------ through a run

def run_go(src, *flags, tmp_path):
    path = os.path.join(tmp_path, 'prog.go')
    with open(path, 'w') as f:
        f.write(src)
    p = run_minigo(['run', *flags, path], timeout=60)
    return p.stdout.decode(), p.stderr.decode(), p.returncode


CONST_PROGRAM = r'''package main

import (
	"fmt"
	"math"
)

const (
	huge  = 1 << 100
	third = 1.0 / 3
	big   = 1e300 * 1e300 / 1e300
)

// the spec's examples of non-constant shifts (Operators, "Shift operators")
var s uint = 33
var i = 1 << s         // 1 has type int
var j int32 = 1 << s   // 1 has type int32; j == 0
var k = uint64(1 << s) // 1 has type uint64; k == 1<<33
var m int = 1.0 << s   // 1.0 has type int; m == 1<<33
var n = 1.0<<s == j    // 1.0 has type int32; n == true
var o = 1<<s == 2<<s   // 1 and 2 have type int; o == false
var p = 1<<s == 1<<33  // 1 has type int; p == true
var w int64 = 1.0 << 33
var bs = make([]byte, 1.0<<(s-30))

func main() {
	// exact big-int arithmetic
	fmt.Println(huge>>98, huge/3%1000000, uint64(huge>>40-1), huge*huge>>199)
	fmt.Println(huge / 3 * 3 == huge - 1, huge/3.0*3 == huge)
	// untyped float constants are exact
	fmt.Println(0.1+0.2 == 0.3, third*3 == 1, big == 1e300)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	// integer division truncates toward zero; % takes the dividend's sign
	fmt.Println(-7/2, 7/-2, -7%2, 7%-2, -7%-2, 7.0/2, 7/2.0, 7/2)
	a, b := -7, 2
	fmt.Println(a/b, a%b, -a/-b, a%-b)
	// shifts
	fmt.Println(-8>>1, -1>>100, 1.0<<3, 'a'<<1)
	fmt.Printf("%T %T\n", 1.0<<3, 'a'<<1)
	// kinds: int < rune < float < complex
	fmt.Printf("%T %T %T %T %T %T\n", 1, 'a', 1+'a', 'a'+1.0, 1.5+'a', 'a'+2i)
	fmt.Println('a'*2.5, 'a'+1.0, 1+'a', 1i*1i, (1+2i)*(3-4i))
	fmt.Printf("%T %v\n", 'a'*2.5, 'a'/2)
	fmt.Printf("%T %v %T %v\n", 7/2.0, 7/2.0, 7.0/2, 7.0/2)
	// comparisons are untyped bool
	const c = 1 < 2.5
	type B bool
	var bb B = c
	fmt.Printf("%T %v %v\n", c, c, bb)
	fmt.Println(1 == 1.0, 'a' == 97, 2i*2i == -4, "a" < "b", 1<<100 > 1<<99)
	// typed constants
	const f32 float32 = 0.1
	fmt.Println(float64(f32), f32 == 0.1, ^uint8(0), ^0, ^uint16(1), -(-128))
	var i8 int8 = -128
	fmt.Println(i8, uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Println(len("héllo"), len([3]int{}), real(1+2i), imag(3i), complex(1, 2))
	fmt.Println(1e300*1e300/1e299, 1<<62, 5.0 == 5, float32(1)/3)
	const maxInt = 1 << 63 - 1
	fmt.Println(maxInt, -maxInt-1, maxInt/1000, 10000000000000000000/3)
	fmt.Println(1e-400 * 1e400, 1/3.0 + 2/3.0 == 1, 1/3 + 2/3)
	fmt.Println(i, j, k, m, n, o, p, w, len(bs))
	fmt.Printf("%T %T %T %T\n", i, j, k, m)
	var f float64 = 3
	var xs = int(f) << 2
	var u8 uint8 = 1 << 7 << (s - 33)
	var sh = 1 << s >> 30
	fmt.Println(xs, u8, u8<<1, sh, -1<<s, int8(-128)>>1)
	more()
}

// more: negative zero, typed float32 constants rounded, conversions, limits
func more() {
	x := -0.0
	fmt.Println(1/x, math.Signbit(x))
	const a float32 = 1.0 / 3
	const b = a * 3
	fmt.Println(b == 1, float64(a))
	const c float64 = 1.0 / 3
	fmt.Println(c*3 == 1, c)
	fmt.Println(float64(1<<62+1), float32(1<<24+1), float32(16777217.0))
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.Pi, float32(math.Pi))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	const s = "héllo" + "!"
	fmt.Println(len(s), s[1], len([...]int{1, 2, 3}))
	var y = 1e-320
	fmt.Println(y, 5e-324/2, math.MaxInt8+1)
	const big = 1 << 100
	fmt.Println(big*1.0/(1<<98), big%7, -big%7, (-big)>>99)
	fmt.Println(0x1p-1074, 0x1.0p1023*2 > 1, 1e308*10/10)
	fmt.Printf("%v %v %v\n", 'x'-'a', '\377', '\u00e9'+0)
	var r rune = 'é'
	var bb byte = 'A' + 2
	fmt.Println(r, bb, string(bb), 'é'-'e')
	fmt.Println(complex(1, 0) == 1, real(3+4i)*imag(3+4i), 1/(1+1i))
	var c64 complex64 = 1 / 3i
	fmt.Println(c64, complex128(c64) == 1/3i)
	const h = 0.1
	var f32 float32 = h
	var f64 float64 = h
	fmt.Println(float64(f32) == f64, f32 == h, f64 == h)
	fmt.Println(7>>1, -7>>1, 7/2, -7/2, uint(7)>>1, ^7, ^-8, 5&^3, -5&^3)
}
'''

# go1.27.3 `go run` output of CONST_PROGRAM
CONST_PROGRAM_OUT = '''\
4 735125 1152921504606846975 2
true true
true true true
false
-3 -3 -1 1 -1 3.5 3.5 3
-3 -1 -3 -1
-4 -1 8 194
int int32
int int32 int32 float64 float64 complex128
242.5 98 98 (-1+0i) (11+2i)
float64 48
float64 3.5 float64 3.5
bool true true
true true true true true
0.10000000149011612 true 255 -1 65534 128
-128 255 -9223372036854775808 18446744073709551615
6 3 1 3 (1+2i)
1e+301 4611686018427387904 true 0.33333334
9223372036854775807 -9223372036854775808 9223372036854775 3333333333333333333
1 true 0
8589934592 0 8589934592 8589934592 true false true 8589934592 8
int int32 uint64 int
12 128 0 8 -8589934592 -64
+Inf false
true 0.3333333432674408
true 0.3333333333333333
4.611686018427388e+18 1.6777216e+07 1.6777216e+07
9223372036854775807 18446744073709551615 3.141592653589793 3.1415927
1.7976931348623157e+308 5e-324 3.4028234663852886e+38
A true true
7 195 3
1e-320 5e-324 128
4 2 -2 -2
5e-324 true 1e+308
23 255 233
233 67 C 132
true 12 (0.5-0.5i)
(0-0.33333334i) false
false true true
3 -4 3 -3 3 -8 7 4 -8
'''


def test_constant_program_output(tmp_path):
    out, err, code = run_go(CONST_PROGRAM, '--seed', '1', tmp_path=tmp_path)
    assert (out, err, code) == (CONST_PROGRAM_OUT, '', 0)


def test_println_of_float_constants(tmp_path):
    src = ('package main\n\nfunc main() {\n\tvar f float32 = 1.5\n\tvar g = 1e300\n'
           '\tprintln(f, g, 0.1, 1e21, complex(1, 2))\n}\n')
    out, err, code = run_go(src, tmp_path=tmp_path)
    # go1.27.3 `go run`: println writes to stderr
    assert (out, err, code) == ('', '1.5 1e+300 0.1 1e+21 (1+2i)\n', 0)
