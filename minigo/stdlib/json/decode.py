"""Unmarshal: storing a parsed JSON tree into Go values, as Go 1.27 does
(encoding/json/v2 with v1's options).

One decoder function per Go type, built on first use and cached per run:
dec(d, node, v, flags) stores JSON node into introspect Value v (always
addressable) and returns an error or None. flags: STRING_TAG (the field's
`,string` option, which reaches through pointers but not into objects or
arrays) and KEY (an object member name being decoded as a map key: numbers
come quoted, MarshalJSON-style methods are not used).

The v1 rules kept by the options: null leaves non-nilable values alone,
objects and slices are merged into (existing elements reused), arrays take
any length, names match ignoring case, interface{} gets map[string]any,
[]any, float64 (or Number), string, bool or nil. A type mismatch does not
stop decoding: each decoder returns its first error and carries on; a
mismatch is a `Sem` (v2's SemanticError) that `transform` turns into v1's
*UnmarshalTypeError at the end, naming the root type and the JSON path.
Errors from the program's UnmarshalJSON/UnmarshalText come back unchanged.
"""
from __future__ import annotations

import base64
import re

from ... import types as T
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.context import current
from ...runtime.introspect import ADDR, Value
from ...runtime.values import NIL_SLICE, Slice, next_cap
from ...typecheck import universe
from ..goside import package_var
from ..reflect import type_name
from . import errors as E
from .encode import pointer_string
from .fields import lookup_field
from .scan import ARR, FALSE, KIND_CHAR, NULL, NUM, OBJ, STR, TRUE, SyntaxErr, unquote, unquote_checked

STRING_TAG = 1
KEY = 2

_UNKNOWN = 'unknown'           # Sem.err markers for v2's sentinel errors
_NIL_INTERFACE = 'nil interface'
_NIL_FIELD = 'nil field'


class Sem:
    """A semantic error before it becomes an *UnmarshalTypeError: the JSON
    kind ('"', '0', 't', '[', ...), the JSON text when it matters, the Go
    type, the cause, the offset and the JSON path where it happened."""
    __slots__ = ('kind', 'value', 'rt', 'err', 'offset', 'path')

    def __init__(self, kind, value, rt, err, offset, path):
        self.kind = kind
        self.value = value
        self.rt = rt
        self.err = err
        self.offset = offset
        self.path = path


class DecodeState:
    def __init__(self, data, use_number=False, reject_unknown=False):
        self.data = data
        self.use_number = use_number
        self.reject_unknown = reject_unknown
        self.path = []

    def raw(self, node):
        return self.data[node[1]:node[2]]

    def after(self, node, rt, err=None, with_value=False):
        """The error for a value just read (its end; just inside '[' or '{')."""
        kind = KIND_CHAR[node[0]]
        offset = node[1] + 1 if kind in '{[' else node[2]
        value = self.raw(node) if with_value and kind in '"0' else None
        return Sem(kind, value, rt, err, offset, tuple(self.path))

    def before(self, node, rt, err=None):
        """The error for a value about to be read (its start)."""
        return Sem(KIND_CHAR[node[0]], None, rt, err, node[1], tuple(self.path))


def invalid_target(v):
    """The *InvalidUnmarshalError for a v that is not a non-nil pointer, or None."""
    if v is None:
        return E.invalid_unmarshal_error(None)
    if v[0].kind != R.POINTER or v[1] is None:
        return E.invalid_unmarshal_error(v[0])
    return None


def unmarshal(data, tree, v, use_number=False, reject_unknown=False):
    """Store tree (parsed from data) into the value interface value v points
    to; the Go error (or None)."""
    bad = invalid_target(v)
    if bad is not None:
        return bad
    rt, p = v
    d = DecodeState(data, use_number, reject_unknown)
    err = decoder(rt.elem)(d, tree, I.deref(rt.elem, p), 0)
    if err is None:
        return None
    return transform(rt, err)


# ------------------------------------------------------------------ errors

def _strconv_err(name):
    return package_var('strconv', name)


