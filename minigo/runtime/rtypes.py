"""Run-time type descriptors: one RType per distinct Go type.

An interface value is (RType, value); a type switch or assertion compares
RTypes with `is`, so `rtype()` canonicalizes: identical types (by
check.generics.type_key) share one RType. An RType knows how Go would print its
name (%T, panics), how to make its zero value, copy a value (arrays and structs
are values), compare two values, encode values as map keys, and its methods
(filled in by the compiler, which compiles method bodies).
"""
from __future__ import annotations

from .. import types as T
from ..typecheck import universe
from ..typecheck.generics import type_key
from .context import current
from .values import NIL_SLICE, PtrKey

# kinds, after reflect.Kind
(INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
 FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE,
 STRING, STRUCT, UNSAFEPTR) = range(27)

_BASIC_KIND = {
    T.BOOL: BOOL, T.INT: INT, T.INT8: INT8, T.INT16: INT16, T.INT32: INT32, T.INT64: INT64,
    T.UINT: UINT, T.UINT8: UINT8, T.UINT16: UINT16, T.UINT32: UINT32, T.UINT64: UINT64,
    T.UINTPTR: UINTPTR, T.FLOAT32: FLOAT32, T.FLOAT64: FLOAT64, T.COMPLEX64: COMPLEX64,
    T.COMPLEX128: COMPLEX128, T.STRING: STRING, T.UNSAFEPTR: UNSAFEPTR,
}
_BASIC_ZERO = {BOOL: False, STRING: b'', FLOAT32: 0.0, FLOAT64: 0.0, COMPLEX64: 0j, COMPLEX128: 0j}
_BASIC_SIZE = {BOOL: 1, INT: 8, INT8: 1, INT16: 2, INT32: 4, INT64: 8, UINT: 8, UINT8: 1, UINT16: 2,
               UINT32: 4, UINT64: 8, UINTPTR: 8, FLOAT32: 4, FLOAT64: 8, COMPLEX64: 8, COMPLEX128: 16,
               STRING: 16, UNSAFEPTR: 8}
_BASIC_ALIGN = {COMPLEX64: 4, COMPLEX128: 8, STRING: 8}

INTEGER_KINDS = frozenset({INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR})
SIGNED_KINDS = frozenset({INT, INT8, INT16, INT32, INT64})
UNSIGNED_KINDS = frozenset({UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR})
FLOAT_KINDS = frozenset({FLOAT32, FLOAT64})
COMPLEX_KINDS = frozenset({COMPLEX64, COMPLEX128})


class RType:
    __slots__ = ('t', 'kind', 'name', 'methods', 'zero', 'copy', 'eq', 'comparable', 'elem', 'key',
                 'fields', 'len', 'under', 'named', 'size', 'align', 'has_ptr', 'kin', 'kout', 'dir',
                 'sig', 'field_names', 'embedded', 'aggregate', 'method_set_ready', 'ptr_to',
                 'iface_methods', 'pkg_path', 'hash_direct', 'error_fn', 'string_fn', 'exported_fields',
                 'tags', '__weakref__')

    def __repr__(self):
        return f'<RType {self.name}>'


# RTypes of types that mention no type declared in Go source (int, []string,
# map[string]error, the runtime's own error types) are shared by every run
# and cached on the type object. A type that mentions a declared type (main.T,
# []*strings.Builder) gets its RType from the run: its methods are closures
# compiled for that run, and the declared type's identity (type_key uses the
# TypeName's id) means nothing once the program that declared it is gone.
_cache = {}
_static_named = {id(universe.ERROR.obj), id(universe.COMPARABLE.obj)}   # TypeNames without compiled methods


def _is_shared(key):
    """True when a type_key names no declared type (a nested ('n', id, ...))
    other than the universe's and the runtime's own."""
    if type(key) is not tuple:
        return True
    if key and key[0] == 'n' and len(key) > 1 and key[1] not in _static_named:
        return False
    return all(_is_shared(k) for k in key)


def rtype(t) -> RType:
    t = T.unalias(t)
    rt = getattr(t, '_rt', None)
    if rt is not None:
        return rt
    run = current()
    hit = run.rtypes_by_id.get(id(t))
    if hit is not None and hit[0] is t:
        return hit[1]
    key = type_key(t)
    shared = _is_shared(key)
    cache = _cache if shared else run.rtypes
    rt = cache.get(key)
    if rt is None:
        rt = RType()
        cache[key] = rt
        _init(rt, t)
    if shared:
        try:
            t._rt = rt
            return rt
        except AttributeError:
            pass
    run.rtypes_by_id[id(t)] = (t, rt)     # t kept alive: its id stays its own
    return rt


