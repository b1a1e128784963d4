"""Reading JSON text: a fast parser into a tree, and Go's syntax errors.

Go 1.27's encoding/json runs on encoding/json/v2 and its jsontext package,
with v1's error wording restored (ReportErrorsWithLegacySemantics). So a
syntax error is found where jsontext's consume functions find it, and
worded and placed as json's transformSyntacticError words it:

  invalid character 'x' looking for beginning of value   (at start of value)
  invalid character '1' after object key                  (after object name)
  invalid character ']' after object key:value pair
  invalid character ']' after array element
  invalid character '}' looking for beginning of object key string
  invalid character 'x' in numeric literal
  invalid character 'x' in literal true (expecting 'r')
  invalid character '\\t' in string
  invalid escape sequence `\\x` in string
  invalid character 'x' after top-level value
  unexpected end of JSON input,   exceeded max depth

The offset is where the invalid text ends (the byte after a bad character),
or for a truncated input where the unfinished token began (the start of a
number, the backslash of an escape) or where the input ends.

`parse` reads one value with regular expressions into a tree of nodes
(kind, start, end, payload) that keep their byte range, since Unmarshal needs
a value's raw text and error offsets; only input it rejects is read again,
by `find_error`, to say why.
"""
from __future__ import annotations

import re

from ...text import gostr

OBJ, ARR, STR, NUM, TRUE, FALSE, NULL = range(7)
KIND_CHAR = {OBJ: '{', ARR: '[', STR: '"', NUM: '0', TRUE: 't', FALSE: 'f', NULL: 'n'}
MAX_DEPTH = 10000

_WS = re.compile(rb'[ \t\r\n]*+')
_STRING = re.compile(rb'"(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"')
_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+')
_LITERALS = {0x74: (b'true', TRUE), 0x66: (b'false', FALSE), 0x6e: (b'null', NULL)}
_CLOSE = {OBJ: 0x7d, ARR: 0x5d}


class Invalid(Exception):
    """The fast parser gave up: find_error says why, in Go's words."""


class SyntaxErr(Exception):
    """A JSON syntax error: Go's message and the offset it reports."""

    def __init__(self, msg, offset):
        super().__init__(msg)
        self.msg = msg
        self.offset = offset


def ws(data, i):
    return _WS.match(data, i).end()


_SCALAR = (rb'("(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"'
           rb'|-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+|true|false|null)')
# an object member or array element whose value is a string, number or literal,
# with the ',' or closing bracket after it: most of a document, one match each
_MEMBER = re.compile(rb'[ \t\r\n]*+("(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+")'
                     rb'[ \t\r\n]*+:[ \t\r\n]*+' + _SCALAR + rb'[ \t\r\n]*+([,}])')
_ELEMENT = re.compile(rb'[ \t\r\n]*+' + _SCALAR + rb'[ \t\r\n]*+([,\]])')
_SCALAR_KIND = {0x22: STR, 0x74: TRUE, 0x66: FALSE, 0x6e: NULL}
for _c in b'-0123456789':
    _SCALAR_KIND[_c] = NUM


def parse_value(data, i):
    """(node, end) for the value starting at data[i] (leading whitespace
    skipped); raises Invalid (also when the data ends inside the value)."""
    wsm = _WS.match
    stack = []          # open containers: [kind, start, items, key, key_start]
    i = wsm(data, i).end()
    n = len(data)
    while True:
        # a value starts at i
        if i >= n:
            raise Invalid
        c = data[i]
        if c == 0x7b or c == 0x5b:          # { [
            kind = OBJ if c == 0x7b else ARR
            if len(stack) >= MAX_DEPTH:
                raise Invalid
            j = wsm(data, i + 1).end()
            if j < n and data[j] == _CLOSE[kind]:
                node = (kind, i, j + 1, [])
                i = j + 1
            else:
                frame = [kind, i, [], None, 0]
                i, closed = _fill(data, j, frame)
                if not closed:
                    stack.append(frame)
                    continue
                node = (kind, frame[1], i, frame[2])
        elif c == 0x22:
            m = _STRING.match(data, i)
            if m is None:
                raise Invalid
            node = (STR, i, m.end(), None)
            i = m.end()
        elif c == 0x2d or 0x30 <= c <= 0x39:
            m = _NUMBER.match(data, i)
            if m is None:
                raise Invalid
            node = (NUM, i, m.end(), None)
            i = m.end()
        else:
            lit = _LITERALS.get(c)
            if lit is None or not data.startswith(lit[0], i):
                raise Invalid
            j = i + len(lit[0])
            node = (lit[1], i, j, None)
            i = j
        # a value has ended at i: hand it to its container, close containers
        while True:
            if not stack:
                return node, i
            frame = stack[-1]
            kind = frame[0]
            if kind == OBJ:
                frame[2].append((frame[3], frame[4], node))
            else:
                frame[2].append(node)
            i = wsm(data, i).end()
            if i >= n:
                raise Invalid
            c = data[i]
            if c == 0x2c:                   # ,
                i, closed = _fill(data, i + 1, frame)
                if not closed:
                    break
                stack.pop()
                node = (kind, frame[1], i, frame[2])
                continue
            if c != _CLOSE[kind]:
                raise Invalid
            stack.pop()
            node = (kind, frame[1], i + 1, frame[2])
            i += 1