def transform(root_rt, err):
    """json's transformUnmarshalError: a Sem as v1's *UnmarshalTypeError (or
    the unknown-field error); anything else unchanged."""
    if not isinstance(err, Sem):
        return err
    ptr = pointer_string(err.path)
    if err.err == _UNKNOWN:
        last = err.path[-1] if err.path else b''
        from ...text import gostr
        return E.new_error(b'json: unknown field ' + gostr.quote(last).encode())
    cause = err.err
    if cause == _NIL_INTERFACE:
        cause = None
    elif cause == _NIL_FIELD:
        cause = E.new_error(b'cannot set embedded pointer to unexported struct type')
    value = {'n': 'null', '"': 'string', '0': 'number', 'f': 'bool', 't': 'bool', '[': 'array',
             '{': 'object'}.get(err.kind, '')
    text = None
    if err.value:
        text = err.value
        if cause in ('syntax', 'range') and err.rt is not None and err.rt.kind in _NUMERIC:
            value = 'number'
            if err.kind == '"':
                text = unquote(text)
            cause = None
        value += ' ' + text.decode('utf-8', 'surrogateescape')
    if cause in ('syntax', 'range'):
        cause = _strconv_err('ErrSyntax' if cause == 'syntax' else 'ErrRange')
    elif isinstance(cause, SyntaxErr):
        cause = E.syntax_error(cause.msg, cause.offset)
    root = ''
    if ptr:
        t = root_rt.elem if root_rt.kind == R.POINTER else root_rt
        root = type_name(t)
    field = ptr[1:].replace('/', '.')
    return E.unmarshal_type_error(value.encode('utf-8', 'surrogateescape'), err.rt, err.offset,
                                  root.encode(), field.encode('utf-8', 'surrogateescape'), cause)


_NUMERIC = frozenset(R.INTEGER_KINDS | R.FLOAT_KINDS)


# ------------------------------------------------------------------ the table

def decoder(rt):
    cache = current().state('json.decoders', dict)
    f = cache.get(rt)
    if f is None:
        real = []
        cache[rt] = lambda d, node, v, flags: real[0](d, node, v, flags)
        f = _build(rt)
        real.append(f)
        cache[rt] = f
    return f


def _methods(prt):
    """(UnmarshalJSON?, UnmarshalText?) of pointer type prt."""
    return I.implements(prt, E.unmarshaler_rt()), I.implements(prt, E.text_unmarshaler_rt())


def _build(rt):
    k = rt.kind
    if rt is E.number_rt():
        return _number
    if rt.named and rt.pkg_path == 'time':
        if rt.name == 'time.Time':
            return _time
        if rt.name == 'time.Duration':
            return _int_dec(rt)
    f = _build_plain(rt)
    if k != R.POINTER and k != R.INTERFACE:
        as_json, as_text = _methods(I.pointer_to(rt))
        if as_text:
            f = _text_method(rt)
        if as_json:
            f = _json_method(rt, f)
    return f


def _build_plain(rt):
    k = rt.kind
    if k == R.BOOL:
        return _bool
    if k == R.STRING:
        return _string
    if k in R.SIGNED_KINDS or k in R.UNSIGNED_KINDS:
        return _int_dec(rt)
    if k in R.FLOAT_KINDS:
        return _float_dec(rt)
    if k == R.SLICE:
        if rt.elem.kind == R.UINT8 and not _has_methods(rt.elem):
            return _bytes_dec(rt, _slice_dec(rt))
        return _slice_dec(rt)
    if k == R.ARRAY:
        return _array_dec(rt)
    if k == R.MAP:
        return _map_dec(rt)
    if k == R.STRUCT:
        return _struct_dec(rt)
    if k == R.POINTER:
        return _ptr_dec(rt)
    if k == R.INTERFACE:
        return _iface_dec(rt)
    return _invalid_dec(rt)


def _has_methods(rt):
    """Whether a type has any of json's method interfaces (with *T's)."""
    p = I.pointer_to(rt)
    return (any(_methods(p)) or I.implements(p, E.marshaler_rt()) or I.implements(p, E.text_marshaler_rt()))


# ------------------------------------------------------------------ methods

def _json_method(rt, fallback):
    """UnmarshalJSON with the value's raw text (not for map keys)."""
    m = I.method(I.pointer_to(rt), 'UnmarshalJSON')

    def dec(d, node, v, flags):
        if flags & KEY:
            return fallback(d, node, v, flags)
        return m(v.pointer(), I.make_slice(list(d.raw(node))))
    return dec


