"""math/big's Int on Python integers.

An Int is Go's struct {neg bool; abs nat}; its abs is a Nat, a []Word that
holds the magnitude as a Python int and makes its 64-bit words only when
something looks at them (printing the struct, as `{false [5]}`), so copies
of an Int share it and arithmetic costs what Python's does. Methods follow
Go's definitions where they differ from Python's: Quo/Rem truncate, Div/Mod
are Euclidean, Divide rounds by a mode; Exp and ModInverse as Go specifies
for negative and zero arguments; GCD's Bézout coefficients are those of
Euclid's algorithm, which Go's Lehmer algorithm computes.
"""
from __future__ import annotations

import math

from ..runtime.values import NIL_SLICE, Slice
from .big_text import Scanner, itoa, scan_nat, scan_sign, to_base
from .bufio import _str_panic

M64 = (1 << 64) - 1
NEG, ABS = 0, 1          # Int's fields


class Nat(Slice):
    """A nat whose words are made from value on demand."""
    __slots__ = ('value', '_words')

    def __init__(self, value, nwords=None):
        n = (value.bit_length() + 63) >> 6 if nwords is None else nwords
        self.value = value
        self._words = None
        self.off = 0
        self.len = n
        self.cap = n

    @property
    def a(self):
        w = self._words
        if w is None:
            v = self.value
            w = self._words = [(v >> (64 * i)) & M64 for i in range(self.len)]
        return w

    @a.setter
    def a(self, words):
        self._words = words


def nat_value(s):
    if isinstance(s, Nat):
        return s.value
    if s.a is None or s.len == 0:
        return 0
    v = 0
    for w in reversed(s.a[s.off:s.off + s.len]):
        v = v << 64 | w
    return v


def val(x):
    """The value of *Int x (a nil x is Go's nil dereference)."""
    v = nat_value(x[ABS])
    return -v if x[NEG] and v else v


def put(z, v):
    """Set *Int z to v; returns z."""
    z[NEG] = v < 0
    z[ABS] = Nat(-v if v < 0 else v) if v else NIL_SLICE
    return z


def new_int(v=0):
    return put([False, NIL_SLICE], v)


def division_by_zero():
    return _str_panic('division by zero')


def wrap64(v):
    v &= M64
    return v - (1 << 64) if v >> 63 else v


# ---------------------------------------------------------------- setting

def NewInt(x):
    return new_int(x)


def Int_Set(z, x):
    z[NEG], z[ABS] = x[NEG], x[ABS]
    return z


def Int_SetInt64(z, x):
    return put(z, x)


def Int_SetUint64(z, x):
    return put(z, x)


def Int_SetBytes(z, buf):
    return put(z, int.from_bytes(bytes(buf.tolist()), 'big'))


