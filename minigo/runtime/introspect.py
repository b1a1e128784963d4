"""Walking Go values by their run-time types: the layer under reflect,
encoding/json, encoding/xml and the template packages.

A Go value here is what runtime/values.py describes (ints, bytes, lists for
arrays and structs, Slice, dict, (RType, value) for interfaces...). What the
value alone does not say -- its type, and where it lives -- a `Value` adds:

  rt    its RType (None: the invalid Value, reflect's zero Value)
  c, k  where it lives: the value is c[k]. An addressable value's c is the
        variable, slice backing list or struct it sits in, so that a store
        through it is seen by Go code; a value that is only a copy (an
        interface's dynamic value, a map element) sits in a box of its own.
        Arrays and structs are lists, and their list is their identity (a
        pointer to one is the list): a store into one copies into the list.
  flag  ADDR when addressable; RO_FIELD / RO_EMBED when reached through an
        unexported field (readable, but not settable nor Interface()-able).

The navigation here (Elem, Field, Index, map access, Set) follows reflect's
rules for addressability; the checks that make reflect panic (wrong kind,
unaddressable) are the caller's, which knows what to call the failing
method. Per-run caches live in the run context.
"""
from __future__ import annotations

from .. import types as T
from . import rtypes as R
from .context import current
from .values import Ref, Slice

ADDR = 1
RO_FIELD = 2       # through an unexported field; inherited by what is reached from it
RO_EMBED = 4       # an unexported embedded field; its own exported fields are not read-only
RO = RO_FIELD | RO_EMBED

# reflect.Kind's names, by kind number (runtime/rtypes.py numbers kinds as reflect does)
KIND_NAMES = ('invalid', 'bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16',
              'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'complex64', 'complex128', 'array',
              'chan', 'func', 'interface', 'map', 'ptr', 'slice', 'string', 'struct', 'unsafe.Pointer')

NILABLE_KINDS = frozenset({R.CHAN, R.FUNC, R.INTERFACE, R.MAP, R.POINTER, R.SLICE, R.UNSAFEPTR})


def kind_name(k):
    return KIND_NAMES[k] if 0 <= k < len(KIND_NAMES) else 'kind' + str(k)