def _text_method(rt):
    """UnmarshalText with a JSON string's contents (null: nothing)."""
    m = I.method(I.pointer_to(rt), 'UnmarshalText')

    def dec(d, node, v, flags):
        if node[0] == NULL:
            return None
        if node[0] != STR:
            return d.after(node, rt, E.new_error(b'JSON value must be string type'))
        return m(v.pointer(), I.make_slice(list(unquote(d.raw(node)))))
    return dec


def _time(d, node, v, flags):
    if node[0] == NULL:
        return None
    if node[0] != STR:
        return d.after(node, v.rt)
    from ..goside import package_func
    t, err = package_func('time', 'Parse')(b'2006-01-02T15:04:05Z07:00', unquote(d.raw(node)))
    if err is not None:
        return err
    v.set(t)
    return None


def _number(d, node, v, flags):
    """json.Number: a number's text, or a string holding one."""
    k = node[0]
    if flags & KEY:
        return _string(d, node, v, 0)       # a map key: any string (its method is not used)
    if k == NULL:
        return None
    if k == STR:
        s = unquote(d.raw(node))
        if not _JSON_NUMBER.match(s):
            return Sem('"', d.raw(node), v.rt, 'syntax', 0, ())
        v.set(s)
        return None
    if k == NUM:
        v.set(d.raw(node))
        return None
    return Sem(KIND_CHAR[k], None, v.rt, None, 0, ())


# ------------------------------------------------------------------ basic kinds

def _bool(d, node, v, flags):
    k = node[0]
    if k == NULL:
        return None
    if (k == TRUE or k == FALSE) and not flags & STRING_TAG:
        v.set(k == TRUE)
        return None
    if k == STR and flags & STRING_TAG:
        s = unquote(d.raw(node))
        if s == b'true' or s == b'false':
            v.set(s == b'true')
        elif s != b'null':
            return d.after(node, v.rt, 'syntax', with_value=True)
        return None
    return d.after(node, v.rt)


def _string(d, node, v, flags):
    k = node[0]
    if k == NULL:
        return None
    if k == STR:
        s = unquote(d.raw(node))
        if flags & STRING_TAG:
            if s == b'null':
                return None
            try:
                s = unquote_checked(s)
            except SyntaxErr as se:
                return d.after(node, v.rt, se)
        v.set(s)
        return None
    return d.after(node, v.rt)


_JSON_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z')
_GO_INT = re.compile(rb'[+-]?[0-9]+\Z')
_GO_UINT = re.compile(rb'[0-9]+\Z')
_JSON_UINT = re.compile(rb'(?:0|[1-9][0-9]*)\Z')


def _int_dec(rt):
    signed = rt.kind in R.SIGNED_KINDS
    bits = _BITS[rt.kind]
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    go_syntax = _GO_INT if signed else _GO_UINT

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            return None
        stringify = flags & (STRING_TAG | KEY)
        if k == STR:
            if not stringify:
                return d.after(node, rt)
            s = unquote(d.raw(node))
            if not go_syntax.match(s):         # strconv.ParseInt / ParseUint, base 10
                return None if s == b'null' else d.after(node, rt, 'syntax', with_value=True)
            n = int(s)
            if not lo <= n <= hi:
                return d.after(node, rt, 'range', with_value=True)
            v.set(n)
            return None
        if k == NUM:
            if stringify:
                return d.after(node, rt)
            raw = d.raw(node)
            digits = raw[1:] if raw[:1] == b'-' else raw
            if not _JSON_UINT.match(digits):
                return d.after(node, rt, 'syntax', with_value=True)
            n = int(raw)
            if not lo <= n <= hi or (not signed and raw[:1] == b'-'):
                return d.after(node, rt, 'range' if n != 0 or signed else 'syntax', with_value=True)
            v.set(n)
            return None
        return d.after(node, rt)
    return dec


_BITS = {R.INT: 64, R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64, R.UINT: 64, R.UINT8: 8,
         R.UINT16: 16, R.UINT32: 32, R.UINT64: 64, R.UINTPTR: 64}


