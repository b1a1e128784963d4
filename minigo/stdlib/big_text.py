"""math/big's numbers as text: digits in bases 2 to 62, and the scanner
behind Int, Rat and Float SetString, with Go's rules.

The scanner reads as Go's does, byte by byte with one byte of look-back: an
optional base prefix (0b, 0o, 0x, or 0 for octal, only when the base is 0),
digits (for bases up to 36 letters in either case; above that, lower case is
10..35 and upper case 36..61), '_' between digits only when the base is 0, a
'.' where fractions are allowed, and the exponent that may follow a Float's
or Rat's mantissa. Errors are Go's: "number has no digits", "'_' must
separate successive digits", or io.EOF for no input at all.
"""
from __future__ import annotations

import functools
import string

DIGITS = (string.digits + string.ascii_lowercase + string.ascii_uppercase).encode()
_DIGIT_CHARS = bytes.maketrans(bytes(range(36)), DIGITS[:36])   # digit value -> its character
MAX_BASE = len(DIGITS)
MAX_BASE_SMALL = 36

NO_DIGITS = 'number has no digits'
INVALID_SEP = "'_' must separate successive digits"
EOF = 'EOF'


SAFE_BITS = 12000      # str() of an int this long is within Python's digit limit


def dec(v):
    """The decimal digits of v >= 0 as str, at any length: Python's own
    str() refuses more than 4300 digits and is quadratic, so big values go
    through the decimal module, halves joined by multiplying by 2**k."""
    if v.bit_length() <= SAFE_BITS:
        return str(v)
    import decimal
    ctx = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    powers = {}

    def conv(n, w):
        if w <= 2000:
            return decimal.Decimal(n)
        lo_bits = w >> 1
        hi = n >> lo_bits
        p = powers.get(lo_bits)
        if p is None:
            p = powers[lo_bits] = ctx.power(decimal.Decimal(2), lo_bits)
        return ctx.add(conv(n - (hi << lo_bits), lo_bits), ctx.multiply(conv(hi, w - lo_bits), p))

    with decimal.localcontext(ctx):
        return str(conv(v, v.bit_length()))


def digits_value(digits, base):
    """The value of a run of digit values (0..base-1, most significant
    first), halves multiplied together (quadratic one digit at a time)."""
    n = len(digits)
    if n <= 3000:
        if base <= 36:
            return int(digits.translate(_DIGIT_CHARS).decode(), base) if n else 0
        v = 0
        for d in digits:
            v = v * base + d
        return v
    h = n // 2
    return digits_value(digits[:h], base) * _pow(base, n - h) + digits_value(digits[h:], base)


@functools.lru_cache(maxsize=64)
def _pow(base, k):
    return base ** k


def to_base(v, base):
    """The digits of v >= 0 in base (2..62), as bytes."""
    if v == 0:
        return b'0'
    if base == 10:
        return dec(v).encode()
    if base == 16:
        return format(v, 'x').encode()
    if base == 2:
        return format(v, 'b').encode()
    if base == 8:
        return format(v, 'o').encode()
    out = bytearray()
    while v:
        v, d = divmod(v, base)
        out.append(DIGITS[d])
    out.reverse()
    return bytes(out)


def itoa(v, base):
    """Text(base) of the signed integer v."""
    return b'-' + to_base(-v, base) if v < 0 else to_base(v, base)


class Scanner:
    """A position in s, read as io.ByteScanner."""

    def __init__(self, s):
        self.s = s
        self.i = 0

    def read(self):
        if self.i >= len(self.s):
            return None
        c = self.s[self.i]
        self.i += 1
        return c

    def unread(self):
        self.i -= 1

    def at_end(self):
        return self.i >= len(self.s)


def scan_sign(sc):
    """'-' or '+' if there; (neg, err) with err EOF for no input."""
    c = sc.read()
    if c is None:
        return False, EOF
    if c == 0x2d:
        return True, None
    if c != 0x2b:
        sc.unread()
    return False, None


def _digit(c, b):
    if 0x30 <= c <= 0x39:
        return c - 0x30
    if 0x61 <= c <= 0x7a:
        return c - 0x61 + 10
    if 0x41 <= c <= 0x5a:
        return c - 0x41 + (10 if b <= MAX_BASE_SMALL else MAX_BASE_SMALL)
    return MAX_BASE + 1


def scan_nat(sc, base, frac_ok):
    """Go's nat.scan: (value, base used, count, err). count is the number of
    digits, or with a '.' minus the number of digits after it."""
    if not (base == 0 or not frac_ok and 2 <= base <= MAX_BASE
            or frac_ok and base in (2, 8, 10, 16)):
        from .bufio import _str_panic
        raise _str_panic(f'invalid number base {base}')
    prev = '.'
    inval_sep = False
    count = 0
    c = sc.read()
    b, prefix = base, 0
    if base == 0:
        b = 10
        if c == 0x30:
            prev = '0'
            count = 1
            c = sc.read()
            if c is not None:
                if c in b'bB':
                    b, prefix = 2, 'b'
                elif c in b'oO':
                    b, prefix = 8, 'o'
                elif c in b'xX':
                    b, prefix = 16, 'x'
                elif not frac_ok:
                    b, prefix = 8, '0'
                if prefix:
                    count = 0
                    if prefix != '0':
                        c = sc.read()
    digits = bytearray()
    dp = -1
    while c is not None:
        if c == 0x2e and frac_ok:
            frac_ok = False
            if prev == '_':
                inval_sep = True
            prev = '.'
            dp = count
        elif c == 0x5f and base == 0:
            if prev != '0':
                inval_sep = True
            prev = '_'
        else:
            d = _digit(c, b)
            if d >= b:
                sc.unread()
                break
            prev = '0'
            count += 1
            digits.append(d)
        c = sc.read()
    value = digits_value(digits, b)
    err = None
    if inval_sep or prev == '_':
        err = INVALID_SEP
    if count == 0:
        if prefix == '0':
            return 0, 10, 1, err
        err = NO_DIGITS
    if dp >= 0:
        count = dp - count
    return value, b, count, err


def scan_exponent(sc, base2_ok, sep_ok):
    """An exponent after a mantissa: (exp, base 10 or 2, err)."""
    c = sc.read()
    if c is None:
        return 0, 10, None
    if c in b'eE':
        ebase = 10
    elif c in b'pP' and base2_ok:
        ebase = 2
    else:
        sc.unread()
        return 0, 10, None
    digits = []
    c = sc.read()
    if c is not None and c in b'+-':
        if c == 0x2d:
            digits.append('-')
        c = sc.read()
    prev = '.'
    inval_sep = False
    has_digits = False
    while c is not None:
        if 0x30 <= c <= 0x39:
            digits.append(chr(c))
            prev = '0'
            has_digits = True
        elif c == 0x5f and sep_ok:
            if prev != '0':
                inval_sep = True
            prev = '_'
        else:
            sc.unread()
            break
        c = sc.read()
    if not has_digits:
        return 0, ebase, NO_DIGITS
    exp = int(''.join(digits))
    if not -(1 << 63) <= exp < 1 << 63:
        from ..text.gostr import quote
        return 0, ebase, 'strconv.ParseInt: parsing ' + quote(''.join(digits).encode()) + ': value out of range'
    if inval_sep or prev == '_':
        return exp, ebase, INVALID_SEP
    return exp, ebase, None
