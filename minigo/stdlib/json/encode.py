"""Marshal: one encoder function per Go type, built on first use and cached
per run (with a second table for the `,string` variants).

An encoder is enc(e, v, addr): it appends the JSON for value v to e.out.
addr is v's pointer when v is addressable (a slice element, a field of an
addressable struct, a pointee) and matters only to types whose pointer
type, not the type itself, implements Marshaler or TextMarshaler: Go calls
such a method only on an addressable value. Containers therefore compute a
child's pointer only for those types (and pass arrays and structs, whose
pointer is their list, for free).

Errors stop the encoding: EncodeError carries the Go error value to return.
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
from .fields import struct_fields
from .scan import SyntaxErr, parse

START_DETECTING_CYCLES = 1000


class EncodeError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err        # the Go error value


class EncodeState:
    __slots__ = ('out', 'esc', 'level', 'seen')

    def __init__(self, esc):
        self.out = bytearray()
        self.esc = esc
        self.level = 0
        self.seen = set()


def marshal(v, esc=True):
    """The JSON of interface value v (bytes); raises EncodeError."""
    e = EncodeState(esc)
    if v is None:
        return b'null'
    encoder(v[0])(e, v[1], None)
    return bytes(e.out)


# ------------------------------------------------------------------ the tables

def _caches():
    return current().state('json.encoders', lambda: ({}, {}, {}))


def encoder(rt, quoted=False):
    """The encoder of type rt (quoted: the `,string` form)."""
    table = _caches()[1 if quoted else 0]
    f = table.get(rt)
    if f is None:
        # a recursive type finds this forwarder while its encoder is built
        real = [None]
        table[rt] = lambda e, v, a: real[0](e, v, a)
        real[0] = f = table[rt] = _build(rt, quoted)
    return f


def wants_addr(rt):
    """Whether rt's encoder needs the value's address: *T implements
    Marshaler or TextMarshaler but T does not."""
    table = _caches()[2]
    w = table.get(rt)
    if w is None:
        w = table[rt] = (rt.kind != R.POINTER
                         and (_marshals(I.pointer_to(rt)) and not _marshals(rt)
                              or _text_marshals(I.pointer_to(rt)) and not _marshals(rt)
                              and not _text_marshals(rt)))
    return w


def _marshals(rt):
    return I.implements(rt, E.marshaler_rt())


def _text_marshals(rt):
    return I.implements(rt, E.text_marshaler_rt())


def _build(rt, quoted):
    k = rt.kind
    ptr = I.pointer_to(rt) if k != R.POINTER else None
    if ptr is not None and _marshals(ptr) and not _marshals(rt):
        return _cond_addr(_marshal_json_enc(ptr, addr=True), _build_plain(rt, quoted, False))
    if _marshals(rt):
        return _marshal_json_enc(rt)
    if ptr is not None and _text_marshals(ptr) and not _text_marshals(rt):
        return _cond_addr(_marshal_text_enc(ptr, addr=True), _build_plain(rt, quoted, False))
    return _build_plain(rt, quoted, True)


def _build_plain(rt, quoted, text_ok):
    if text_ok and _text_marshals(rt):
        return _marshal_text_enc(rt)
    k = rt.kind
    if k == R.BOOL:
        return _quoted_bool if quoted else _bool
    if k in R.INTEGER_KINDS:
        return _quoted_int if quoted else _int
    if k in R.FLOAT_KINDS:
        return _float_enc(rt, quoted)
    if k == R.STRING:
        if rt is E.number_rt():
            return _quoted_number if quoted else _number
        return _quoted_string if quoted else _string
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
        return _ptr_enc(rt, quoted)
    return _unsupported(rt)


def _cond_addr(with_addr, plain):
    def enc(e, v, a):
        if a is not None:
            with_addr(e, a, None)
        else:
            plain(e, v, None)
    return enc


# ------------------------------------------------------------------ methods

def _method_caller(rt, name):
    """callable(v) calling name on a value of type rt (through the dynamic
    type for an interface type); None when a nil interface or pointer."""
    if rt.kind == R.INTERFACE:
        def call(v):
            if v is None:
                return None
            return I.method(v[0], name)(v[1])
        return call
    m = I.method(rt, name)
    if rt.kind == R.POINTER:
        return lambda v: None if v is None else m(v)
    return m


def _marshal_json_enc(rt, addr=False):
    """MarshalJSON's result, compacted (rt: the method's receiver type;
    addr: called on an addressable value's pointer)."""
    call = _method_caller(rt, 'MarshalJSON')
    err_rt = rt.elem if addr else rt      # errors name the value's type

    def enc(e, v, a):
        r = call(v)
        if r is None:
            e.out += b'null'
            return
        b, err = r
        if err is None:
            try:
                e.out += compact(E.bytes_of(b), e.esc)
                return
            except SyntaxErr as se:
                err = E.syntax_error(se.msg, se.offset)
        raise EncodeError(E.marshaler_error(err_rt, err, 'MarshalJSON'))
    return enc