def parse_float(s, bits):
    """strconv.ParseFloat(s, bits): (value, None) or (None, 'syntax'|'range')."""
    if bits == 64 and _JSON_NUMBER.match(s):
        f = float(s)
        return (None, 'range') if f in (float('inf'), float('-inf')) else (f, None)
    from ..strconv import _parse_float_prefix
    f, n, code = _parse_float_prefix(s, bits)
    if n != len(s) or code == 1:
        return None, 'syntax'
    if code:
        return None, 'range'
    return f, None


def _float_dec(rt):
    bits = 32 if rt.kind == R.FLOAT32 else 64

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            return None
        stringify = flags & (STRING_TAG | KEY)
        if k == STR:
            if not stringify:
                return d.after(node, rt)
            s = unquote(d.raw(node))
            f, why = parse_float(s, bits)
            if why:
                return None if s == b'null' else d.after(node, rt, why, with_value=True)
            v.set(f)
            return None
        if k == NUM:
            if stringify:
                return d.after(node, rt)
            f, why = parse_float(d.raw(node), bits)
            if why:
                return d.after(node, rt, why, with_value=True)
            v.set(f)
            return None
        return d.after(node, rt)
    return dec


def _bytes_dec(rt, as_array):
    """[]byte: base64 in a JSON string (or, as v1 allowed, an array of numbers)."""
    def dec(d, node, v, flags):
        k = node[0]
        if k == ARR:
            return as_array(d, node, v, flags)
        if k == NULL:
            v.set(NIL_SLICE)
            return None
        if k == STR:
            try:
                b = b64decode(unquote(d.raw(node)))
            except Base64Error as be:
                return d.after(node, rt, E.new_error(b'illegal base64 data at input byte %d' % be.offset))
            v.set(I.make_slice(list(b)))
            return None
        return d.after(node, rt)
    return dec


def _invalid_dec(rt):
    """Types JSON has no form for (chan, func, complex): only null."""
    def dec(d, node, v, flags):
        if node[0] == NULL:
            return None
        return d.after(node, rt)
    return dec


# ------------------------------------------------------------------ containers

def _slice_dec(rt):
    ert = rt.elem
    edecs = []

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            v.set(NIL_SLICE)
            return None
        if k != ARR:
            return d.after(node, rt)
        if not edecs:
            edecs.append(decoder(ert))
        edec = edecs[0]
        s = v.get()
        a, off, cap = s.a, s.off, s.cap
        err = None
        path = d.path
        path.append(0)
        for i, item in enumerate(node[3]):
            if i == cap:
                # reflect.Value.Grow(1) on a slice as long as its capacity
                ncap = next_cap(cap + 1, cap, ert.size, not ert.has_ptr)
                old = a[off:off + cap] if a is not None else []
                if ert.aggregate:
                    old = [ert.copy(x) for x in old]
                a = old + [ert.zero() for _ in range(ncap - cap)]
                off, cap = 0, ncap
            path[-1] = i
            e = edec(d, item, Value(ert, a, off + i, ADDR), 0)
            if e is not None and err is None:
                err = e
        path.pop()
        n = len(node[3])
        v.set(Slice(a, off, n, cap) if n else Slice([], 0, 0, 0))
        return err
    return dec


def _array_dec(rt):
    ert = rt.elem
    n = rt.len

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            return None
        if k != ARR:
            return d.after(node, rt)
        edec = decoder(ert)
        arr = v.get()
        err = None
        items = node[3]
        path = d.path
        path.append(0)
        for i, item in enumerate(items[:n]):
            path[-1] = i
            e = edec(d, item, Value(ert, arr, i, ADDR), 0)
            if e is not None and err is None:
                err = e
        path.pop()
        for i in range(len(items), n):
            Value(ert, arr, i, ADDR).set_zero()
        return err
    return dec


