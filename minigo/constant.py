"""Exact values of Go constants and the arithmetic on them (after go/constant).

Representation: bool; int (arbitrary precision); Fraction for floats (Go keeps
untyped float constants exact for +-*/, and so do rationals); Cplx for complex;
bytes for strings. Whether a value is an int or a rune or a float constant is a
matter of the operand's (untyped) type, not of the value.

Bounds, as go/constant keeps them: a fraction whose numerator or denominator
has MAX_EXP (4096) bits or more, and a float literal whose binary exponent is
not within +-MAX_EXP, become a BigFloat -- a 512-bit mantissa times a power of
two, rounded to nearest even like big.Float -- whose exponent is an int32, so
that no value grows without bound and every operation takes bounded time. A
result out of the int32 exponent range is unknown (None), as big.Float's
infinity is to go/constant. Untyped integers are bounded by the checker
(`constant overflow` beyond 512 bits), as in types2.
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

from . import types as T


PREC = 512              # mantissa bits of an inexact untyped float (go/constant prec)
MAX_EXP = 4096          # go/constant maxExp: bound of exact fractions
MIN_EXP2 = -(1 << 31)   # big.Float MinExp and MaxExp (int32 exponents)
MAX_EXP2 = (1 << 31) - 1


class BigFloat:
    """m * 2**e with |m| of exactly PREC bits: an untyped float constant too
    large or too small to be kept exact (go/constant's floatVal)."""
    __slots__ = ('m', 'e')

    def __init__(self, m, e):
        self.m = m
        self.e = e

    # -- construction (all rounding goes through _round)

    @staticmethod
    def from_exact(v):
        """Round an int or Fraction to PREC bits (None: beyond the exponent
        range; Fraction 0 when it underflows)."""
        v = Fraction(v)
        n, d = v.numerator, v.denominator
        if n == 0:
            return Fraction(0)
        neg = n < 0
        n = abs(n)
        shift = PREC + 2 - (n.bit_length() - d.bit_length())
        if shift > 0:
            q, r = divmod(n << shift, d)
        else:
            q, r = divmod(n, d << -shift)
        return _round(-q if neg else q, -shift, r != 0)

    def mant_exp(self):
        """The exponent of big.Float MantExp: self = mant * 2**exp, 0.5 <= |mant| < 1."""
        return self.e + PREC

    def exact(self):
        return Fraction(self.m) * Fraction(2) ** self.e if self.e < 0 else Fraction(self.m << self.e)

    def small(self):
        """go/constant smallFloat: exponent within +-MAX_EXP."""
        x = self.mant_exp()
        return -MAX_EXP < x < MAX_EXP

    def __repr__(self):
        return f'BigFloat({self.m}, {self.e})'

    def __eq__(self, o):
        return _cmp(self, o) == 0 if isinstance(o, (int, Fraction, BigFloat)) else NotImplemented

    def __hash__(self):
        return hash((self.m, self.e))

    def __lt__(self, o):
        return _cmp(self, o) < 0

    def __le__(self, o):
        return _cmp(self, o) <= 0

    def __gt__(self, o):
        return _cmp(self, o) > 0

    def __ge__(self, o):
        return _cmp(self, o) >= 0

    def __neg__(self):
        return BigFloat(-self.m, self.e)

    def __pos__(self):
        return self

    def __bool__(self):
        return self.m != 0

    def __add__(self, o):
        return _big_op(self, '+', o)

    def __radd__(self, o):
        return _big_op(o, '+', self)

    def __sub__(self, o):
        return _big_op(self, '-', o)

    def __rsub__(self, o):
        return _big_op(o, '-', self)

    def __mul__(self, o):
        return _big_op(self, '*', o)

    def __rmul__(self, o):
        return _big_op(o, '*', self)

    def __truediv__(self, o):
        return _big_op(self, '/', o)

    def __rtruediv__(self, o):
        return _big_op(o, '/', self)

    def __float__(self):
        x = self.mant_exp()
        if x > 1100:
            raise OverflowError('BigFloat too large')
        if x < -1100:
            return -0.0 if self.m < 0 else 0.0
        f = self.exact()
        return f.numerator / f.denominator


def _round(n, e, sticky=False):
    """n * 2**e (plus a sticky bit below n's last bit) rounded to PREC bits,
    to nearest even. None when the result's exponent exceeds big.Float's range,
    Fraction 0 when it underflows."""
    if n == 0:
        return Fraction(0)
    neg = n < 0
    n = abs(n)
    extra = n.bit_length() - PREC
    if extra > 0:
        low = n & ((1 << extra) - 1)
        n >>= extra
        e += extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (sticky or n & 1)):
            n += 1
            if n.bit_length() > PREC:
                n >>= 1
                e += 1
        elif low == half and not sticky and not n & 1:
            pass
    elif extra < 0:
        n <<= -extra
        e += extra
    x = e + PREC
    if x > MAX_EXP2:
        return None
    if x < MIN_EXP2:
        return Fraction(0)
    return BigFloat(-n if neg else n, e)


