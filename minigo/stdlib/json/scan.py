"""Reading JSON text: a fast parser into a tree, and Go's exact syntax errors.

`parse` reads one value with regular expressions into a tree of nodes
(kind, start, end, payload) that keep their byte range, since Unmarshal needs
a value's raw text (for UnmarshalJSON, RawMessage) and error offsets. Any
input it cannot read goes to `Scanner`, a byte-at-a-time state machine that
accepts exactly what Go's scanner accepts and fails with Go's message and
offset ("invalid character 'x' looking for beginning of value", "unexpected
end of JSON input", the literal and number contexts, the nesting limit). So
valid input pays for the fast parser only, and invalid input gets Go's words.
"""
from __future__ import annotations

import re

from ...text import gostr

OBJ, ARR, STR, NUM, TRUE, FALSE, NULL = range(7)
MAX_DEPTH = 10000

_WS = re.compile(rb'[ \t\r\n]*+')
_STRING = re.compile(rb'"(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"')
_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+')
_LITERALS = {0x74: (b'true', TRUE), 0x66: (b'false', FALSE), 0x6e: (b'null', NULL)}
_CLOSE = {OBJ: 0x7d, ARR: 0x5d}


class Invalid(Exception):
    """The fast parser gave up: the Scanner says why, in Go's words."""


def parse_value(data, i):
    """(node, end) for the value starting at data[i] (leading whitespace
    skipped); raises Invalid (also when the data ends inside the value)."""
    ws = _WS.match
    stack = []          # open containers: [kind, start, items, key, key_start]
    i = ws(data, i).end()
    n = len(data)
    while True:
        # a value starts at i
        if i >= n:
            raise Invalid
        c = data[i]
        if c == 0x7b or c == 0x5b:          # { [
            kind = OBJ if c == 0x7b else ARR
            j = ws(data, i + 1).end()
            if j < n and data[j] == _CLOSE[kind]:
                node = (kind, i, j + 1, [])
                i = j + 1
            else:
                if len(stack) >= MAX_DEPTH:
                    raise Invalid
                frame = [kind, i, [], None, 0]
                stack.append(frame)
                i = _key(data, j, frame) if kind == OBJ else j
                continue
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
            i = ws(data, i).end()
            if i >= n:
                raise Invalid
            c = data[i]
            if c == 0x2c:                   # ,
                i = ws(data, i + 1).end()
                if kind == OBJ:
                    i = _key(data, i, frame)
                break
            if c != _CLOSE[kind]:
                raise Invalid
            stack.pop()
            node = (kind, frame[1], i + 1, frame[2])
            i += 1


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


def parse(data):
    """The tree of data, which must be exactly one value (whitespace around
    it allowed); raises SyntaxErr with Go's message."""
    try:
        node, end = parse_value(data, 0)
        if _WS.match(data, end).end() != len(data):
            raise Invalid
        return node
    except Invalid:
        pass
    raise check_error(data)


def check_error(data):
    """The SyntaxErr Go's checkValid gives for invalid data."""
    s = Scanner()
    for c in data:
        s.nbytes += 1
        if s.step(c) == ERROR:
            return s.err
    if s.eof() == ERROR:
        return s.err
    raise AssertionError('json: the fast parser rejected valid input')


def valid(data):
    try:
        parse(data)
        return True
    except SyntaxErr:
        return False


class SyntaxErr(Exception):
    """A JSON syntax error: Go's message and the offset it reports."""

    def __init__(self, msg, offset):
        super().__init__(msg)
        self.msg = msg
        self.offset = offset


# ------------------------------------------------------------------ Go's scanner

# what a step returns (the order matters: Go compares against SKIP_SPACE)
(CONTINUE, BEGIN_LITERAL, BEGIN_OBJECT, OBJECT_KEY, OBJECT_VALUE, END_OBJECT, BEGIN_ARRAY, ARRAY_VALUE,
 END_ARRAY, SKIP_SPACE, END, ERROR) = range(12)

# what an open container is waiting for
_IN_KEY, _IN_VALUE, _IN_ARRAY = range(3)
_SPACE = frozenset(b' \t\r\n')
_DIGIT = frozenset(b'0123456789')
_HEX = frozenset(b'0123456789abcdefABCDEF')


def quote_char(c):
    """A byte as Go's scanner names it: 'x', '\\'', '"', '\\n', '\\x01'."""
    if c == 0x27:
        return "'\\''"
    if c == 0x22:
        return "'\"'"
    q = gostr.quote(chr(c).encode('utf-8'))
    return "'" + q[1:-1] + "'"