def _fill(data, i, frame):
    """Read the members (elements) with scalar values from i on: (the end of
    the container, True) once it closes, else (where the next value starts,
    False), its key read for an object."""
    items = frame[2]
    kinds = _SCALAR_KIND
    if frame[0] == OBJ:
        match = _MEMBER.match
        while True:
            m = match(data, i)
            if m is None:
                break
            vs, ve = m.span(2)
            items.append((m.group(1), m.start(1), (kinds[data[vs]], vs, ve, None)))
            i = m.end()
            if data[i - 1] == 0x7d:
                return i, True
        return _key(data, _WS.match(data, i).end(), frame), False
    match = _ELEMENT.match
    while True:
        m = match(data, i)
        if m is None:
            break
        vs, ve = m.span(1)
        items.append((kinds[data[vs]], vs, ve, None))
        i = m.end()
        if data[i - 1] == 0x5d:
            return i, True
    return _WS.match(data, i).end(), False


def _key(data, i, frame):
    """Read an object key and its colon at i; the value's start."""
    m = _STRING.match(data, i)
    if m is None:
        raise Invalid
    frame[3] = data[i:m.end()]
    frame[4] = i
    j = _WS.match(data, m.end()).end()
    if j >= len(data) or data[j] != 0x3a:
        raise Invalid
    return _WS.match(data, j + 1).end()


def parse(data, enc=False):
    """The tree of data, which must be exactly one value (whitespace around
    it allowed); raises SyntaxErr with Go's message."""
    try:
        node, end = parse_value(data, 0)
        if ws(data, end) == len(data):
            return node
    except Invalid:
        pass
    raise find_error(data, enc)


def valid(data):
    try:
        parse(data)
        return True
    except SyntaxErr:
        return False


# ------------------------------------------------------------------ jsontext's consume functions

class _Fail(Exception):
    """Where consumption stopped: kind 'eof' (truncated), 'text' (invalid
    text `what` at pos), 'depth'; pos is absolute."""

    def __init__(self, kind, pos, what=b'', label='', where=''):
        super().__init__()
        self.kind = kind
        self.pos = pos
        self.what = what
        self.label = label
        self.where = where

    def error(self, base=0):
        """The SyntaxErr, its offset counted from base."""
        if self.kind == 'eof':
            return SyntaxErr('unexpected end of JSON input', self.pos - base)
        if self.kind == 'depth':
            return SyntaxErr('exceeded max depth', self.pos - base + 1)
        return SyntaxErr(legacy_message(text_error(self.label, self.what, self.where)),
                         self.pos - base + len(self.what))


def _bad_char(b, pos, where):
    _, size = gostr.decode_rune(b, pos)
    return _Fail('text', pos, bytes(b[pos:pos + max(size, 1)]), 'character', where)


def _bad_escape(what, pos):
    return _Fail('text', pos, bytes(what), 'surrogate pair' if len(what) > 6 else 'escape sequence', 'in string')


def text_error(label, what, where):
    """jsonwire.InvalidTextError's text."""
    if gostr.rune_count(what) == 1:
        w = quote_rune_bytes(what)
    elif any(c == '`' or c == '\ufffd' or c.isspace() or not gostr.is_print(ord(c)) for c in gostr.to_str(what)):
        w = gostr.quote(what)
    else:
        w = '`' + gostr.to_str(what) + '`'
    return f'invalid {label} {w} {where}'.rstrip(' ')


def quote_rune_bytes(b):
    """jsonwire.QuoteRune: an invalid byte as '\\xff', else strconv.QuoteRune."""
    r, size = gostr.decode_rune(b)
    if r == 0xFFFD and size == 1:
        return "'\\x" + format(b[0], 'x') + "'"
    return gostr.quote_rune(r)


_REPLACE = (('object name', 'object key'), ('at start of value', 'looking for beginning of value'),
            ('at start of string', 'looking for beginning of object key string'),
            ('after object value', 'after object key:value pair'), ('in number', 'in numeric literal'))


