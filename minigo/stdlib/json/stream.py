"""json.Decoder: values and tokens read from an io.Reader, as Go 1.27's
Decoder reads them (a jsontext.Decoder underneath).

The state lives in a Python object in the Go struct's `st` field: the bytes
read and not yet dropped, the end of the last token or value read, and
jsontext's token state machine -- one entry per open array or object (and a
virtual top-level array, so a stream may hold many top-level values), each
counting what it holds, which says whether a ',' or ':' must come next and
whether a string is an object member name. Decode reads one whole value and
unmarshals it; Token reads one token; More peeks.
"""
from __future__ import annotations

from ... import types as T
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.panic import nil_deref
from ...runtime.values import Slice
from ..io_eof import EOF, _pkg_global
from . import errors as E
from .decode import parse_float, unmarshal
from .scan import (NUM, Invalid, SyntaxErr, _bad_char, _Fail, consume_value, legacy_message, parse,
                   parse_value, text_error, unquote, ws)

_SPACE = b' \t\r\n'


class _Entry:
    __slots__ = ('obj', 'count')

    def __init__(self, obj):
        self.obj = obj
        self.count = 0

    def need_name(self):
        return self.obj and self.count % 2 == 0

    def need_value(self):
        return self.obj and self.count % 2 == 1


class StreamState:
    __slots__ = ('buf', 'base', 'end', 'start', 'stack', 'read_err', 'err', 'use_number', 'reject_unknown',
                 'had_peeked', 'had_eof')

    def __init__(self):
        self.buf = bytearray()    # all input read so far
        self.base = 0             # input offset of buf[0]
        self.end = 0              # end of the last token or value read (in buf)
        self.start = 0
        self.stack = [_Entry(False)]   # the virtual top-level array, then open containers
        self.read_err = None      # the reader's error, met once the buffer is used up
        self.err = None           # Decode's sticky error
        self.use_number = False
        self.reject_unknown = False
        self.had_peeked = False
        self.had_eof = False

    @property
    def last(self):
        return self.stack[-1]

    def need_delim(self, kind):
        """',' or ':' if one must come before a value or token of kind, else 0."""
        last = self.last
        if last.need_value():
            return 0x3a
        if last.count > 0 and kind not in (0x7d, 0x5d) and len(self.stack) > 1:
            return 0x2c
        return 0


def state(dec):
    st = dec[1]
    if st is None:
        st = dec[1] = StreamState()
    return st


class _Stop(Exception):
    """A Go error to hand back (err: the Go value; syntax: a SyntaxErr)."""

    def __init__(self, err=None, syntax=None):
        super().__init__()
        self.err = err
        self.syntax = syntax


def _fetch(dec, st):
    """Read more input onto the buffer; False once the reader has nothing
    more (its error is kept for when the buffer is used up)."""
    if st.read_err is not None:
        return False
    want = max(512, len(st.buf))
    target = [0] * want
    r = dec[0]
    if r is None:
        raise nil_deref()
    n, err = I.method(r[0], 'Read')(r[1], Slice(target, 0, want, want))
    if n:
        st.buf += bytes(target[:n])
    if err is not None:
        st.read_err = err
    return n > 0 or err is None


def _eof_stop(st):
    """The reader ended: io.EOF stays io.EOF, other errors as they are."""
    return st.read_err


def _skip_space(dec, st, pos):
    """The position of the next non-space byte, reading as needed; None at EOF."""
    while True:
        pos = ws(st.buf, pos)
        if pos < len(st.buf):
            return pos
        if not _fetch(dec, st):
            return None


def _syntax(st, msg, pos):
    return _Stop(syntax=SyntaxErr(msg, st.base + pos))


def _unexpected_eof(st, pos):
    """The input ended inside a value: a syntax error if the reader said
    io.EOF, else the reader's own error."""
    if st.read_err is not None and not _is_eof(st.read_err):
        return _Stop(err=st.read_err)
    return _Stop(syntax=SyntaxErr('unexpected end of JSON input', st.base + pos))


def _char_error(st, pos, where):
    f = _bad_char(st.buf, pos, where)
    return _Stop(syntax=SyntaxErr(legacy_message(text_error(f.label, f.what, f.where)),
                                  st.base + pos + len(f.what)))


def _next(dec, st):
    """Move to the next token's first byte, checking the delimiter before
    it: (position, kind byte). Raises _Stop (io.EOF at the top level)."""
    pos = _skip_space(dec, st, st.end)
    if pos is None:
        if len(st.stack) == 1:
            raise _Stop(err=_eof_stop(st))
        raise _unexpected_eof(st, len(st.buf))
    delim = 0
    c = st.buf[pos]
    if c == 0x3a or c == 0x2c:
        delim = c
        pos = _skip_space(dec, st, pos + 1)
        if pos is None:
            raise _unexpected_eof(st, len(st.buf))
        c = st.buf[pos]
    kind = 0x30 if c == 0x2d or 0x30 <= c <= 0x39 else c
    need = st.need_delim(kind)
    if need != delim:
        where = 'at start of value'
        if need == 0x3a:
            where = "after object name (expecting ':')"
        elif need == 0x2c:
            where = ("after object value (expecting ',' or '}')" if st.last.obj
                     else "after array element (expecting ',' or ']')")
        raise _char_error(st, ws(st.buf, st.end), where)
    return pos, kind


