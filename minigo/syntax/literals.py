"""Decoding Go's literal tokens: numbers, runes and strings.

Values come out exact: integers as int, floats as Fraction (untyped float
constants have arbitrary precision), imaginary literals as the Fraction of their
imaginary part, runes as int code points, strings as the bytes Go would hold.

A malformed literal raises LiteralError carrying cmd/compile's scanner wording
and the offset into the token where that scanner reports it: "at the current
character" errors point at the offending character, "at the token" errors at
offset 0 or at a given digit.
"""
from __future__ import annotations

import re

from fractions import Fraction


class LiteralError(Exception):
    def __init__(self, msg, offset=0):
        super().__init__(msg)
        self.msg = msg
        self.offset = offset


_BASE_NAME = {2: 'binary', 8: 'octal', 10: 'decimal', 16: 'hexadecimal'}


def _is_hex(c):
    return c in '0123456789abcdefABCDEF'


def _invalid_sep(x: str) -> int:
    """Index of the first misplaced '_' in a number literal, or -1."""
    x1 = ' '
    d = '.'
    i = 0
    if len(x) >= 2 and x[0] == '0' and x[1].lower() in 'xob':
        x1 = x[1].lower()
        d = '0'
        i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == '_':
            if p != '0':
                return i
        elif d.isdigit() or (x1 == 'x' and _is_hex(d)):
            d = '0'
        else:
            if p == '_':
                return i - 1
            d = '.'
        i += 1
    if d == '_':
        return len(x) - 1
    return -1


_PLAIN_INT = re.compile(r'0|[1-9][0-9]*|0[xX][0-9a-fA-F]+')


def number(text: str):
    """Classify and decode a NUMBER token: ('INT'|'FLOAT'|'IMAG', value)."""
    if len(text) < 19 and _PLAIN_INT.fullmatch(text):    # most literals: no scan needed
        return 'INT', int(text, 0)
    n = len(text)
    i = 0
    base = 10
    prefix = ''
    digsep = 0
    invalid = -1
    kind = 'INT'

    def ch():
        return text[i] if i < n else ''

    def digits(b):
        nonlocal i, invalid
        ds_all = 0
        if b <= 10:
            mx = chr(ord('0') + b)
            while ch() and (ch().isdigit() or ch() == '_'):
                if ch() == '_':
                    ds_all |= 2
                else:
                    ds_all |= 1
                    if ch() >= mx and invalid < 0:
                        invalid = i
                i += 1
        else:
            while ch() and (_is_hex(ch()) or ch() == '_'):
                ds_all |= 2 if ch() == '_' else 1
                i += 1
        return ds_all

    seen_point = text[0] == '.'
    if seen_point:
        i = 1
    else:
        if ch() == '0':
            i += 1
            c = ch().lower()
            if c in ('x', 'o', 'b'):
                i += 1
                base, prefix = {'x': 16, 'o': 8, 'b': 2}[c], c
            else:
                base, prefix = 8, '0'
                digsep = 1
        digsep |= digits(base)
        if ch() == '.':
            if prefix in ('o', 'b'):
                raise LiteralError(f'invalid radix point in {_BASE_NAME[base]} literal', i)
            i += 1
            seen_point = True
    if seen_point:
        kind = 'FLOAT'
        digsep |= digits(base)
    if digsep & 1 == 0:
        raise LiteralError(f'{_BASE_NAME[base]} literal has no digits', i)
    e = ch().lower()
    exp_text = None
    if e in ('e', 'p'):
        if e == 'e' and prefix not in ('', '0'):
            raise LiteralError(f'{ch()!r} exponent requires decimal mantissa', i)
        if e == 'p' and prefix != 'x':
            raise LiteralError(f'{ch()!r} exponent requires hexadecimal mantissa', i)
        i += 1
        kind = 'FLOAT'
        start = i
        if ch() in ('+', '-'):
            i += 1
        saved_invalid = invalid
        ds = digits(10)
        invalid = saved_invalid
        digsep = ds | (digsep & 2)
        if ds & 1 == 0:
            raise LiteralError('exponent has no digits', i)
        exp_text = text[start:i]
    elif prefix == 'x' and kind == 'FLOAT':
        raise LiteralError("hexadecimal mantissa requires a 'p' exponent", i)
    imag = ch() == 'i'
    if imag:
        i += 1
    lit = text[:i]
    if kind == 'INT' and invalid >= 0 and not imag:
        raise LiteralError(f'invalid digit {lit[invalid]!r} in {_BASE_NAME[base]} literal', invalid)
    if digsep & 2:
        k = _invalid_sep(lit)
        if k >= 0:
            raise LiteralError("'_' must separate successive digits", k)

    if len(lit) > LIMIT:
        # The checker reports it (`excessively long constant`) and never
        # looks at the value: do not spend time converting it.
        return ('IMAG' if imag else kind), None
    body = (lit[:-1] if imag else lit).replace('_', '')
    if kind == 'INT':
        if prefix in ('x', 'o', 'b'):
            v = int(body[2:], base)
        elif prefix == '0':
            v = decimal_int(body) if imag else int(body, 8)
        else:
            v = decimal_int(body)
        return ('IMAG', Fraction(v)) if imag else ('INT', v)
    v = _float_value(body, prefix == 'x')
    return ('IMAG', v) if imag else ('FLOAT', v)


