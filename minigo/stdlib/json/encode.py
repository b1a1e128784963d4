"""Marshal: one encoder function per Go type, built on first use and cached
per run (a second table holds the `,string` variants).

An encoder is enc(e, v, addr): it appends the JSON for value v to e.out.
addr is v's pointer when v is addressable (a slice element, a field of an
addressable struct, a pointee) and None for a copy (Marshal's argument, an
interface's or a map's contents); it matters to types whose pointer type,
not the type itself, has MarshalJSON or MarshalText: Go calls those only on
an addressable value. Containers compute a child's pointer only for such
types (arrays and structs pass their list, which is their pointer).

Go 1.27 marshals through encoding/json/v2 with v1's options; where that
shows, this follows it: a method's error names the pointer type
(*main.T), invalid UTF-8 becomes U+FFFD itself, map keys may be floats,
time.Time and time.Duration are built in (RFC 3339, nanoseconds), json.Number
is checked as a number. Errors stop the encoding: EncodeError carries the
Go error value to return.
"""
from __future__ import annotations

import base64
import math
import re

from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.context import current
from ...runtime.values import Ref
from ...text import gostr
from ...text.fmtfloat import format_float
from . import errors as E
from .fields import QUOTABLE, struct_fields
from .format import compact
from .scan import SyntaxErr, unquote

START_DETECTING_CYCLES = 1000


class EncodeError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err        # the Go error value


class EncodeState:
    __slots__ = ('out', 'esc', 'level', 'seen', 'path')

    def __init__(self, esc):
        self.out = bytearray()
        self.esc = esc
        self.level = 0        # open objects and arrays (cycles are looked for past 1000)
        self.seen = set()
        self.path = []        # JSON pointer tokens of the value being written (for key errors)


def marshal(v, esc=True):
    """The JSON of interface value v (bytes); raises EncodeError."""
    if v is None:
        return b'null'
    e = EncodeState(esc)
    encoder(v[0])(e, v[1], None)
    return bytes(e.out)


# ------------------------------------------------------------------ the tables

def _caches():
    return current().state('json.encoders', lambda: ({}, {}, {}, {}))


def encoder(rt, quoted=False):
    """The encoder of type rt (quoted: with the `,string` option)."""
    table = _caches()[1 if quoted else 0]
    f = table.get(rt)
    if f is None:
        # a recursive type finds this forwarder while its encoder is built
        real = []
        table[rt] = lambda e, v, a: real[0](e, v, a)
        f = _build(rt, quoted)
        real.append(f)
        table[rt] = f
    return f


def _marshals(rt):
    return I.implements(rt, E.marshaler_rt())


def _text_marshals(rt):
    return I.implements(rt, E.text_marshaler_rt())


def wants_addr(rt):
    """Whether rt's encoder needs the value's address: *T, not T, has
    MarshalJSON or MarshalText."""
    table = _caches()[2]
    w = table.get(rt)
    if w is None:
        p = I.pointer_to(rt) if rt.kind not in (R.POINTER, R.INTERFACE) else None
        w = table[rt] = p is not None and (_marshals(p) and not _marshals(rt)
                                           or _text_marshals(p) and not _text_marshals(rt))
    return w


def _build(rt, quoted):
    k = rt.kind
    special = _special(rt, quoted)
    if special is not None:
        return special
    if k != R.POINTER and k != R.INTERFACE:
        p = I.pointer_to(rt)
        plain = _build_plain(rt, quoted)
        if _text_marshals(p):
            plain = _text_method(rt, plain, not _text_marshals(rt))
        if _marshals(p):
            plain = _json_method(rt, plain, not _marshals(rt))
        return plain
    return _build_plain(rt, quoted)


def _special(rt, quoted):
    """The types json knows itself: time.Time, time.Duration, json.Number."""
    if rt is E.number_rt():
        return _number
    if rt.pkg_path == 'time' and rt.named:
        if rt.name == 'time.Time':
            return _time_enc(rt)
        if rt.name == 'time.Duration':
            return _int_quoted if quoted else _int
    return None