def _marshal_text_enc(rt, addr=False):
    """MarshalText's result as a JSON string."""
    call = _method_caller(rt, 'MarshalText')
    err_rt = rt.elem if addr else rt

    def enc(e, v, a):
        r = call(v)
        if r is None:
            e.out += b'null'
            return
        b, err = r
        if err is not None:
            raise EncodeError(E.marshaler_error(err_rt, err, 'MarshalText'))
        append_string(e.out, E.bytes_of(b), e.esc)
    return enc


# ------------------------------------------------------------------ basic kinds

def _bool(e, v, a):
    e.out += b'true' if v else b'false'


def _quoted_bool(e, v, a):
    e.out += b'"true"' if v else b'"false"'


def _int(e, v, a):
    e.out += b'%d' % v


def _quoted_int(e, v, a):
    e.out += b'"%d"' % v


# float32's cutoffs are float32(1e-6) and float32(1e21): Go compares in float32
_CUTOFFS = {64: (1e-6, 1e21), 32: (9.999999974752427e-07, 1.0000000200408773e+21)}


def format_json_float(f, bits):
    """A float as JSON writes it: like ES6's Number.toString, shortest digits
    in 'f' form for 1e-6 <= |f| < 1e21, else 'e' form without exponent padding."""
    a = abs(f)
    if bits == 64:
        if a < 9007199254740992.0 and f == int(f):
            return b'-0' if f == 0 and math.copysign(1.0, f) < 0 else b'%d' % f
        if 1e-4 <= a < 1e16:
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
            raise EncodeError(E.unsupported_value(rt, v, format_float(v, 'g', -1, bits)))
        s = format_json_float(v, bits)
        e.out += b'"' + s + b'"' if quoted else s
    return enc


def _string(e, v, a):
    append_string(e.out, v, e.esc)


def _quoted_string(e, v, a):
    inner = bytearray()
    append_string(inner, v, e.esc)
    append_string(e.out, bytes(inner), False)


def _number(e, v, a):
    e.out += _number_text(v)


def _quoted_number(e, v, a):
    e.out += b'"' + _number_text(v) + b'"'


_VALID_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z')


def _number_text(v):
    if v == b'':
        v = b'0'      # Number's zero value
    if not _VALID_NUMBER.match(v):
        raise EncodeError(E.new_error(b'json: invalid number literal ' + gostr.quote(v).encode()))
    return v


def is_valid_number(s):
    return bool(_VALID_NUMBER.match(s))


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
        return '\\ufffd'     # a byte of invalid UTF-8
    return '\\u%04x' % o


def append_string(out, s, esc):
    """Append JSON string literal s to out: control characters, quotes and
    backslashes escaped, and with esc also <, > and &; U+2028 and U+2029
    always escaped; each byte of invalid UTF-8 becomes \\ufffd."""
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
    """Count a level of pointer/map/slice nesting; past Go's threshold, a
    pointer seen again on the way down is a cycle."""
    e.level += 1
    if e.level > START_DETECTING_CYCLES:
        if key in e.seen:
            raise EncodeError(E.unsupported_value(rt, v, f'encountered a cycle via {rt.name}'))
        e.seen.add(key)
        return key
    return None


def _leave(e, key):
    e.level -= 1
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
        fenc = encoder(f.rt, f.quoted)
        key_plain = b'"' + f.bname + b'":'
        key_html = b'"' + html_escape(f.bname) + b'":'
        omit = _omit_test(f)
        plan.append((f.index[:-1], f.index[-1], fenc, omit, _child_addr(f.rt), key_html, key_plain))

    def enc(e, v, a):
        out = e.out
        sep = b'{'
        html = e.esc
        for path, i, fenc, omit, how, key_html, key_plain in plan:
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
            if how is None:
                fenc(e, x, None)
            elif how == 'list':
                fenc(e, x, x if sa is not None else None)
            else:
                fenc(e, x, Ref(s, i) if sa is not None else None)
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
    if f.omit_empty:
        tests.append(_empty_test(f.rt))
    if f.omit_zero:
        tests.append(_zero_test(f.rt))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    a, b = tests
    return lambda x, s, i, sa: a(x, s, i, sa) or b(x, s, i, sa)