# Literals longer than this are `excessively long constant`s (types2 basicLit).
LIMIT = 10000


class Malformed:
    """The value of a literal go/constant cannot represent (an exponent beyond
    big.Float's range): the checker reports `malformed constant: LIT`."""

    def __repr__(self):
        return 'MALFORMED'


MALFORMED = Malformed()


class Bad:
    """The value of a literal the scanner reported as malformed (types2:
    BasicLit.Bad): the checker treats it as invalid. It keeps the scanner's
    error, which the checker reports only if the parse's errors did not reach
    it (a caller that ignored File.errors)."""

    def __init__(self, pos=None, msg=None):
        self.pos = pos
        self.msg = msg

    def __repr__(self):
        return f'Bad({self.pos}, {self.msg!r})'


BAD = Bad


def error_pos(line, col, text, offset):
    """The position of a LiteralError at offset in a literal token at (line, col)."""
    before = text[:offset]
    if '\n' in before:
        return line + before.count('\n'), len(before) - before.rfind('\n')
    return line, col + offset

_CHUNK = 4000   # below Python's int<->str digit limit (sys.get_int_max_str_digits)


def decimal_int(digits: str) -> int:
    """int(digits) for any length, without Python's int-str digit limit (and
    without changing that process-wide setting): split, convert, combine."""
    if len(digits) <= _CHUNK:
        return int(digits, 10)
    half = len(digits) // 2
    return decimal_int(digits[:half]) * 10 ** (len(digits) - half) + decimal_int(digits[half:])


_INT64_MAX = (1 << 63) - 1


def _float_value(body: str, hexa: bool):
    """An untyped float literal's value as go/constant makes it: exact (a
    Fraction) when its binary exponent is within +-MAX_EXP, else a 512-bit
    BigFloat; MALFORMED when big.Float cannot hold it. Bounded time whatever
    the exponent."""
    from .. import constant as C
    if hexa:
        mant, _, exp_s = body[2:].lower().partition('p')
        digit_base, digit_bits = 16, 4
    else:
        low = body.lower()
        mant, _, exp_s = low.partition('e')
        digit_base, digit_bits = 10, 0
    whole, _, frac = mant.partition('.')
    digits = (whole + frac).lstrip('0') or '0'
    exp = 0
    if exp_s:
        sign = -1 if exp_s[0] == '-' else 1
        ed = exp_s.lstrip('+-').lstrip('0') or '0'
        if len(ed) > 19:
            return MALFORMED          # strconv.ParseInt overflows: no value
        exp = sign * int(ed)
        if abs(exp) > _INT64_MAX:
            return MALFORMED
    m = int(digits, 16) if hexa else decimal_int(digits)
    if m == 0:
        return Fraction(0)
    fcount = len(frac)
    if hexa:
        e2 = exp - 4 * fcount                     # value = m * 2**e2
        x = m.bit_length() + e2                  # big.Float's exponent
        if not C.MIN_EXP2 <= x <= C.MAX_EXP2:
            return MALFORMED
        if -C.MAX_EXP < x < C.MAX_EXP:
            return Fraction(m) * Fraction(2) ** e2 if e2 < 0 else Fraction(m << e2)
        r = C._round(m, e2)
        return MALFORMED if r is None else r
    e10 = exp - fcount                            # value = m * 10**e10
    # big.Float scan: m's exponent plus the power of two in 10**e10 must be an int32
    if not C.MIN_EXP2 <= m.bit_length() + e10 <= C.MAX_EXP2:
        return MALFORMED
    # magnitude: log2(value) is within 1 of this estimate
    est = m.bit_length() + e10 * 3.321928094887362
    if -C.MAX_EXP - 8 < est < C.MAX_EXP + 8:
        v = Fraction(m) * Fraction(10) ** e10
        b = C.BigFloat.from_exact(v)
        if isinstance(b, C.BigFloat) and b.small():
            return v
        return b
    if est > C.MAX_EXP2 + 8:
        return MALFORMED               # overflows to infinity: unknown
    if est < C.MIN_EXP2 - 8:
        return Fraction(0)             # underflows to zero
    p = _pow5(abs(e10))
    # m * 2**e10 * 5**e10
    if e10 >= 0:
        r = C._round(m * p[0], p[1] + e10)
    else:
        sh = max(0, p[0].bit_length() + C.PREC + 8 - m.bit_length())
        n = m << sh
        q, rem = divmod(n, p[0])
        r = C._round(q, e10 - sh - p[1], rem != 0)
    if r is None:
        return MALFORMED
    return r