def _as_big(v):
    if isinstance(v, BigFloat):
        return v
    return BigFloat.from_exact(v)


def _cmp(a, b):
    """Compare a BigFloat with a number, as go/constant does (the exact value
    rounded to a float first)."""
    a, b = _as_big(a), _as_big(b)
    if a is None or b is None:
        return 0
    av = None if isinstance(a, Fraction) else a      # a Fraction here is zero
    bv = None if isinstance(b, Fraction) else b
    sa = 0 if av is None else (1 if av.m > 0 else -1)
    sb = 0 if bv is None else (1 if bv.m > 0 else -1)
    if sa != sb or sa == 0:
        return (sa > sb) - (sa < sb)
    xa, xb = av.mant_exp(), bv.mant_exp()
    if xa != xb:
        r = 1 if xa > xb else -1
        return r * sa
    return (av.m > bv.m) - (av.m < bv.m)


def _big_op(x, op, y):
    x, y = _as_big(x), _as_big(y)
    if x is None or y is None:
        return None
    if isinstance(x, Fraction) or isinstance(y, Fraction):   # one is zero
        if op == '*':
            return Fraction(0)
        if op == '/':
            if isinstance(y, Fraction):
                raise ZeroDivisionError()
            return Fraction(0)
        if op == '+':
            return y if isinstance(x, Fraction) else x
        return -y if isinstance(x, Fraction) else x
    if op == '*':
        return _round(x.m * y.m, x.e + y.e)
    if op == '/':
        n = x.m << (2 * PREC + 4)
        q, r = divmod(abs(n), abs(y.m))
        if (n < 0) != (y.m < 0):
            q = -q
        return _round(q, x.e - 2 * PREC - 4 - y.e, r != 0)
    if op == '-':
        y = BigFloat(-y.m, y.e)
    # addition: exact when the exponents are close; otherwise the smaller
    # operand lies far below half an ulp of the larger and does not change it
    if x.e < y.e:
        x, y = y, x
    d = x.e - y.e
    if d > 2 * PREC + 4:
        return x
    return _round((x.m << d) + y.m, y.e)


def norm_rat(v):
    """go/constant makeRat: a fraction whose parts have MAX_EXP bits or more
    becomes a float."""
    if isinstance(v, Fraction) and (v.numerator.bit_length() >= MAX_EXP
                                    or v.denominator.bit_length() >= MAX_EXP):
        return BigFloat.from_exact(v)
    return v


def big_to_int(v):
    """go/constant ToInt of a float: exact integers, and values within a few
    ulps of an integer (taken as rounding errors of earlier operations)."""
    if not v.small():
        return None
    if v.e >= 0:
        return v.m << v.e
    sh = -v.e
    neg = v.m < 0
    a = abs(v.m)
    if a & ((1 << sh) - 1) == 0:
        return (-1 if neg else 1) * (a >> sh)
    # round to PREC-4 bits toward zero, then away from zero
    a4 = a >> 4
    for t in (a4 << 4, (a4 + 1) << 4):
        if sh <= 0 or t & ((1 << sh) - 1) == 0:
            r = t >> sh
            return -r if neg else r
    return None