class Scanner:
    """Go's JSON scanner: step(c) for each byte, eof() at the end. The state
    is a bound method; `stack` holds what each open container waits for."""

    def __init__(self):
        self.reset()
        self.nbytes = 0

    def reset(self):
        self.state = self.begin_value
        self.stack = []
        self.err = None
        self.end_top = False

    def step(self, c):
        return self.state(c)

    def eof(self):
        if self.err is not None:
            return ERROR
        if self.end_top:
            return END
        self.state(0x20)
        if self.end_top:
            return END
        if self.err is None:
            self.err = SyntaxErr('unexpected end of JSON input', self.nbytes)
        return ERROR

    def error(self, c, context):
        self.state = self.failed
        self.err = SyntaxErr(f'invalid character {quote_char(c)} {context}', self.nbytes)
        return ERROR

    def failed(self, c):
        return ERROR

    def push(self, c, what, result):
        self.stack.append(what)
        if len(self.stack) <= MAX_DEPTH:
            return result
        return self.error(c, 'exceeded max depth')

    def pop(self):
        self.stack.pop()
        if not self.stack:
            self.state = self.end_of_top
            self.end_top = True
        else:
            self.state = self.end_value

    # values
    def begin_value_or_empty(self, c):
        if c in _SPACE:
            return SKIP_SPACE
        if c == 0x5d:
            return self.end_value(c)
        return self.begin_value(c)

    def begin_value(self, c):
        if c in _SPACE:
            return SKIP_SPACE
        if c == 0x7b:
            self.state = self.begin_key_or_empty
            return self.push(c, _IN_KEY, BEGIN_OBJECT)
        if c == 0x5b:
            self.state = self.begin_value_or_empty
            return self.push(c, _IN_ARRAY, BEGIN_ARRAY)
        nxt = self._literal_start.get(c)
        if nxt is not None:
            self.state = getattr(self, nxt)
            return BEGIN_LITERAL
        if 0x31 <= c <= 0x39:
            self.state = self.in_int
            return BEGIN_LITERAL
        return self.error(c, 'looking for beginning of value')

    _literal_start = {0x22: 'in_string', 0x2d: 'neg', 0x30: 'zero', 0x74: 't', 0x66: 'f', 0x6e: 'n'}

    def begin_key_or_empty(self, c):
        if c in _SPACE:
            return SKIP_SPACE
        if c == 0x7d:
            self.stack[-1] = _IN_VALUE
            return self.end_value(c)
        return self.begin_key(c)

    def begin_key(self, c):
        if c in _SPACE:
            return SKIP_SPACE
        if c == 0x22:
            self.state = self.in_string
            return BEGIN_LITERAL
        return self.error(c, 'looking for beginning of object key string')

    def end_value(self, c):
        if not self.stack:
            self.state = self.end_of_top
            self.end_top = True
            return self.end_of_top(c)
        if c in _SPACE:
            self.state = self.end_value
            return SKIP_SPACE
        top = self.stack[-1]
        if top == _IN_KEY:
            if c == 0x3a:
                self.stack[-1] = _IN_VALUE
                self.state = self.begin_value
                return OBJECT_KEY
            return self.error(c, 'after object key')
        if top == _IN_VALUE:
            if c == 0x2c:
                self.stack[-1] = _IN_KEY
                self.state = self.begin_key
                return OBJECT_VALUE
            if c == 0x7d:
                self.pop()
                return END_OBJECT
            return self.error(c, 'after object key:value pair')
        if c == 0x2c:
            self.state = self.begin_value
            return ARRAY_VALUE
        if c == 0x5d:
            self.pop()
            return END_ARRAY
        return self.error(c, 'after array element')

    def end_of_top(self, c):
        if c not in _SPACE:
            self.error(c, 'after top-level value')   # recorded; the value itself has ended
        return END

    # strings
    def in_string(self, c):
        if c == 0x22:
            self.state = self.end_value
            return CONTINUE
        if c == 0x5c:
            self.state = self.in_escape
            return CONTINUE
        if c < 0x20:
            return self.error(c, 'in string literal')
        return CONTINUE

    def in_escape(self, c):
        if c in b'bfnrt\\/"':
            self.state = self.in_string
            return CONTINUE
        if c == 0x75:
            self.hex_left = 4
            self.state = self.in_hex
            return CONTINUE
        return self.error(c, 'in string escape code')

    def in_hex(self, c):
        if c in _HEX:
            self.hex_left -= 1
            if self.hex_left == 0:
                self.state = self.in_string
            return CONTINUE
        return self.error(c, 'in \\u hexadecimal character escape')

    # numbers
    def neg(self, c):
        if c == 0x30:
            self.state = self.zero
            return CONTINUE
        if 0x31 <= c <= 0x39:
            self.state = self.in_int
            return CONTINUE
        return self.error(c, 'in numeric literal')

    def in_int(self, c):
        if c in _DIGIT:
            return CONTINUE
        return self.zero(c)

    def zero(self, c):
        if c == 0x2e:
            self.state = self.dot
            return CONTINUE
        if c == 0x65 or c == 0x45:
            self.state = self.exp
            return CONTINUE
        return self.end_value(c)

    def dot(self, c):
        if c in _DIGIT:
            self.state = self.frac
            return CONTINUE
        return self.error(c, 'after decimal point in numeric literal')

    def frac(self, c):
        if c in _DIGIT:
            return CONTINUE
        if c == 0x65 or c == 0x45:
            self.state = self.exp
            return CONTINUE
        return self.end_value(c)

    def exp(self, c):
        if c == 0x2b or c == 0x2d:
            self.state = self.exp_sign
            return CONTINUE
        return self.exp_sign(c)

    def exp_sign(self, c):
        if c in _DIGIT:
            self.state = self.exp_digits
            return CONTINUE
        return self.error(c, 'in exponent of numeric literal')

    def exp_digits(self, c):
        if c in _DIGIT:
            return CONTINUE
        return self.end_value(c)

    # true, false, null: each expected letter in turn
    def t(self, c):
        return self._spell(c, b'rue', 'true')

    def f(self, c):
        return self._spell(c, b'alse', 'false')

    def n(self, c):
        return self._spell(c, b'ull', 'null')

    def _spell(self, c, rest, word):
        if c != rest[0]:
            return self.error(c, f"in literal {word} (expecting '{chr(rest[0])}')")
        if len(rest) == 1:
            self.state = self.end_value
        else:
            self.state = lambda c: self._spell(c, rest[1:], word)
        return CONTINUE


