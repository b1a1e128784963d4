"""Package html: EscapeString and UnescapeString with Go's rules.

Python's html.unescape differs from Go's (it drops some code points, accepts
other characters in entity names), so the scan here follows Go's: numeric
references keep accumulating in a wrapping int32, C1 controls map through
the Windows-1252 table, and a name without its semicolon matches its longest
legacy prefix of at most 6 letters. The entity table is Python's HTML5 table,
which is Go's plus two entries Go does not have."""
from __future__ import annotations

import re
from html.entities import html5 as _HTML5

from ..text.gostr import encode_rune

GO_DECLS = '''
package html

func EscapeString(s string) string
func UnescapeString(s string) string
'''

_ESCAPES = {b'&': b'&amp;', b"'": b'&#39;', b'<': b'&lt;', b'>': b'&gt;', b'"': b'&#34;'}
_SPECIAL = re.compile(rb'[&\'<>"]')


def EscapeString(s):
    return _SPECIAL.sub(lambda m: _ESCAPES[m.group()], s)


# Go's table: Python's without these two (Go's entity list predates them).
_ENTITIES = {k.encode(): v.encode('utf-8') for k, v in _HTML5.items() if k not in ('nLt;', 'nGt;')}
_LONGEST_WITHOUT_SEMICOLON = 6

# &#x80; .. &#x9F; mean the Windows-1252 characters
_C1 = [0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178]

_HEX = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}
_DEC = {c: c - 48 for c in b'0123456789'}
_ALNUM = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _int32(x):
    x &= 0xffffffff
    return x - (1 << 32) if x >= 1 << 31 else x


def _numeric(s, p):
    """The reference at s[p] ('&#...'): (replacement, end) or None. Like Go,
    "&#x;" is a reference to 0 (so U+FFFD), and a trailing ';' is optional."""
    n = len(s) - p
    if n <= 3:
        return None
    i = 2
    digits, base = _DEC, 10
    if s[p + 2] in b'xX':
        digits, base = _HEX, 16
        i = 3
    x = 0
    while i < n:
        c = s[p + i]
        i += 1
        if c in digits:
            x = _int32(x * base + digits[c])
            continue
        if c != 59:       # ';' is consumed, anything else is not
            i -= 1
        break
    if i <= 3:
        return None
    if 0x80 <= x <= 0x9F:
        x = _C1[x - 0x80]
    elif x == 0 or 0xD800 <= x <= 0xDFFF or x > 0x10FFFF:
        x = 0xFFFD
    return encode_rune(x), p + i


def _named(s, p):
    n = len(s)
    i = p + 1
    while i < n and s[i] in _ALNUM:
        i += 1
    if i < n and s[i] == 59:
        i += 1
    name = s[p + 1:i]
    if not name:
        return None
    rep = _ENTITIES.get(name)
    if rep is not None:
        return rep, i
    for j in range(min(len(name) - 1, _LONGEST_WITHOUT_SEMICOLON), 1, -1):
        rep = _ENTITIES.get(name[:j])
        if rep is not None:
            return rep, p + 1 + j
    return None


def UnescapeString(s):
    p = s.find(b'&')
    if p < 0:
        return s
    out = [s[:p]]
    n = len(s)
    while p < n:
        if p + 1 < n and s[p + 1] == 35:       # '#'
            got = _numeric(s, p)
        elif p + 1 < n:
            got = _named(s, p)
        else:
            got = None
        if got is None:
            out.append(b'&')
            p += 1
        else:
            out.append(got[0])
            p = got[1]
        q = s.find(b'&', p)
        if q < 0:
            q = n
        out.append(s[p:q])
        p = q
    return b''.join(out)