class Cplx:
    __slots__ = ('re', 'im')

    def __init__(self, re, im):
        # a part is an int (go/constant's intVal: printed in full) or a
        # Fraction/BigFloat (a float: printed with %.6g)
        self.re = re if isinstance(re, (BigFloat, int)) and not isinstance(re, bool) else Fraction(re)
        self.im = im if isinstance(im, (BigFloat, int)) and not isinstance(im, bool) else Fraction(im)

    def __eq__(self, o):
        return isinstance(o, Cplx) and self.re == o.re and self.im == o.im

    def __hash__(self):
        return hash((self.re, self.im))

    def __repr__(self):
        return f'Cplx({self.re}, {self.im})'


def kind_of(v):
    if isinstance(v, bool):
        return 'bool'
    if isinstance(v, int):
        return 'int'
    if isinstance(v, (Fraction, BigFloat)):
        return 'float'
    if isinstance(v, Cplx):
        return 'complex'
    if isinstance(v, bytes):
        return 'string'
    return 'unknown'


# ------------------------------------------------------------------ conversions of values

def to_int(v):
    """The value as an exact integer, or None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, Fraction):
        return int(v) if v.denominator == 1 else None
    if isinstance(v, BigFloat):
        return big_to_int(v)
    if isinstance(v, Cplx):
        if v.im == 0:
            return to_int(v.re)
    return None


def to_float(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return Fraction(v)
    if isinstance(v, (Fraction, BigFloat)):
        return v
    if isinstance(v, Cplx) and v.im == 0:
        return to_float(v.re)
    return None


def to_complex(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, Fraction, BigFloat)):
        return Cplx(v, 0)
    if isinstance(v, Cplx):
        return v
    return None


def make_for_kind(v, basic_kind):
    """Convert v to the representation of an untyped kind (int, rune, float, complex)."""
    if basic_kind in (T.UNTYPED_INT, T.UNTYPED_RUNE):
        return to_int(v)
    if basic_kind == T.UNTYPED_FLOAT:
        return to_float(v)
    if basic_kind == T.UNTYPED_COMPLEX:
        return to_complex(v)
    return v


# ------------------------------------------------------------------ representability

_F32_MAX = Fraction(struct.unpack('>f', b'\x7f\x7f\xff\xff')[0])
_F64_MAX = Fraction(1.7976931348623157e308)


def round_float64(v: Fraction):
    """Round an exact value to float64; None if it overflows."""
    try:
        f = _frac_to_float(v)
    except OverflowError:
        return None
    if math.isinf(f):
        return None
    return f


def _frac_to_float(v: Fraction) -> float:
    # Fraction.__float__ rounds correctly (it uses integer division with rounding).
    return v.numerator / v.denominator if isinstance(v, Fraction) else float(v)


def round_float32(v: Fraction):
    """Round an exact value to float32 (once, ties to even, with subnormals);
    None if it overflows. Rounding to float64 first could round twice."""
    if isinstance(v, BigFloat):
        top = v.e + abs(v.m).bit_length()          # |v| < 2**top
        if top > 129:
            return None                            # beyond float32's range
        if top < -160:
            return 0.0                             # below half the smallest subnormal (no -0 in constants)
        v = Fraction(v.m) * Fraction(2) ** v.e
    elif not isinstance(v, Fraction):
        v = Fraction(v)
    if v == 0:
        return 0.0
    a = abs(v)
    e = a.numerator.bit_length() - a.denominator.bit_length()   # 2**e <= a < 2**(e+1)
    if (Fraction(2) ** e) > a:
        e -= 1
    q = max(e - 23, -149)                                         # the value of the last mantissa bit
    n = round(a / Fraction(2) ** q)                               # half to even
    r = n * Fraction(2) ** q
    if r >= 2 ** 128:
        return None
    f = float(r)
    return -f if v < 0 else f


def representable(v, t: T.Basic):
    """If constant v can be represented in basic type t, return the (rounded)
    value; otherwise None. Untyped kinds accept any value of a compatible kind."""
    k = t.kind
    info = t.info
    if info & T.IS_BOOLEAN:
        return v if isinstance(v, bool) else None
    if info & T.IS_STRING:
        return v if isinstance(v, bytes) else None
    if isinstance(v, (bool, bytes)):
        return None
    if info & T.IS_INTEGER:
        x = to_int(v)
        if x is None:
            return None
        if info & T.IS_UNTYPED:
            return x
        bits = t.bits
        if info & T.IS_UNSIGNED:
            return x if 0 <= x < (1 << bits) else None
        lim = 1 << (bits - 1)
        return x if -lim <= x < lim else None
    if info & T.IS_FLOAT:
        x = to_float(v)
        if x is None:
            return None
        if k == T.FLOAT32:
            r = round_float32(x)
            return None if r is None else Fraction(r)
        if k == T.FLOAT64:
            r = round_float64(x)
            return None if r is None else Fraction(r)
        return x
    if info & T.IS_COMPLEX:
        x = to_complex(v)
        if x is None:
            return None
        if k in (T.COMPLEX64, T.COMPLEX128):
            rnd = round_float32 if k == T.COMPLEX64 else round_float64
            re, im = rnd(x.re), rnd(x.im)
            if re is None or im is None:
                return None
            return Cplx(Fraction(re), Fraction(im))
        return x
    return None


# ------------------------------------------------------------------ operations

def unary(op, v, typ):
    """typ: the operand's basic type (for ^ on unsigned values)."""
    if op == '+':
        return v
    if op == '-':
        if isinstance(v, Cplx):
            return Cplx(-v.re, -v.im)
        return -v
    if op == '!':
        return not v
    if op == '^':
        x = ~v
        if typ is not None and typ.info & T.IS_UNSIGNED and not typ.info & T.IS_UNTYPED:
            x &= (1 << typ.bits) - 1
        return x
    raise ValueError(op)


