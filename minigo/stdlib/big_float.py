"""math/big's Float: binary floating point of any precision, as Go rounds it.

A Float is Go's struct {prec, mode, acc, form, neg, mant, exp}: for a finite
value |x| = 0.mant * 2**exp. Here the mantissa is a Python int (kept in the
struct as a Nat, left-aligned in 64-bit words as Go's) and each operation
computes its exact result (sums and products exactly, quotients with a
sticky bit) and rounds it once to the result's precision by its rounding
mode, recording the accuracy, with Go's exponent range (no subnormals:
below MinExp is zero, above MaxExp infinity). Where Go's result is not the
correctly rounded one (Sqrt's Newton iteration, SetString's powers of 5
beyond 5**27), its steps are repeated with the same roundings.
"""
from __future__ import annotations

import math
from fractions import Fraction

from ..runtime.values import NIL_SLICE
from .big_int import Nat, new_int, put, val
from .big_rat import den, num, set_frac

PREC, MODE, ACC, FORM, NEG, MANT, EXP = range(7)      # Float's fields
ZERO, FINITE, INF = 0, 1, 2
TO_NEAREST_EVEN, TO_NEAREST_AWAY, TO_ZERO, AWAY_FROM_ZERO, TO_NEGATIVE_INF, TO_POSITIVE_INF = range(6)
BELOW, EXACT, ABOVE = -1, 0, 1
MAX_EXP, MIN_EXP = (1 << 31) - 1, -(1 << 31)
MAX_PREC = (1 << 32) - 1


def make_acc(above):
    return ABOVE if above else BELOW


