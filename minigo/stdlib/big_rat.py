"""math/big's Rat: Go's struct {a, b Int} (numerator and denominator, b == 0
standing for 1 in a zero Rat), computed with Python integers.

Operations normalize as Go's do (lowest terms, positive denominator) and
leave a Rat's Ints in place, so the *Int that Num or Denom returned keeps
referring to it; String and RatString print the two Ints as they are, so a
Rat changed through Num is shown unnormalized, as in Go.
"""
from __future__ import annotations

import math
from fractions import Fraction

from .big_int import Int_SetString, new_int, put, val
from .big_text import Scanner, dec, itoa, scan_exponent, scan_nat, scan_sign
from .bufio import _str_panic

A, B = 0, 1     # Rat's fields


def num(x):
    return val(x[A])


def den(x):
    return val(x[B]) or 1


def fraction(x):
    return Fraction(num(x), den(x))


def set_frac(z, n, d):
    """z = n/d in lowest terms (d != 0)."""
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    put(z[A], n // g)
    put(z[B], d // g)
    return z


def set_fraction(z, f):
    put(z[A], f.numerator)
    put(z[B], f.denominator)
    return z


def division_by_zero():
    return _str_panic('division by zero')


def new_rat():
    return [new_int(), new_int()]


def NewRat(a, b):
    return Rat_SetFrac64(new_rat(), a, b)


def Rat_SetFrac(z, a, b):
    d = val(b)
    if d == 0:
        raise division_by_zero()
    return set_frac(z, val(a), d)


def Rat_SetFrac64(z, a, b):
    if b == 0:
        raise division_by_zero()
    return set_frac(z, a, b)


def Rat_SetInt(z, x):
    put(z[A], val(x))
    put(z[B], 1)
    return z


def Rat_SetInt64(z, x):
    put(z[A], x)
    put(z[B], 1)
    return z


Rat_SetUint64 = Rat_SetInt64


def Rat_SetFloat64(z, f):
    if math.isinf(f) or math.isnan(f):
        return None
    return set_fraction(z, Fraction(f))


def Rat_Set(z, x):
    if z is not x:
        put(z[A], num(x))
        put(z[B], val(x[B]))
    if val(z[B]) == 0:
        put(z[B], 1)
    return z


def Rat_Abs(z, x):
    Rat_Set(z, x)
    put(z[A], abs(num(z)))
    return z


def Rat_Neg(z, x):
    Rat_Set(z, x)
    put(z[A], -num(z))
    return z


def Rat_Inv(z, x):
    n = num(x)
    if n == 0:
        raise division_by_zero()
    Rat_Set(z, x)
    n, d = num(z), den(z)
    put(z[A], -abs(d) if n < 0 else abs(d))    # the sign stays with the numerator
    put(z[B], abs(n))
    return z


def Rat_Sign(x):
    n = num(x)
    return (n > 0) - (n < 0)


def Rat_IsInt(x):
    return abs(val(x[B])) in (0, 1)


def Rat_Num(x):
    return x[A]


def Rat_Denom(x):
    if val(x[B]) == 0:
        return new_int(1)
    return x[B]


def Rat_Cmp(x, y):
    a, b = fraction(x), fraction(y)
    return (a > b) - (a < b)


def Rat_Add(z, x, y):
    return set_fraction(z, fraction(x) + fraction(y))


def Rat_Sub(z, x, y):
    return set_fraction(z, fraction(x) - fraction(y))


def Rat_Mul(z, x, y):
    return set_fraction(z, fraction(x) * fraction(y))


def Rat_Quo(z, x, y):
    d = fraction(y)
    if d == 0:
        raise division_by_zero()
    return set_fraction(z, fraction(x) / d)


# ---------------------------------------------------------------- text

def Rat_String(x):
    b = val(x[B])
    return itoa(num(x), 10) + b'/' + (itoa(b, 10) if b else b'1')


def Rat_RatString(x):
    if Rat_IsInt(x):
        return itoa(num(x), 10)
    return Rat_String(x)


def Rat_FloatString(x, prec):
    n = num(x)
    if Rat_IsInt(x):
        out = itoa(n, 10)
        return out + b'.' + b'0' * prec if prec > 0 else out
    d = abs(den(x))
    q, r = divmod(abs(n), d)
    p = 10 ** prec if prec > 0 else 1
    r, r2 = divmod(r * p, d)
    if d <= 2 * r2:                 # halves round away from zero
        r += 1
        if r >= p:
            q, r = q + 1, r - p
    out = (b'-' if n < 0 else b'') + dec(q).encode()
    if prec > 0:
        out += b'.' + dec(r).encode().rjust(prec, b'0')
    return out


def Rat_FloatPrec(x):
    d = abs(val(Rat_Denom(x)))
    p2 = (d & -d).bit_length() - 1
    q = d >> p2
    p5 = 0
    while q % 5 == 0:
        q //= 5
        p5 += 1
    return max(p2, p5), q == 1


def Rat_AppendText(x, b):
    from .fmt import _append
    return _append(b, Rat_RatString(x) if Rat_IsInt(x) else Rat_String(x)), None


def Rat_SetString(z, s):
    """SetString: z, true; or nil, false."""
    if not s:
        return None, False
    sep = s.find(b'/')
    if sep >= 0:
        if Int_SetString(z[A], s[:sep], 0)[0] is None:
            return None, False
        sc = Scanner(s[sep + 1:])
        d, _, _, err = scan_nat(sc, 0, False)
        put(z[B], d)
        if err is not None or not sc.at_end() or d == 0:
            return None, False
        return set_frac(z, num(z), d), True
    sc = Scanner(s)
    neg, err = scan_sign(sc)
    if err is not None:
        return None, False
    mant, base, fcount, err = scan_nat(sc, 0, True)
    put(z[A], mant)
    if err is not None:
        return None, False
    exp, ebase, err = scan_exponent(sc, True, True)
    if err is not None or not sc.at_end():
        return None, False
    if mant == 0:
        put(z[B], 1)
        return z, True
    exp2 = exp5 = 0
    if fcount < 0:
        exp2 = fcount * {10: 1, 2: 1, 8: 3, 16: 4}[base]
        if base == 10:
            exp5 = fcount
    if ebase == 10:
        exp5 += exp
    exp2 += exp
    n, d = mant, 1
    if exp5:
        if abs(exp5) > 10 ** 6:
            return None, False
        if exp5 > 0:
            n *= 5 ** exp5
        else:
            d = 5 ** -exp5
    if not -10 ** 7 <= exp2 <= 10 ** 7:
        return None, False
    if exp2 > 0:
        n <<= exp2
    else:
        d <<= -exp2
    return set_frac(z, -n if neg else n, d), True


# ---------------------------------------------------------------- floats

def Rat_Float64(x):
    f = fraction(x)
    try:
        v = float(f)
    except OverflowError:
        return (math.inf if f > 0 else -math.inf), False
    return v, Fraction(v) == f


def Rat_Float32(x):
    f = fraction(x)
    v = to_float32(f)
    return v, (not math.isinf(v) and Fraction(v) == f)


def to_float32(f):
    """The float32 nearest to the rational f (ties to even), as a float."""
    n, dd = abs(f.numerator), f.denominator
    if n == 0:
        return -0.0 if f < 0 else 0.0
    e = n.bit_length() - dd.bit_length()
    if (n << max(0, -e)) < (dd << max(0, e)):
        e -= 1
    p = 24 if e >= -126 else 24 - (-126 - e)
    if e > 127:
        return math.inf if f > 0 else -math.inf
    if p <= 0:
        # below half the smallest subnormal rounds to 0; above it, to it
        half = Fraction(1, 1 << 150)
        a = abs(f)
        v = 0.0 if a <= half else 2.0 ** -149
        return -v if f < 0 else v
    shift = p - 1 - e
    q, r = divmod(n << shift if shift >= 0 else n, dd if shift >= 0 else dd << -shift)
    twice = 2 * r
    den_ = dd if shift >= 0 else dd << -shift
    if twice > den_ or twice == den_ and q & 1:
        q += 1
    v = math.ldexp(q, -shift)
    if v >= 2.0 ** 128:
        v = math.inf
    return -v if f < 0 else v