def _zero_const(v):
    return lambda: v


def _init(rt, t):
    rt.t = t
    rt.methods = {}
    rt.method_set_ready = False
    rt.named = isinstance(t, T.Named)
    rt.under = None
    rt.elem = rt.key = None
    rt.fields = None
    rt.field_names = None
    rt.embedded = None
    rt.len = 0
    rt.dir = 0
    rt.sig = None
    rt.copy = None
    rt.comparable = True
    rt.ptr_to = None
    rt.iface_methods = None
    rt.pkg_path = ''
    rt.hash_direct = True
    rt.error_fn = None
    rt.string_fn = None
    rt.exported_fields = None
    rt.tags = None
    rt.name = rt_name(t)
    u = t.underlying()
    if rt.named:
        if t.obj.pkg is not None:
            rt.pkg_path = t.obj.pkg.path
        ur = rtype(u)
        rt.under = ur
        _copy_from(rt, ur)
        return
    if isinstance(u, T.Basic):
        k = _BASIC_KIND.get(u.kind, INVALID)
        rt.kind = k
        z = _BASIC_ZERO.get(k, 0)
        rt.zero = _zero_const(z)
        rt.size = _BASIC_SIZE.get(k, 8)
        rt.align = _BASIC_ALIGN.get(k, rt.size)
        rt.has_ptr = k == STRING
        rt.aggregate = False
        rt.eq = _eq_plain
        rt.kin = rt.kout = None
        if k in FLOAT_KINDS or k in COMPLEX_KINDS:
            rt.eq = _eq_plain
            # map keys: a NaN is a new key every time, never found again
            rt.hash_direct = False
            rt.kin = _float_kin
            rt.kout = _float_kout
        return
    if isinstance(u, T.Pointer):
        # everything others may read is set before recursing: the element
        # type can lead back to this one
        rt.kind = POINTER
        rt.zero = _zero_const(None)
        rt.size = rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        if isinstance(u.elem.underlying(), (T.Struct, T.Array)):
            rt.eq = _eq_is
            rt.kin = _ptr_kin
            rt.kout = _ptr_kout
            rt.hash_direct = False
        else:
            rt.eq = _eq_ref
            rt.kin = rt.kout = None
        rt.elem = rtype(u.elem)
        return
    if isinstance(u, T.Slice):
        rt.kind = SLICE
        rt.zero = _zero_const(NIL_SLICE)
        rt.size = 24
        rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        rt.comparable = False
        rt.eq = _uncomparable(rt)
        rt.kin = rt.kout = None
        rt.elem = rtype(u.elem)
        return
    if isinstance(u, T.Map):
        rt.kind = MAP
        rt.zero = _zero_const(None)
        rt.size = rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        rt.comparable = False
        rt.eq = _uncomparable(rt)
        rt.kin = rt.kout = None
        rt.key = rtype(u.key)
        rt.elem = rtype(u.elem)
        return
    if isinstance(u, T.Chan):
        rt.kind = CHAN
        rt.dir = u.dir
        rt.zero = _zero_const(None)
        rt.size = rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        rt.eq = _eq_is
        rt.kin = rt.kout = None
        rt.elem = rtype(u.elem)
        return
    if isinstance(u, T.Signature):
        rt.kind = FUNC
        rt.sig = u
        rt.zero = _zero_const(None)
        rt.size = rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        rt.comparable = False
        rt.eq = _uncomparable(rt)
        rt.kin = rt.kout = None
        return
    if isinstance(u, T.Interface):
        rt.kind = INTERFACE
        rt.zero = _zero_const(None)
        rt.size = 16
        rt.align = 8
        rt.has_ptr = True
        rt.aggregate = False
        rt.iface_methods = [m.name for m in T.type_set(u).methods]
        rt.eq = iface_eq
        rt.kin = iface_kin
        rt.kout = iface_kout
        rt.hash_direct = False
        return
    if isinstance(u, T.Array):
        rt.kind = ARRAY
        e = rtype(u.elem)
        rt.elem = e
        rt.len = n = u.len
        rt.size = e.size * n
        rt.align = e.align
        rt.has_ptr = e.has_ptr and n > 0
        rt.aggregate = True
        rt.comparable = e.comparable
        if e.aggregate:
            ez = e.zero
            rt.zero = lambda: [ez() for _ in range(n)]
            ec = e.copy
            rt.copy = lambda a: [ec(x) for x in a]
        else:
            z = e.zero()
            rt.zero = lambda: [z] * n
            rt.copy = list
        ee = e.eq
        if e.eq is _eq_plain:
            rt.eq = _eq_plain
        else:
            rt.eq = lambda a, b: all(ee(x, y) for x, y in zip(a, b))
        if e.comparable:
            rt.hash_direct = False
            if e.hash_direct:
                rt.kin = tuple
                rt.kout = list
            else:
                ekin, ekout = e.kin, e.kout
                rt.kin = lambda a: tuple(ekin(x) for x in a)
                rt.kout = lambda h: [ekout(x) for x in h]
        else:
            rt.eq = _uncomparable(rt)
            rt.kin = rt.kout = None
        return
    if isinstance(u, T.Struct):
        rt.kind = STRUCT
        fs = [rtype(f.type) for f in u.fields]
        rt.fields = fs
        rt.field_names = [f.name for f in u.fields]
        rt.embedded = [f.embedded for f in u.fields]
        rt.exported_fields = [f.exported() for f in u.fields]
        rt.tags = [tag or '' for tag in u.tags]
        size = 0
        align = 1
        for f in fs:
            a = f.align
            size = (size + a - 1) // a * a
            size += f.size
            align = max(align, a)
        if fs and fs[-1].size == 0 and size > 0:
            size += 1
        size = (size + align - 1) // align * align
        rt.size = size
        rt.align = align
        rt.has_ptr = any(f.has_ptr for f in fs)
        rt.aggregate = True
        rt.comparable = all(f.comparable for f in fs)
        _struct_funcs(rt, fs)
        return
    rt.kind = INVALID
    rt.zero = _zero_const(None)
    rt.size = rt.align = 8
    rt.has_ptr = False
    rt.aggregate = False
    rt.eq = _eq_plain
    rt.kin = rt.kout = None