class BF:
    """A Float's fields, worked on in Python."""
    __slots__ = ('prec', 'mode', 'acc', 'form', 'neg', 'm', 'exp')

    def __init__(self, prec=0, mode=0):
        self.prec, self.mode, self.acc, self.form, self.neg, self.m, self.exp = prec, mode, 0, ZERO, False, 0, 0

    @classmethod
    def of(cls, x):
        f = cls.__new__(cls)
        f.prec, f.mode, f.acc, f.form, f.neg = x[PREC], x[MODE], x[ACC], x[FORM], bool(x[NEG])
        mant = x[MANT]
        m = mant.value if isinstance(mant, Nat) else 0
        f.m = m >> ((m & -m).bit_length() - 1) if m else 0    # without the words' padding
        f.exp = x[EXP]
        return f

    def store(self, z):
        z[PREC], z[MODE], z[ACC], z[FORM], z[NEG] = self.prec, self.mode, self.acc, self.form, self.neg
        if self.form == FINITE:
            m = self.m
            words = (m.bit_length() + 63) >> 6
            z[MANT] = Nat(m << (64 * words - m.bit_length()), words)
            z[EXP] = self.exp
        return z

    def copy(self):
        f = BF.__new__(BF)
        f.prec, f.mode, f.acc, f.form, f.neg, f.m, f.exp = (
            self.prec, self.mode, self.acc, self.form, self.neg, self.m, self.exp)
        return f

    # |x| = m * 2**(exp - bitlen(m))
    def low(self):
        return self.exp - self.m.bit_length()

    def min_prec(self):
        if self.form != FINITE:
            return 0
        m = self.m
        return m.bit_length() - ((m & -m).bit_length() - 1)

    def fraction(self):
        """The exact finite value."""
        k = self.low()
        v = Fraction(self.m << k) if k >= 0 else Fraction(self.m, 1 << -k)
        return -v if self.neg else v

    # ------------------------------------------------------------ rounding

    def round(self, sbit=0):
        self.acc = EXACT
        if self.form != FINITE:
            return
        m, prec = self.m, self.prec
        n = m.bit_length()
        if n <= prec:
            if not sbit:
                return
            m <<= prec + 1 - n
            n = prec + 1
        r = n - prec - 1
        rbit = (m >> r) & 1
        sticky = sbit or (m & ((1 << r) - 1)) != 0
        m >>= r + 1
        if rbit or sticky:
            mode = self.mode
            if mode == TO_NEGATIVE_INF:
                inc = self.neg
            elif mode == TO_ZERO:
                inc = False
            elif mode == TO_NEAREST_EVEN:
                inc = rbit and (sticky or m & 1)
            elif mode == TO_NEAREST_AWAY:
                inc = rbit
            elif mode == AWAY_FROM_ZERO:
                inc = True
            else:
                inc = not self.neg
            inc = bool(inc)
            self.acc = make_acc(inc != self.neg)
            if inc:
                m += 1
                if m.bit_length() > prec:
                    if self.exp >= MAX_EXP:
                        self.form = INF
                        return
                    self.exp += 1
                    m >>= 1
        self.m = m

    def set_exp_and_round(self, exp, sbit=0):
        if exp < MIN_EXP:
            self.acc = make_acc(self.neg)
            self.form = ZERO
            return
        if exp > MAX_EXP:
            self.acc = make_acc(not self.neg)
            self.form = INF
            return
        self.form = FINITE
        self.exp = exp
        self.round(sbit)

    def set_exact(self, m, k, sbit=0):
        """|z| = m * 2**k (m > 0), rounded."""
        self.m = m
        self.set_exp_and_round(k + m.bit_length(), sbit)

    # ------------------------------------------------------------ setting

    def set(self, x):
        self.acc = EXACT
        if self is not x:
            self.form, self.neg = x.form, x.neg
            if x.form == FINITE:
                self.exp, self.m = x.exp, x.m
            if self.prec == 0:
                self.prec = x.prec
            elif self.prec < x.prec:
                self.round()
        return self

    def set_int(self, v, default_prec=None):
        if self.prec == 0:
            self.prec = default_prec if default_prec is not None else max(abs(v).bit_length(), 64)
        self.acc = EXACT
        self.neg = v < 0
        if v == 0:
            self.form = ZERO
            return self
        a = abs(v)
        self.set_exact(a, 0)
        return self

    def set_float64(self, x):
        if self.prec == 0:
            self.prec = 53
        if math.isnan(x):
            raise err_nan('Float.SetFloat64(NaN)')
        self.acc = EXACT
        self.neg = math.copysign(1.0, x) < 0
        if x == 0:
            self.form = ZERO
        elif math.isinf(x):
            self.form = INF
        else:
            n, d = abs(x).as_integer_ratio()
            self.form = FINITE
            self.m = n
            self.exp = n.bit_length() - (d.bit_length() - 1)
            if self.prec < 53:
                self.round()
        return self

    # ------------------------------------------------------------ arithmetic

    def ucmp(self, y):
        if self.exp != y.exp:
            return -1 if self.exp < y.exp else 1
        a, b = self.m, y.m
        d = a.bit_length() - b.bit_length()
        if d > 0:
            b <<= d
        elif d < 0:
            a <<= -d
        return (a > b) - (a < b)

    def uadd(self, x, y):
        kx, ky = x.low(), y.low()
        k = min(kx, ky)
        self.set_exact((x.m << (kx - k)) + (y.m << (ky - k)), k)

    def usub(self, x, y):
        kx, ky = x.low(), y.low()
        k = min(kx, ky)
        d = (x.m << (kx - k)) - (y.m << (ky - k))
        if d == 0:
            self.acc, self.form, self.neg = EXACT, ZERO, False
            return
        self.set_exact(d, k)

    def umul(self, x, y):
        self.set_exact(x.m * y.m, x.low() + y.low())

    def uquo(self, x, y):
        s = max(0, self.prec + 2 + y.m.bit_length() - x.m.bit_length())
        q, r = divmod(x.m << s, y.m)
        self.set_exact(q, x.low() - y.low() - s, 1 if r else 0)

    def add(self, x, y, sub=False):
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        yneg = y.neg != sub
        if x.form == FINITE and y.form == FINITE:
            self.neg = x.neg
            if x.neg == yneg:
                self.uadd(x, y)
            elif x.ucmp(y) > 0:
                self.usub(x, y)
            else:
                self.neg = not self.neg
                self.usub(y, x)
            if self.form == ZERO and self.mode == TO_NEGATIVE_INF and self.acc == EXACT:
                self.neg = True
            return self
        if x.form == INF and y.form == INF and x.neg != yneg:
            self.acc, self.form, self.neg = EXACT, ZERO, False
            raise err_nan('subtraction of infinities with equal signs' if sub
                          else 'addition of infinities with opposite signs')
        if x.form == ZERO and y.form == ZERO:
            self.acc, self.form, self.neg = EXACT, ZERO, x.neg and yneg
            return self
        if x.form == INF or y.form == ZERO:
            return self.set(x)
        self.set(y)
        if sub:
            self.neg = not self.neg
        return self

    def mul(self, x, y):
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        self.neg = x.neg != y.neg
        if x.form == FINITE and y.form == FINITE:
            self.umul(x, y)
            return self
        self.acc = EXACT
        if x.form == ZERO and y.form == INF or x.form == INF and y.form == ZERO:
            self.form, self.neg = ZERO, False
            raise err_nan('multiplication of zero with infinity')
        self.form = INF if INF in (x.form, y.form) else ZERO
        return self

    def quo(self, x, y):
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        self.neg = x.neg != y.neg
        if x.form == FINITE and y.form == FINITE:
            self.uquo(x, y)
            return self
        self.acc = EXACT
        if x.form == ZERO and y.form == ZERO or x.form == INF and y.form == INF:
            self.form, self.neg = ZERO, False
            raise err_nan('division of zero by zero or infinity by infinity')
        self.form = ZERO if x.form == ZERO or y.form == INF else INF
        return self

    def cmp(self, y):
        mx, my = self.ord(), y.ord()
        if mx != my:
            return -1 if mx < my else 1
        if mx == -1:
            return y.ucmp(self)
        if mx == 1:
            return self.ucmp(y)
        return 0

    def ord(self):
        if self.form == ZERO:
            return 0
        m = 1 if self.form == FINITE else 2
        return -m if self.neg else m

    def sqrt(self, x):
        """Go's Sqrt: Newton's iteration for 1/sqrt(x), then times x."""
        if self.prec == 0:
            self.prec = x.prec
        if x.form != ZERO and x.neg:
            raise err_nan('square root of negative operand')
        if x.form != FINITE:
            self.acc, self.form, self.neg = EXACT, x.form, x.neg
            return self
        prec = self.prec
        b = x.exp
        self.copy_from(x)           # the mantissa, in [0.5, 1); its mode too, as Go's MantExp
        self.exp = 0
        self.prec = prec
        if b % 2:
            self.exp += 1 if b > 0 else -1
        self.sqrt_inverse()
        self.exp_add(int(b / 2))
        return self

    def copy_from(self, x):
        self.prec, self.mode, self.acc, self.form, self.neg, self.m, self.exp = (
            x.prec, x.mode, x.acc, x.form, x.neg, x.m, x.exp)

    def exp_add(self, e):
        if self.form == FINITE:
            self.set_exp_and_round(self.exp + e)

    def sqrt_inverse(self):
        x = self.copy()
        three = BF().set_float64(3.0)
        u, v = BF(), BF()

        def newton(t):
            u.prec = v.prec = t.prec
            u.mul(t, t)
            u.mul(x, u)
            v.add(three, u, sub=True)
            u.mul(t, v)
            u.exp -= 1
            return t.set(u)

        xf, _ = x.to_float64()
        sqi = BF().set_float64(1 / math.sqrt(xf))
        while sqi.prec < self.prec + 32:
            sqi.prec *= 2
            sqi = newton(sqi)
        self.mul(x, sqi)

    # ------------------------------------------------------------ conversions

    def to_float64(self):
        if self.form == ZERO:
            return (-0.0 if self.neg else 0.0), EXACT
        if self.form == INF:
            return (-math.inf if self.neg else math.inf), EXACT
        f = self.fraction()
        try:
            v = float(f)
        except OverflowError:
            return (-math.inf, BELOW) if self.neg else (math.inf, ABOVE)
        if v == 0:
            return (-0.0, ABOVE) if self.neg else (0.0, BELOW)
        d = Fraction(v)
        return v, (d > f) - (d < f)

    def to_float32(self):
        from .big_rat import to_float32
        if self.form == ZERO:
            return (-0.0 if self.neg else 0.0), EXACT
        if self.form == INF:
            return (-math.inf if self.neg else math.inf), EXACT
        f = self.fraction()
        v = to_float32(f)
        if math.isinf(v):
            return v, (BELOW if self.neg else ABOVE)
        if v == 0:
            return (-0.0, ABOVE) if self.neg else (0.0, BELOW)
        d = Fraction(v)
        return v, (d > f) - (d < f)

    def trunc(self):
        """The integer part of the finite value (toward zero)."""
        k = self.low()
        v = self.m << k if k >= 0 else self.m >> -k
        return -v if self.neg else v