def legacy_message(msg):
    """encoding/json's transformSyntacticError on a jsontext message."""
    i = msg.find(' (expecting')
    if i >= 0 and ' in literal' not in msg:
        msg = msg[:i]
    for old, new in _REPLACE:
        msg = msg.replace(old, new)
    return msg


_PLAIN_STRING = re.compile(rb'[\x20-\x21\x23-\x5b\x5d-\x7f]*+')
_HEX4 = re.compile(rb'[0-9a-fA-F]{4}')


def consume_value(b, pos, depth, enc=False):
    """The end of the value at b[pos] (the caller has skipped whitespace and
    checked pos < len(b)); raises _Fail. enc: as jsontext's encoder checks
    a value it is given (Compact, Indent, MarshalJSON's result), which words
    a few things differently from its decoder."""
    c = b[pos]
    if c in _LITERALS:
        lit = _LITERALS[c][0]
        rest = b[pos:pos + len(lit)]
        for i, ch in enumerate(rest):
            if ch != lit[i]:
                raise _bad_char(b, pos + i, f"in literal {lit.decode()} (expecting {gostr.quote_rune(lit[i])})")
        if len(rest) < len(lit):
            raise _Fail('eof', pos + len(rest))
        return pos + len(lit)
    if c == 0x22:
        return consume_string(b, pos)
    if c == 0x2d or 0x30 <= c <= 0x39:
        return consume_number(b, pos, enc)
    if c == 0x7b:
        return _consume_container(b, pos, depth, True, enc)
    if c == 0x5b:
        return _consume_container(b, pos, depth, False, enc)
    raise _bad_char(b, pos, 'at start of value')


def consume_string(b, pos):
    """jsontext's string consumption (invalid UTF-8 and lone surrogates allowed)."""
    n = len(b)
    if pos >= n:
        raise _Fail('eof', pos)
    if b[pos] != 0x22:
        raise _bad_char(b, pos, 'at start of string (expecting \'"\')')
    i = pos + 1
    while True:
        i = _PLAIN_STRING.match(b, i).end()
        if i >= n:
            raise _Fail('eof', i)
        c = b[i]
        if c == 0x22:
            return i + 1
        if c == 0x5c:
            if i + 2 > n:
                raise _Fail('eof', i)
            e = b[i + 1]
            if e in b'"\\/bfnrt':
                i += 2
                continue
            if e == 0x75:
                if i + 6 > n:
                    if _utf16_prefix(b[i:]):
                        raise _Fail('eof', i)
                    raise _bad_escape(b[i:], i)
                if not _HEX4.fullmatch(b, i + 2, i + 6):
                    raise _bad_escape(b[i:i + 6], i)
                i += 6
                continue
            raise _bad_escape(b[i:i + 2], i)
        if c >= 0x80:
            r, size = gostr.decode_rune(b, i)
            if size > 1:
                i += size
                continue
            if not _full_rune(b, i):
                raise _Fail('eof', i)
            i += 1
            continue
        raise _bad_char(b, i, 'in string (expecting non-control character)')


def _utf16_prefix(b):
    """Whether b (shorter than 6 bytes) could begin a \\uXXXX escape."""
    for i, c in enumerate(b):
        if i == 0 and c != 0x5c or i == 1 and c != 0x75:
            return False
        if 2 <= i < 6 and not (0x30 <= c <= 0x39 or 0x61 <= c <= 0x66 or 0x41 <= c <= 0x46):
            return False
    return True


def _full_rune(b, i):
    """utf8.FullRune(b[i:]): false only for a valid but truncated start of a
    multi-byte rune (an invalid sequence is a whole, width-1 error rune)."""
    c = b[i]
    need = 2 if 0xC2 <= c <= 0xDF else 3 if 0xE0 <= c <= 0xEF else 4 if 0xF0 <= c <= 0xF4 else 1
    if len(b) - i >= need:
        return True
    for j in range(i + 1, len(b)):
        lo = {0xE0: 0xA0, 0xF0: 0x90}.get(c, 0x80) if j == i + 1 else 0x80
        hi = {0xED: 0x9F, 0xF4: 0x8F}.get(c, 0xBF) if j == i + 1 else 0xBF
        if not lo <= b[j] <= hi:
            return True
    return False


def consume_number(b, pos, enc=False):
    """A JSON number. A truncated one fails at its start for the decoder, at
    the part it was in ('.', 'e') for the encoder."""
    n = len(b)
    i = pos
    if b[i] == 0x2d:
        i += 1
    if i >= n:
        raise _Fail('eof', pos)
    c = b[i]
    if c == 0x30:
        i += 1
    elif 0x31 <= c <= 0x39:
        i += 1
        while i < n and 0x30 <= b[i] <= 0x39:
            i += 1
    else:
        raise _bad_char(b, i, 'in number (expecting digit)')
    if i < n and b[i] == 0x2e:
        part = i
        i = _digits(b, i + 1, part if enc else pos)
    if i < n and b[i] in (0x65, 0x45):
        part = i
        i += 1
        if i < n and b[i] in (0x2b, 0x2d):
            i += 1
        i = _digits(b, i, part if enc else pos)
    return i