def _copy_from(rt, ur):
    for a in ('kind', 'zero', 'copy', 'eq', 'comparable', 'elem', 'key', 'fields', 'len', 'size', 'align',
              'has_ptr', 'kin', 'kout', 'dir', 'sig', 'field_names', 'embedded', 'aggregate',
              'iface_methods', 'hash_direct', 'exported_fields', 'tags'):
        setattr(rt, a, getattr(ur, a))


def _struct_funcs(rt, fs):
    zs = []
    agg = any(f.aggregate for f in fs)
    if not agg:
        zeros = [f.zero() for f in fs]
        rt.zero = lambda: list(zeros)
        rt.copy = list
    else:
        zfs = [f.zero for f in fs]
        rt.zero = lambda: [z() for z in zfs]
        cps = [(i, f.copy) for i, f in enumerate(fs) if f.aggregate]

        def copy(s):
            r = list(s)
            for i, c in cps:
                r[i] = c(s[i])
            return r
        rt.copy = copy
    if not rt.comparable:
        rt.eq = _uncomparable(rt)
        rt.kin = rt.kout = None
        return
    if all(f.eq is _eq_plain for f in fs):
        rt.eq = _eq_plain
    else:
        eqs = [f.eq for f in fs]
        rt.eq = lambda a, b: all(e(x, y) for e, x, y in zip(eqs, a, b))
    rt.hash_direct = False
    if all(f.hash_direct for f in fs):
        rt.kin = tuple
        rt.kout = list
    else:
        kins = [f.kin if not f.hash_direct else None for f in fs]
        kouts = [f.kout if not f.hash_direct else None for f in fs]
        rt.kin = lambda s: tuple(k(x) if k else x for k, x in zip(kins, s))
        rt.kout = lambda h: [k(x) if k else x for k, x in zip(kouts, h)]


def _eq_plain(a, b):
    return a == b


def _eq_is(a, b):
    return a is b


def _eq_ref(a, b):
    if a is None or b is None:
        return a is b
    return a == b


def _ptr_kin(p):
    return PtrKey(p) if p is not None else None