def _consume(dec, st, pos):
    """The end of the value at pos, reading until it is complete."""
    while True:
        buf = st.buf
        try:
            node, end = parse_value(buf, pos)
            if node[0] == NUM and end == len(buf) and st.read_err is None:
                raise Invalid      # a number may go on in the next read
            return node, end
        except Invalid:
            pass
        try:
            end = consume_value(buf, pos, len(st.stack))
            if end < len(buf) or st.read_err is not None:
                return None, end
        except _Fail as f:
            if f.kind != 'eof' or st.read_err is not None:
                if f.kind == 'eof':
                    raise _unexpected_eof(st, f.pos)
                se = f.error()
                raise _Stop(syntax=SyntaxErr(se.msg, st.base + se.offset))
        if not _fetch(dec, st):
            continue


def read_value(dec, st):
    """jsontext's ReadValue: the next whole value's bytes."""
    pos, kind = _next(dec, st)
    if kind in (0x5d, 0x7d):
        last = st.last
        if (last.obj and kind == 0x5d) or (not last.obj and kind == 0x7d):
            where = 'at start of value'
            if len(st.stack) > 1 and last.count > 0:
                where = ("after object value (expecting ',' or '}')" if last.obj
                         else "after array element (expecting ',' or ']')")
            raise _char_error(st, pos, where)
        raise _char_error(st, pos, 'at start of value')
    _, end = _consume(dec, st, pos)
    if st.last.need_name() and kind != 0x22:
        raise _syntax(st, 'object member name must be a string', pos + 1)
    st.last.count += 1
    st.start, st.end = pos, end
    return bytes(st.buf[pos:end])


def _transform_eof(err):
    return _pkg_global('io', 'ErrUnexpectedEOF') if err.msg == 'unexpected end of JSON input' else None


def Decode(dec, v):
    st = state(dec)
    if st.err is not None:
        return st.err
    try:
        b = read_value(dec, st)
    except _Stop as s:
        if s.syntax is not None:
            st.err = _transform_eof(s.syntax) or E.syntax_error(s.syntax.msg, s.syntax.offset)
        else:
            st.err = s.err
        return st.err
    st.had_peeked = st.had_eof = False
    try:
        tree = parse(b)
    except SyntaxErr as se:
        return E.syntax_error(se.msg, se.offset)
    return unmarshal(b, tree, v, st.use_number, st.reject_unknown)


def _peek_kind(dec, st):
    """The kind of the next token, or 0 when reading it would fail."""
    try:
        pos, kind = _next(dec, st)
    except _Stop:
        return 0
    return kind


def More(dec):
    st = state(dec)
    st.had_peeked = True
    k = _peek_kind(dec, st)
    if k == 0:
        if st.err is None:
            _, err = Token(dec)
            st.err = err if err is not None else E.new_error(b'json: successful read after failed peek')
        return not _is_eof(st.err)
    return k != 0x5d and k != 0x7d


def _is_eof(err):
    return err is not None and err[1] is EOF()[1]


def Token(dec):
    """The next token: Delim for [ ] { }, string, float64 (or Number), bool
    or nil; the commas and colons between them are checked and skipped."""
    st = state(dec)
    if st.err is not None:
        return None, st.err
    try:
        tok = _read_token(dec, st)
    except _Stop as s:
        if s.syntax is None:
            return None, s.err
        if s.syntax.msg == 'unexpected end of JSON input':
            rest = bytes(st.buf[st.end:]).strip(b' \r\n\t,:')
            if not rest:
                st.had_eof = True
                return None, EOF()
            return None, _pkg_global('io', 'ErrUnexpectedEOF')
        return None, E.syntax_error(s.syntax.msg, s.syntax.offset)
    st.had_peeked = st.had_eof = False
    return tok, None


def _read_token(dec, st):
    pos, kind = _next(dec, st)
    last = st.last
    delim = E.delim_rt()
    if kind == 0x7b or kind == 0x5b:
        if last.need_name():
            raise _syntax(st, 'object member name must be a string', pos + 1)
        last.count += 1
        st.stack.append(_Entry(kind == 0x7b))
        st.start = st.end = pos + 1
        return (delim, kind)
    if kind == 0x7d or kind == 0x5d:
        ok = last.obj if kind == 0x7d else (not last.obj and len(st.stack) > 1)
        if not ok:
            where = 'at start of value'
            if len(st.stack) > 1 and last.count > 0:
                where = ("after object value (expecting ',' or '}')" if last.obj
                         else "after array element (expecting ',' or ']')")
            raise _char_error(st, pos, where)
        if last.need_value():
            raise _syntax(st, 'missing value after object name', pos + 1)
        st.stack.pop()
        st.start = st.end = pos + 1
        return (delim, kind)
    node, end = _consume(dec, st, pos)
    if last.need_name() and kind != 0x22:
        raise _syntax(st, 'object member name must be a string', pos + 1)
    last.count += 1
    st.start, st.end = pos, end
    raw = bytes(st.buf[pos:end])
    if kind == 0x22:
        return (R.rtype(T.Typ[T.STRING]), unquote(raw))
    if kind == 0x74 or kind == 0x66:
        return (R.rtype(T.Typ[T.BOOL]), kind == 0x74)
    if kind == 0x6e:
        return None
    if st.use_number:
        return (E.number_rt(), raw)
    f, why = parse_float(raw, 64)
    if why:
        raise _Stop(err=E.unmarshal_type_error(b'number ' + raw, R.rtype(T.Typ[T.FLOAT64]),
                                               st.base + st.end))
    return (R.rtype(T.Typ[T.FLOAT64]), f)


def Buffered(dec):
    st = state(dec)
    return I.make_slice(list(st.buf[st.end:]))


def InputOffset(dec):
    st = state(dec)
    offset = st.base + st.end
    if st.had_peeked or st.had_eof:
        rest = bytes(st.buf[st.end:])
        tokens = rest.lstrip(b' \n\r\t')
        if tokens:
            offset += len(rest) - len(tokens)
            if st.had_eof and tokens[:1] in (b',', b':'):
                offset += 1
    return offset
