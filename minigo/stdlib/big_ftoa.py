"""math/big's Float as text, both ways, with Go's rules.

Formatting converts the value exactly to decimal digits (Python integers make
that exact at any size) and rounds the digits as Go does: half to even on the
exact digits, or for the shortest form the fewest digits that still lie
within half an ulp of the value at the Float's precision, by Go's digit walk
(roundShortest). 'b', 'p' and 'x' give the binary forms.

Parsing follows Go's Float.scan: the mantissa's digits and a decimal or
binary exponent make mant * 2**e2 * 5**e5; when e5 is 0 that is rounded
once, otherwise it is multiplied or divided by 5**|e5| computed in
Float arithmetic 64 bits wider than the result (exact up to 5**27, beyond by
repeated squaring), as Go computes it.
"""
from __future__ import annotations

from .big_float import BF, EXACT, FINITE, INF, MAX_EXP, MIN_EXP, ZERO
from .big_text import Scanner, dec, scan_exponent, scan_nat, scan_sign


# ---------------------------------------------------------------- decimal

class Decimal:
    """0.mant * 10**exp, mant the significant digits (no trailing zeros)."""
    __slots__ = ('mant', 'exp')

    def __init__(self, m=0, shift=0):
        """The exact value m * 2**shift."""
        if m == 0:
            self.mant, self.exp = bytearray(), 0
            return
        if shift >= 0:
            s = dec(m << shift)
            exp = len(s)
        else:
            tz = (m & -m).bit_length() - 1
            k = min(tz, -shift)
            m >>= k
            shift += k
            s = dec(m * 5 ** -shift)
            exp = len(s) + shift
        self.mant = bytearray(s.rstrip('0').encode())
        self.exp = exp

    def at(self, i):
        return self.mant[i] if 0 <= i < len(self.mant) else 0x30

    def round(self, n):
        if n < 0 or n >= len(self.mant):
            return
        if self.should_round_up(n):
            self.round_up(n)
        else:
            self.round_down(n)

    def should_round_up(self, n):
        m = self.mant
        if m[n] == 0x35 and n + 1 == len(m):
            return n > 0 and (m[n - 1] - 0x30) & 1 == 1
        return m[n] >= 0x35

    def round_up(self, n):
        if n < 0 or n >= len(self.mant):
            return
        m = self.mant
        while n > 0 and m[n - 1] >= 0x39:
            n -= 1
        if n == 0:
            m[0] = 0x31
            del m[1:]
            self.exp += 1
            return
        m[n - 1] += 1
        del m[n:]

    def round_down(self, n):
        if n < 0 or n >= len(self.mant):
            return
        del self.mant[n:]
        self.trim()

    def trim(self):
        m = self.mant
        while m and m[-1] == 0x30:
            m.pop()
        if not m:
            self.exp = 0


def round_shortest(d, x):
    """Go's roundShortest: cut d to the fewest digits that x's precision
    still tells apart from its neighbours."""
    if not d.mant:
        return
    # x = mant * 2**exp, the mantissa with x.prec+1 bits (its lsb half an ulp)
    mant = x.m << (x.prec + 1 - x.m.bit_length()) if x.m.bit_length() <= x.prec + 1 \
        else x.m >> (x.m.bit_length() - x.prec - 1)
    exp = x.exp - x.prec - 1
    lower = Decimal(mant - 1, exp)
    upper = Decimal(mant + 1, exp)
    inclusive = mant & 2 == 0
    for i, m in enumerate(d.mant):
        lo, up = lower.at(i), upper.at(i)
        okdown = lo != m or inclusive and i + 1 == len(lower.mant)
        okup = m != up and (inclusive or m + 1 < up or i + 1 < len(upper.mant)
                            or i >= len(upper.mant) and m < 0x39)
        if okdown and okup:
            d.round(i + 1)
            return
        if okdown:
            d.round_down(i + 1)
            return
        if okup:
            d.round_up(i + 1)
            return


# ---------------------------------------------------------------- Text

