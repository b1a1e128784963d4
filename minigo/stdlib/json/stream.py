"""json.Decoder: values read one after another from an io.Reader, and the
Token API over them.

The Decoder's state lives in a Python object in the Go struct's `st` field:
the bytes read and not yet consumed, the position of the next value, and
the token state machine (Go's: where in an array or object Token is). Data
comes from the reader's Read method in 512-byte steps grown as Go's refill
grows them; a value is complete once the scanner has seen its end (for a top-
level literal, the byte after it, or EOF). Syntax errors are sticky, as in Go.
"""
from __future__ import annotations

from ... import types as T
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.panic import nil_deref
from ...runtime.values import Ref, Slice
from ...typecheck import universe
from ..io_eof import EOF, _pkg_global
from . import errors as E
from .decode import Abort, DecodeState
from .scan import NEED_MORE, SyntaxErr, parse, quote_char, scan_stream_value

# Token's states: what may come next
(TOP_VALUE, ARRAY_START, ARRAY_VALUE, ARRAY_COMMA, OBJECT_START, OBJECT_KEY, OBJECT_COLON,
 OBJECT_VALUE, OBJECT_COMMA) = range(9)
_SPACE = b' \t\r\n'


class StreamState:
    __slots__ = ('buf', 'cap', 'scanp', 'scanned', 'err', 'read_err', 'scan_bytes', 'token_state',
                 'token_stack', 'use_number', 'disallow')

    def __init__(self):
        self.buf = bytearray()
        self.cap = 0              # the capacity Go's buffer would have: reads fill it
        self.scanp = 0            # start of unread data in buf
        self.scanned = 0          # bytes dropped from buf's front so far
        self.err = None           # sticky error
        self.read_err = None      # the reader's error, met at the end of buf
        self.scan_bytes = 0       # bytes the value scanner has counted (Go's scanner.bytes)
        self.token_state = TOP_VALUE
        self.token_stack = []
        self.use_number = False
        self.disallow = False


def state(dec):
    st = dec[1]
    if st is None:
        st = dec[1] = StreamState()
    return st


def _refill(dec, st):
    """Read more into buf (dropping what was consumed first): as much as the
    room left in a buffer grown as Go grows it."""
    if st.scanp > 0:
        st.scanned += st.scanp
        del st.buf[:st.scanp]
        st.scanp = 0
    if st.cap - len(st.buf) < 512:
        st.cap = 2 * st.cap + 512
    want = st.cap - len(st.buf)
    target = [0] * want
    r = dec[0]
    if r is None:
        raise nil_deref()
    n, err = I.method(r[0], 'Read')(r[1], Slice(target, 0, want, want))
    if n:
        st.buf += bytes(target[:n])
    return err


def _is_eof(err):
    return err is not None and err[1] is EOF()[1]


def read_value(dec, st):
    """Go's readValue: the length of the next value's text from scanp, or
    raise Abort with the error (syntax errors and read errors are sticky)."""
    while True:
        at_eof = st.read_err is not None
        r = scan_stream_value(st.buf, st.scanp, at_eof)
        if isinstance(r, int):
            n = r - st.scanp
            st.scan_bytes += n
            return n
        if isinstance(r, SyntaxErr):
            st.scan_bytes += r.offset
            st.err = E.syntax_error(r.msg, st.scan_bytes)
            raise Abort(st.err)
        if at_eof:
            err = st.read_err
            if _is_eof(err) and st.buf[st.scanp:].strip(_SPACE):
                err = _pkg_global('io', 'ErrUnexpectedEOF')
            st.err = err
            raise Abort(err)
        st.read_err = _refill(dec, st)


def Decode(dec, v):
    st = state(dec)
    if st.err is not None:
        return st.err
    try:
        _prepare_for_value(dec, st)
        if st.token_state not in (TOP_VALUE, ARRAY_START, ARRAY_VALUE, OBJECT_VALUE):
            return E.syntax_error('not at beginning of value', input_offset(st))
        n = read_value(dec, st)
    except Abort as a:
        return a.err
    data = bytes(st.buf[st.scanp:st.scanp + n])
    st.scanp += n
    err = decode_into(data, v, st.use_number, st.disallow)
    _value_end(st)
    return err


def decode_into(data, v, use_number=False, disallow=False):
    """Unmarshal's work after the syntax check: store data's value into the
    value v points to; the error (or None)."""
    try:
        tree = parse(data)
    except SyntaxErr as se:
        return E.syntax_error(se.msg, se.offset)
    if v is None:
        return E.invalid_unmarshal_error(None)
    rt, p = v
    if rt.kind != R.POINTER or p is None:
        return E.invalid_unmarshal_error(rt)
    d = DecodeState(data, use_number, disallow)
    try:
        d.value(tree, I.Value(rt, [p], 0))
    except Abort as a:
        return d.add_context(a.err)
    return d.saved