def _match(x, y):
    """Bring two numeric values to the same representation."""
    if isinstance(x, Cplx) or isinstance(y, Cplx):
        return to_complex(x), to_complex(y)
    if isinstance(x, (Fraction, BigFloat)) or isinstance(y, (Fraction, BigFloat)):
        return to_float(x), to_float(y)
    return x, y


class DivByZero(Exception):
    pass


def binary(x, op, y, integer_div=False):
    """Exact constant arithmetic. integer_div: `/` on integer operands truncates."""
    if isinstance(x, bytes):
        if op == '+':
            return x + y
        raise ValueError(op)
    if isinstance(x, bool):
        if op == '&&':
            return x and y
        if op == '||':
            return x or y
        raise ValueError(op)
    x, y = _match(x, y)
    r = _binary(x, op, y, integer_div)
    if isinstance(r, Cplx):
        re, im = norm_rat(r.re), norm_rat(r.im)
        return None if re is None or im is None else Cplx(re, im)
    return norm_rat(r)


def _binary(x, op, y, integer_div):
    if isinstance(x, Cplx):
        a, b, c, d = x.re, x.im, y.re, y.im
        if op == '+':
            return Cplx(a + c, b + d)
        if op == '-':
            return Cplx(a - c, b - d)
        if op == '*':
            return Cplx(a * c - b * d, a * d + b * c)
        if op == '/':
            s = c * c + d * d
            if s == 0:
                raise DivByZero()
            return Cplx(Fraction(a * c + b * d) / s, Fraction(b * c - a * d) / s)
        raise ValueError(op)
    if op == '+':
        return x + y
    if op == '-':
        return x - y
    if op == '*':
        return x * y
    if op == '/':
        if y == 0:
            raise DivByZero()
        if integer_div and isinstance(x, int):
            q = abs(x) // abs(y)
            return q if (x >= 0) == (y >= 0) else -q
        if isinstance(x, BigFloat) or isinstance(y, BigFloat):
            return x / y
        return norm_rat(Fraction(x) / Fraction(y))
    if op == '%':
        if y == 0:
            raise DivByZero()
        r = abs(x) % abs(y)
        return r if x >= 0 else -r
    if op == '&':
        return x & y
    if op == '|':
        return x | y
    if op == '^':
        return x ^ y
    if op == '&^':
        return x & ~y
    raise ValueError(op)