def err_nan(msg):
    from ..runtime.panic import GoPanic
    from .goside import package_rtype
    return GoPanic((package_rtype('math/big', 'ErrNaN'), [msg.encode()]))


def bf(x):
    return BF.of(x)


# ---------------------------------------------------------------- Go methods

def new_float():
    return BF().store([0, 0, 0, ZERO, False, NIL_SLICE, 0])


def NewFloat(x):
    if math.isnan(x):
        raise err_nan('NewFloat(NaN)')
    return BF().set_float64(x).store(new_float())


def Float_SetPrec(z, prec):
    f = bf(z)
    f.acc = EXACT
    if prec == 0:
        f.prec = 0
        if f.form == FINITE:
            f.acc = make_acc(f.neg)
            f.form = ZERO
        return f.store(z)
    prec = min(prec, MAX_PREC)
    old = f.prec
    f.prec = prec
    if prec < old:
        f.round()
    return f.store(z)


def Float_SetMode(z, mode):
    z[MODE] = mode
    z[ACC] = EXACT
    return z


def Float_Prec(x):
    return x[PREC]


def Float_MinPrec(x):
    return bf(x).min_prec()


def Float_Mode(x):
    return x[MODE]


def Float_Acc(x):
    return x[ACC]


def Float_Sign(x):
    if x[FORM] == ZERO:
        return 0
    return -1 if x[NEG] else 1