class Value:
    """A Go value with its run-time type and location (see the module doc)."""
    __slots__ = ('rt', 'c', 'k', 'flag')

    def __init__(self, rt, c, k, flag=0):
        self.rt = rt
        self.c = c
        self.k = k
        self.flag = flag

    def __repr__(self):
        return f'<Value {self.rt.name if self.rt else "invalid"}>'

    @property
    def kind(self):
        return self.rt.kind if self.rt is not None else R.INVALID

    def get(self):
        return self.c[self.k]

    def valid(self):
        return self.rt is not None

    def can_addr(self):
        return bool(self.flag & ADDR)

    def can_set(self):
        return self.flag & (ADDR | RO) == ADDR

    def can_interface(self):
        return not self.flag & RO

    # ------------------------------------------------------------ reading

    def interface(self):
        """The value as a Go interface value (arrays and structs copied)."""
        rt = self.rt
        if rt.kind == R.INTERFACE:
            return self.c[self.k]
        v = self.c[self.k]
        if rt.aggregate:
            v = rt.copy(v)
        return (rt, v)

    def is_nil(self):
        v = self.c[self.k]
        if self.rt.kind == R.SLICE:
            return v.a is None
        return v is None

    def is_zero(self):
        return is_zero(self.rt, self.c[self.k])

    def length(self):
        rt = self.rt
        v = self.c[self.k]
        k = rt.kind
        if k == R.SLICE:
            return v.len
        if k == R.ARRAY:
            return rt.len
        if k == R.POINTER:          # pointer to array
            return rt.elem.len
        if k == R.CHAN:
            from .chan import chan_len
            return chan_len(v)
        return len(v) if v is not None else 0

    def cap(self):
        rt = self.rt
        v = self.c[self.k]
        if rt.kind == R.SLICE:
            return v.cap
        if rt.kind == R.ARRAY:
            return rt.len
        if rt.kind == R.POINTER:
            return rt.elem.len
        from .chan import chan_cap
        return chan_cap(v)

    # ------------------------------------------------------------ navigation

    def elem(self):
        """The pointee of a pointer (addressable) or the dynamic value of an
        interface (a copy); the invalid Value for nil."""
        rt = self.rt
        v = self.c[self.k]
        if v is None:
            return INVALID
        if rt.kind == R.INTERFACE:
            return Value(v[0], [v[1]], 0, self.flag & RO_FIELD)
        return deref(rt.elem, v, self.flag & RO_FIELD)

    def field(self, i):
        rt = self.rt
        fl = (self.flag & (ADDR | RO_FIELD))
        if not rt.exported_fields[i]:
            fl |= RO_EMBED if rt.embedded[i] else RO_FIELD
        return Value(rt.fields[i], self.c[self.k], i, fl)

    def index(self, i):
        """Element i (the caller has checked the bounds)."""
        rt = self.rt
        v = self.c[self.k]
        k = rt.kind
        if k == R.SLICE:
            return Value(rt.elem, v.a, v.off + i, ADDR | (self.flag & RO_FIELD))
        if k == R.ARRAY:
            return Value(rt.elem, v, i, self.flag & (ADDR | RO_FIELD))
        return Value(R.rtype(T.Typ[T.UINT8]), [v[i]], 0, self.flag & RO_FIELD)   # a string's byte

    def addr(self):
        """&v for an addressable v, as a (non-addressable) pointer Value."""
        return Value(pointer_to(self.rt), [self.pointer()], 0, self.flag & RO)

    def pointer(self):
        """The Go pointer to an addressable v."""
        if self.rt.aggregate:
            return self.c[self.k]
        return Ref(self.c, self.k)

    # ------------------------------------------------------------ maps

    def map_items(self):
        return map_items(self.rt, self.c[self.k])

    def map_index(self, key):
        """The element at key (a raw key value), or the invalid Value."""
        rt = self.rt
        m = self.c[self.k]
        if not m:
            return INVALID
        kk = key if rt.key.hash_direct else rt.key.kin(key)
        try:
            x = m[kk]
        except KeyError:
            return INVALID
        return Value(rt.elem, [x], 0, self.flag & RO_FIELD)

    # ------------------------------------------------------------ storing

    def set(self, x):
        """Store raw value x (of v's type; an interface value for interface
        types): arrays and structs are copied into the existing list."""
        rt = self.rt
        if rt.aggregate:
            assign_into(rt)(self.c[self.k], x)
        else:
            self.c[self.k] = x

    def set_zero(self):
        rt = self.rt
        self.set(rt.zero())


INVALID = Value(None, None, 0)


def value_of(iface):
    """reflect.ValueOf: the Value of an interface value's dynamic value."""
    if iface is None:
        return INVALID
    return Value(iface[0], [iface[1]], 0)


def deref(elem_rt, p, flag=0):
    """The addressable Value a non-nil pointer p (to elem_rt) points to."""
    if elem_rt.aggregate:
        return Value(elem_rt, [p], 0, ADDR | flag)
    return Value(elem_rt, p.c, p.k, ADDR | flag)


def load(elem_rt, p):
    """*p for a non-nil pointer p to elem_rt."""
    return p if elem_rt.aggregate else p.c[p.k]


def new_pointer(rt):
    """new(T) for T = rt: a pointer to a fresh zero value."""
    if rt.aggregate:
        return rt.zero()
    return Ref([rt.zero()], 0)


def pointer_to(rt):
    """The RType of *T (cached on T's RType: it lives as long as T's does)."""
    p = rt.ptr_to
    if p is None:
        p = rt.ptr_to = R.rtype(T.Pointer(rt.t))
    return p


# ------------------------------------------------------------------ maps

def map_items(rt, m):
    """[(key, element)] of map m (in the map's own order)."""
    if not m:
        return []
    if rt.key.hash_direct:
        return list(m.items())
    kout = rt.key.kout
    return [(kout(k), v) for k, v in m.items()]


def map_set(rt, m, key, x):
    """m[key] = x for a non-nil map m of type rt."""
    e = rt.elem
    if e.aggregate:
        x = e.copy(x)
    m[key if rt.key.hash_direct else rt.key.kin(key)] = x


def make_slice(elems):
    """A non-nil slice over the fresh list elems."""
    n = len(elems)
    return Slice(elems, 0, n, n)


def slice_items(s):
    return s.a[s.off:s.off + s.len] if s.a is not None else []


