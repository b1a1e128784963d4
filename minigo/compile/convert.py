"""Conversions: implicit ones (a value becoming an interface on assignment)
and explicit T(x); and the method tables of run-time types, which interface
method calls and type assertions consult."""
from __future__ import annotations

from .. import types as T
from ..text import gostr
from ..runtime import rtypes as R
from ..runtime.values import Slice
from . import ops
from .context import is_aggregate


class ConvertMixin:

    def convert_value(self, f, src, dst):
        """Closure converting the value of f (static type src) for a variable of type dst."""
        src = self.sub(src)
        dst = self.sub(dst)
        if T.is_interface(dst) and not T.is_interface(src):
            if isinstance(src, T.Basic) and src.kind == T.UNTYPED_NIL:
                return lambda fr: None
            rt = R.rtype(src)
            self.ensure_methods(rt)
            return lambda fr: (rt, f(fr))
        return f

    def need_iface(self, t):
        pass

    # ------------------------------------------------------------ explicit conversions T(x)

    def conversion(self, call):
        dst = self.typeof(call)
        arg = call.args[0]
        src = self.typeof(arg)
        ok, cv = self.const_of(call)
        if ok:
            return lambda fr: cv
        f = self.expr(arg)
        if T.is_interface(dst):
            return self.convert_value(self.expr_copy(arg), src, dst)
        su = src.underlying()
        du = dst.underlying()
        if isinstance(T.unalias(src), T.TypeParam):
            su = T.core_type(T.unalias(src)) or su
        if isinstance(T.unalias(dst), T.TypeParam):
            du = T.core_type(T.unalias(dst)) or du
        sk = R.rtype(su).kind if not isinstance(su, T.Interface) else None
        dk = R.rtype(du).kind if not isinstance(du, T.Interface) else None
        if isinstance(du, T.Basic) and isinstance(su, T.Basic):
            return self.basic_conversion(f, su, du, sk, dk)
        if isinstance(du, T.Basic) and du.info & T.IS_STRING and isinstance(su, T.Slice):
            ek = R.rtype(su.elem).kind
            if ek == R.UINT8:
                return lambda fr: bytes(f(fr).tolist())
            return lambda fr: gostr.from_runes(f(fr).tolist())
        if isinstance(su, T.Basic) and su.info & T.IS_STRING and isinstance(du, T.Slice):
            ek = R.rtype(du.elem).kind
            if ek == R.UINT8:
                def to_bytes(fr):
                    b = f(fr)
                    lst = list(b)
                    n = len(lst)
                    if not n:
                        return Slice([], 0, 0, 0)
                    from ..runtime.values import next_cap
                    cap = next_cap(n, 0, 1, True)
                    lst.extend([0] * (cap - n))   # the backing array holds cap bytes
                    return Slice(lst, 0, n, cap)
                return to_bytes

            def to_runes(fr):
                rs = gostr.to_runes(f(fr))
                return Slice(rs, 0, len(rs), len(rs))
            return to_runes
        site = self.call_site(call)    # a slice too short panics here
        if isinstance(su, T.Slice) and isinstance(du, T.Array):
            n = du.len
            cp = R.rtype(du).copy

            def slice_to_array(fr, _gopos=site):
                s = f(fr)
                if s.len < n:
                    from ..runtime.panic import bounds_panic
                    raise bounds_panic(f'cannot convert slice with length {s.len} to array or pointer to array '
                                       f'with length {n}')
                return cp(s.a[s.off:s.off + n]) if n else []
            return slice_to_array
        if isinstance(su, T.Slice) and isinstance(du, T.Pointer):
            from ..runtime.arrview import array_view
            n = du.elem.underlying().len

            def slice_to_arrptr(fr, _gopos=site):
                s = f(fr)
                if s.len < n:
                    from ..runtime.panic import bounds_panic
                    raise bounds_panic(f'cannot convert slice with length {s.len} to array or pointer to array '
                                       f'with length {n}')
                if s.a is None:
                    return None
                if s.off == 0 and len(s.a) == n:
                    return s.a
                # Go shares the backing array: a view of the sub-range
                return array_view(s.a, s.off, n)
            return slice_to_arrptr
        # same underlying type: value conversions copy arrays/structs
        if is_aggregate(dst) and not self.is_fresh(arg):
            cp = R.rtype(dst).copy
            return lambda fr: cp(f(fr))
        return f

    def basic_conversion(self, f, su, du, sk, dk):
        if du.info & T.IS_STRING:
            if su.info & T.IS_STRING:
                return f
            # integer -> string: the UTF-8 of that code point
            def int_to_str(fr):
                v = f(fr)
                if 0 <= v <= 0x10FFFF and not (0xD800 <= v < 0xE000):
                    return chr(v).encode('utf-8', 'surrogatepass')
                return '\ufffd'.encode()
            return int_to_str
        if du.info & T.IS_INTEGER:
            wrap = ops.wrapper(dk)
            if su.info & T.IS_INTEGER:
                if sk == dk or (ops.BITS[sk] < ops.BITS[dk] and (su.info & T.IS_UNSIGNED
                                                                or not du.info & T.IS_UNSIGNED)):
                    return f
                return lambda fr: wrap(f(fr))
            if su.info & T.IS_FLOAT:
                return lambda fr: wrap(_float_to_int(f(fr), dk))
        if du.info & T.IS_FLOAT:
            if dk == R.FLOAT32:
                if su.info & T.IS_INTEGER:
                    return lambda fr: _int_to_f32(f(fr))
                return lambda fr: ops.f32(float(f(fr)))
            if su.info & T.IS_INTEGER:
                return lambda fr: float(f(fr))
            return f
        if du.info & T.IS_COMPLEX:
            if dk == R.COMPLEX64:
                return lambda fr: ops.c64(complex(f(fr)))
            return lambda fr: complex(f(fr))
        return f

    # ------------------------------------------------------------ closures

    def closure_maker(self, factory_and_caps):
        if isinstance(factory_and_caps, tuple):
            factory, caps = factory_and_caps
        else:
            factory, caps = factory_and_caps, []
        if not caps:
            fn = factory(())
            return lambda fr: fn
        getters = [self.capture_getter(v) for v in caps]
        if len(getters) == 1:
            g0 = getters[0]
            return lambda fr: factory((g0(fr),))
        return lambda fr: factory([g(fr) for g in getters])

    def capture_getter(self, v):
        """What a func literal captures of v: its box, or its list (arrays, structs)."""
        s = self.ctx.lookup(v)
        return lambda fr: fr[s]

    # ------------------------------------------------------------ method tables

    def ensure_methods(self, rt):
        """Fill rt.methods: name -> callable(receiver value, *args), for the
        method set of rt's type (value receivers for T, all for *T, and
        methods promoted through embedded fields)."""
        if rt.method_set_ready:
            return
        rt.method_set_ready = True
        t = rt.t
        base = t
        is_ptr = False
        if isinstance(t, T.Pointer):
            base = T.unalias(t.elem)
            is_ptr = True
        names = _method_names(base)
        for name in names:
            fn = self.method_dispatch(t, name)
            if fn is not None:
                rt.methods[name] = fn
        if rt.kind == R.POINTER or rt.named or rt.kind == R.STRUCT:
            pass

    def method_dispatch(self, t, name):
        """callable(recv, *args) calling method name on a receiver of type t, or None."""
        from .lookup import lookup_method
        found = lookup_method(self, t, name)
        if found is None:
            return None
        return found


