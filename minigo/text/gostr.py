"""Go strings are bytes: UTF-8 decoding with Go's rules, and strconv's quoting.

Go decodes invalid UTF-8 one byte at a time (each bad byte is U+FFFD with
width 1), where Python's 'replace' error handler swallows maximal subparts;
so decoding here goes by Go's rule, with a fast path for valid text.
"""
from __future__ import annotations

RUNE_ERROR = 0xFFFD
MAX_RUNE = 0x10FFFF


def decode_rune(b: bytes, i: int = 0):
    """utf8.DecodeRune(b[i:]) -> (rune, size)."""
    n = len(b)
    if i >= n:
        return RUNE_ERROR, 0
    c0 = b[i]
    if c0 < 0x80:
        return c0, 1
    if 0xC2 <= c0 <= 0xDF:
        if i + 1 < n and 0x80 <= b[i + 1] <= 0xBF:
            return ((c0 & 0x1F) << 6) | (b[i + 1] & 0x3F), 2
        return RUNE_ERROR, 1
    if 0xE0 <= c0 <= 0xEF:
        lo = 0xA0 if c0 == 0xE0 else 0x80
        hi = 0x9F if c0 == 0xED else 0xBF
        if i + 2 < n and lo <= b[i + 1] <= hi and 0x80 <= b[i + 2] <= 0xBF:
            return ((c0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F), 3
        return RUNE_ERROR, 1
    if 0xF0 <= c0 <= 0xF4:
        lo = 0x90 if c0 == 0xF0 else 0x80
        hi = 0x8F if c0 == 0xF4 else 0xBF
        if (i + 3 < n and lo <= b[i + 1] <= hi and 0x80 <= b[i + 2] <= 0xBF
                and 0x80 <= b[i + 3] <= 0xBF):
            return (((c0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12)
                    | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F)), 4
        return RUNE_ERROR, 1
    return RUNE_ERROR, 1


def decode_last_rune(b: bytes):
    n = len(b)
    if n == 0:
        return RUNE_ERROR, 0
    start = n - 1
    if b[start] < 0x80:
        return b[start], 1
    lim = max(n - 4, 0)
    start -= 1
    while start >= lim:
        if b[start] & 0xC0 != 0x80:
            break
        start -= 1
    if start < 0:
        start = 0
    r, size = decode_rune(b, start)
    if start + size != n:
        return RUNE_ERROR, 1
    return r, size


def runes(b: bytes):
    """Yield (byte index, rune) as `for i, r := range s` does."""
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = None
    if s is not None:
        if len(s) == len(b):
            yield from enumerate(b)
            return
        i = 0
        for ch in s:
            r = ord(ch)
            yield i, r
            i += 1 if r < 0x80 else 2 if r < 0x800 else 3 if r < 0x10000 else 4
        return
    i = 0
    n = len(b)
    while i < n:
        r, size = decode_rune(b, i)
        yield i, r
        i += size


def to_runes(b: bytes) -> list:
    """[]rune(s)"""
    try:
        return [ord(c) for c in b.decode('utf-8')]
    except UnicodeDecodeError:
        return [r for _, r in runes(b)]


def rune_count(b: bytes) -> int:
    try:
        return len(b.decode('utf-8'))
    except UnicodeDecodeError:
        return sum(1 for _ in runes(b))


def valid_rune(r: int) -> bool:
    return 0 <= r < 0xD800 or 0xDFFF < r <= MAX_RUNE


def encode_rune(r: int) -> bytes:
    """string(rune(r)): invalid code points become U+FFFD."""
    if r < 0x80 and r >= 0:
        return bytes((r,))
    if not valid_rune(r):
        r = RUNE_ERROR
    return chr(r).encode('utf-8')


def from_runes(rs) -> bytes:
    return b''.join(encode_rune(r) for r in rs)


def to_str(b: bytes) -> str:
    """For Python-side text processing: invalid bytes become U+FFFD, one per byte."""
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return ''.join(chr(r) for _, r in runes(b))


def is_print(r: int) -> bool:
    """unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space."""
    if r < 0x80:
        return 0x20 <= r < 0x7F
    if not valid_rune(r):
        return False
    # Go's own Unicode tables (17.0; Python's unicodedata is older), loaded
    # on the first non-ASCII rune
    from .uniclass import predicate
    return predicate('print')(r)


def is_graphic(r: int) -> bool:
    if r < 0x80:
        return 0x20 <= r < 0x7F
    if not valid_rune(r):
        return False
    from .uniclass import predicate
    return predicate('graphic')(r)


_ESC = {7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v'}


def _append_escaped_rune(out, r, quote, ascii_only, graphic_only):
    if r == quote or r == 0x5C:
        out.append('\\' + chr(r))
        return
    if ascii_only:
        if r < 0x80 and is_print(r):
            out.append(chr(r))
            return
    elif is_print(r) or (graphic_only and is_graphic(r)):
        out.append(chr(r))
        return
    e = _ESC.get(r)
    if e:
        out.append(e)
    elif r < 0x20 or r == 0x7F:
        out.append('\\x%02x' % r)
    elif not valid_rune(r):
        out.append('\\ufffd')
    elif r < 0x10000:
        out.append('\\u%04x' % r)
    else:
        out.append('\\U%08x' % r)


def quote_with(b: bytes, quote=0x22, ascii_only=False, graphic_only=False) -> str:
    out = [chr(quote)]
    n = len(b)
    i = 0
    while i < n:
        c = b[i]
        if c < 0x80:
            r, size = c, 1
        else:
            r, size = decode_rune(b, i)
            if size == 1 and r == RUNE_ERROR:
                out.append('\\x%02x' % c)
                i += 1
                continue
        _append_escaped_rune(out, r, quote, ascii_only, graphic_only)
        i += size
    out.append(chr(quote))
    return ''.join(out)


def quote(b: bytes) -> str:
    """strconv.Quote"""
    if isinstance(b, str):
        b = b.encode('utf-8', 'surrogatepass')
    return quote_with(b)


def quote_ascii(b: bytes) -> str:
    return quote_with(b, ascii_only=True)


def quote_rune(r: int, ascii_only=False) -> str:
    """strconv.QuoteRune"""
    if not valid_rune(r):
        r = RUNE_ERROR
    out = ["'"]
    _append_escaped_rune(out, r, 0x27, ascii_only, False)
    out.append("'")
    return ''.join(out)


def can_backquote(b: bytes) -> bool:
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            if c == 0x60 or c == 0x7F or (c < 0x20 and c != 0x09):
                return False
            i += 1
            continue
        r, size = decode_rune(b, i)
        if size == 1 and r == RUNE_ERROR:
            return False
        if r == 0xFEFF:
            return False
        i += size
    return True