# ------------------------------------------------------------------ assignment into lists

def assign_into(rt):
    """A function copying a value of array/struct type rt into an existing
    list, in place (pointers to it, and to the arrays and structs nested in
    it, see the new value). Cached per run."""
    cache = current().state('introspect.assign_into', dict)
    f = cache.get(rt)
    if f is None:
        f = cache[rt] = build_assign_into(rt)
    return f


def build_assign_into(rt):
    """assign_into's function, built anew (the compiler builds one per assignment site)."""
    if rt.kind == R.STRUCT:
        nested = [(i, build_assign_into(f)) for i, f in enumerate(rt.fields) if f.aggregate]
        if not nested:
            def into_flat(dst, src):
                dst[:] = src
            return into_flat

        def into(dst, src):
            if dst is src:
                return
            src = list(src)
            for i, f in nested:
                f(dst[i], src[i])
                src[i] = dst[i]
            dst[:] = src
        return into
    e = rt.elem
    if not e.aggregate:
        def into_arr(dst, src):
            dst[:] = src
        return into_arr
    inner = build_assign_into(e)

    def into_arr_nested(dst, src):
        if dst is src:
            return
        for d, s in zip(dst, src):
            inner(d, s)
    return into_arr_nested


# ------------------------------------------------------------------ zero and equality

def is_zero(rt, v):
    """reflect.Value.IsZero of a value v of type rt."""
    k = rt.kind
    if k == R.SLICE:
        return v.a is None
    if k == R.STRUCT:
        return all(is_zero(f, x) for f, x in zip(rt.fields, v))
    if k == R.ARRAY:
        e = rt.elem
        return all(is_zero(e, x) for x in v)
    if k in NILABLE_KINDS:
        return v is None
    if k == R.STRING:
        return not v
    return v == 0


def deep_equal(rt, a, b, visited=None):
    """reflect.DeepEqual's deepValueEqual for two values of type rt."""
    k = rt.kind
    if k in R.INTEGER_KINDS or k == R.STRING or k == R.BOOL or k in R.FLOAT_KINDS or k in R.COMPLEX_KINDS:
        return a == b
    if visited is None:
        visited = set()
    if k == R.ARRAY:
        e = rt.elem
        return all(deep_equal(e, x, y, visited) for x, y in zip(a, b))
    if k == R.STRUCT:
        return all(deep_equal(f, x, y, visited) for f, x, y in zip(rt.fields, a, b))
    if k == R.SLICE:
        if (a.a is None) != (b.a is None) or a.len != b.len:
            return False
        if a.a is b.a and a.off == b.off:
            return True
        if _seen(visited, a.a, b.a, rt, (a.off, b.off)):
            return True
        e = rt.elem
        return all(deep_equal(e, x, y, visited) for x, y in zip(slice_items(a), slice_items(b)))
    if k == R.INTERFACE:
        if a is None or b is None:
            return a is b
        if a[0] is not b[0]:
            return False
        return deep_equal(a[0], a[1], b[1], visited)
    if k == R.POINTER:
        if a is None or b is None:
            return a is b
        if a is b or (type(a) is Ref and a == b):
            return True
        if _seen(visited, a, b, rt):
            return True
        e = rt.elem
        return deep_equal(e, load(e, a), load(e, b), visited)
    if k == R.MAP:
        if a is None or b is None:
            return a is b
        if len(a) != len(b):
            return False
        if a is b:
            return True
        if _seen(visited, a, b, rt):
            return True
        e = rt.elem
        for key, x in a.items():
            if key not in b:
                return False
            if not deep_equal(e, x, b[key], visited):
                return False
        return True
    if k == R.FUNC:
        return a is None and b is None
    return a is b


def _seen(visited, a, b, rt, extra=None):
    """Cycle check: a comparison already under way is taken as equal."""
    key = (id(a), id(b), rt, extra)
    if key in visited:
        return True
    visited.add(key)
    return False


# ------------------------------------------------------------------ methods

def implements(rt, iface_rt):
    """Whether a value of type rt implements interface type iface_rt."""
    return R.missing_method(rt, iface_rt) is None


def method(rt, name):
    """rt's method name as callable(receiver, *args), or None."""
    from .gofmt import methods_of
    return methods_of(rt).get(name)
