"""Package strconv: conversions between strings and numbers, quoting.

Parsing is written in Python (hot in many programs) following Go's own
algorithms step by step where the result depends on them: which error wins
(range before a later syntax error), underscores only with base 0, Atoi's
clamped result on overflow. Float parsing is correctly rounded as Go's is:
decimal via Python's float() (exact fallback for float32 double-rounding
cases), hexadecimal by exact integer rounding. Formatting of floats reuses
text/fmtfloat.py, the engine fmt uses, and quoting text/gostr.py.
Errors are *NumError values built by a small Go helper (mkError).
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

from ..text import gostr
from ..text.fmtfloat import format_float
from ..runtime.panic import GoPanic

GO_DECLS = '''
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func mkError(fn, s string, code, n int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(n))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(n))}
}

func syntaxErr() error { return ErrSyntax }

func ParseBool(str string) (bool, error)
func FormatBool(b bool) string
func AppendBool(dst []byte, b bool) []byte

func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func Atoi(s string) (int, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseComplex(s string, bitSize int) (complex128, error)

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

func Quote(s string) string
func AppendQuote(dst []byte, s string) []byte
func QuoteToASCII(s string) string
func AppendQuoteToASCII(dst []byte, s string) []byte
func QuoteToGraphic(s string) string
func AppendQuoteToGraphic(dst []byte, s string) []byte
func QuoteRune(r rune) string
func AppendQuoteRune(dst []byte, r rune) []byte
func QuoteRuneToASCII(r rune) string
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func QuoteRuneToGraphic(r rune) string
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
'''

_SYNTAX, _RANGE, _BASE, _BITSIZE = 1, 2, 3, 4
def _helper(name):
    from .goside import package_func
    return package_func('strconv', name)


def _err(fn, s, code, n=0):
    return _helper('mkError')(fn, s, code, n)


def _err_syntax():
    return _helper('syntaxErr')()


def _panic_str(msg):
    from .. import types as T
    from ..runtime.rtypes import rtype
    return GoPanic((rtype(T.Typ[T.STRING]), msg))


def _append(dst, data):
    from ..compile.builtins import grow_append
    if not data:
        return dst
    return grow_append(dst, list(data), 1, True, lambda n: [0] * n)


# ------------------------------------------------------------------ bool

def ParseBool(s):
    if s in (b'1', b't', b'T', b'true', b'TRUE', b'True'):
        return True, None
    if s in (b'0', b'f', b'F', b'false', b'FALSE', b'False'):
        return False, None
    return False, _err(b'ParseBool', s, _SYNTAX)


def FormatBool(b):
    return b'true' if b else b'false'


def AppendBool(dst, b):
    return _append(dst, b'true' if b else b'false')


# ------------------------------------------------------------------ integers

def _digit_table():
    t = [99] * 256
    for c in range(10):
        t[48 + c] = c
    for c in range(26):
        t[97 + c] = 10 + c
        t[65 + c] = 10 + c
    return t


_DIGIT = _digit_table()
_MAXU64 = (1 << 64) - 1


def _underscore_ok(s):
    saw = '^'
    i = 0
    if s[:1] in (b'-', b'+'):
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == 48 and (s[1] | 0x20) in (98, 111, 120):
        i = 2
        saw = '0'
        hexa = (s[1] | 0x20) == 120
    n = len(s)
    while i < n:
        c = s[i]
        if 48 <= c <= 57 or (hexa and 97 <= (c | 0x20) <= 102):
            saw = '0'
        elif c == 95:
            if saw != '0':
                return False
            saw = '_'
        else:
            if saw == '_':
                return False
            saw = '!'
        i += 1
    return saw != '_'


def _parse_uint(s, base, bit_size):
    """Go's ParseUint: (value, error code, code argument)."""
    if not s:
        return 0, _SYNTAX, 0
    base0 = base == 0
    s0 = s
    if 2 <= base <= 36:
        pass
    elif base == 0:
        base = 10
        if s[0] == 48:
            if len(s) >= 3 and (s[1] | 0x20) == 98:
                base = 2
                s = s[2:]
            elif len(s) >= 3 and (s[1] | 0x20) == 111:
                base = 8
                s = s[2:]
            elif len(s) >= 3 and (s[1] | 0x20) == 120:
                base = 16
                s = s[2:]
            else:
                base = 8
                s = s[1:]
    else:
        return 0, _BASE, base
    if bit_size == 0:
        bit_size = 64
    elif bit_size < 0 or bit_size > 64:
        return 0, _BITSIZE, bit_size
    max_val = (1 << bit_size) - 1
    if base == 10 and s.isdigit():
        if len(s) > 20:
            s = s.lstrip(b'0')
            if len(s) > 20:
                return max_val, _RANGE, 0
        n = int(s) if s else 0
        if n > max_val:
            return max_val, _RANGE, 0
        return n, 0, 0
    # general case: Go's loop (a range error seen before a bad digit wins)
    underscores = False
    n = 0
    table = _DIGIT
    for c in s:
        if c == 95 and base0:
            underscores = True
            continue
        d = table[c]
        if d >= base:
            return 0, _SYNTAX, 0
        n = n * base + d
        if n > max_val:
            return max_val, _RANGE, 0
    if underscores and not _underscore_ok(s0):
        return 0, _SYNTAX, 0
    return n, 0, 0