def _int_to_f32(n):
    """float32(n), rounded once (through float64 could round twice)."""
    if -(1 << 53) <= n <= (1 << 53):
        return ops.f32(float(n))
    a = abs(n)
    drop = a.bit_length() - 24
    q, r = divmod(a, 1 << drop)
    half = 1 << (drop - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return ops.f32(float(q << drop) if n > 0 else -float(q << drop))


def _cvtt(x, bits):
    """amd64 CVTTSD2SQ / CVTTSD2SL: truncate, or the "integer indefinite"
    value (the minimum integer) when NaN or out of range."""
    lim = float(1 << (bits - 1))
    if x != x or not (-lim - 1 < x < lim):
        return -(1 << (bits - 1))
    return int(x)


def _float_to_int(x, kind):
    # Go leaves out-of-range results implementation-defined; this is what gc
    # does on amd64: 64-bit and uint32 targets convert through int64, smaller
    # ones through int32; uint64 handles values >= 2**63 by subtracting 2**63.
    bits = ops.BITS[kind]
    if bits == 64 and kind not in R.SIGNED_KINDS:
        if x < 9223372036854775808.0:
            return _cvtt(x, 64)
        return _cvtt(x - 9223372036854775808.0, 64) | (1 << 63)
    if bits == 64 or (bits == 32 and kind not in R.SIGNED_KINDS):
        return _cvtt(x, 64)
    return _cvtt(x, 32)


def _method_names(t):
    """Names of all methods (declared and promoted) reachable from t."""
    names = set()
    seen = set()

    def visit(t, depth):
        t = T.unalias(t)
        if isinstance(t, T.Pointer):
            t = T.unalias(t.elem)
        if id(t) in seen or depth > 10:
            return
        seen.add(id(t))
        if isinstance(t, T.Named):
            from ..typecheck.lookup import named_methods
            for m in named_methods(t):
                names.add(m.name)
        u = t.underlying()
        if isinstance(u, T.Interface):
            for m in T.type_set(u).methods:
                names.add(m.name)
        if isinstance(u, T.Struct):
            for f in u.fields:
                if f.embedded:
                    visit(f.type, depth + 1)
    visit(t, 0)
    return names
