"""Built-in functions, compiled by static argument types (a table of compilers)."""
from __future__ import annotations


from .. import types as T
from ..runtime import rtypes as R
from ..runtime.panic import GoPanic, key_for_empty_map
from ..runtime.alloc import check_makechan, check_makeslice
from ..runtime.values import Ref, Slice, ZeroSizedArray, next_cap
from ..syntax.printer import expr_str


def _core(c, e):
    t = c.typeof(e)
    tt = T.unalias(t)
    if isinstance(tt, T.TypeParam):
        return T.core_type(tt)
    return t.underlying()


def b_len(c, e):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    arg = e.args[0]
    x = c.expr(arg)
    u = _core(c, arg)
    if isinstance(u, T.Basic):
        return lambda fr: len(x(fr))
    if isinstance(u, T.Slice):
        return lambda fr: x(fr).len
    if isinstance(u, T.Map):
        def map_len(fr):
            m = x(fr)
            return 0 if m is None else len(m)
        return map_len
    if isinstance(u, T.Array):
        n = u.len
        return lambda fr: (x(fr), n)[1]
    if isinstance(u, T.Pointer):
        n = u.elem.underlying().len
        return lambda fr: (x(fr), n)[1]
    if isinstance(u, T.Chan):
        from ..runtime.chan import chan_len
        return lambda fr: chan_len(x(fr))
    raise NotImplementedError(f'len of {u}')


def b_cap(c, e):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    arg = e.args[0]
    x = c.expr(arg)
    u = _core(c, arg)
    if isinstance(u, T.Slice):
        return lambda fr: x(fr).cap
    if isinstance(u, (T.Array, T.Pointer)):
        n = (u if isinstance(u, T.Array) else u.elem.underlying()).len
        return lambda fr: (x(fr), n)[1]
    if isinstance(u, T.Chan):
        from ..runtime.chan import chan_cap
        return lambda fr: chan_cap(x(fr))
    raise NotImplementedError(f'cap of {u}')


def grow_append(s, vals, esize, noscan, zfill):
    """append(s, vals...) with Go's growth policy; zfill(n) gives n zero values
    for the capacity beyond the new length (it holds zeros in Go)."""
    n = len(vals)
    if n == 0:
        return s
    old_len = s.len
    new_len = old_len + n
    a = s.a
    if new_len <= s.cap:
        end = s.off + old_len
        a[end:end + n] = vals
        return Slice(a, s.off, new_len, s.cap)
    cap = next_cap(new_len, s.cap, esize, noscan)
    if a is None:
        na = list(vals)
    else:
        na = a[s.off:s.off + old_len]
        na.extend(vals)
    if cap > new_len:
        na.extend(zfill(cap - new_len))
    return Slice(na, 0, new_len, cap)


def append1(s, v, esize, noscan, zfill):
    old_len = s.len
    if old_len < s.cap:
        a = s.a
        a[s.off + old_len] = v
        return Slice(a, s.off, old_len + 1, s.cap)
    cap = next_cap(old_len + 1, s.cap, esize, noscan)
    a = s.a
    if a is None:
        na = [v]
    else:
        na = a[s.off:s.off + old_len]
        na.append(v)
    if cap > old_len + 1:
        na.extend(zfill(cap - old_len - 1))
    return Slice(na, 0, old_len + 1, cap)


def zero_filler(rt):
    if rt.aggregate:
        z = rt.zero
        return lambda n: [z() for _ in range(n)]
    zv = rt.zero()
    return lambda n: [zv] * n


def b_append(c, e):
    st = c.typeof(e)
    su = st.underlying()
    if isinstance(T.unalias(st), T.TypeParam):
        su = T.core_type(T.unalias(st))
    elem_t = su.elem
    ert = c.rt(elem_t)
    esize = ert.size
    noscan = not ert.has_ptr
    zf = zero_filler(ert)
    x = c.expr(e.args[0])
    if e.ellipsis is not None:
        y = c.expr(e.args[1])
        yt = c.typeof(e.args[1])
        if isinstance(yt.underlying(), T.Basic):   # append([]byte, string...)
            return lambda fr: grow_append(x(fr), list(y(fr)), esize, noscan, zf)
        cp = ert.copy if ert.aggregate else None
        if cp is not None:
            return lambda fr: grow_append(x(fr), [cp(v) for v in y(fr).tolist()], esize, noscan, zf)
        return lambda fr: grow_append(x(fr), y(fr).tolist(), esize, noscan, zf)
    vals = [c.expr_to(a, elem_t) for a in e.args[1:]]
    if not vals:
        return x
    k = c.ctx.stack_sites().get(id(e)) if c.ctx is not None else None
    if k is not None:
        # gc's 32-byte stack buffer for a non-escaping slice (compile/stackappend.py)
        used = c.ctx.new_slot()

        def append_stack(fr):
            s = x(fr)
            vs = [v(fr) for v in vals]
            n = s.len + len(vs)
            if n > s.cap and s.len == 0 and n <= k and not fr[used]:
                fr[used] = True
                return Slice(vs + zf(k - n), 0, n, k)
            return grow_append(s, vs, esize, noscan, zf)
        return append_stack
    if len(vals) == 1:
        v0 = vals[0]
        return lambda fr: append1(x(fr), v0(fr), esize, noscan, zf)
    return lambda fr: grow_append(x(fr), [v(fr) for v in vals], esize, noscan, zf)