def Float_Signbit(x):
    return bool(x[NEG])


def Float_IsInf(x):
    return x[FORM] == INF


def Float_IsInt(x):
    f = bf(x)
    if f.form != FINITE:
        return f.form == ZERO
    if f.exp <= 0:
        return False
    return f.prec <= f.exp or f.min_prec() <= f.exp


def Float_MantExp(x, mant):
    f = bf(x)
    exp = f.exp if f.form == FINITE else 0
    if mant is not None:
        if mant is not x:
            f.store(mant)
        if f.form == FINITE:
            mant[EXP] = 0
    return exp


def Float_SetMantExp(z, mant, exp):
    f = bf(mant)
    if f.form == FINITE:
        f.set_exp_and_round(f.exp + exp)
    return f.store(z)


def Float_SetInf(z, signbit):
    z[ACC], z[FORM], z[NEG] = EXACT, INF, signbit
    return z


def Float_Set(z, x):
    f = bf(z)
    if z is not x:
        f.set(bf(x))
    else:
        f.acc = EXACT
    return f.store(z)


def Float_Copy(z, x):
    if z is not x:
        bf(x).store(z)
    return z


def Float_SetInt64(z, x):
    return bf(z).set_int(x, 64).store(z)


def Float_SetUint64(z, x):
    return bf(z).set_int(x, 64).store(z)


def Float_SetFloat64(z, x):
    return bf(z).set_float64(x).store(z)