def text(x, fmt, prec):
    """Float.Append's text of the BF x."""
    out = bytearray(b'-' if x.neg else b'')
    if x.form == INF:
        if not x.neg:
            out += b'+'
        return bytes(out + b'Inf')
    if fmt == ord('b'):
        return bytes(out + fmt_b(x))
    if fmt == ord('p'):
        return bytes(out + fmt_p(x))
    if fmt == ord('x'):
        return bytes(out + fmt_x(x, prec))
    d = Decimal(x.m, x.low()) if x.form == FINITE else Decimal()
    shortest = prec < 0
    if shortest:
        round_shortest(d, x)
        if fmt in b'eE':
            prec = len(d.mant) - 1
        elif fmt == ord('f'):
            prec = max(len(d.mant) - d.exp, 0)
        elif fmt in b'gG':
            prec = len(d.mant)
    else:
        if fmt in b'eE':
            d.round(1 + prec)
        elif fmt == ord('f'):
            d.round(d.exp + prec)
        elif fmt in b'gG':
            if prec == 0:
                prec = 1
            d.round(prec)
    if fmt in b'eE':
        return bytes(out + fmt_e(fmt, prec, d))
    if fmt == ord('f'):
        return bytes(out + fmt_f(prec, d))
    if fmt in b'gG':
        eprec = prec
        if eprec > len(d.mant) and len(d.mant) >= d.exp:
            eprec = len(d.mant)
        if shortest:
            eprec = 6
        exp = d.exp - 1
        if exp < -4 or exp >= eprec:
            if prec > len(d.mant):
                prec = len(d.mant)
            return bytes(out + fmt_e(fmt + ord('e') - ord('g'), prec - 1, d))
        if prec > d.exp:
            prec = len(d.mant)
        return bytes(out + fmt_f(max(prec - d.exp, 0), d))
    return b'%' + bytes((fmt,))        # an unknown format (the sign is dropped again)


def fmt_e(fmt, prec, d):
    out = bytearray((d.mant[0] if d.mant else 0x30,))
    if prec > 0:
        out += b'.'
        m = min(len(d.mant), prec + 1)
        out += d.mant[1:m]
        out += b'0' * (prec + 1 - max(m, 1))
    out.append(fmt)
    exp = d.exp - 1 if d.mant else 0
    out += b'-' if exp < 0 else b'+'
    exp = abs(exp)
    if exp < 10:
        out += b'0'
    return out + str(exp).encode()


def fmt_f(prec, d):
    out = bytearray()
    if d.exp > 0:
        m = min(len(d.mant), d.exp)
        out += d.mant[:m] + b'0' * (d.exp - m)
    else:
        out += b'0'
    if prec > 0:
        out += b'.' + bytes(d.at(d.exp + i) for i in range(prec))
    return out


def fmt_b(x):
    if x.form == ZERO:
        return b'0'
    m = x.m
    n = m.bit_length()
    m = m << (x.prec - n) if n <= x.prec else m >> (n - x.prec)
    e = x.exp - x.prec
    return dec(m).encode() + b'p' + (b'+' if e >= 0 else b'') + str(e).encode()


def fmt_p(x):
    if x.form == ZERO:
        return b'0'
    m = x.m
    digits = format(m << (-m.bit_length() % 4), 'x').rstrip('0')
    return b'0x.' + digits.encode() + b'p' + (b'+' if x.exp >= 0 else b'') + str(x.exp).encode()


def fmt_x(x, prec):
    if x.form == ZERO:
        out = b'0x0'
        if prec > 0:
            out += b'.' + b'0' * prec
        return out + b'p+00'
    if prec < 0:
        n = 1 + (x.min_prec() - 1 + 3) // 4 * 4
    else:
        n = 1 + 4 * prec
    r = BF(n, x.mode)
    r.set(x)
    m = r.m << (n - r.m.bit_length())
    exp = r.exp - 1
    hm = format(m, 'x')
    out = b'0x1'
    if len(hm) > 1:
        out += b'.' + hm[1:].encode()
    out += b'p' + (b'+' if exp >= 0 else b'-')
    exp = abs(exp)
    if exp < 10:
        out += b'0'
    return out + str(exp).encode()