def b_copy(c, e):
    dst = c.expr(e.args[0])
    src = c.expr(e.args[1])
    st = c.typeof(e.args[1])
    is_str = isinstance(st.underlying(), T.Basic)
    du = _core(c, e.args[0])
    ecp = None
    if isinstance(du, T.Slice):
        ert = c.rt(du.elem)
        if ert.aggregate:
            ecp = ert.copy   # struct/array elements are values: copy them

    def copy(fr):
        d = dst(fr)
        s = src(fr)
        if is_str:
            n = min(d.len, len(s))
            if n:
                d.a[d.off:d.off + n] = s[:n]
            return n
        n = min(d.len, s.len)
        if n:
            if ecp is not None:
                d.a[d.off:d.off + n] = [ecp(x) for x in s.a[s.off:s.off + n]]
            else:
                d.a[d.off:d.off + n] = s.a[s.off:s.off + n]
        return n
    return copy


def b_make(c, e):
    t = c.typeof(e)
    u = t.underlying()
    if isinstance(T.unalias(t), T.TypeParam):
        u = T.core_type(T.unalias(t))
    site = c.call_site(e)    # a bad size panics here
    if isinstance(u, T.Slice):
        ert = c.rt(u.elem)
        n = c.expr(e.args[1])
        m = c.expr(e.args[2]) if len(e.args) > 2 else None
        esize = ert.size
        if esize == 0:
            # struct{}, [0]T: one zero value stands for all; a huge length
            # is backed lazily, as Go allocates nothing for it
            z0 = ert.zero()

            def make_zero_size(fr, _gopos=site):
                ln = n(fr)
                cap = m(fr) if m is not None else ln
                if cap > _LAZY_ZERO_SIZE or ln < 0 or cap < ln:
                    check_makeslice(ln, cap, 0, lazy=True)
                    return Slice(ZeroSizedArray(cap, z0), 0, ln, cap)
                return Slice([z0] * cap, 0, ln, cap)
            return make_zero_size
        if ert.aggregate:
            z = ert.zero

            def make_agg(fr, _gopos=site):
                ln = n(fr)
                cap = m(fr) if m is not None else ln
                _check_make(ln, cap, esize)
                return Slice([z() for _ in range(cap)], 0, ln, cap)
            return make_agg
        zv = ert.zero()

        def make_slice(fr, _gopos=site):
            ln = n(fr)
            cap = m(fr) if m is not None else ln
            _check_make(ln, cap, esize)
            return Slice([zv] * cap, 0, ln, cap)
        return make_slice
    if isinstance(u, T.Map):
        if len(e.args) > 1:
            hint = c.expr(e.args[1])

            def make_map_hint(fr):
                hint(fr)   # a negative or huge hint is only a hint: Go ignores it
                return {}
            return make_map_hint
        return lambda fr: {}
    if isinstance(u, T.Chan):
        from ..runtime.chan import Chan
        n = c.expr(e.args[1]) if len(e.args) > 1 else (lambda fr: 0)
        ert = c.rt(u.elem)
        zero = ert.zero
        esize = ert.size
        elem0 = esize == 0

        def make_chan(fr, _gopos=site):
            size = n(fr)
            if size < 0 or size * esize > (1 << 32):
                check_makechan(size, esize)
            return Chan(size, zero, elem0)
        tr = _tracer(c)
        if tr is None:
            return make_chan
        # a traced run: the trace names the channel by its variable or this site
        pos, loc, text = e.pos, c.locate(e.pos), expr_str(e)

        def make_chan_traced(fr):
            ch = make_chan(fr)
            tr.chan_made(ch, pos, loc, text)
            return ch
        return make_chan_traced
    raise NotImplementedError(f'make of {u}')


def _tracer(c):
    """The run's tracer when --trace records it and c compiles the program's
    own code (a standard package's channels keep their numbers)."""
    sched = c.run.sched if c.run is not None else None
    tr = sched.tracer if sched is not None else None
    if tr is None or getattr(c.pkg, 'impl', None) is not None:
        return None
    return tr


_LAZY_ZERO_SIZE = 1 << 20      # zero-size elements past this many: a ZeroSizedArray


