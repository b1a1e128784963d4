"""Compact, Indent and HTMLEscape, and the compaction of MarshalJSON's output.

The input must be one JSON value (else jsontext's encoder-side syntax error,
see scan.py); strings are copied as they are (invalid UTF-8 too), except
for the escaping asked for.
"""
from __future__ import annotations

import re

from .scan import parse

_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[ \t\r\n]++|[{}\[\],:]|[^{}\[\],:" \t\r\n]++')
_WS_OR_STRING = re.compile(rb'("(?:[^"\\]++|\\.)*+")|[ \t\r\n]++')
_HTML = re.compile(rb'[<>&]|\xe2\x80[\xa8\xa9]')
_JS = re.compile(rb'\xe2\x80[\xa8\xa9]')


def _escape_sub(m):
    c = m.group()
    if len(c) == 1:
        return b'\\u00%02x' % c[0]
    return b'\\u202' + (b'8' if c[2] == 0xa8 else b'9')


def html_escape(b):
    """HTMLEscape: <, >, & and U+2028/U+2029 as \\u escapes."""
    return _HTML.sub(_escape_sub, b)


def compact(data, html=False, js=True):
    """data without insignificant whitespace; with html, <, > and & in
    strings escaped, with js U+2028 and U+2029. Raises SyntaxErr."""
    parse(data, enc=True)
    out = _WS_OR_STRING.sub(lambda m: m.group(1) or b'', data)
    if html:
        return html_escape(out)
    if js:
        return _JS.sub(_escape_sub, out)
    return out


def indent(data, prefix, ind, validate=True):
    """Indent: each element on a line of its own, after prefix and ind once
    per depth, `"name": value`; empty objects and arrays stay `{}` and `[]`;
    src's trailing whitespace is kept. Raises SyntaxErr (validate=False:
    data is Marshal's own output)."""
    if validate:
        parse(data, enc=True)
    out = []
    depth = 0
    need_indent = False
    for tok in _TOKEN.findall(data):
        c = tok[0]
        if c in (0x20, 0x09, 0x0a, 0x0d):
            continue
        if need_indent and c != 0x7d and c != 0x5d:
            need_indent = False
            depth += 1
            out.append(b'\n' + prefix + ind * depth)
        if c == 0x7b or c == 0x5b:
            need_indent = True
            out.append(tok)
        elif c == 0x2c:
            out.append(b',\n' + prefix + ind * depth)
        elif c == 0x3a:
            out.append(b': ')
        elif c == 0x7d or c == 0x5d:
            if need_indent:
                need_indent = False
            else:
                depth -= 1
                out.append(b'\n' + prefix + ind * depth)
            out.append(tok)
        else:
            out.append(tok)
    trailing = len(data) - len(data.rstrip(b' \n\r\t'))
    if trailing:
        out.append(data[len(data) - trailing:])
    return b''.join(out)