# ------------------------------------------------------------------ streams (Decoder)

NEED_MORE = object()


def scan_stream_value(data, start, at_eof):
    """For a Decoder: the end of the value starting at data[start] (leading
    whitespace included), NEED_MORE when the data so far cannot tell, or a
    SyntaxErr (its offset counted from start, as the caller adds its own).

    A top-level literal ends only at the byte after it (or at EOF); an
    object or array at its closing bracket."""
    try:
        node, end = parse_value(data, start)
    except Invalid:
        return _stream_error(data, start, at_eof)
    if node[0] in (OBJ, ARR) or end < len(data) or at_eof:
        return end
    return NEED_MORE


def _stream_error(data, start, at_eof):
    s = Scanner()
    for i in range(start, len(data)):
        c = data[i]
        s.nbytes += 1
        op = s.step(c)
        if op == ERROR:
            return s.err
        if op == END:
            raise AssertionError('json: the fast parser rejected a stream value')
        if (op == END_OBJECT or op == END_ARRAY) and not s.stack:
            raise AssertionError('json: the fast parser rejected a stream value')
    if not at_eof:
        return NEED_MORE
    if s.step(0x20) == END:
        raise AssertionError('json: the fast parser rejected a stream value')
    return None      # the data ends inside a value


# ------------------------------------------------------------------ strings

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_BAD_BYTE = re.compile('[\udc80-\udcff]')


def unquote(raw):
    """The bytes a JSON string literal (quotes included, already checked by
    the scanner) stands for: escapes decoded, a lone surrogate escape and
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
    n = len(t)
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
            r2 = _u4(t, i, n)
            if 0xD800 <= r < 0xDC00 and r2 is not None and 0xDC00 <= r2 < 0xE000:
                r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                i += 6
            else:
                r = 0xFFFD
        out.append(chr(r))
    return _BAD_BYTE.sub('\ufffd', ''.join(out)).encode('utf-8')


_U4 = re.compile(r'\\u([0-9a-fA-F]{4})')


def _u4(t, i, n):
    """The code unit of a \\uXXXX escape at t[i], or None."""
    m = _U4.match(t, i)
    return int(m.group(1), 16) if m else None