def Int_Bytes(x):
    v = abs(val(x))
    data = v.to_bytes((v.bit_length() + 7) // 8, 'big')
    return Slice(list(data), 0, len(data), len(data))


def Int_FillBytes(x, buf):
    v = abs(val(x))
    n = (v.bit_length() + 7) // 8
    if n > buf.len:
        raise _str_panic('math/big: buffer too small to fit value')
    if buf.len:
        buf.a[buf.off:buf.off + buf.len] = list(v.to_bytes(buf.len, 'big'))
    return buf


def Int_SetString(z, s, base):
    """SetString: (z, true), or (nil, false) leaving in z what Go leaves."""
    sc = Scanner(s)
    neg, err = scan_sign(sc)
    if err is not None:
        return None, False
    v, _, _, err = scan_nat(sc, base, False)
    if err is not None:
        z[ABS] = Nat(v) if v else NIL_SLICE     # Go sets the magnitude, keeps the sign
        return None, False
    put(z, -v if neg else v)
    if not sc.at_end():
        return None, False
    return z, True


# ---------------------------------------------------------------- text

def Int_Text(x, base):
    if x is None:
        return b'<nil>'
    if not 2 <= base <= 62:
        raise _str_panic('invalid base')
    return itoa(val(x), base)


def Int_String(x):
    return Int_Text(x, 10)


def Int_Append(x, buf, base):
    from .fmt import _append
    return _append(buf, Int_Text(x, base))


_BASES = {ord('b'): 2, ord('o'): 8, ord('O'): 8, ord('d'): 10, ord('s'): 10, ord('v'): 10,
          ord('x'): 16, ord('X'): 16}
_PREFIXES = {ord('b'): b'0b', ord('o'): b'0', ord('x'): b'0x', ord('X'): b'0X'}


def formatInt(x, ch, wid, has_wid, prec, has_prec, plus, space, sharp, minus, zero):
    """Int.Format's text for verb ch, or (b'', False) for a verb it does not know."""
    base = _BASES.get(ch)
    if base is None:
        return b'', False
    if x is None:
        return b'<nil>', True
    v = val(x)
    # the sign is the field's: a zero with it set (a "-0" GCD or a failed
    # SetString can leave) prints as -0
    sign = b'-' if x[NEG] else b'+' if plus else b' ' if space else b''
    prefix = _PREFIXES.get(ch, b'') if sharp else b''
    if ch == ord('O'):
        prefix = b'0o'
    digits = to_base(abs(v), base)
    if ch == ord('X'):
        digits = digits.upper()
    zeros = left = right = 0
    if has_prec:
        if len(digits) < prec:
            zeros = prec - len(digits)
        elif digits == b'0' and prec == 0:
            return b'', True
    length = len(sign) + len(prefix) + zeros + len(digits)
    if has_wid and length < wid:
        d = wid - length
        if minus:
            right = d
        elif zero and not has_prec:
            zeros = d
        else:
            left = d
    return b' ' * left + sign + prefix + b'0' * zeros + digits + b' ' * right, True


# ---------------------------------------------------------------- arithmetic

def Int_Add(z, x, y):
    return put(z, val(x) + val(y))


def Int_Sub(z, x, y):
    return put(z, val(x) - val(y))


def Int_Mul(z, x, y):
    return put(z, val(x) * val(y))


def _quo_rem(a, b):
    """Go's truncated division."""
    if b == 0:
        raise division_by_zero()
    q, r = divmod(abs(a), abs(b))
    return (-q if (a < 0) != (b < 0) else q), (-r if a < 0 else r)


def _div_mod(a, b):
    """Go's Euclidean division: 0 <= m < |b|."""
    if b == 0:
        raise division_by_zero()
    m = a % abs(b)
    return (a - m) // b, m


def Int_Quo(z, x, y):
    return put(z, _quo_rem(val(x), val(y))[0])


def Int_Rem(z, x, y):
    return put(z, _quo_rem(val(x), val(y))[1])


def Int_QuoRem(z, x, y, r):
    q, m = _quo_rem(val(x), val(y))
    put(z, q)
    put(r, m)
    return z, r


def Int_Div(z, x, y):
    return put(z, _div_mod(val(x), val(y))[0])


def Int_Mod(z, x, y):
    return put(z, _div_mod(val(x), val(y))[1])


def Int_DivMod(z, x, y, m):
    q, r = _div_mod(val(x), val(y))
    put(z, q)
    put(m, r)
    return z, m


TRUNC, FLOOR, ROUND, CEIL = 2, 4, 0, 5      # the RoundingModes Divide takes


def Int_Divide(z, x, y, r, mode):
    a, b = val(x), val(y)
    q, m = _quo_rem(a, b)
    if m:
        if mode == TRUNC:
            pass
        elif mode == FLOOR:
            if (a < 0) != (b < 0):
                q, m = q - 1, m + b
        elif mode == CEIL:
            if (a < 0) == (b < 0):
                q, m = q + 1, m - b
        elif mode == ROUND:
            twice = 2 * abs(m)
            if twice > abs(b) or twice == abs(b) and abs(q) % 2 == 1:
                step = -1 if (a < 0) != (b < 0) else 1
                q, m = q + step, m - step * b
        else:
            raise _str_panic('unsupported rounding mode')
    if z is not None:
        put(z, q)
    if r is not None:
        put(r, m)
    return z, r


def Int_Exp(z, x, y, m):
    """x**y mod |m| as Go computes it: with y < 0 the base is x's inverse
    mod m, and the result's sign still follows x's (Go's own quirk)."""
    xv, yv = val(x), val(y)
    mv = 0 if m is None else abs(val(m))
    base = abs(xv)
    if yv < 0:
        if mv == 0:
            return put(z, 1)
        inv = Int_ModInverse(new_int(), x, m)
        if inv is None:
            return None
        base = val(inv)
    e = abs(yv)
    if mv == 1:
        r = 0
    elif mv:
        r = pow(base, e, mv)
    else:
        r = base ** e
    if r and xv < 0 and e & 1:
        r = mv - r if mv else -r
    return put(z, r)


def egcd(a, b):
    """gcd(|a|, |b|) and the coefficient of a Go's GCD gives (b != 0 != a)."""
    A, B = abs(a), abs(b)
    ua, ub = 1, 0
    if A < B:
        A, B = B, A
        ua, ub = ub, ua
    while B:
        q, r = divmod(A, B)
        A, B = B, r
        ua, ub = ub, ua - q * ub
    return A, (-ua if a < 0 else ua)


def Int_GCD(z, x, y, a, b):
    av, bv = val(a), val(b)
    if av == 0 or bv == 0:
        put(z, abs(bv if av == 0 else av))
        if x is not None:
            put(x, 0 if av == 0 else (-1 if av < 0 else 1))
        if y is not None:
            put(y, 0 if bv == 0 else (-1 if bv < 0 else 1))
        return z
    g, ua = egcd(av, bv)
    if y is not None:
        put(y, (g - av * ua) // bv)
    if x is not None:
        put(x, ua)
        x[NEG] = (ua < 0) or (ua == 0 and av < 0)     # Go flips the sign of a 0 too
    return put(z, g)


def Int_ModInverse(z, g, n):
    gv, nv = val(g), abs(val(n))
    if gv < 0:
        gv = _div_mod(gv, nv)[1]
    if gv == 0 or nv == 0:
        d, u = (abs(gv), (1 if gv > 0 else 0)) if nv == 0 else (nv, 0)
    else:
        d, u = egcd(gv, nv)
    if d != 1:
        return None
    return put(z, u + nv if u < 0 else u)


def Jacobi(x, y):
    a, b = val(x), val(y)
    if b % 2 == 0:
        raise _str_panic('big: invalid 2nd argument to Int.Jacobi: need odd integer but got ' + itoa(b, 10).decode())
    j = 1
    if b < 0:
        if a < 0:
            j = -1
        b = -b
    while True:
        if b == 1:
            return j
        if a == 0:
            return 0
        a %= b
        if a == 0:
            return 0
        s = (a & -a).bit_length() - 1
        if s & 1 and b & 7 in (3, 5):
            j = -j
        c = a >> s
        if b & 3 == 3 and c & 3 == 3:
            j = -j
        a, b = b, c


def Int_ModSqrt(z, x, p):
    xv, pv = val(x), val(p)
    j = Jacobi(x, p)
    if j == -1:
        return None
    if j == 0:
        return put(z, 0)
    if xv < 0 or xv >= pv:
        xv = _div_mod(xv, pv)[1]
    if pv % 4 == 3:
        return put(z, pow(xv, (pv + 1) >> 2, pv))
    if pv % 8 == 5:
        tx = xv << 1
        alpha = pow(tx, pv >> 3, pv)
        beta = alpha * alpha % pv * tx % pv - 1
        beta = beta * xv % pv * alpha
        return put(z, beta % pv)
    return put(z, _tonelli_shanks(xv, pv))


def _tonelli_shanks(x, p):
    s = p - 1
    e = (s & -s).bit_length() - 1
    s >>= e
    n = 2
    while Jacobi(new_int(n), new_int(p)) != -1:
        n += 1
    y = pow(x, (s + 1) >> 1, p)
    b = pow(x, s, p)
    g = pow(n, s, p)
    r = e
    while True:
        m, t = 0, b
        while t != 1:
            t = t * t % p
            m += 1
        if m == 0:
            return y
        t = pow(g, 1 << (r - m - 1), p)
        g = t * t % p
        y = y * t % p
        b = b * g % p
        r = m


def Int_Sqrt(z, x):
    v = val(x)
    if v < 0:
        raise _str_panic('square root of negative number')
    return put(z, math.isqrt(v))


def Int_Binomial(z, n, k):
    if k > n or k < 0:
        return put(z, 0)
    return put(z, math.comb(n, k))


def Int_MulRange(z, a, b):
    if a > b:
        return put(z, 1)
    if a <= 0 <= b:
        return put(z, 0)
    return put(z, math.prod(range(a, b + 1)))


# ---------------------------------------------------------------- comparison, sign

def Int_Cmp(x, y):
    """Go compares the sign fields first (so a -0 is below 0)."""
    if x is y:
        return 0
    if bool(x[NEG]) != bool(y[NEG]):
        return -1 if x[NEG] else 1
    a, b = nat_value(x[ABS]), nat_value(y[ABS])
    r = (a > b) - (a < b)
    return -r if x[NEG] else r


def Int_CmpAbs(x, y):
    a, b = abs(val(x)), abs(val(y))
    return (a > b) - (a < b)


def Int_Sign(x):
    v = val(x)
    return (v > 0) - (v < 0)


def Int_Abs(z, x):
    return put(z, abs(val(x)))


def Int_Neg(z, x):
    return put(z, -val(x))


# ---------------------------------------------------------------- bits

def Int_Lsh(z, x, n):
    neg = x[NEG]
    put(z, val(x) << n)
    z[NEG] = neg
    return z


def Int_Rsh(z, x, n):
    return put(z, val(x) >> n)


def Int_Bit(x, i):
    if i < 0:
        raise _str_panic('negative bit index')
    return (val(x) >> i) & 1


def Int_SetBit(z, x, i, b):
    if i < 0:
        raise _str_panic('negative bit index')
    v = val(x)
    if b == 0:
        return put(z, v & ~(1 << i))
    if b == 1:
        return put(z, v | (1 << i))
    raise _str_panic('set bit is not 0 or 1')


def Int_BitLen(x):
    return abs(val(x)).bit_length()


def Int_TrailingZeroBits(x):
    v = abs(val(x))
    return (v & -v).bit_length() - 1 if v else 0


def Int_And(z, x, y):
    return put(z, val(x) & val(y))


def Int_Or(z, x, y):
    return put(z, val(x) | val(y))


def Int_Xor(z, x, y):
    return put(z, val(x) ^ val(y))


def Int_AndNot(z, x, y):
    return put(z, val(x) & ~val(y))


def Int_Not(z, x):
    return put(z, ~val(x))


# ---------------------------------------------------------------- conversions

def Int_Int64(x):
    v = val(x)
    return wrap64(-(abs(v) & M64) if v < 0 else v)


def Int_Uint64(x):
    return abs(val(x)) & M64


def Int_IsInt64(x):
    return -(1 << 63) <= val(x) < (1 << 63)


def Int_IsUint64(x):
    return 0 <= val(x) <= M64


def Int_Float64(x):
    """The nearest float64 (ties to even) and whether it is below, at or above x."""
    v = val(x)
    try:
        f = float(v)
    except OverflowError:
        return (math.inf if v > 0 else -math.inf), (-1 if v > 0 else 1)
    exact = int(f)
    return f, (exact > v) - (exact < v)


# ---------------------------------------------------------------- primes

_SMALL_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61)


def Int_ProbablyPrime(x, n):
    if n < 0:
        raise _str_panic('negative n for ProbablyPrime')
    v = val(x)
    return v > 0 and is_prime(v)


def is_prime(v):
    """Baillie-PSW: exact below 2**64, and no composite is known to pass it
    (Go's test is Miller-Rabin with n+1 bases and then the same Lucas test,
    so both answer alike)."""
    if v < 64:
        return v in _SMALL_PRIMES
    for p in _SMALL_PRIMES:
        if v % p == 0:
            return False
    return _miller_rabin(v, 2) and _strong_lucas(v)


def _miller_rabin(n, base):
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    y = pow(base, d, n)
    if y in (1, n - 1):
        return True
    for _ in range(s - 1):
        y = y * y % n
        if y == n - 1:
            return True
    return False


def _strong_lucas(n):
    if math.isqrt(n) ** 2 == n:
        return False
    d = 5
    while True:
        j = Jacobi(new_int(d), new_int(n))
        if j == -1:
            break
        if j == 0 and abs(d) != n:
            return False
        d = -d - 2 if d > 0 else -d + 2
    p, q = 1, (1 - d) // 4
    k = n + 1
    s = (k & -k).bit_length() - 1
    k >>= s
    # U_k, V_k by the binary method
    u, v, qk = 0, 2, 1
    for bit in bin(k)[2:]:
        u, v = u * v % n, (v * v - 2 * qk) % n
        qk = qk * qk % n
        if bit == '1':
            u, v = (p * u + v), (d * u + p * v)
            u = (u if u % 2 == 0 else u + n) // 2 % n
            v = (v if v % 2 == 0 else v + n) // 2 % n
            qk = qk * q % n
    if u == 0 or v == 0:
        return True
    for _ in range(s - 1):
        v = (v * v - 2 * qk) % n
        if v == 0:
            return True
        qk = qk * qk % n
    return False