def Float_SetInt(z, x):
    return bf(z).set_int(val(x)).store(z)


def Float_SetRat(z, x):
    n, d = num(x), den(x)
    f = bf(z)
    if abs(d) == 1:
        return f.set_int(n).store(z)
    a = BF().set_int(n)
    b = BF().set_int(d)
    if f.prec == 0:
        f.prec = max(a.prec, b.prec)
    return f.quo(a, b).store(z)


def Float_Add(z, x, y):
    f = bf(z)
    try:
        f.add(bf(x), bf(y))
    finally:
        f.store(z)
    return z


def Float_Sub(z, x, y):
    f = bf(z)
    try:
        f.add(bf(x), bf(y), sub=True)
    finally:
        f.store(z)
    return z


def Float_Mul(z, x, y):
    f = bf(z)
    try:
        f.mul(bf(x), bf(y))
    finally:
        f.store(z)
    return z


def Float_Quo(z, x, y):
    f = bf(z)
    try:
        f.quo(bf(x), bf(y))
    finally:
        f.store(z)
    return z


def Float_Sqrt(z, x):
    f = bf(z)
    f.sqrt(bf(x))
    return f.store(z)


def Float_Cmp(x, y):
    return bf(x).cmp(bf(y))


def Float_Abs(z, x):
    f = bf(z).set(bf(x))
    f.neg = False
    return f.store(z)


def Float_Neg(z, x):
    f = bf(z).set(bf(x))
    f.neg = not f.neg
    return f.store(z)


def Float_Float64(x):
    return bf(x).to_float64()


def Float_Float32(x):
    return bf(x).to_float32()


def Float_Int64(x):
    f = bf(x)
    if f.form == ZERO:
        return 0, EXACT
    if f.form == INF:
        return ((-(1 << 63), ABOVE) if f.neg else ((1 << 63) - 1, BELOW))
    acc = make_acc(f.neg)
    if f.exp <= 0:
        return 0, acc
    if f.exp <= 63:
        return f.trunc(), (EXACT if f.min_prec() <= f.exp else acc)
    if f.neg:
        if f.exp == 64 and f.min_prec() == 1:
            acc = EXACT
        return -(1 << 63), acc
    return (1 << 63) - 1, BELOW


def Float_Uint64(x):
    f = bf(x)
    if f.form == ZERO:
        return 0, EXACT
    if f.form == INF:
        return (0, ABOVE) if f.neg else ((1 << 64) - 1, BELOW)
    if f.neg:
        return 0, ABOVE
    if f.exp <= 0:
        return 0, BELOW
    if f.exp <= 64:
        return f.trunc(), (EXACT if f.min_prec() <= 64 else BELOW)    # Go's test, not <= exp
    return (1 << 64) - 1, BELOW


def Float_Int(x, z):
    f = bf(x)
    if f.form == INF:
        return None, make_acc(f.neg)
    if z is None:
        z = new_int()
    if f.form == ZERO:
        return put(z, 0), EXACT
    acc = make_acc(f.neg)
    if f.exp <= 0:
        return put(z, 0), acc
    if f.min_prec() <= f.exp:
        acc = EXACT
    return put(z, f.trunc()), acc


def Float_Rat(x, z):
    f = bf(x)
    if f.form == INF:
        return None, make_acc(f.neg)
    if z is None:
        from .big_rat import new_rat
        z = new_rat()
    if f.form == ZERO:
        put(z[0], 0)
        put(z[1], 1)
        return z, EXACT
    n = -f.m if f.neg else f.m
    all_bits = 64 * ((f.m.bit_length() + 63) >> 6)     # the mantissa's words, as stored
    if f.exp >= all_bits:
        put(z[0], n << (f.exp - f.m.bit_length()))
        put(z[1], 0)        # Go leaves the denominator empty, meaning 1
    else:
        k = f.low()
        set_frac(z, n << max(k, 0), 1 << max(-k, 0))
    return z, EXACT