def input_offset(st):
    return st.scanned + st.scanp


def _peek(dec, st):
    """The next non-space byte (scanp moved to it), or raise Abort(err)."""
    while True:
        buf = st.buf
        for i in range(st.scanp, len(buf)):
            if buf[i] not in _SPACE:
                st.scanp = i
                return buf[i]
        if st.read_err is not None:
            raise Abort(st.read_err)
        st.read_err = _refill(dec, st)


def _prepare_for_value(dec, st):
    if st.token_state == ARRAY_COMMA:
        if _peek(dec, st) != 0x2c:
            raise Abort(E.syntax_error('expected comma after array element', input_offset(st)))
        st.scanp += 1
        st.token_state = ARRAY_VALUE
    elif st.token_state == OBJECT_COLON:
        if _peek(dec, st) != 0x3a:
            raise Abort(E.syntax_error('expected colon after object key', input_offset(st)))
        st.scanp += 1
        st.token_state = OBJECT_VALUE


def _value_end(st):
    if st.token_state in (ARRAY_START, ARRAY_VALUE):
        st.token_state = ARRAY_COMMA
    elif st.token_state == OBJECT_VALUE:
        st.token_state = OBJECT_COMMA


def _value_allowed(st):
    return st.token_state in (TOP_VALUE, ARRAY_START, ARRAY_VALUE, OBJECT_VALUE)


def More(dec):
    st = state(dec)
    try:
        c = _peek(dec, st)
    except Abort:
        return False
    return c != 0x5d and c != 0x7d


_CONTEXT = {TOP_VALUE: ' looking for beginning of value', ARRAY_START: ' looking for beginning of value',
            ARRAY_VALUE: ' looking for beginning of value', OBJECT_VALUE: ' looking for beginning of value',
            ARRAY_COMMA: ' after array element', OBJECT_KEY: ' looking for beginning of object key string',
            OBJECT_COLON: ' after object key', OBJECT_COMMA: ' after object key:value pair'}


def Token(dec):
    """The next token: Delim for [ ] { }, and strings, float64 (or Number),
    bool and nil for the literals; commas and colons are checked and skipped."""
    st = state(dec)
    delim = E.delim_rt()
    while True:
        try:
            c = _peek(dec, st)
        except Abort as a:
            return None, a.err

        def bad():
            return None, E.syntax_error('invalid character ' + quote_char(c) + _CONTEXT.get(st.token_state, ''),
                                        input_offset(st))
        if c == 0x5b or c == 0x7b:
            if not _value_allowed(st):
                return bad()
            st.scanp += 1
            st.token_stack.append(st.token_state)
            st.token_state = ARRAY_START if c == 0x5b else OBJECT_START
            return (delim, c), None
        if c == 0x5d or c == 0x7d:
            ok = (ARRAY_START, ARRAY_COMMA) if c == 0x5d else (OBJECT_START, OBJECT_COMMA)
            if st.token_state not in ok:
                return bad()
            st.scanp += 1
            st.token_state = st.token_stack.pop()
            _value_end(st)
            return (delim, c), None
        if c == 0x3a:
            if st.token_state != OBJECT_COLON:
                return bad()
            st.scanp += 1
            st.token_state = OBJECT_VALUE
            continue
        if c == 0x2c:
            if st.token_state == ARRAY_COMMA:
                st.scanp += 1
                st.token_state = ARRAY_VALUE
                continue
            if st.token_state == OBJECT_COMMA:
                st.scanp += 1
                st.token_state = OBJECT_KEY
                continue
            return bad()
        if c == 0x22 and st.token_state in (OBJECT_START, OBJECT_KEY):
            old = st.token_state
            st.token_state = TOP_VALUE
            box = [b'']
            err = Decode(dec, (_string_ptr_rt(), Ref(box, 0)))
            st.token_state = old
            if err is not None:
                return None, err
            st.token_state = OBJECT_COLON
            return (_string_rt(), box[0]), None
        if not _value_allowed(st):
            return bad()
        box = [None]
        err = Decode(dec, (_any_ptr_rt(), Ref(box, 0)))
        if err is not None:
            return None, err
        return box[0], None


def _string_rt():
    return R.rtype(T.Typ[T.STRING])


def _string_ptr_rt():
    return I.pointer_to(_string_rt())


def _any_ptr_rt():
    return I.pointer_to(R.rtype(universe.ANY))


def Buffered(dec):
    st = state(dec)
    return I.make_slice(list(st.buf[st.scanp:]))


def InputOffset(dec):
    return input_offset(state(dec))