def _build_plain(rt, quoted):
    k = rt.kind
    if k == R.BOOL:
        return _bool_quoted if quoted else _bool
    if k in R.INTEGER_KINDS:
        return _int_quoted if quoted else _int
    if k in R.FLOAT_KINDS:
        return _float_enc(rt, quoted)
    if k == R.STRING:
        return _string_quoted if quoted else _string
    if k == R.INTERFACE:
        return _interface
    if k == R.STRUCT:
        return _struct_enc(rt)
    if k == R.MAP:
        return _map_enc(rt)
    if k == R.SLICE:
        return _slice_enc(rt)
    if k == R.ARRAY:
        return _array_enc(rt)
    if k == R.POINTER:
        return _ptr_enc(rt, quoted and rt.elem.kind != R.POINTER)
    return _unsupported(rt)


# ------------------------------------------------------------------ methods

def _json_method(rt, fallback, needs_addr):
    """MarshalJSON (on *T; needs_addr: only *T has it, so a copy of a T
    encodes as a T without it). Its output is checked and compacted."""
    m = I.method(I.pointer_to(rt), 'MarshalJSON')
    err_rt = I.pointer_to(rt)

    def enc(e, v, a):
        if a is None:
            if needs_addr:
                fallback(e, v, a)
                return
            a = v if rt.aggregate else Ref([v], 0)
        b, err = m(a)
        if err is None:
            try:
                e.out += compact(E.bytes_of(b), e.esc)
                return
            except SyntaxErr as se:
                err = E.syntax_error(se.msg, se.offset)
        raise EncodeError(E.marshaler_error(err_rt, err, 'MarshalJSON'))
    return enc


def _text_method(rt, fallback, needs_addr):
    """MarshalText's result as a JSON string."""
    m = I.method(I.pointer_to(rt), 'MarshalText')
    err_rt = I.pointer_to(rt)

    def enc(e, v, a):
        if a is None:
            if needs_addr:
                fallback(e, v, a)
                return
            a = v if rt.aggregate else Ref([v], 0)
        b, err = m(a)
        if err is not None:
            raise EncodeError(E.marshaler_error(err_rt, err, 'MarshalText'))
        append_string(e.out, E.bytes_of(b), e.esc)
    return enc


def _time_enc(rt):
    fmt = I.method(rt, 'Format')

    def enc(e, v, a):
        year = I.method(rt, 'Year')(v)
        if not 0 <= year <= 9999:
            raise EncodeError(E.marshaler_error(I.pointer_to(rt), E.new_error(
                b'year outside of range [0,9999]'), 'MarshalJSON'))
        b = fmt(v, b'2006-01-02T15:04:05.999999999Z07:00')
        if b[-1:] != b'Z' and (b[-6:-5].isdigit() or int(b[-5:-3]) >= 24):
            raise EncodeError(E.marshaler_error(I.pointer_to(rt), E.new_error(
                b'timezone hour outside of range [0,23]'), 'MarshalJSON'))
        append_string(e.out, b, e.esc)
    return enc


# ------------------------------------------------------------------ basic kinds

def _bool(e, v, a):
    e.out += b'true' if v else b'false'


def _bool_quoted(e, v, a):
    e.out += b'"true"' if v else b'"false"'


def _int(e, v, a):
    e.out += b'%d' % v


def _int_quoted(e, v, a):
    e.out += b'"%d"' % v


# float32's cutoffs are float32(1e-6) and float32(1e21): Go compares in float32
_CUTOFFS = {64: (1e-6, 1e21), 32: (9.999999974752427e-07, 1.0000000200408773e+21)}


def format_json_float(f, bits):
    """A float as JSON writes it: like ES6's Number.toString, shortest digits
    in 'f' form for 1e-6 <= |f| < 1e21, else 'e' form without exponent padding."""
    a = abs(f)
    if bits == 64:
        integral = f == int(f)
        if integral and a < 9007199254740992.0:
            return b'-0' if f == 0 and math.copysign(1.0, f) < 0 else b'%d' % f
        if not integral and 1e-4 <= a < 1e16:
            return repr(f).encode()      # shortest digits, fixed notation in this range
    lo, hi = _CUTOFFS[bits]
    if a != 0 and (a < lo or a >= hi):
        s = format_float(f, 'e', -1, bits)
        if s[-4:-2] == 'e-' and s[-2] == '0':
            s = s[:-2] + s[-1]
        return s.encode()
    return format_float(f, 'f', -1, bits).encode()


def _float_enc(rt, quoted):
    bits = 32 if rt.kind == R.FLOAT32 else 64

    def enc(e, v, a):
        if v != v or v in (math.inf, -math.inf):
            raise EncodeError(E.unsupported_value(rt, v, format_float(v, 'g', -1, 64)))
        s = format_json_float(v, bits)
        e.out += b'"' + s + b'"' if quoted else s
    return enc