def _parse_int(s, base, bit_size):
    if not s:
        return 0, _SYNTAX, 0
    neg = False
    t = s
    c = s[0]
    if c == 43:
        t = s[1:]
    elif c == 45:
        t = s[1:]
        neg = True
    un, code, arg = _parse_uint(t, base, bit_size)
    if code and code != _RANGE:
        return 0, code, arg
    if bit_size == 0:
        bit_size = 64
    cutoff = 1 << (bit_size - 1)
    if not neg and un >= cutoff:
        return cutoff - 1, _RANGE, 0
    if neg and un > cutoff:
        return -cutoff, _RANGE, 0
    return (-un if neg else un), 0, 0


def ParseUint(s, base, bit_size):
    v, code, arg = _parse_uint(s, base, bit_size)
    if code:
        return v, _err(b'ParseUint', s, code, arg)
    return v, None


def ParseInt(s, base, bit_size):
    v, code, arg = _parse_int(s, base, bit_size)
    if code:
        return v, _err(b'ParseInt', s, code, arg)
    return v, None


def Atoi(s):
    n = len(s)
    if 0 < n < 19:
        t = s
        c = s[0]
        if c == 45 or c == 43:
            t = s[1:]
            if not t:
                return 0, _err(b'Atoi', s, _SYNTAX)
        if not t.isdigit():
            return 0, _err(b'Atoi', s, _SYNTAX)
        v = int(t)
        return (-v if c == 45 else v), None
    v, code, arg = _parse_int(s, 10, 0)
    if code:
        return v, _err(b'Atoi', s, code, arg)
    return v, None


_DIGITS36 = b'0123456789abcdefghijklmnopqrstuvwxyz'


def _format_bits(u, base):
    if base == 10:
        return str(u).encode()
    if base == 16:
        return ('%x' % u).encode()
    if base == 8:
        return ('%o' % u).encode()
    if base == 2:
        return format(u, 'b').encode()
    if u == 0:
        return b'0'
    out = bytearray()
    while u:
        u, d = divmod(u, base)
        out.append(_DIGITS36[d])
    out.reverse()
    return bytes(out)


def _check_base(base):
    if base < 2 or base > 36:
        raise _panic_str(b'strconv: illegal AppendInt/FormatInt base')


def Itoa(i):
    return str(i).encode()


def FormatInt(i, base):
    if base == 10:
        return str(i).encode()
    _check_base(base)
    if i < 0:
        return b'-' + _format_bits(-i, base)
    return _format_bits(i, base)


def FormatUint(i, base):
    if base == 10:
        return str(i).encode()
    _check_base(base)
    return _format_bits(i, base)


def AppendInt(dst, i, base):
    return _append(dst, FormatInt(i, base))


def AppendUint(dst, i, base):
    return _append(dst, FormatUint(i, base))


# ------------------------------------------------------------------ floats

_GO_NAN = struct.unpack('<d', struct.pack('<Q', 0x7FF8000000000001))[0]   # math.NaN()
_F32_LIMIT = 2.0 ** 128 - 2.0 ** 103   # halfway between MaxFloat32 and 2**128: rounds to Inf


def _special(s):
    """Go's special(): ('inf'|'infinity'|'nan', any case, inf signed) -> (value, n) or None."""
    if not s:
        return None
    c = s[0]
    sign = 1.0
    nsign = 0
    if c in (43, 45):
        if c == 45:
            sign = -1.0
        nsign = 1
        t = s[1:]
    elif c in (105, 73):
        t = s
    elif c in (110, 78):
        if s[:3].lower() == b'nan':
            return _GO_NAN, 3
        return None
    else:
        return None
    low = t[:8].lower()
    n = 0
    for a, b in zip(low, b'infinity'):
        if a != b:
            break
        n += 1
    if 3 < n < 8:
        n = 3
    if n == 3 or n == 8:
        return sign * math.inf, nsign + n
    return None