def _digits(b, i, start):
    n = len(b)
    if i >= n:
        raise _Fail('eof', start)
    if not 0x30 <= b[i] <= 0x39:
        raise _bad_char(b, i, 'in number (expecting digit)')
    while i < n and 0x30 <= b[i] <= 0x39:
        i += 1
    return i


def _consume_container(b, pos, depth, is_obj, enc):
    if depth == MAX_DEPTH + 1:
        raise _Fail('depth', pos)
    n = len(b)
    close = 0x7d if is_obj else 0x5d
    i = ws(b, pos + 1)
    if i >= n:
        raise _Fail('eof', i)
    if b[i] == close:
        return i + 1
    depth += 1
    while True:
        i = ws(b, i)
        if i >= n:
            raise _Fail('eof', i)
        if is_obj:
            i = ws(b, consume_string(b, i))
            if i >= n:
                raise _Fail('eof', i)
            if b[i] != 0x3a:
                raise _bad_char(b, i, "after object name (expecting ':')")
            i = ws(b, i + 1)
            if i >= n:
                raise _Fail('eof', i)
        i = ws(b, consume_value(b, i, depth, enc))
        if i >= n:
            raise _Fail('eof', i)
        c = b[i]
        if c == 0x2c:
            i += 1
            continue
        if c == close:
            return i + 1
        raise _bad_char(b, i, "after object value (expecting ',' or '}')" if is_obj
                        else "after array value (expecting ',' or ']')" if enc
                        else "after array element (expecting ',' or ']')")


def find_error(data, enc=False):
    """The SyntaxErr Go reports for data that is not exactly one JSON value."""
    n = len(data)
    i = ws(data, 0)
    if i >= n:
        return SyntaxErr('unexpected end of JSON input', n)
    try:
        i = ws(data, consume_value(data, i, 1, enc))
        if i < n:
            raise _bad_char(data, i, 'after top-level value')
    except _Fail as f:
        return f.error()
    raise AssertionError('json: the fast parser rejected valid input')


def value_error(data, start):
    """For a value at data[start] that the fast parser rejected: a _Fail."""
    try:
        consume_value(data, start, 1)
    except _Fail as f:
        return f
    raise AssertionError('json: the fast parser rejected a valid value')


# ------------------------------------------------------------------ strings

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_BAD_BYTE = re.compile('[\udc80-\udcff]')
_U4 = re.compile(r'\\u([0-9a-fA-F]{4})')


def unquote(raw):
    """The bytes a JSON string literal (quotes included, already scanned)
    stands for: escapes decoded, a surrogate escape without its pair and
    each byte of invalid UTF-8 replaced by U+FFFD."""
    s = raw[1:-1]
    if 0x5c not in s:
        if s.isascii():
            return s
        try:
            s.decode('utf-8')
            return s
        except UnicodeDecodeError:
            return gostr.to_str(s).encode('utf-8')
    t = s.decode('utf-8', 'surrogateescape')
    out = []
    i = 0
    while True:
        j = t.find('\\', i)
        if j < 0:
            out.append(t[i:])
            break
        out.append(t[i:j])
        e = t[j + 1]
        if e != 'u':
            out.append(_ESCAPES[e])
            i = j + 2
            continue
        r = int(t[j + 2:j + 6], 16)
        i = j + 6
        if 0xD800 <= r < 0xE000:
            m = _U4.match(t, i)
            r2 = int(m.group(1), 16) if m else None
            if 0xD800 <= r < 0xDC00 and r2 is not None and 0xDC00 <= r2 < 0xE000:
                r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                i += 6
            else:
                r = 0xFFFD
        out.append(chr(r))
    return _BAD_BYTE.sub('\ufffd', ''.join(out)).encode('utf-8')


def unquote_checked(s):
    """jsontext.AppendUnquote on arbitrary bytes s (a `,string` field's
    contents): the unquoted bytes, or raise SyntaxErr (offset 0)."""
    try:
        end = consume_string(s, 0)
    except _Fail as f:
        raise SyntaxErr(f.error().msg, 0)
    if end < len(s):
        raise SyntaxErr(legacy_message(text_error('character', _bad_char(s, end, '').what,
                                                  'after string value')), 0)
    return unquote(s)