def _string(e, v, a):
    append_string(e.out, v, e.esc)


def _string_quoted(e, v, a):
    inner = bytearray()
    append_string(inner, v, e.esc)
    append_string(e.out, bytes(inner), False)


_VALID_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z')


def is_valid_number(s):
    return bool(_VALID_NUMBER.match(s))


def _number(e, v, a):
    """json.Number: its text, which must be a JSON number ("" is 0)."""
    s = v or b'0'
    if not _VALID_NUMBER.match(s):
        err = E.new_error(b'cannot parse ' + gostr.quote(s).encode() + b' as JSON number: invalid syntax')
        raise EncodeError(E.marshaler_error(I.pointer_to(E.number_rt()), err, 'MarshalJSONTo'))
    e.out += s


# ------------------------------------------------------------------ strings

_SPECIAL_HTML = re.compile(rb'[\x00-\x1f"\\<>&\x80-\xff]')
_SPECIAL = re.compile(rb'[\x00-\x1f"\\\x80-\xff]')
_ESCAPE_HTML = re.compile('[\x00-\x1f"\\\\<>&\u2028\u2029\udc80-\udcff]')
_ESCAPE = re.compile('[\x00-\x1f"\\\\\u2028\u2029\udc80-\udcff]')
_SHORT = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape(m):
    c = m.group()
    s = _SHORT.get(c)
    if s is not None:
        return s
    o = ord(c)
    if o >= 0xdc80:
        return '\ufffd'     # a byte of invalid UTF-8 becomes U+FFFD
    return '\\u%04x' % o


def append_string(out, s, esc):
    """Append JSON string literal s to out: control characters, quotes and
    backslashes escaped, and with esc also <, > and &; U+2028 and U+2029
    always escaped; each byte of invalid UTF-8 becomes U+FFFD."""
    if not (_SPECIAL_HTML if esc else _SPECIAL).search(s):
        out += b'"'
        out += s
        out += b'"'
        return
    t = s.decode('utf-8', 'surrogateescape')
    out += b'"'
    out += (_ESCAPE_HTML if esc else _ESCAPE).sub(_escape, t).encode('utf-8')
    out += b'"'


def string_literal(s, esc=True):
    out = bytearray()
    append_string(out, s, esc)
    return bytes(out)


# ------------------------------------------------------------------ containers

def _interface(e, v, a):
    if v is None:
        e.out += b'null'
        return
    encoder(v[0])(e, v[1], None)


def _enter(e, key, rt, v):
    """Past Go's nesting threshold, a pointer, map or slice met again on the
    way down is a cycle; the key to forget on the way back up, or None."""
    if e.level >= START_DETECTING_CYCLES:
        if key in e.seen:
            raise EncodeError(E.unsupported_value(rt, v, f'encountered a cycle via {rt.name}'))
        e.seen.add(key)
        return key
    return None


def _leave(e, key):
    if key is not None:
        e.seen.discard(key)


def _ptr_enc(rt, quoted):
    ert = rt.elem
    elem = encoder(ert, quoted)
    agg = ert.aggregate

    def enc(e, v, a):
        if v is None:
            e.out += b'null'
            return
        key = _enter(e, (id(v.c), v.k) if type(v) is Ref else id(v), rt, v)
        if agg:
            elem(e, v, v)
        else:
            elem(e, v.c[v.k], v)
        _leave(e, key)
    return enc


def _child_addr(rt):
    """How a container passes a child of type rt its address: 'list' (an
    array or struct: itself), 'ref' (a Ref to the slot) or None (unneeded)."""
    if rt.aggregate:
        return 'list'
    if wants_addr(rt):
        return 'ref'
    return None


def _struct_enc(rt):
    plan = []
    for f in struct_fields(rt):
        quoted = f.quoted and (f.rt.kind in QUOTABLE or f.rt.kind == R.POINTER)
        fenc = encoder(f.rt, quoted)
        key_plain = string_literal(f.bname, False) + b':'
        key_html = string_literal(f.bname, True) + b':'
        plan.append((f.index[:-1], f.index[-1], fenc, _omit_test(f), _child_addr(f.rt), key_html, key_plain,
                     f.bname))

    def enc(e, v, a):
        out = e.out
        sep = b'{'
        html = e.esc
        e.level += 1
        for path, i, fenc, omit, how, key_html, key_plain, name in plan:
            s, sa = v, a
            if path:
                s, sa = _walk(rt, v, a, path)
                if s is None:
                    continue
            x = s[i]
            if omit is not None and omit(x, s, i, sa):
                continue
            out += sep
            sep = b','
            out += key_html if html else key_plain
            e.path.append(name)
            if how is None:
                fenc(e, x, None)
            elif how == 'list':
                fenc(e, x, x if sa is not None else None)
            else:
                fenc(e, x, Ref(s, i) if sa is not None else None)
            e.path.pop()
        e.level -= 1
        if sep == b'{':
            out += b'{}'
        else:
            out += b'}'
    return enc