def _read_float(s):
    """Go's readFloat: the longest float prefix of s.

    Returns (ok, n, neg, hex, digits, frac, exp): the number is
    int(digits, base) * base**-frac * (10 or 2)**exp (frac counts hex digits).
    """
    n = len(s)
    i = 0
    neg = False
    underscores = False
    if i < n and s[i] in (43, 45):
        neg = s[i] == 45
        i += 1
    hexa = False
    if i + 2 < n and s[i] == 48 and (s[i + 1] | 0x20) == 120:
        hexa = True
        i += 2
    digits = bytearray()
    sawdot = False
    sawdigits = False
    frac = 0
    while i < n:
        c = s[i]
        if c == 95:
            underscores = True
        elif c == 46:
            if sawdot:
                break
            sawdot = True
        elif 48 <= c <= 57 or (hexa and 97 <= (c | 0x20) <= 102):
            sawdigits = True
            digits.append(c)
            if sawdot:
                frac += 1
        else:
            break
        i += 1
    if not sawdigits:
        return False, i, neg, hexa, b'', 0, 0
    exp = 0
    exp_char = 112 if hexa else 101
    if i < n and (s[i] | 0x20) == exp_char:
        i += 1
        if i >= n:
            return False, i, neg, hexa, b'', 0, 0
        esign = 1
        if s[i] == 43:
            i += 1
        elif s[i] == 45:
            i += 1
            esign = -1
        if i >= n or not 48 <= s[i] <= 57:
            return False, i, neg, hexa, b'', 0, 0
        e = 0
        while i < n and (48 <= s[i] <= 57 or s[i] == 95):
            if s[i] == 95:
                underscores = True
            elif e < 10000:
                e = e * 10 + s[i] - 48
            i += 1
        exp = e * esign
    elif hexa:
        return False, i, neg, hexa, b'', 0, 0
    if underscores and not _underscore_ok(s[:i]):
        return False, i, neg, hexa, b'', 0, 0
    return True, i, neg, hexa, bytes(digits), frac, exp