def _pow5(n):
    """5**n as (mantissa, exponent), the mantissa rounded to 640 bits at each
    step (big.Float's pow5 keeps 64 bits more than the result's precision)."""
    keep = 640

    def rnd(m, e):
        extra = m.bit_length() - keep
        if extra > 0:
            half = 1 << (extra - 1)
            low = m & ((1 << extra) - 1)
            m >>= extra
            e += extra
            if low > half or (low == half and m & 1):
                m += 1
        return m, e

    rm, re_ = 1, 0
    fm, fe = 5, 0
    while n:
        if n & 1:
            rm, re_ = rnd(rm * fm, re_ + fe)
        fm, fe = rnd(fm * fm, fe + fe)
        n >>= 1
    return rm, re_


_QUOTE_SHOWN = {"'": "'\\''", '"': "'\"'"}   # as Go's %q shows them
_SIMPLE = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}


def _escape(s, i, quote):
    """Decode the escape at s[i] == '\\'. Returns (kind, value, next_index):
    kind 'byte' for \\x and octal escapes (a raw byte), 'rune' otherwise."""
    j = i + 1
    c = s[j] if j < len(s) else ''
    if c in _SIMPLE:
        return 'rune', _SIMPLE[c], j + 1
    if c == quote:
        return 'rune', ord(quote), j + 1
    if c and c in '01234567':
        n, base, mx = 3, 8, 255
    elif c in ('x', 'u', 'U') and c:
        j += 1
        n, base, mx = {'x': (2, 16, 255), 'u': (4, 16, 0x10FFFF), 'U': (8, 16, 0x10FFFF)}[c]
    else:
        raise LiteralError('unknown escape', j)
    x = 0
    for _ in range(n):
        d = s[j] if j < len(s) else ''
        if not d or (base == 8 and d not in '01234567') or (base == 16 and not _is_hex(d)):
            shown = repr(d) if d else _QUOTE_SHOWN[quote]   # the closing quote stopped it
            raise LiteralError(f'invalid character {shown} in {_BASE_NAME[base]} escape', j)
        x = x * base + int(d, 16)
        j += 1
    if x > mx and base == 8:
        raise LiteralError(f'octal escape value {x} > 255', j)
    if x > mx or 0xD800 <= x < 0xE000:
        raise LiteralError(f'escape is invalid Unicode code point U+{x:04X}', j)
    if c in ('x',) or base == 8:
        return 'byte', x, j
    return 'rune', x, j


def _terminated(text):
    if len(text) < 2 or text[-1] != text[0]:
        raise LiteralError('rune literal not terminated' if text[0] == "'" else 'string not terminated', 0)


def rune(text: str) -> int:
    _terminated(text)
    body = text[1:-1]
    if not body:
        raise LiteralError("empty rune literal or unescaped '", 1)
    count = 0
    i = 0
    val = 0
    while i < len(body):
        if body[i] == '\\':
            try:
                kind, val, i = _escape(body, i, "'")
            except LiteralError as e:
                raise _shift(e, 1)
        else:
            val = ord(body[i])
            i += 1
        count += 1
    if count != 1:
        raise LiteralError('more than one character in rune literal', 0)
    return val


def _shift(e: LiteralError, by: int) -> LiteralError:
    e.offset += by
    return e


def string_errors(text: str) -> list:
    """Every escape error in a terminated interpreted string literal, in order:
    gc's scanner reports each one and scans on from the character it stopped at
    (the string's value is never used, since compilation fails)."""
    body = text[1:-1]
    found = []
    i = body.find('\\')
    while i >= 0:
        try:
            _, _, nxt = _escape(body, i, '"')
        except LiteralError as e:
            found.append(_shift(e, 1))
            nxt = max(e.offset - 1, i + 1)    # back in body's coordinates
        i = body.find('\\', nxt)
    return found


def string(text: str) -> bytes:
    _terminated(text)
    if text[0] == '`':
        return text[1:-1].replace('\r', '').encode('utf-8', 'surrogatepass')
    body = text[1:-1]
    if '\\' not in body:
        return body.encode('utf-8', 'surrogatepass')
    out = bytearray()
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch == '\\':
            try:
                kind, v, i = _escape(body, i, '"')
            except LiteralError as e:
                raise _shift(e, 1)
            if kind == 'byte':
                out.append(v)
            else:
                out += chr(v).encode('utf-8', 'surrogatepass')
        else:
            out += ch.encode('utf-8', 'surrogatepass')
            i += 1
    return bytes(out)