def shift(x, op, s):
    if op == '<<':
        return x << s
    return x >> s


def compare(x, op, y):
    if isinstance(x, (Cplx,)) or isinstance(y, Cplx):
        x, y = to_complex(x), to_complex(y)
        eq = x.re == y.re and x.im == y.im
        return eq if op == '==' else not eq
    if not isinstance(x, (bytes, bool)):
        x, y = _match(x, y)
    if op == '==':
        return x == y
    if op == '!=':
        return x != y
    if op == '<':
        return x < y
    if op == '<=':
        return x <= y
    if op == '>':
        return x > y
    if op == '>=':
        return x >= y
    raise ValueError(op)


# ------------------------------------------------------------------ printing (go/constant String)

def const_string(v) -> str:
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return int_string(v)
    if isinstance(v, (Fraction, BigFloat)):
        return _float_string(v)
    if isinstance(v, Cplx):
        return f'({_float_or_int(v.re)} + {_float_or_int(v.im)}i)'
    if isinstance(v, bytes):
        from .text.gostr import quote
        s = quote(v)
        if len(s) > 72:
            s = s[:69] + '...'
        return s
    return '?'


def int_string(n: int) -> str:
    """str(n) for any size, without Python's int-str digit limit (and without
    changing that process-wide setting): split by a power of ten."""
    if n < 0:
        return '-' + int_string(-n)
    if n.bit_length() < 10000:
        return str(n)
    k = int(n.bit_length() * 0.30102999566398120) // 2
    hi, lo = divmod(n, 10 ** k)
    return int_string(hi) + int_string(lo).rjust(k, '0')


def _is_int(v) -> bool:
    if isinstance(v, BigFloat):
        return v.e >= 0 or abs(v.m) & ((1 << -v.e) - 1) == 0
    return v.denominator == 1


def _float_or_int(v) -> str:
    if isinstance(v, int):
        return int_string(v)
    return _float_string(v)


def _float_string(v) -> str:
    f = round_float64(v)
    if f is None or (f == 0) != (v == 0):
        return _big_float_string(v)
    from .text.fmtfloat import format_g
    s = format_g(f, 6)
    if not _is_int(v) and '.' not in s:
        s = format_g(f, -1)
    return s


_LOG10_2 = math.log10(2)


def _mant_exp(v):
    """(m, exp): v = m * 2**exp with 0.5 <= |m| < 1, m as the nearest float64
    (from the PREC-bit value, as go/constant rounds a fraction first)."""
    b = v if isinstance(v, BigFloat) else BigFloat.from_exact(v)
    x = b.mant_exp()
    top = b.m >> (PREC - 64) if b.m > 0 else -((-b.m) >> (PREC - 64))
    return top / float(1 << 64), x


def _big_float_string(v) -> str:
    """go/constant's floatVal String out of float64 range: an approximate
    decimal computed in float64 arithmetic."""
    if v == 0:
        return '0'
    m, exp = _mant_exp(v)
    d = float(exp) * _LOG10_2
    e = int(d)
    m *= math.pow(10, d - float(e))
    am = abs(m)
    if am < 1 - 0.5e-6:
        m *= 10
        e -= 1
    elif am >= 10:
        m /= 10
        e += 1
    from .text.fmtfloat import format_g
    return f"{format_g(m, 6)}e{'+' if e >= 0 else '-'}{abs(e)}"