def _walk(rt, v, a, path):
    """The embedded struct at path inside struct v (None if a nil pointer
    is on the way), and whether it is addressable."""
    for i in path:
        frt = rt.fields[i]
        v = v[i]
        if frt.kind == R.POINTER:
            if v is None:
                return None, None
            rt = frt.elem
            a = v
        else:
            rt = frt
    return v, a


def _omit_test(f):
    """omit(x, struct, index, addressable) for a field's omitempty/omitzero."""
    tests = []
    if f.omit_zero:
        tests.append(_zero_test(f.rt))
    if f.omit_empty:
        tests.append(_empty_test(f.rt))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    a, b = tests
    return lambda x, s, i, sa: a(x, s, i, sa) or b(x, s, i, sa)


def _empty_test(rt):
    """v1's emptiness: false, 0, "", nil, and empty arrays, slices and maps."""
    k = rt.kind
    if k == R.SLICE:
        return lambda x, s, i, sa: x.len == 0
    if k in (R.MAP, R.STRING):
        return lambda x, s, i, sa: not x
    if k == R.ARRAY:
        n = rt.len
        return lambda x, s, i, sa: n == 0
    if k in (R.INTERFACE, R.POINTER):
        return lambda x, s, i, sa: x is None
    if k == R.BOOL or k in R.INTEGER_KINDS or k in R.FLOAT_KINDS:
        return lambda x, s, i, sa: x == 0
    return lambda x, s, i, sa: False


def _zero_test(rt):
    """omitzero: the type's IsZero method if it has one, else the zero value."""
    zi = E.is_zeroer_rt()
    k = rt.kind
    if k == R.INTERFACE and I.implements(rt, zi):
        def iface(x, s, i, sa):
            if x is None or (x[0].kind == R.POINTER and x[1] is None):
                return True
            return I.method(x[0], 'IsZero')(x[1])
        return iface
    if k == R.POINTER and I.implements(rt, zi):
        m = I.method(rt, 'IsZero')
        return lambda x, s, i, sa: x is None or m(x)
    if I.implements(rt, zi):
        m = I.method(rt, 'IsZero')
        return lambda x, s, i, sa: m(x)
    if k != R.POINTER and I.implements(I.pointer_to(rt), zi):
        m = I.method(I.pointer_to(rt), 'IsZero')
        if rt.aggregate:
            return lambda x, s, i, sa: m(x)
        return lambda x, s, i, sa: m(Ref(s, i))
    return lambda x, s, i, sa: I.is_zero(rt, x)


def _map_enc(rt):
    elem = encoder(rt.elem)
    key_name = key_namer(rt.key)
    by_go_string = rt.key.kind == R.STRING and not _has_methods(rt.key)

    def enc(e, v, a):
        if v is None:
            e.out += b'null'
            return
        mark = _enter(e, id(v), rt, v)
        e.level += 1
        out = e.out
        out += b'{'
        items = I.map_items(rt, v)
        if by_go_string:
            items.sort(key=lambda kv: kv[0])
            named = items
        else:
            named = [(key_name(e, k), x) for k, x in items]
            named.sort(key=lambda kv: kv[0])
        esc = e.esc
        first = True
        for ks, x in named:
            if not first:
                out += b','
            first = False
            append_string(out, ks, esc)
            out += b':'
            e.path.append(ks)
            elem(e, x, None)
            e.path.pop()
        out += b'}'
        e.level -= 1
        _leave(e, mark)
    return enc


def _has_methods(rt):
    p = I.pointer_to(rt)
    return _text_marshals(p) or _marshals(p)


