"""text/template's escapers on bytes: HTML (html), JavaScript (js) and URL
query (urlquery), with Go's exact replacements."""
from __future__ import annotations

import re

from ...text import gostr

_HTML = {0: '\ufffd'.encode(), 0x22: b'&#34;', 0x27: b'&#39;', 0x26: b'&amp;', 0x3c: b'&lt;',
         0x3e: b'&gt;'}
_HTML_RE = re.compile(b'[\x00"\'&<>]')


def html_escape(b):
    return _HTML_RE.sub(lambda m: _HTML[m.group()[0]], b)


_JS = {0x5c: b'\\\\', 0x27: b"\\'", 0x22: b'\\"', 0x3c: b'\\u003C', 0x3e: b'\\u003E', 0x26: b'\\u0026',
       0x3d: b'\\u003D'}


def js_escape(b):
    """Quotes, backslash, <>&= and control bytes as escapes; other runes
    kept unless unprintable (\\uXXXX)."""
    out = bytearray()
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            rep = _JS.get(c)
            if rep is not None:
                out += rep
            elif c < 0x20:
                out += b'\\u00%02X' % c
            else:
                out.append(c)
            i += 1
            continue
        r, size = gostr.decode_rune(b, i)
        if gostr.is_print(r):
            out += b[i:i + size]
        else:
            out += b'\\u%04X' % r
        i += size
    return bytes(out)


_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~')


def query_escape(b):
    """url.QueryEscape."""
    out = bytearray()
    for c in b:
        if c in _UNRESERVED:
            out.append(c)
        elif c == 0x20:
            out.append(0x2b)
        else:
            out += b'%%%02X' % c
    return bytes(out)
