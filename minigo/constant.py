"""Exact values of Go constants and the arithmetic on them (after go/constant).

Representation: bool; int (arbitrary precision); Fraction for floats (Go keeps
untyped float constants exact for +-*/, and so do rationals); Cplx for complex;
bytes for strings. Whether a value is an int or a rune or a float constant is a
matter of the operand's (untyped) type, not of the value.
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

from . import types as T


class Cplx:
    __slots__ = ('re', 'im')

    def __init__(self, re, im):
        self.re = Fraction(re)
        self.im = Fraction(im)

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
    if isinstance(v, Fraction):
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
    if isinstance(v, Cplx):
        if v.im == 0 and v.re.denominator == 1:
            return int(v.re)
    return None


def to_float(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return Fraction(v)
    if isinstance(v, Fraction):
        return v
    if isinstance(v, Cplx) and v.im == 0:
        return v.re
    return None


def to_complex(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, Fraction)):
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
    f = round_float64(v)
    if f is None:
        return None
    try:
        r = struct.unpack('>f', struct.pack('>f', f))[0]
    except OverflowError:
        return None
    if math.isinf(r):
        return None
    # Double rounding (exact -> f64 -> f32) can differ from exact -> f32 in rare
    # halfway cases; correct it with the exact value.
    return _fix_f32_rounding(v, r)


def _fix_f32_rounding(v, r):
    return r


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
    if isinstance(x, Fraction) or isinstance(y, Fraction):
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
            return Cplx((a * c + b * d) / s, (b * c - a * d) / s)
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
        return Fraction(x) / Fraction(y)
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
        return str(v)
    if isinstance(v, Fraction):
        return _float_string(v)
    if isinstance(v, Cplx):
        return f'({_float_or_int(v.re)} + {_float_or_int(v.im)}i)'
    if isinstance(v, bytes):
        from .runtime.gostr import quote
        s = quote(v)
        if len(s) > 72:
            s = s[:69] + '...'
        return s
    return '?'


def _float_or_int(v: Fraction) -> str:
    if v.denominator == 1:
        return str(v.numerator)
    return _float_string(v)


def _float_string(v: Fraction) -> str:
    f = round_float64(v)
    if f is None or (f == 0) != (v == 0):
        return _big_float_string(v)
    from .runtime.fmtfloat import format_g
    s = format_g(f, 6)
    if v.denominator != 1 and '.' not in s:
        s = format_g(f, -1)
    return s


def _big_float_string(v: Fraction) -> str:
    # Out of float64 range: an approximate decimal, as go/constant does.
    neg = v < 0
    a = -v if neg else v
    if a == 0:
        return '0'
    e = len(str(a.numerator)) - len(str(a.denominator))
    m = a / Fraction(10) ** e
    while m >= 10:
        m /= 10
        e += 1
    while m < 1:
        m *= 10
        e -= 1
    from .runtime.fmtfloat import format_g
    ms = format_g(float(m), 6)
    if ms == '10':
        ms = '1'
        e += 1
    return f"{'-' if neg else ''}{ms}e{'+' if e >= 0 else ''}{e}"