def key_namer(krt):
    """key_name(e, key) -> the JSON member name (unquoted bytes) of a map
    key of type krt, as Go writes a key: strings as they are (methods
    ignored), MarshalText's text, numbers as decimal text; other kinds fail
    (object member names must be strings)."""
    k = krt.kind
    if k == R.STRING:
        return lambda e, key: key
    if krt.named and krt.name == 'time.Time' and krt.pkg_path == 'time':
        def time_key(e, key):
            out = bytearray()
            _time_enc(krt)(_Quiet(out), key, None)
            return unquote(bytes(out))
        return time_key
    if k not in (R.POINTER, R.INTERFACE) and _text_marshals(I.pointer_to(krt)):
        m = I.method(I.pointer_to(krt), 'MarshalText')
        err_rt = I.pointer_to(krt)

        def text(e, key):
            b, err = m(key if krt.aggregate else Ref([key], 0))
            if err is not None:
                raise EncodeError(E.marshaler_error(err_rt, err, 'MarshalText'))
            return E.bytes_of(b)
        return text
    if k in R.INTEGER_KINDS:
        return lambda e, key: b'%d' % key
    if k in R.FLOAT_KINDS:
        bits = 32 if k == R.FLOAT32 else 64

        def flt(e, key):
            if key != key or key in (math.inf, -math.inf):
                raise EncodeError(E.unsupported_value(krt, key, format_float(key, 'g', -1, 64)))
            return format_json_float(key, bits)
        return flt
    if k == R.POINTER:
        inner = key_namer(krt.elem)
        nillable = _text_marshals(krt)

        def ptr(e, key):
            if key is None:
                if nillable:
                    return b''
                _non_string_name(e)
            return inner(e, I.load(krt.elem, key))
        return ptr
    if k == R.INTERFACE:
        def iface(e, key):
            if key is None:
                _non_string_name(e)
            return key_namer(key[0])(e, key[1])
        return iface
    if k in (R.BOOL, R.STRUCT, R.ARRAY, R.SLICE, R.MAP):
        return lambda e, key: _non_string_name(e)
    return lambda e, key: _raise(EncodeError(E.unsupported_type(krt)))


class _Quiet:
    """An encode state writing into out (for a key's own encoding)."""
    __slots__ = ('out', 'esc')

    def __init__(self, out):
        self.out = out
        self.esc = False


def _raise(exc):
    raise exc


def _non_string_name(e):
    """A map key that would be written as something else than a string."""
    ptr = pointer_string(e.path)
    msg = 'jsontext: object member name must be a string'
    if ptr:
        msg += ' within ' + gostr.quote(ptr.encode('utf-8', 'surrogateescape'))
    msg += f' after offset {len(e.out) + 1}'
    raise EncodeError(E.unsupported_value_text(msg))


def pointer_string(path):
    """A JSON pointer (RFC 6901) of path tokens (bytes names, int indexes)."""
    parts = []
    for t in path:
        if isinstance(t, int):
            parts.append(str(t))
        else:
            parts.append(gostr.to_str(t).replace('~', '~0').replace('/', '~1'))
    return ''.join('/' + p for p in parts)


def _slice_enc(rt):
    ert = rt.elem
    if ert.kind == R.UINT8 and not _has_methods(ert):
        return _bytes_enc
    elem = encoder(ert)
    how = _child_addr(ert)

    def enc(e, v, a):
        if v.a is None:
            e.out += b'null'
            return
        mark = _enter(e, (id(v.a), v.off, v.len), rt, v)
        _elements(e, elem, how, v.a, v.off, v.len)
        _leave(e, mark)
    return enc


def _elements(e, elem, how, lst, off, n):
    out = e.out
    out += b'['
    e.level += 1
    path = e.path
    path.append(0)
    for j in range(off, off + n):
        if j > off:
            out += b','
        path[-1] = j - off
        x = lst[j]
        if how is None:
            elem(e, x, None)
        elif how == 'list':
            elem(e, x, x)
        else:
            elem(e, x, Ref(lst, j))
    path.pop()
    e.level -= 1
    out += b']'


def _bytes_enc(e, v, a):
    if v.a is None:
        e.out += b'null'
        return
    e.out += b'"' + base64.b64encode(bytes(v.a[v.off:v.off + v.len])) + b'"'


def _array_enc(rt):
    ert = rt.elem
    elem = encoder(ert)
    how = _child_addr(ert)
    n = rt.len

    def enc(e, v, a):
        # an array's elements are addressable when it is
        _elements(e, elem, how if a is not None else None, v, 0, n)
    return enc


def _unsupported(rt):
    def enc(e, v, a):
        raise EncodeError(E.unsupported_type(rt))
    return enc