def _empty_test(rt):
    k = rt.kind
    if k == R.SLICE:
        return lambda x, s, i, sa: x.len == 0
    if k == R.MAP:
        return lambda x, s, i, sa: not x
    if k == R.STRING:
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
            return lambda x, s, i, sa: m(x if sa is not None else rt.copy(x))
        return lambda x, s, i, sa: m(Ref(s, i) if sa is not None else Ref([x], 0))
    return lambda x, s, i, sa: I.is_zero(rt, x)


def _map_enc(rt):
    krt = rt.key
    kk = krt.kind
    if kk != R.STRING and kk not in R.INTEGER_KINDS and not _text_marshals(krt):
        return _unsupported(rt)
    elem = encoder(rt.elem)
    key_name = _key_namer(krt)

    def enc(e, v, a):
        if v is None:
            e.out += b'null'
            return
        mark = _enter(e, id(v), rt, v)
        items = []
        for k, x in I.map_items(rt, v):
            try:
                items.append((key_name(k), x))
            except _KeyError as ke:
                raise EncodeError(E.new_error(
                    b'json: encoding error for type ' + gostr.quote(rt.name.encode()).encode()
                    + b': ' + gostr.quote(E.error_text(ke.err)).encode()))
        items.sort(key=lambda kv: kv[0])
        out = e.out
        out += b'{'
        first = True
        esc = e.esc
        for ks, x in items:
            if not first:
                out += b','
            first = False
            append_string(out, ks, esc)
            out += b':'
            elem(e, x, None)
        out += b'}'
        _leave(e, mark)
    return enc


class _KeyError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err


def _key_namer(krt):
    """The function giving a map key's JSON name (bytes)."""
    k = krt.kind
    if k == R.STRING:
        return lambda key: key
    if _text_marshals(krt):
        call = _method_caller(krt, 'MarshalText')

        def text(key):
            r = call(key)
            if r is None:
                return b''
            b, err = r
            if err is not None:
                raise _KeyError(err)
            return E.bytes_of(b)
        return text
    return lambda key: b'%d' % key


def _slice_enc(rt):
    ert = rt.elem
    if ert.kind == R.UINT8:
        p = I.pointer_to(ert)
        if not _marshals(p) and not _text_marshals(p):
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
    for j in range(off, off + n):
        if j > off:
            out += b','
        x = lst[j]
        if how is None:
            elem(e, x, None)
        elif how == 'list':
            elem(e, x, x)
        else:
            elem(e, x, Ref(lst, j))
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


# ------------------------------------------------------------------ compact and indent

_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[ \t\r\n]++|[{}\[\],:]|[^{}\[\],:" \t\r\n]++')
_HTML = re.compile(rb'[<>&]|\xe2\x80[\xa8\xa9]')


def _html_sub(m):
    c = m.group()
    if len(c) == 1:
        return b'\\u00%02x' % c[0]
    return b'\\u202' + (b'8' if c[2] == 0xa8 else b'9')


def html_escape(b):
    """HTMLEscape: <, >, & and U+2028/U+2029 as \\u escapes."""
    return _HTML.sub(_html_sub, b)


_WS_OR_STRING = re.compile(rb'("(?:[^"\\]++|\\.)*+")|[ \t\r\n]++')


def compact(data, esc):
    """Compact: data without insignificant whitespace (HTML-escaped with
    esc). Raises SyntaxErr with offset 0, as Go's compaction counts none."""
    try:
        parse(data)
    except SyntaxErr as se:
        raise SyntaxErr(se.msg, 0)
    out = _WS_OR_STRING.sub(lambda m: m.group(1) or b'', data)
    return html_escape(out) if esc else out


def indent(data, prefix, ind, validate=True):
    """Indent: each element on its own line after prefix and ind per depth;
    whitespace after the top-level value is kept, as Go keeps it. Raises
    SyntaxErr for invalid data (validate=False: data is Marshal's)."""
    if validate:
        parse(data)
    out = []
    depth = 0
    need_indent = False
    done = False
    for tok in _TOKEN.findall(data):
        c = tok[0]
        if c in (0x20, 0x09, 0x0a, 0x0d):
            if done:
                out.append(tok)
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
            if depth == 0:
                done = True
        else:
            out.append(tok)
            if depth == 0 and not need_indent:
                done = True
    return b''.join(out)