def _map_dec(rt):
    krt, ert = rt.key, rt.elem
    decs = []

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            v.set(None)
            return None
        if k != OBJ:
            return d.after(node, rt)
        if v.get() is None:
            v.set({})
        m = v.get()
        if not decs:
            decs.extend((decoder(krt), decoder(ert)))
        kdec, edec = decs
        err = None
        path = d.path
        for key_raw, key_start, vnode in node[3]:
            path.append(unquote(key_raw))
            kv = Value(krt, [krt.zero()], 0, ADDR)
            e = kdec(d, (STR, key_start, key_start + len(key_raw), None), kv, KEY)
            if e is not None:
                err = err or e
                path.pop()
                continue
            ev = Value(ert, [ert.zero()], 0, ADDR)
            e = edec(d, vnode, ev, 0)
            I.map_set(rt, m, kv.get(), ev.get())
            if e is not None and err is None:
                err = e
            path.pop()
        return err
    return dec


def _struct_dec(rt):
    plan = {}      # member name as it came -> (field, decoder, flags), filled as names are met

    def member(name):
        hit = plan.get(name)
        if hit is None:
            f = lookup_field(rt, name)
            hit = plan[name] = (f, decoder(f.rt) if f else None, STRING_TAG if f and f.quoted else 0)
        return hit

    def dec(d, node, v, flags):
        k = node[0]
        if k == NULL:
            return None
        if k != OBJ:
            return d.after(node, rt)
        err = None
        path = d.path
        s = v.c[v.k]
        for key_raw, key_start, vnode in node[3]:
            name = unquote(key_raw)
            f, fdec, fflags = member(name)
            path.append(name)
            if f is None:
                if d.reject_unknown and err is None:
                    err = Sem('"', None, rt, _UNKNOWN, key_start + len(key_raw), tuple(path))
                path.pop()
                continue
            index = f.index
            if len(index) == 1:
                fv = Value(f.rt, s, index[0], ADDR)
            else:
                fv = _field_value(v, index)
            if fv is None:
                e = d.before(vnode, rt, _NIL_FIELD)
            else:
                e = fdec(d, vnode, fv, fflags)
            if e is not None and err is None:
                err = e
            path.pop()
        return err
    return dec


def _field_value(v, index):
    """The field at index path from struct Value v, allocating the embedded
    pointers on the way (None: a nil one that cannot be set)."""
    sub = v.field(index[0])
    for i in index[1:]:
        if sub.rt.kind == R.POINTER:
            if sub.is_nil():
                if not sub.can_set():
                    return None
                sub.set(I.new_pointer(sub.rt.elem))
            sub = sub.elem()
        sub = sub.field(i)
    return Value(sub.rt, sub.c, sub.k, ADDR)


def _ptr_dec(rt):
    ert = rt.elem

    def dec(d, node, v, flags):
        if node[0] == NULL:
            v.set(None)
            return None
        if flags & STRING_TAG and ert.kind == R.POINTER:
            flags &= ~STRING_TAG          # `,string` does not reach through two pointers
        p = v.get()
        if p is None:
            p = I.new_pointer(ert)
            v.set(p)
        err = decoder(ert)(d, node, I.deref(ert, p), flags)
        if err is not None:
            return err
        if flags & STRING_TAG and node[0] == STR and d.raw(node) == b'"null"':
            v.set(None)
        return None
    return dec


def _iface_dec(rt):
    any_like = not rt.iface_methods

    def dec(d, node, v, flags):
        x = v.get()
        if x is not None:
            if x[0].kind == R.POINTER and x[1] is not None:
                if node[0] == NULL and x[0].elem.kind == R.POINTER:
                    I.deref(x[0].elem, x[1]).set(None)
                    return None
            else:
                v.set(None)
                x = None
        if node[0] == NULL:
            v.set(None)
            return None
        if x is not None:
            inner = Value(x[0], [x[1]], 0, ADDR)
            err = decoder(x[0])(d, node, inner, flags & ~STRING_TAG)
            v.set((x[0], inner.get()))
            return err
        if not any_like:
            return d.before(node, rt, _NIL_INTERFACE)
        try:
            v.set(_any_value(d, node))
            return None
        except _Slow:
            pass
        t = _any_type(d, node)
        inner = Value(t, [t.zero()], 0, ADDR)
        err = decoder(t)(d, node, inner, 0)
        v.set((t, inner.get()))
        return err
    return dec


class _Slow(Exception):
    """interface{}'s fast path met something it leaves to the decoders."""