def format_verb(x, verb, wid, has_wid, prec, has_prec, plus, space, minus, zero):
    """Float.Format's output for verb, or None for a verb it does not know."""
    if not has_prec:
        prec = 6
    if verb == ord('F'):
        verb = ord('f')
    elif verb == ord('v'):
        verb = ord('g')
        if not has_prec:
            prec = -1
    elif verb in b'gG':
        if not has_prec:
            prec = -1
    elif verb not in b'efbpx' and verb != ord('E'):
        return None
    buf = text(x, verb, prec) or b'?'
    sign = b''
    if buf[:1] == b'-':
        sign, buf = b'-', buf[1:]
    elif buf[:1] == b'+':
        sign, buf = (b' ' if space else b'+'), buf[1:]
    elif plus:
        sign = b'+'
    elif space:
        sign = b' '
    pad = wid - len(sign) - len(buf) if has_wid and wid > len(sign) + len(buf) else 0
    if zero and x.form != INF:
        return sign + b'0' * pad + buf
    if minus:
        return sign + buf + b' ' * pad
    return b' ' * pad + sign + buf


# ---------------------------------------------------------------- parsing

POW5 = [5 ** i for i in range(28)]


def pow5(n, prec):
    """5**n as Go's Float.pow5 makes it in a Float of precision prec."""
    z = BF(prec)
    if n < len(POW5):
        return z.set_int(POW5[n])
    z.set_int(POW5[-1])
    n -= len(POW5) - 1
    f = BF(prec + 64).set_int(5)
    while n > 0:
        if n & 1:
            z.mul(z.copy(), f)
        f.mul(f.copy(), f.copy())
        n >>= 1
    return z


def scan(z, s, base):
    """Go's Float.scan into the BF z: (scanner, base of the mantissa, error
    text or None)."""
    prec = z.prec or 64
    z.form = ZERO
    sc = Scanner(s)
    z.neg, err = scan_sign(sc)
    if err is not None:
        return sc, 0, err
    mant, b, fcount, err = scan_nat(sc, base, True)
    if err is not None:
        return sc, b, err
    exp, ebase, err = scan_exponent(sc, True, base == 0)
    if err is not None:
        return sc, b, err
    if mant == 0:
        z.prec, z.acc, z.form = prec, EXACT, ZERO
        return sc, b, None
    exp2 = mant.bit_length()
    exp5 = 0
    if fcount < 0:
        exp2 += fcount * {10: 1, 2: 1, 8: 3, 16: 4}[b]
        if b == 10:
            exp5 = fcount
    if ebase == 10:
        exp5 += exp
    exp2 += exp
    if not MIN_EXP <= exp2 <= MAX_EXP:
        return sc, b, 'exponent overflow'
    z.prec, z.form, z.exp, z.m = prec, FINITE, exp2, mant
    if exp5 == 0:
        z.round()
        return sc, b, None
    p = pow5(abs(exp5), prec + 64)
    if exp5 < 0:
        z.quo(z.copy(), p)
    else:
        z.mul(z.copy(), p)
    return sc, b, None


def parse(z, s, base):
    """Go's Float.Parse into the BF z: (ok, base, error text or None); z
    holds what Go leaves in it either way (ok: Go returns z, not nil)."""
    if s in (b'Inf', b'inf'):
        z.acc, z.form, z.neg = EXACT, INF, False
        return True, 0, None
    if len(s) == 4 and s[0] in b'+-' and s[1:] in (b'Inf', b'inf'):
        z.acc, z.form, z.neg = EXACT, INF, s[0] == 0x2d
        return True, 0, None
    sc, b, err = scan(z, s, base)
    if err is not None:
        return False, b, err
    c = sc.read()
    if c is not None:
        from ..text.gostr import quote_rune
        return True, b, 'expected end of string, found ' + quote_rune(c)
    return True, b, None
