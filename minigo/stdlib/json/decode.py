"""Unmarshal: storing a parsed JSON tree into Go values, through introspect
Values (addressable slots), with Go's rules: pointers allocated on the way,
UnmarshalJSON / UnmarshalText called on pointer receivers, interface{}
filled with map[string]any / []any / float64 / string / bool / nil, struct
fields matched exactly and then case-insensitively, slices reusing their
backing array, arrays zero-filled, maps merged into.

A type mismatch (*UnmarshalTypeError) does not stop decoding: the first one
is kept, with the struct and field path where it happened, and returned at
the end. Errors from the program's own methods, and a few of Go's own, stop
it at once (Abort).
"""
from __future__ import annotations

import base64
import re

from ... import types as T
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.context import current
from ...runtime.introspect import ADDR, RO_FIELD, Value
from ...runtime.values import Slice, next_cap
from ...text import gostr
from ...typecheck import universe
from ..reflect import type_name
from . import errors as E
from .encode import is_valid_number
from .fields import fields_by_name, fold_name
from .scan import ARR, FALSE, NULL, NUM, OBJ, STR, TRUE, unquote


class Abort(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err


_INT_TEXT = re.compile(rb'-?[0-9]+\Z')
_UINT_TEXT = re.compile(rb'[0-9]+\Z')
_NULL_Q = object()      # valueQuoted's results: null, and a value that was not a string
_UNQUOTED = object()


def _basic(kind):
    return R.rtype(T.Typ[kind])


def _iface_types():
    """The RTypes of the values interface{} receives, shared by all runs."""
    any_t = universe.ANY
    return (R.rtype(T.Map(T.Typ[T.STRING], any_t)), R.rtype(T.Slice(any_t)), _basic(T.STRING),
            _basic(T.FLOAT64), _basic(T.BOOL))


class DecodeState:
    def __init__(self, data, use_number=False, disallow_unknown=False):
        self.data = data
        self.use_number = use_number
        self.disallow_unknown = disallow_unknown
        self.saved = None
        self.ctx_struct = None         # the struct type whose field is being decoded
        self.ctx_fields = []           # the path of JSON field names to it
        self.MAP_ANY, self.SLICE_ANY, self.STRING, self.FLOAT64, self.BOOL = _iface_types()
        self.methods = current().state('json.unmarshalers', dict)

    # ------------------------------------------------------------ errors

    def save(self, err):
        if self.saved is None:
            self.saved = self.add_context(err)

    def add_context(self, err):
        if (self.ctx_struct is not None or self.ctx_fields) and err[0] is E._ptr('UnmarshalTypeError'):
            st = err[1]
            st[3] = type_name(self.ctx_struct).encode() if self.ctx_struct is not None else b''
            path = list(self.ctx_fields)
            if st[4]:
                path.append(st[4])
            st[4] = b'.'.join(path)
        return err

    def type_error(self, what, rt, offset):
        self.save(E.unmarshal_type_error(what.encode() if isinstance(what, str) else what, rt, offset))

    def string_tag_error(self, item, rt):
        return E.new_error(b'json: invalid use of ,string struct tag, trying to unmarshal '
                           + gostr.quote(item).encode() + b' into ' + rt.name.encode())

    # ------------------------------------------------------------ dispatch

    def value(self, node, v):
        if v is None:
            return
        kind = node[0]
        if kind == OBJ:
            self.object(node, v)
        elif kind == ARR:
            self.array(node, v)
        else:
            self.literal_store(self.data[node[1]:node[2]], v, False, node[2])

    def unmarshalers(self, prt):
        """(UnmarshalJSON?, UnmarshalText?) for pointer type prt."""
        hit = self.methods.get(prt)
        if hit is None:
            hit = self.methods[prt] = (I.implements(prt, E.unmarshaler_rt()),
                                       I.implements(prt, E.text_unmarshaler_rt()))
        return hit

    def indirect(self, v, decoding_null):
        """Go's indirect: follow pointers (allocating nil ones) and interfaces
        holding non-nil pointers down to a value to store into, stopping at a
        pointer whose type has UnmarshalJSON ('json', ptr Value) or
        UnmarshalText ('text', ptr Value); (None, Value) otherwise."""
        v0 = v
        have_addr = False
        rt = v.rt
        if rt.kind != R.POINTER and v.flag & ADDR and any(self.unmarshalers(I.pointer_to(rt))):
            have_addr = True
            v = v.addr()
        while True:
            rt = v.rt
            if rt.kind == R.INTERFACE and not v.is_nil():
                e = v.elem()
                if e.rt.kind == R.POINTER and not e.is_nil() and (not decoding_null
                                                                  or e.rt.elem.kind == R.POINTER):
                    have_addr = False
                    v = e
                    continue
            if rt.kind != R.POINTER:
                break
            if decoding_null and v.can_set():
                break
            p = v.get()
            if p is not None and rt.elem.kind == R.INTERFACE:
                inner = I.load(rt.elem, p)
                if inner is not None and inner[0] is rt and inner[1] is p:
                    v = v.elem()       # a pointer to an interface holding that pointer
                    break
            if p is None:
                v.set(I.new_pointer(rt.elem))
            as_json, as_text = self.unmarshalers(rt)
            if as_json:
                return 'json', v
            if as_text and not decoding_null:
                return 'text', v
            if have_addr:
                v = v0
                have_addr = False
            else:
                v = v.elem()
        return None, v

    def call_unmarshal_json(self, pv, raw):
        err = I.method(pv.rt, 'UnmarshalJSON')(pv.get(), I.make_slice(list(raw)))
        if err is not None:
            raise Abort(err)

    def call_unmarshal_text(self, pv, text):
        err = I.method(pv.rt, 'UnmarshalText')(pv.get(), I.make_slice(list(text)))
        if err is not None:
            raise Abort(err)

    @staticmethod
    def num_methods(rt):
        return len(rt.iface_methods or ())

    # ------------------------------------------------------------ arrays

    def array(self, node, v):
        how, pv = self.indirect(v, False)
        if how == 'json':
            self.call_unmarshal_json(pv, self.data[node[1]:node[2]])
            return
        if how == 'text':
            self.type_error('array', v.rt, node[1] + 1)
            return
        v = pv
        k = v.rt.kind
        if k == R.INTERFACE and self.num_methods(v.rt) == 0:
            v.set(self.array_interface(node))
            return
        if k != R.ARRAY and k != R.SLICE:
            self.type_error('array', v.rt, node[1] + 1)
            return
        items = node[3]
        rt = v.rt
        ert = rt.elem
        ro = v.flag & RO_FIELD
        if k == R.ARRAY:
            arr = v.get()
            n = rt.len
            for i, item in enumerate(items):
                self.value(item, Value(ert, arr, i, ADDR | ro) if i < n else None)
            for i in range(len(items), n):
                Value(ert, arr, i, ADDR).set_zero()
            return
        s = v.get()
        a, off, ln, cap = s.a, s.off, s.len, s.cap
        for i, item in enumerate(items):
            if i >= cap:
                # reflect.Value.Grow(1): append's growth, elements copied
                ncap = next_cap(i + 1, cap, ert.size, not ert.has_ptr)
                old = a[off:off + ln] if a is not None else []
                if ert.aggregate:
                    old = [ert.copy(x) for x in old]
                a = old + [ert.zero() for _ in range(ncap - ln)]
                off, cap = 0, ncap
            if i >= ln:
                ln = i + 1
                v.set(Slice(a, off, ln, cap))
            self.value(item, Value(ert, a, off + i, ADDR | ro))
        n = len(items)
        if n == 0:
            v.set(Slice([], 0, 0, 0))
        elif n < ln:
            v.set(Slice(a, off, n, cap))

    # ------------------------------------------------------------ objects

    def object(self, node, v):
        how, pv = self.indirect(v, False)
        if how == 'json':
            self.call_unmarshal_json(pv, self.data[node[1]:node[2]])
            return
        if how == 'text':
            self.type_error('object', v.rt, node[1] + 1)
            return
        v = pv
        t = v.rt
        k = t.kind
        if k == R.INTERFACE and self.num_methods(t) == 0:
            v.set(self.object_interface(node))
            return
        exact = folded = None
        if k == R.MAP:
            kk = t.key.kind
            if (kk != R.STRING and kk not in R.INTEGER_KINDS
                    and not self.unmarshalers(I.pointer_to(t.key))[1]):
                self.type_error('object', t, node[1] + 1)
                return
            if v.is_nil():
                v.set({})
        elif k == R.STRUCT:
            exact, folded = fields_by_name(t)
        else:
            self.type_error('object', t, node[1] + 1)
            return
        outer_struct = self.ctx_struct
        outer_len = len(self.ctx_fields)
        for key_raw, key_start, vnode in node[3]:
            key = unquote(key_raw)
            subv = None
            destring = False
            if k == R.MAP:
                subv = Value(t.elem, [t.elem.zero()], 0, ADDR)
            else:
                f = exact.get(key)
                if f is None:
                    f = folded.get(fold_name(key))
                if f is not None:
                    subv, destring = self.field_of(v, f), f.quoted
                    if subv is None:
                        destring = False
                    self.ctx_struct = t
                    self.ctx_fields.append(f.bname)
                elif self.disallow_unknown:
                    self.save(E.new_error(b'json: unknown field ' + gostr.quote(key).encode()))
            if destring:
                self.destring(vnode, subv)
            else:
                self.value(vnode, subv)
            if k == R.MAP:
                self.map_store(t, v, key_raw, key, key_start, subv)
            del self.ctx_fields[outer_len:]
            self.ctx_struct = outer_struct

    def field_of(self, v, f):
        """The Value of field f of struct Value v, allocating embedded
        pointers on the way (None when one cannot be set)."""
        sub = v
        last = len(f.index) - 1
        for j, i in enumerate(f.index):
            if sub.rt.kind == R.POINTER:
                if sub.is_nil():
                    if not sub.can_set():
                        self.save(E.new_error(b'json: cannot set embedded pointer to unexported struct: '
                                              + sub.rt.elem.name.encode()))
                        return None
                    sub.set(I.new_pointer(sub.rt.elem))
                sub = sub.elem()
            if j < last:
                self.ctx_fields.append(sub.rt.field_names[i].encode())
            sub = sub.field(i)
        return sub

    def destring(self, vnode, subv):
        """A `,string` field: the value must be a JSON string holding the literal."""
        q = self.value_quoted(vnode)
        if q is _NULL_Q:
            self.literal_store(b'null', subv, False, vnode[2])
        elif q is _UNQUOTED:
            self.save(E.new_error(b'json: invalid use of ,string struct tag, trying to unmarshal unquoted value into '
                                  + subv.rt.name.encode()))
        else:
            self.literal_store(q, subv, True, vnode[2])

    def value_quoted(self, node):
        kind = node[0]
        if kind == NULL:
            return _NULL_Q
        if kind == STR:
            return unquote(self.data[node[1]:node[2]])
        if kind == NUM:
            self.convert_number(self.data[node[1]:node[2]], node[2] + 1)
        return _UNQUOTED

    def map_store(self, t, v, key_raw, key, key_start, subv):
        kt = t.key
        if self.unmarshalers(I.pointer_to(kt))[1]:
            kv = Value(I.pointer_to(kt), [I.new_pointer(kt)], 0)
            self.literal_store(key_raw, kv, True, key_start + len(key_raw))
            kv = kv.elem().get()
        elif kt.kind == R.STRING:
            kv = key
        else:
            ok = (_INT_TEXT if kt.kind in R.SIGNED_KINDS else _UINT_TEXT).match(key)
            kv = int(key) if ok else None
            if kv is None or _overflows_int(kt.kind, kv):
                self.type_error(b'number ' + key, kt, key_start + 1)
                return
        I.map_set(t, v.get(), kv, subv.get())

    # ------------------------------------------------------------ literals

    def literal_store(self, item, v, from_quoted, offset):
        """Store literal item (JSON text; with from_quoted, the contents of a
        `,string` field's string) into v. offset: where Go's errors say it was."""
        if not item:
            self.save(self.string_tag_error(item, v.rt))
            return
        c = item[0]
        how, pv = self.indirect(v, c == 0x6e)
        if how == 'json':
            self.call_unmarshal_json(pv, item)
            return
        if how == 'text':
            if c != 0x22:
                if from_quoted:
                    self.save(self.string_tag_error(item, v.rt))
                    return
                what = 'null' if c == 0x6e else 'bool' if c in (0x74, 0x66) else 'number'
                self.type_error(what, v.rt, offset)
                return
            s = self.unquote_item(item, v, from_quoted)
            self.call_unmarshal_text(pv, s)
            return
        v = pv
        k = v.rt.kind
        if c == 0x6e:                                        # null
            if from_quoted and item != b'null':
                self.save(self.string_tag_error(item, v.rt))
                return
            if k in (R.INTERFACE, R.POINTER, R.MAP, R.SLICE):
                v.set_zero()
            return
        if c == 0x74 or c == 0x66:                           # true, false
            if from_quoted and item != b'true' and item != b'false':
                self.save(self.string_tag_error(item, v.rt))
                return
            value = c == 0x74
            if k == R.BOOL:
                v.set(value)
            elif k == R.INTERFACE and self.num_methods(v.rt) == 0:
                v.set((self.BOOL, value))
            elif from_quoted and k != R.INTERFACE:
                self.save(self.string_tag_error(item, v.rt))
            else:
                self.type_error('bool', v.rt, offset)
            return
        if c == 0x22:                                        # string
            s = self.unquote_item(item, v, from_quoted)
            if k == R.SLICE and v.rt.elem.kind == R.UINT8:
                try:
                    b = _b64decode(s)
                except _Base64Error as be:
                    self.save(E.new_error(b'illegal base64 data at input byte %d' % be.offset))
                    return
                v.set(I.make_slice(list(b)))
            elif k == R.STRING:
                if v.rt is E.number_rt() and not is_valid_number(s):
                    raise Abort(E.new_error(b'json: invalid number literal, trying to unmarshal '
                                            + gostr.quote(item).encode() + b' into Number'))
                v.set(s)
            elif k == R.INTERFACE and self.num_methods(v.rt) == 0:
                v.set((self.STRING, s))
            else:
                self.type_error('string', v.rt, offset)
            return
        if c != 0x2d and not 0x30 <= c <= 0x39:              # number
            if from_quoted:
                raise Abort(self.string_tag_error(item, v.rt))
            raise AssertionError('json: decoder out of sync')
        if k == R.INTERFACE:
            n = self.convert_number(item, offset + 1)
            if n is None:
                return
            if self.num_methods(v.rt) != 0:
                self.type_error('number', v.rt, offset)
                return
            v.set(n)
        elif k in R.SIGNED_KINDS or k in R.UNSIGNED_KINDS:
            ok = (_INT_TEXT if k in R.SIGNED_KINDS else _UINT_TEXT).match(item)
            n = int(item) if ok else None
            if n is None or _overflows_int(k, n):
                self.type_error(b'number ' + item, v.rt, offset)
                return
            v.set(n)
        elif k in R.FLOAT_KINDS:
            f = parse_float(item, 32 if k == R.FLOAT32 else 64)
            if f is None:
                self.type_error(b'number ' + item, v.rt, offset)
                return
            v.set(f)
        elif k == R.STRING and v.rt is E.number_rt():
            v.set(item)
        elif from_quoted:
            raise Abort(self.string_tag_error(item, v.rt))
        else:
            self.type_error('number', v.rt, offset)

    def unquote_item(self, item, v, from_quoted):
        if from_quoted and not _is_string_literal(item):
            raise Abort(self.string_tag_error(item, v.rt))
        return unquote(item)

    def convert_number(self, item, offset):
        """A number for interface{}: float64 (or Number with UseNumber);
        None after saving the error for one out of float64's range."""
        if self.use_number:
            return (E.number_rt(), item)
        f = parse_float(item, 64)
        if f is None:
            self.type_error(b'number ' + item, self.FLOAT64, offset)
            return None
        return (self.FLOAT64, f)

    # ------------------------------------------------------------ interface{}

    def interface_value(self, node):
        kind = node[0]
        if kind == OBJ:
            return self.object_interface(node)
        if kind == ARR:
            return self.array_interface(node)
        if kind == STR:
            return (self.STRING, unquote(self.data[node[1]:node[2]]))
        if kind == NUM:
            return self.convert_number(self.data[node[1]:node[2]], node[2] + 1)
        if kind == TRUE:
            return (self.BOOL, True)
        if kind == FALSE:
            return (self.BOOL, False)
        return None

    def array_interface(self, node):
        return (self.SLICE_ANY, I.make_slice([self.interface_value(n) for n in node[3]]))

    def object_interface(self, node):
        m = {}
        for key_raw, _, vnode in node[3]:
            m[unquote(key_raw)] = self.interface_value(vnode)
        return (self.MAP_ANY, m)


# ------------------------------------------------------------------ numbers and base64

_BITS = {R.INT: 64, R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64, R.UINT: 64, R.UINT8: 8,
         R.UINT16: 16, R.UINT32: 32, R.UINT64: 64, R.UINTPTR: 64}


def _overflows_int(kind, n):
    bits = _BITS[kind]
    if kind in R.SIGNED_KINDS:
        return not -(1 << (bits - 1)) <= n < (1 << (bits - 1))
    return n >= (1 << bits)


_JSON_NUMBER = re.compile(rb'-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z')


def parse_float(item, bits):
    """strconv.ParseFloat(item, bits), or None when it fails (also out of range)."""
    if bits == 64 and _JSON_NUMBER.match(item):
        f = float(item)
        return None if f in (float('inf'), float('-inf')) else f
    from ..strconv import _parse_float_prefix
    f, n, code = _parse_float_prefix(item, bits)
    if n != len(item) or code:
        return None
    return f


def _is_string_literal(item):
    from .scan import _STRING
    m = _STRING.match(item)
    return m is not None and m.end() == len(item)


class _Base64Error(Exception):
    def __init__(self, offset):
        super().__init__()
        self.offset = offset


_B64_PLAIN = re.compile(rb'(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\Z')
_B64_VALUE = {c: i for i, c in enumerate(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}


def _b64decode(s):
    """base64.StdEncoding.Decode: the bytes, or _Base64Error at the input
    byte where Go's decoder gives up (it skips \r and \n anywhere)."""
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
            raise _Base64Error(i - j)       # padding is required
        c = s[i]
        i += 1
        v = _B64_VALUE.get(c)
        if v is not None:
            vals.append(v)
            continue
        if c in (0x0a, 0x0d):
            continue
        if c != 0x3d or len(vals) < 2:
            raise _Base64Error(i - 1)
        if len(vals) == 2:                  # "xx=" must be "xx=="
            while i < n and s[i] in (0x0a, 0x0d):
                i += 1
            if i == n:
                raise _Base64Error(n)
            if s[i] != 0x3d:
                raise _Base64Error(i - 1)
            i += 1
        while i < n and s[i] in (0x0a, 0x0d):
            i += 1
        if i < n:
            raise _Base64Error(i)           # nothing may follow the padding
        break
    bits = 0
    for v in vals:
        bits = bits << 6 | v
    bits <<= 6 * (4 - len(vals))
    return i, bits.to_bytes(3, 'big')[:len(vals) - 1]