def _any_value(d, node):
    """What interface{} receives for node, built directly (numbers out of
    float64's range raise _Slow: their error needs the decoders' path)."""
    k = node[0]
    A = _any_types()
    if k == STR:
        return (A[1], unquote(d.data[node[1]:node[2]]))
    if k == NUM:
        if d.use_number:
            return (E.number_rt(), d.data[node[1]:node[2]])
        f = float(d.data[node[1]:node[2]])
        if f in (_INF, -_INF):
            raise _Slow
        return (A[2], f)
    if k == TRUE or k == FALSE:
        return (A[0], k == TRUE)
    if k == NULL:
        return None
    if k == OBJ:
        m = {}
        for key_raw, _, vnode in node[3]:
            m[unquote(key_raw)] = _any_value(d, vnode)
        return (A[3], m)
    items = [_any_value(d, n) for n in node[3]]
    return (A[4], _grown_slice(items, 16))


_INF = float('inf')


def _grown_slice(items, esize):
    """A slice of items with the capacity decoding them one by one gives
    (reflect.Value.Grow(1) each time it is full)."""
    cap = 0
    for length in range(len(items)):
        if length == cap:
            cap = next_cap(cap + 1, cap, esize, False)
    if not items:
        return Slice([], 0, 0, 0)
    n = len(items)
    items.extend([None] * (cap - n))
    return Slice(items, 0, n, cap)


_ANY_TYPES = None


def _any_types():
    """bool, string, float64, map[string]any, []any: shared by all runs (they
    name no declared type), so made once."""
    global _ANY_TYPES
    if _ANY_TYPES is None:
        _ANY_TYPES = (R.rtype(T.Typ[T.BOOL]), R.rtype(T.Typ[T.STRING]), R.rtype(T.Typ[T.FLOAT64]),
                      R.rtype(T.Map(T.Typ[T.STRING], universe.ANY)), R.rtype(T.Slice(universe.ANY)))
    return _ANY_TYPES


def _any_type(d, node):
    """The type interface{} receives for a JSON value of node's kind."""
    k = node[0]
    A = _any_types()
    if k == TRUE or k == FALSE:
        return A[0]
    if k == STR:
        return A[1]
    if k == NUM:
        return E.number_rt() if d.use_number else A[2]
    if k == OBJ:
        return A[3]
    return A[4]


# ------------------------------------------------------------------ base64

class Base64Error(Exception):
    def __init__(self, offset):
        super().__init__()
        self.offset = offset


_B64_PLAIN = re.compile(rb'(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\Z')
_B64_VALUE = {c: i for i, c in enumerate(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}


def b64decode(s):
    """base64.StdEncoding.Decode: the bytes, or Base64Error at the input
    byte where Go's decoder gives up (it skips \\r and \\n anywhere)."""
    if _B64_PLAIN.match(s):
        return base64.b64decode(s)
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        i, chunk = _b64_quantum(s, i, n)
        out += chunk
    return bytes(out)


def _b64_quantum(s, i, n):
    """Decode one quantum of up to four symbols from s[i:]: (next i, bytes)."""
    vals = []
    while len(vals) < 4:
        if i == n:
            j = len(vals)
            if j == 0:
                return i, b''
            raise Base64Error(i - j)        # padding is required
        c = s[i]
        i += 1
        v = _B64_VALUE.get(c)
        if v is not None:
            vals.append(v)
            continue
        if c in (0x0a, 0x0d):
            continue
        if c != 0x3d or len(vals) < 2:
            raise Base64Error(i - 1)
        if len(vals) == 2:                  # "xx=" must be "xx=="
            while i < n and s[i] in (0x0a, 0x0d):
                i += 1
            if i == n:
                raise Base64Error(n)
            if s[i] != 0x3d:
                raise Base64Error(i - 1)
            i += 1
        while i < n and s[i] in (0x0a, 0x0d):
            i += 1
        if i < n:
            raise Base64Error(i)            # nothing may follow the padding
        break
    bits = 0
    for v in vals:
        bits = bits << 6 | v
    bits <<= 6 * (4 - len(vals))
    return i, bits.to_bytes(3, 'big')[:len(vals) - 1]