class _NaNKey:
    """A NaN map key: equal only to itself (each insertion makes a new one)."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


def _float_kin(x):
    return _NaNKey(x) if x != x else x


def _float_kout(k):
    return k.v if type(k) is _NaNKey else k


def _ptr_kout(k):
    return k.p if k is not None else None


def _uncomparable(rt):
    def eq(a, b):
        from .panic import runtime_panic
        raise runtime_panic(f'comparing uncomparable type {rt.name}')
    return eq


def iface_eq(a, b):
    if a is None or b is None:
        return a is b
    if a[0] is not b[0]:
        return False
    t = a[0]
    if not t.comparable:
        from .panic import runtime_panic
        raise runtime_panic(f'comparing uncomparable type {t.name}')
    return t.eq(a[1], b[1])


def iface_kin(x):
    if x is None:
        return None
    t = x[0]
    if not t.comparable:
        from .panic import unhashable
        raise unhashable(t.name)
    if t.hash_direct:
        return x
    return (t, t.kin(x[1]))


def iface_kout(h):
    if h is None:
        return None
    t = h[0]
    if t.hash_direct:
        return h
    return (t, t.kout(h[1]))


# ------------------------------------------------------------------ names (reflect's spelling)

def rt_name(t) -> str:
    out = []
    _name(out, T.unalias(t))
    return ''.join(out)


def _name(out, t):
    tt = type(t)
    if tt is T.Basic:
        out.append({T.UINT8: 'uint8', T.INT32: 'int32'}.get(t.kind, t.name))
    elif tt is T.Named:
        if t.obj.pkg is not None:
            out.append(t.obj.pkg.name + '.')
        out.append(t.obj.name)
        if t.targs is not None:
            out.append('[')
            for i, a in enumerate(t.targs):
                if i:
                    out.append(',')
                _name(out, T.unalias(a))
            out.append(']')
    elif tt is T.Pointer:
        out.append('*')
        _name(out, T.unalias(t.elem))
    elif tt is T.Slice:
        out.append('[]')
        _name(out, T.unalias(t.elem))
    elif tt is T.Array:
        out.append(f'[{t.len}]')
        _name(out, T.unalias(t.elem))
    elif tt is T.Map:
        out.append('map[')
        _name(out, T.unalias(t.key))
        out.append(']')
        _name(out, T.unalias(t.elem))
    elif tt is T.Chan:
        if t.dir == T.SEND:
            out.append('chan<- ')
        elif t.dir == T.RECV:
            out.append('<-chan ')
        else:
            out.append('chan ')
        e = T.unalias(t.elem)
        paren = t.dir == T.BOTH and isinstance(e, T.Chan) and e.dir == T.RECV
        if paren:
            out.append('(')
        _name(out, e)
        if paren:
            out.append(')')
    elif tt is T.Struct:
        if not t.fields:
            out.append('struct {}')
            return
        out.append('struct { ')
        for i, f in enumerate(t.fields):
            if i:
                out.append('; ')
            if not f.embedded:
                out.append(f.name + ' ')
            _name(out, T.unalias(f.type))
            tag = t.tags[i]
            if tag:
                from ..text.gostr import quote
                out.append(' ' + quote(tag.encode()))
        out.append(' }')
    elif tt is T.Signature:
        out.append('func(')
        n = len(t.params.vars)
        for i, v in enumerate(t.params.vars):
            if i:
                out.append(', ')
            pt = T.unalias(v.type)
            if t.variadic and i == n - 1 and isinstance(pt, T.Slice):
                out.append('...')
                pt = T.unalias(pt.elem)
            _name(out, pt)
        out.append(')')
        res = t.results.vars
        if len(res) == 1:
            out.append(' ')
            _name(out, T.unalias(res[0].type))
        elif res:
            out.append(' (')
            for i, v in enumerate(res):
                if i:
                    out.append(', ')
                _name(out, T.unalias(v.type))
            out.append(')')
    elif tt is T.Interface:
        ms = T.type_set(t).methods
        if not ms:
            out.append('interface {}')
            return
        out.append('interface { ')
        for i, m in enumerate(ms):
            if i:
                out.append('; ')
            out.append(m.name)
            sig = []
            _name(sig, m.type)
            out.append(''.join(sig)[4:])
        out.append(' }')
    elif tt is T.TypeParam:
        out.append(t.obj.name)
    else:
        out.append(T.type_string(t))


# ------------------------------------------------------------------ well-known types

def _named_error_type(pkg_path, pkg_name, name):
    pkg = T.Package(pkg_path, pkg_name)
    obj = T.TypeName(name, None, None, pkg)
    n = T.Named(obj, T.Struct([]))
    obj.type = n
    _static_named.add(id(obj))
    return n


# runtime errors (their values panic.RuntimeErrorValue) by Go's dynamic type:
# index and slice bounds are boundsErrors, the others errorStrings
RUNTIME_ERROR = rtype(_named_error_type('runtime', 'runtime', 'errorString'))
BOUNDS_ERROR = rtype(_named_error_type('runtime', 'runtime', 'boundsError'))
PLAIN_ERROR = rtype(_named_error_type('runtime', 'runtime', 'plainError'))
RUNTIME_ERROR.kind = BOUNDS_ERROR.kind = PLAIN_ERROR.kind = STRUCT
for _rt in (RUNTIME_ERROR, BOUNDS_ERROR):
    _rt.methods['Error'] = lambda v: ('runtime error: ' + v.msg).encode()
    _rt.methods['RuntimeError'] = lambda v: None
PLAIN_ERROR.methods['Error'] = lambda v: v.encode() if isinstance(v, str) else v
PLAIN_ERROR.methods['RuntimeError'] = lambda v: None
RUNTIME_ERROR.method_set_ready = BOUNDS_ERROR.method_set_ready = PLAIN_ERROR.method_set_ready = True
RUNTIME_ERROR.eq = BOUNDS_ERROR.eq = PLAIN_ERROR.eq = _eq_is

# a nil or empty map's lookup or delete with an unhashable key (panic.unhashable_key);
# its value is the key's type name
UNHASHABLE_KEY_ERROR = rtype(_named_error_type('internal/runtime/maps', 'maps', 'unhashableTypeError'))
UNHASHABLE_KEY_ERROR.kind = STRUCT
UNHASHABLE_KEY_ERROR.methods['Error'] = lambda v: ('hash of unhashable type: ' + v).encode()
UNHASHABLE_KEY_ERROR.methods['RuntimeError'] = lambda v: None
UNHASHABLE_KEY_ERROR.method_set_ready = True
UNHASHABLE_KEY_ERROR.eq = _eq_is

# panic(nil) panics with a *runtime.PanicNilError (its value here: None)
PANIC_NIL_ERROR = rtype(T.Pointer(_named_error_type('runtime', 'runtime', 'PanicNilError')))
PANIC_NIL_ERROR.methods['Error'] = lambda v: b'runtime error: panic called with nil argument'
PANIC_NIL_ERROR.methods['RuntimeError'] = lambda v: None
PANIC_NIL_ERROR.method_set_ready = True


# ------------------------------------------------------------------ dynamic interface checks

def missing_method(rt, iface):
    """The first method of interface RType iface that the dynamic type rt lacks
    (or has with a different signature), or None when rt implements iface.
    Used by type assertions and type switches to interface types."""
    key = (rt, iface)
    cache = current().impl_cache
    try:
        return cache[key]
    except KeyError:
        pass
    from .gofmt import methods_of
    ms = methods_of(rt)
    missing = next((n for n in iface.iface_methods or () if n not in ms), None)
    if missing is None and iface.iface_methods:
        from ..typecheck.lookup import lookup_field_or_method, _nosig_recv
        for m in T.type_set(iface.t.underlying()).methods:
            obj, _, _ = lookup_field_or_method(rt.t, False, m.name)
            if not isinstance(obj, T.Func) or obj.type is None or obj.type.rparams:
                continue   # a synthetic runtime method, or generic: the name suffices
            if not T.identical(_nosig_recv(obj.type), _nosig_recv(m.type)):
                missing = m.name
                break
    cache[key] = missing
    return missing

# *runtime.TypeAssertionError: the value is the message (str)
TYPE_ASSERTION_ERROR = rtype(T.Pointer(_named_error_type('runtime', 'runtime', 'TypeAssertionError')))
TYPE_ASSERTION_ERROR.methods['Error'] = lambda v: v.encode() if isinstance(v, str) else v
TYPE_ASSERTION_ERROR.methods['RuntimeError'] = lambda v: None
TYPE_ASSERTION_ERROR.method_set_ready = True
TYPE_ASSERTION_ERROR.eq = _eq_is