def _make_float(neg, m, e2, bits):
    """m * 2**e2 (m >= 0 an int) rounded to float32/float64, half to even.
    Returns (value, overflow)."""
    if m == 0:
        return (-0.0 if neg else 0.0), False
    if bits == 32:
        mb, emin, elim = 23, -149, 128
    else:
        mb, emin, elim = 52, -1074, 1024
    nb = m.bit_length()
    shift = max(nb - (mb + 1), emin - e2)
    if shift > 0:
        q = m >> shift
        r = m - (q << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
        m = q
        e2 += shift
    if m == 0:
        return (-0.0 if neg else 0.0), False
    if m.bit_length() + e2 > elim:
        return (-math.inf if neg else math.inf), True
    v = math.ldexp(float(m), e2)
    return (-v if neg else v), False


def _rat_float(neg, num, den, bits):
    """num/den rounded correctly (positive rational)."""
    mb = 23 if bits == 32 else 52
    k = max(0, mb + 4 - (num.bit_length() - den.bit_length()))
    q, r = divmod(num << k, den)
    return _make_float(neg, (q << 1) | (1 if r else 0), -k - 1, bits)


def _to_f32(d):
    """A float64 rounded to float32 (inf on overflow)."""
    if abs(d) >= _F32_LIMIT:
        return math.copysign(math.inf, d)
    return struct.unpack('<f', struct.pack('<f', d))[0]


def _parse_float_prefix(s, bits):
    """(value, n consumed, error code)."""
    sp = _special(s)
    if sp is not None:
        return sp[0], sp[1], 0
    ok, n, neg, hexa, digits, frac, exp = _read_float(s)
    if not ok:
        return 0.0, n, _SYNTAX
    if hexa:
        m = int(digits, 16)
        v, ovf = _make_float(neg, m, exp - 4 * frac, bits)
        return v, n, (_RANGE if ovf else 0)
    e10 = exp - frac
    if digits.strip(b'0') == b'':
        return (-0.0 if neg else 0.0), n, 0
    text = digits.decode() + 'e' + str(e10)
    d = float(text)
    if bits == 32:
        if math.isinf(d):
            f = d
        else:
            f = _to_f32(d)
            if f != d and _is_f32_half(d):
                # d on a float32 halfway point: round the exact value instead
                fr = Fraction(text)
                f, _ = _rat_float(False, fr.numerator, fr.denominator, 32)
        if math.isinf(f):
            return (-f if neg else f), n, _RANGE
        return (-f if neg else f), n, 0
    if math.isinf(d):
        return (-d if neg else d), n, _RANGE
    return (-d if neg else d), n, 0


def _is_f32_half(d):
    """Is d exactly halfway between two float32 values (also subnormal ones)?"""
    if d == 0:
        return False
    m, e = math.frexp(abs(d))      # d = m * 2**e, 0.5 <= m < 1
    # float32 unit in the last place at this magnitude
    ulp_exp = max(e - 24, -149)
    x = math.ldexp(abs(d), -ulp_exp + 1)   # d / (ulp/2)
    return x == int(x) and int(x) & 1 == 1


def ParseFloat(s, bit_size):
    bits = 32 if bit_size == 32 else 64
    if bits == 64 and 0 < len(s) < 24 and s.isdigit():
        return float(s), None
    v, n, code = _parse_float_prefix(s, bits)
    if n != len(s):
        return 0.0, _err(b'ParseFloat', s, _SYNTAX)
    if code:
        if code == _SYNTAX:
            v = 0.0
        return v, _err(b'ParseFloat', s, code)
    return v, None


def ParseComplex(s0, bit_size):
    bits = 32 if bit_size == 64 else 64
    s = s0

    def err(code):
        return _err(b'ParseComplex', s0, code, bit_size)
    if len(s) >= 2 and s[0] == 40 and s[-1] == 41:
        s = s[1:-1]
    pending = 0
    re, n, code = _parse_float_prefix(s, bits)
    if code:
        if code != _RANGE:
            return 0j, err(code)
        pending = code
    s = s[n:]
    if not s:
        return complex(re, 0.0), (err(pending) if pending else None)
    c = s[0]
    if c == 43:
        if len(s) > 1 and s[1] != 43:
            s = s[1:]
    elif c == 45:
        pass
    elif c == 105 and len(s) == 1:
        return complex(0.0, re), (err(pending) if pending else None)
    else:
        return 0j, err(_SYNTAX)
    im, n, code = _parse_float_prefix(s, bits)
    if code:
        if code != _RANGE:
            return 0j, err(code)
        pending = code
    s = s[n:]
    if s != b'i':
        return 0j, err(_SYNTAX)
    return complex(re, im), (err(pending) if pending else None)


def _ftoa(f, fmt, prec, bit_size, who):
    if bit_size not in (32, 64):
        raise _panic_str(b'strconv: illegal %s bitSize' % who)
    if bit_size == 32:
        f = _to_f32(f)
    if math.isnan(f):
        return b'NaN'
    if math.isinf(f):
        return b'+Inf' if f > 0 else b'-Inf'
    ch = chr(fmt) if 0 <= fmt < 256 else '?'
    if ch not in 'beEfgGxX':
        return b'%' + bytes((fmt & 0xFF,))
    return format_float(f, ch, prec, bit_size).encode()


def FormatFloat(f, fmt, prec, bit_size):
    return _ftoa(f, fmt, prec, bit_size, b'FormatFloat')


def AppendFloat(dst, f, fmt, prec, bit_size):
    return _append(dst, _ftoa(f, fmt, prec, bit_size, b'AppendFloat'))


def FormatComplex(c, fmt, prec, bit_size):
    if bit_size not in (64, 128):
        raise _panic_str(b'invalid bitSize')
    bits = bit_size >> 1
    re = _ftoa(c.real, fmt, prec, bits, b'FormatFloat')
    im = _ftoa(c.imag, fmt, prec, bits, b'FormatFloat')
    if im[:1] not in (b'+', b'-'):
        im = b'+' + im
    return b'(' + re + im + b'i)'


# ------------------------------------------------------------------ quoting

def Quote(s):
    return gostr.quote_with(s).encode('utf-8', 'surrogatepass')


def AppendQuote(dst, s):
    return _append(dst, Quote(s))


def QuoteToASCII(s):
    return gostr.quote_with(s, ascii_only=True).encode('utf-8', 'surrogatepass')


def AppendQuoteToASCII(dst, s):
    return _append(dst, QuoteToASCII(s))


def QuoteToGraphic(s):
    return gostr.quote_with(s, graphic_only=True).encode('utf-8', 'surrogatepass')


def AppendQuoteToGraphic(dst, s):
    return _append(dst, QuoteToGraphic(s))


def _quote_rune(r, ascii_only=False, graphic_only=False):
    if not gostr.valid_rune(r):
        r = 0xFFFD
    out = ["'"]
    gostr._append_escaped_rune(out, r, 0x27, ascii_only, graphic_only)
    out.append("'")
    return ''.join(out).encode('utf-8', 'surrogatepass')


def QuoteRune(r):
    return _quote_rune(r)


def AppendQuoteRune(dst, r):
    return _append(dst, _quote_rune(r))


def QuoteRuneToASCII(r):
    return _quote_rune(r, ascii_only=True)


def AppendQuoteRuneToASCII(dst, r):
    return _append(dst, _quote_rune(r, ascii_only=True))


def QuoteRuneToGraphic(r):
    return _quote_rune(r, graphic_only=True)


def AppendQuoteRuneToGraphic(dst, r):
    return _append(dst, _quote_rune(r, graphic_only=True))


def CanBackquote(s):
    return gostr.can_backquote(s)


def IsPrint(r):
    return gostr.is_print(r)


def IsGraphic(r):
    return gostr.is_graphic(r)


_SIMPLE_ESC = {97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92}


def _unhex(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return None


def _unquote_char(s, quote):
    """(value, multibyte, tail) or None for a syntax error."""
    c = s[0]
    if c == quote and (quote == 0x27 or quote == 0x22):
        return None
    if c >= 0x80:
        r, size = gostr.decode_rune(s, 0)
        return r, True, s[size:]
    if c != 0x5C:
        return c, False, s[1:]
    if len(s) <= 1:
        return None
    c = s[1]
    s = s[2:]
    v = _SIMPLE_ESC.get(c)
    if v is not None:
        return v, False, s
    if c in (120, 117, 85):
        n = 2 if c == 120 else 4 if c == 117 else 8
        if len(s) < n:
            return None
        v = 0
        for j in range(n):
            x = _unhex(s[j])
            if x is None:
                return None
            v = (v << 4) | x
        s = s[n:]
        if c == 120:
            return v, False, s
        if not gostr.valid_rune(v):
            return None
        return v, True, s
    if 48 <= c <= 55:
        v = c - 48
        if len(s) < 2:
            return None
        for j in range(2):
            x = s[j] - 48
            if x < 0 or x > 7:
                return None
            v = (v << 3) | x
        s = s[2:]
        if v > 255:
            return None
        return v, False, s
    if c in (0x27, 0x22):
        if c != quote:
            return None
        return c, False, s
    return None


def UnquoteChar(s, quote):
    if not s:
        return 0, False, b'', _err_syntax()
    r = _unquote_char(s, quote)
    if r is None:
        return 0, False, b'', _err_syntax()
    return r[0], r[1], r[2], None


def _valid_utf8(b):
    try:
        b.decode('utf-8')
        return True
    except UnicodeDecodeError:
        return False


def _unquote(s, unescape):
    """(out, rem, ok) after Go's unquote."""
    if len(s) < 2:
        return b'', s, False
    quote = s[0]
    end = s.find(bytes((quote,)), 1)
    if end < 0:
        return b'', s, False
    end += 1
    if quote == 0x60:
        if not unescape:
            out = s[:end]
        else:
            out = s[1:end - 1].replace(b'\r', b'')
        return out, s[end:], True
    if quote in (0x22, 0x27):
        body = s[1:end - 1]
        if b'\\' not in s[:end] and b'\n' not in s[:end]:
            if quote == 0x22:
                valid = _valid_utf8(body)
            else:
                if body:
                    r, n = gostr.decode_rune(body, 0)
                else:
                    r, n = 0xFFFD, 0
                valid = 1 + n + 1 == end and (r != 0xFFFD or n != 1)
            if valid:
                out = body if unescape else s[:end]
                return out, s[end:], True
        buf = bytearray()
        s0 = s
        s = s[1:]
        while s and s[0] != quote:
            if s[0] == 10:
                return b'', s0, False
            r = _unquote_char(s, quote)
            if r is None:
                return b'', s0, False
            v, multibyte, s = r
            if unescape:
                if v < 0x80 or not multibyte:
                    buf.append(v)
                else:
                    buf += gostr.encode_rune(v)
            if quote == 0x27:
                break
        if not (s and s[0] == quote):
            return b'', s0, False
        s = s[1:]
        if unescape:
            return bytes(buf), s, True
        return s0[:len(s0) - len(s)], s, True
    return b'', s, False


def QuotedPrefix(s):
    out, _, ok = _unquote(s, False)
    if not ok:
        return b'', _err_syntax()
    return out, None


def Unquote(s):
    out, rem, ok = _unquote(s, True)
    if rem or not ok:
        return b'', _err_syntax()
    return out, None