def _check_make(ln, cap, esize):
    if ln < 0 or cap < ln or cap > (1 << 24):
        check_makeslice(ln, cap, esize)


def b_new(c, e):
    t = c.typeof(e).elem
    rt = c.rt(t)
    arg = e.args[0]
    tv = c.info.types.get(arg)
    from ..typecheck.operand import TYPEXPR
    if tv is not None and tv.mode != TYPEXPR:
        # new(expr) (Go 1.26): a pointer to a fresh variable holding expr's value
        v = c.expr_to(arg, t)
        if rt.aggregate:
            return v
        return lambda fr: Ref([v(fr)], 0)
    if rt.aggregate:
        z = rt.zero
        return lambda fr: z()
    zv = rt.zero()
    return lambda fr: Ref([zv], 0)


def b_delete(c, e):
    m = c.expr(e.args[0])
    u = c.typeof(e.args[0]).underlying()
    if isinstance(T.unalias(c.typeof(e.args[0])), T.TypeParam):
        u = T.core_type(T.unalias(c.typeof(e.args[0])))
    k = c.expr_to(e.args[1], u.key)
    krt = c.rt(u.key)
    kin = None if krt.hash_direct else krt.kin
    site = c.call_site(e)     # an unhashable key panics here

    def delete(fr, _gopos=site):
        d = m(fr)
        key = k(fr)
        if kin is not None:
            key = kin(key) if d else key_for_empty_map(kin, key)
        if d:
            d.pop(key, None)
    return delete


def b_clear(c, e):
    x = c.expr(e.args[0])
    u = _core(c, e.args[0])
    if isinstance(u, T.Map):
        def clear_map(fr):
            m = x(fr)
            if m is not None:
                m.clear()
        return clear_map
    ert = c.rt(u.elem)
    z = ert.zero

    def clear_slice(fr):
        s = x(fr)
        a = s.a
        for i in range(s.off, s.off + s.len):
            a[i] = z()
    return clear_slice


def b_panic(c, e):
    v = c.expr_to(e.args[0], T.Interface())
    site = c.call_site(e)

    def do_panic(fr, _gopos=site):
        val = v(fr)
        if val is None:
            raise GoPanic((R.PANIC_NIL_ERROR, None))
        raise GoPanic(val)
    return do_panic


def b_recover(c, e):
    from .funcs import do_recover
    slot = c.ctx.self_slot()
    return lambda fr: do_recover(fr[slot])


def b_print(c, e, newline=False):
    from ..runtime.goprint import print_value
    fs = [(c.expr(a), c.rt(c.typeof(a) if not T.is_untyped(c.typeof(a)) else c.typeof(a))) for a in e.args]

    def do_print(fr):
        from ..runtime.output import write_stderr
        parts = [print_value(f(fr), rt) for f, rt in fs]
        s = (' ' if newline else '').join(parts) + ('\n' if newline else '')
        write_stderr(s.encode('utf-8', 'surrogateescape'))
    return do_print


def b_println(c, e):
    return b_print(c, e, newline=True)


def b_min(c, e, fn=min):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    t = c.typeof(e)
    fs = [c.expr_to(a, t) for a in e.args]
    rt = c.rt(t)
    if rt.kind in R.FLOAT_KINDS:
        from functools import reduce
        from .ops import float_max, float_min
        op = float_min if fn is min else float_max
        if len(fs) == 2:
            a, b = fs
            return lambda fr: op(a(fr), b(fr))
        return lambda fr: reduce(op, [f(fr) for f in fs])
    if len(fs) == 2:
        a, b = fs
        return lambda fr: fn(a(fr), b(fr))
    return lambda fr: fn([f(fr) for f in fs])


def b_max(c, e):
    return b_min(c, e, max)


def b_close(c, e):
    from ..runtime.chan import close
    x = c.expr(e.args[0])
    site = c.call_site(e)
    return lambda fr, _gopos=site: close(x(fr))


def b_complex(c, e):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    a, b = c.expr(e.args[0]), c.expr(e.args[1])
    if c.rt(c.typeof(e)).kind == R.COMPLEX64:
        from .ops import c64
        return lambda fr: c64(complex(a(fr), b(fr)))
    return lambda fr: complex(a(fr), b(fr))


def b_real(c, e):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    a = c.expr(e.args[0])
    return lambda fr: a(fr).real


def b_imag(c, e):
    ok, v = c.const_of(e)
    if ok:
        return lambda fr: v
    a = c.expr(e.args[0])
    return lambda fr: a(fr).imag


BUILTINS = {name[2:]: fn for name, fn in list(globals().items()) if name.startswith('b_')}


def compile_builtin(c, name, e):
    return BUILTINS[name](c, e)
