"""Expressions -> closures `f(fr) -> value`, with the operation picked by the
expression's static type. Also locations (what assignment stores into)."""
from __future__ import annotations

from .. import types as T
from ..typecheck.checker import FIELD_VAL, METHOD_VAL
from ..typecheck.operand import TYPEXPR
from ..runtime import rtypes as R
from ..runtime.panic import index_error, key_for_empty_map, nil_deref, panic_at, slice_error
from ..runtime.arrview import ArrayView
from ..runtime.values import NIL_SLICE, Ref, Slice
from ..syntax import ast as A
from . import ops
from .context import is_aggregate


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


class ExprMixin:

    # ------------------------------------------------------------ entry points

    def expr(self, e):
        ok, v = self.const_of(e)
        if ok:
            return lambda fr: v
        h = self.ctx.hoisted if self.ctx is not None else None
        if h and id(e) in h:       # already evaluated by the statement (compile/order.py)
            s = h[id(e)]
            return lambda fr: fr[s]
        m = getattr(self, 'x_' + type(e).__name__)
        return m(e)

    def expr_copy(self, e):
        """e's value, copied if it is an array or struct held elsewhere."""
        f = self.expr(e)
        t = self.typeof(e)
        if t is not None and is_aggregate(t) and not self.is_fresh(e):
            cp = self.rt(t).copy
            return lambda fr: cp(f(fr))
        return f

    def is_fresh(self, e):
        e = _unparen(e)
        if isinstance(e, (A.CompositeLit, A.FuncLit)):
            return True
        if isinstance(e, A.CallExpr):
            tv = self.info.types.get(e.fun)
            return not (tv is not None and tv.mode == TYPEXPR)
        if isinstance(e, A.TypeAssertExpr):
            return False
        return False

    def expr_to(self, e, target):
        """e's value assigned to a variable of type target: copied if needed,
        wrapped if target is an interface."""
        target = self.sub(target)
        src = self.typeof(e)
        if src is None:
            src = target
        if _is_untyped_nil(self.info, e):
            return self.zero_of(target)
        f = self.expr_copy(e)
        return self.convert_value(f, src, target)

    def zero_of(self, t):
        z = self.rt(t).zero
        rt = self.rt(t)
        if rt.aggregate:
            return lambda fr: z()
        v = z()
        return lambda fr: v

    def cond(self, e):
        return self.ordered_expr(e)

    # ------------------------------------------------------------ names

    def x_Ident(self, e):
        obj = self.info.uses.get(e) or self.info.defs.get(e)
        if isinstance(obj, T.Var):
            return self.var_load(obj)
        if isinstance(obj, T.Nil):
            t = self.typeof(e)
            if t is None or isinstance(t, T.Basic):
                return lambda fr: None
            return self.zero_of(t)
        if isinstance(obj, T.Func):
            return self.func_ref(obj, e)
        if isinstance(obj, T.Const):
            v = self.const_value(obj.val, self.sub(obj.type))
            return lambda fr: v
        raise NotImplementedError(f'identifier {e.name} ({type(obj).__name__})')

    def func_ref(self, fobj, e):
        inst = self.info.instances.get(e)
        targs = [self.sub(t) for t in inst[0]] if inst else None
        h = self.callee_holder(fobj, targs)
        if h[0] is not None:
            fn = h[0]
            return lambda fr: fn
        return lambda fr: h[0]

    def var_load(self, v):
        if v in self.gslot or v.kind == T.PKGVAR:
            comp = self if v.pkg is self.pkg else self.package_compiler(v.pkg)
            G = comp.G
            i = comp.global_slot(v)
            return lambda fr: G[i]
        s = self.ctx.lookup(v)
        if s is None:
            raise NotImplementedError(f'variable {v.name} not in scope')
        if v in self.ctx.boxed and not is_aggregate(v.type):
            return lambda fr: fr[s][0]

        def load_local(fr):
            return fr[s]
        load_local.local_slot = s       # a call site may read the slot itself
        return load_local

    def local_slot(self, e):
        """The frame slot of e if it is an unboxed local variable, else None."""
        e = _unparen(e)
        if not isinstance(e, A.Ident):
            return None
        obj = self.info.uses.get(e)
        if not isinstance(obj, T.Var) or obj.kind == T.PKGVAR or obj in self.gslot:
            return None
        if obj in self.ctx.boxed and not is_aggregate(obj.type):
            return None
        return self.ctx.lookup(obj)

    # ------------------------------------------------------------ literals

    def x_BasicLit(self, e):
        ok, v = self.const_of(e)
        return lambda fr: v

    def x_ParenExpr(self, e):
        return self.expr(e.x)

    def x_FuncLit(self, e):
        # the signature as declared (not substituted): its parameter objects are
        # the ones the body refers to; types are substituted where used
        sig = self.info.types[e].type
        ctx = self.ctx
        factory = self.build_function(sig, e.body, e.type, None, parent=ctx, name='func')
        return self.closure_maker(factory)

    def x_CompositeLit(self, e):
        t = self.typeof(e)
        u = t.underlying()
        if isinstance(T.unalias(t), T.TypeParam):
            u = T.core_type(T.unalias(t))
        if isinstance(u, T.Pointer):     # &T{} elided in a composite literal of pointers
            u = u.elem.underlying()
            t = u
        if isinstance(u, T.Struct):
            return self.struct_lit(e, t, u)
        if isinstance(u, T.Array):
            return self.array_lit(e, t, u)
        if isinstance(u, T.Slice):
            return self.slice_lit(e, t, u)
        if isinstance(u, T.Map):
            return self.map_lit(e, t, u)
        raise NotImplementedError(f'composite literal of {t}')

    def elt_expr(self, e, elem_t):
        """An element of a composite literal: an elided &T{...} or T{...} is
        typed by the checker as elem_t."""
        return self.expr_to(e, elem_t)

    def struct_lit(self, e, t, u):
        rt = self.rt(t)
        fields = u.fields
        if not e.elts:
            z = rt.zero
            return lambda fr: z()
        if isinstance(e.elts[0], A.KeyValueExpr):
            zero = rt.zero
            sets = []
            for kv in e.elts:
                sel = self.info.selections.get(kv)
                path = sel.index if sel is not None else [u.field_index(kv.key.name)]
                ftype = fields[path[0]].type if len(path) == 1 else sel.obj.type
                sets.append((path, self.elt_expr(kv.value, ftype)))
            if all(len(p) == 1 for p, _ in sets):
                simple = [(p[0], f) for p, f in sets]

                def mk(fr):
                    s = zero()
                    for i, f in simple:
                        s[i] = f(fr)
                    return s
                return mk

            def mk_nested(fr):
                s = zero()
                for path, f in sets:
                    c = s
                    for i in path[:-1]:
                        c = c[i]
                    c[path[-1]] = f(fr)
                return s
            return mk_nested
        fs = [self.elt_expr(x, f.type) for x, f in zip(e.elts, fields)]
        if len(fs) == 2:
            a, b = fs
            return lambda fr: [a(fr), b(fr)]
        if len(fs) == 3:
            a, b, c = fs
            return lambda fr: [a(fr), b(fr), c(fr)]
        return lambda fr: [f(fr) for f in fs]

    def indexed_elts(self, e, elem_t):
        """[(index, closure)] and the length implied by the literal."""
        out = []
        idx = 0
        n = 0
        for x in e.elts:
            if isinstance(x, A.KeyValueExpr):
                ok, k = self.const_of(x.key)
                idx = k
                x = x.value
            out.append((idx, self.elt_expr(x, elem_t)))
            idx += 1
            n = max(n, idx)
        return out, n

    def array_lit(self, e, t, u):
        rt = self.rt(t)
        elts, _ = self.indexed_elts(e, u.elem)
        zero = rt.zero
        if len(elts) == u.len and all(i == j for j, (i, _) in enumerate(elts)):
            fs = [f for _, f in elts]
            return lambda fr: [f(fr) for f in fs]

        def mk(fr):
            a = zero()
            for i, f in elts:
                a[i] = f(fr)
            return a
        return mk

    def slice_lit(self, e, t, u):
        elts, n = self.indexed_elts(e, u.elem)
        if all(i == j for j, (i, _) in enumerate(elts)):
            fs = [f for _, f in elts]

            def mk(fr):
                a = [f(fr) for f in fs]
                return Slice(a, 0, n, n)
            return mk
        ez = self.rt(u.elem).zero

        def mk_sparse(fr):
            a = [ez() for _ in range(n)]
            for i, f in elts:
                a[i] = f(fr)
            return Slice(a, 0, n, n)
        return mk_sparse

    def map_lit(self, e, t, u):
        krt = self.rt(u.key)
        kin = None if krt.hash_direct else krt.kin
        pairs = []
        for kv in e.elts:
            # gc stores the entries one by one, each ordered on its own (compile/order.py)
            plan = self.hoist_plan([kv.key, kv.value]) if self.ctx is not None else None
            if plan:
                pair = self.with_hoisting(plan, lambda kv=kv: _pair_fn(self.elt_expr(kv.key, u.key),
                                                                        self.elt_expr(kv.value, u.elem)))
                pairs.append((pair, None))
            else:
                pairs.append((self.elt_expr(kv.key, u.key), self.elt_expr(kv.value, u.elem)))
        if any(v is None for _, v in pairs):
            def mk_ordered(fr):
                m = {}
                for k, v in pairs:
                    if v is None:
                        kk, vv = k(fr)
                    else:
                        kk, vv = k(fr), v(fr)
                    m[kin(kk) if kin is not None else kk] = vv
                return m
            return mk_ordered
        if kin is None:
            def mk(fr):
                return {k(fr): v(fr) for k, v in pairs}
            return mk

        def mk_coded(fr):
            return {kin(k(fr)): v(fr) for k, v in pairs}
        return mk_coded

    # ------------------------------------------------------------ selectors

    def x_SelectorExpr(self, e):
        sel = self.info.selections.get(e)
        if sel is None:
            # package member
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, T.Var):
                return self.var_load(obj)
            if isinstance(obj, T.Func):
                return self.func_ref(obj, e)
            if isinstance(obj, T.Const):
                v = self.const_value(obj.val, self.sub(obj.type))
                return lambda fr: v
            raise NotImplementedError(f'selector {e.sel.name}')
        if sel.kind == FIELD_VAL:
            base, path, last = self.field_path(e.x, sel)
            bs = self.local_slot(e.x)
            if bs is not None and not path:
                return self.local_field_get(bs, last, self.call_site(e))
            return self.field_get(base, path, last, self.call_site(e))
        if sel.kind == METHOD_VAL:
            return self.method_value(e, sel)
        return self.method_expr(e, sel)

    def field_path(self, xe, sel):
        """(closure for the base struct value, list of (index, deref) steps)."""
        base = self.expr(xe)
        steps = self.field_steps(sel)
        return base, steps[:-1], steps[-1]

    def field_steps(self, sel):
        """A field selection's steps: (field index, through a pointer) each."""
        t = self.sub(sel.recv)
        steps = []
        for i in sel.index:
            u = T.unalias(t).underlying()
            deref = False
            if isinstance(u, T.Pointer):
                deref = True
                u = u.elem.underlying()
            steps.append((i, deref))
            t = u.fields[i].type
        return steps

    def local_field_get(self, bs, last, site):
        """A field of the struct (or pointer to it) in local slot bs."""
        i, deref = last
        if deref:
            def get_pl(fr):
                s = fr[bs]
                if s is None:
                    panic_at(site, nil_deref())
                return s[i]
            return get_pl
        return lambda fr: fr[bs][i]

    def field_get(self, base, path, last, site):
        """The field's value; site: where a nil pointer on the way panics."""
        i, deref = last
        if not path:
            if deref:
                def get_p(fr):
                    s = base(fr)
                    if s is None:
                        panic_at(site, nil_deref())
                    return s[i]
                return get_p
            return lambda fr: base(fr)[i]
        walk = self.walker(base, path, site)
        if deref:
            def get_pw(fr):
                s = walk(fr)
                if s is None:
                    panic_at(site, nil_deref())
                return s[i]
            return get_pw
        return lambda fr: walk(fr)[i]

    def walker(self, base, path, site):
        """Closure following embedded-field steps from base (nil checks on
        pointers, panicking at site)."""
        def walk(fr):
            s = base(fr)
            for i, deref in path:
                if deref and s is None:
                    panic_at(site, nil_deref())
                s = s[i]
            return s
        last_deref = path[-1][1] if path else False
        if len(path) == 1 and not path[0][1]:
            i0 = path[0][0]
            return lambda fr: base(fr)[i0]
        return walk

    # ------------------------------------------------------------ index and slice

    def x_IndexExpr(self, e):
        site = self.call_site(e)   # for the trace of a runtime error here
        inst = self.info.instances.get(_unparen(e.x) if not isinstance(e.x, A.SelectorExpr) else e.x)
        xt = self.typeof(e.x)
        if inst is not None or isinstance(xt, T.Signature) and xt.tparams:
            return self.generic_func_value(e)
        u = xt.underlying()
        if isinstance(T.unalias(xt), T.TypeParam):
            u = T.core_type(T.unalias(xt))
        x = self.expr(e.x)
        if isinstance(u, T.Map):
            return self.map_index(e, x, self.expr_to(e.indices[0], u.key), u)
        idx = self.expr(e.indices[0])
        if isinstance(u, T.Pointer):
            n = u.elem.underlying().len

            def idx_parr(fr, _gopos=site):
                a = x(fr)
                i = idx(fr)
                if a is None:
                    raise nil_deref()
                if i < 0 or i >= n:
                    raise index_error(i, n)
                return a[i]
            return idx_parr
        if isinstance(u, T.Array):
            n = u.len
            ok, ci = self.const_of(e.indices[0])
            if ok:
                return lambda fr, _gopos=site: x(fr)[ci]

            def idx_arr(fr, _gopos=site):
                a = x(fr)
                i = idx(fr)
                if i < 0 or i >= n:
                    raise index_error(i, n)
                return a[i]
            return idx_arr
        if isinstance(u, T.Basic):   # string
            def idx_str(fr, _gopos=site):
                s = x(fr)
                i = idx(fr)
                if i < 0 or i >= len(s):
                    raise index_error(i, len(s))
                return s[i]
            return idx_str
        slot = self.local_slot(e.indices[0])
        xs = self.local_slot(e.x)
        if xs is not None and slot is not None:
            def idx_slice_ll(fr, _gopos=site):
                s = fr[xs]
                i = fr[slot]
                if i >= s.len or i < 0:
                    raise index_error(i, s.len)
                return s.a[s.off + i]
            return idx_slice_ll
        ok, ci = self.const_of(e.indices[0])
        if xs is not None and ok:
            def idx_slice_lc(fr, _gopos=site):
                s = fr[xs]
                if ci >= s.len:
                    raise index_error(ci, s.len)
                return s.a[s.off + ci]
            return idx_slice_lc
        if xs is not None:
            def idx_slice_le(fr, _gopos=site):
                s = fr[xs]
                i = idx(fr)
                if i >= s.len or i < 0:
                    raise index_error(i, s.len)
                return s.a[s.off + i]
            return idx_slice_le

        def idx_slice(fr, _gopos=site):
            s = x(fr)
            i = idx(fr)
            if i >= s.len or i < 0:
                raise index_error(i, s.len)
            return s.a[s.off + i]
        return idx_slice

    def map_index(self, e, x, idx, u):
        zero = self.rt(u.elem).zero
        krt = self.rt(u.key)
        agg = self.rt(u.elem).aggregate
        if krt.hash_direct:
            if agg:
                def get_agg(fr):
                    m = x(fr)
                    k = idx(fr)
                    if m is None:
                        return zero()
                    v = m.get(k)
                    return zero() if v is None else v
                return get_agg
            z = zero()

            def get(fr):
                m = x(fr)
                k = idx(fr)
                if m is None:
                    return z
                return m.get(k, z)
            return get
        kin = krt.kin
        site = self.call_site(e)     # an unhashable key panics here

        def get_coded(fr, _gopos=site):
            m = x(fr)
            if not m:
                key_for_empty_map(kin, idx(fr))
                return zero()
            v = m.get(kin(idx(fr)), _MISSING)
            return zero() if v is _MISSING else v
        return get_coded

    def x_SliceExpr(self, e):
        site = self.call_site(e)   # for the trace of a runtime error here
        xt = self.typeof(e.x)
        u = xt.underlying()
        if isinstance(T.unalias(xt), T.TypeParam):
            u = T.core_type(T.unalias(xt)) or T.Typ[T.STRING]
        x = self.expr(e.x)
        lo = self.expr(e.low) if e.low is not None else None
        hi = self.expr(e.high) if e.high is not None else None
        mx = self.expr(e.max) if e.max is not None else None
        if isinstance(u, T.Basic):
            def slice_str(fr, _gopos=site):
                s = x(fr)
                n = len(s)
                l = lo(fr) if lo is not None else 0
                h = hi(fr) if hi is not None else n
                if h < 0 or h > n:
                    raise slice_error('Alen', h, n)
                if l < 0 or l > h:
                    raise slice_error('B', l, h)
                return s[l:h]
            return slice_str
        arr = isinstance(u, T.Array) or isinstance(u, T.Pointer)

        def slice_any(fr, _gopos=site):
            s = x(fr)
            if arr:
                if s is None:
                    raise nil_deref()
                a, off, n, cap = s, 0, len(s), len(s)
                if type(s) is ArrayView:     # (*[N]T)(s[i:]): slice the backing array
                    a, off = s.base, s.off
            else:
                a, off, n, cap = s.a, s.off, s.len, s.cap
            l = lo(fr) if lo is not None else 0
            h = hi(fr) if hi is not None else n
            if mx is not None:
                m = mx(fr)
                if m < 0 or m > cap:
                    raise slice_error('3Alen' if arr else '3Acap', m, cap)
                if h < 0 or h > m:
                    raise slice_error('3B', h, m)
                if l < 0 or l > h:
                    raise slice_error('3C', l, h)
                cap = m
            else:
                if h < 0 or h > cap:
                    raise slice_error('Alen' if arr else 'Acap', h, cap)
                if l < 0 or l > h:
                    raise slice_error('B', l, h)
            if a is None and h == 0:
                return NIL_SLICE if l == 0 else Slice(None, 0, 0, 0)
            return Slice(a, off + l, h - l, cap - l)
        return slice_any

    # ------------------------------------------------------------ type assertions

    def x_TypeAssertExpr(self, e):
        f = self.assert_fn(e, commaok=False)
        return f

    def assert_fn(self, e, commaok):
        site = self.call_site(e)   # for the trace of a runtime error here
        x = self.expr(e.x)
        src_t = self.typeof(e.x)
        target = self.sub(self.info.types[e].type) if e in self.info.types else self.sub(self.typeof(e.type))
        trt = self.rt(target)
        src_name = R.rtype(src_t).name if src_t is not None else 'interface {}'
        if T.is_interface(target):
            methods = trt.iface_methods or []
            self.need_iface(target)

            def implements(t):
                self.ensure_methods(t)
                return R.missing_method(t, trt) is None

            if commaok:
                def assert_iface_ok(fr, _gopos=site):
                    v = x(fr)
                    if v is None or not implements(v[0]):
                        return (None, False)
                    return (v, True)
                return assert_iface_ok

            def assert_iface(fr, _gopos=site):
                v = x(fr)
                if v is None:
                    raise _iface_conv_panic(f'interface conversion: interface is nil, not {trt.name}')
                if not implements(v[0]):
                    missing = R.missing_method(v[0], trt)
                    raise _iface_conv_panic(f'interface conversion: {v[0].name} is not {trt.name}: '
                                            f'missing method {missing}')
                return v
            return assert_iface
        zero = trt.zero
        if commaok:
            def assert_ok(fr, _gopos=site):
                v = x(fr)
                if v is not None and v[0] is trt:
                    return (v[1], True)
                return (zero(), False)
            return assert_ok

        def assert_concrete(fr, _gopos=site):
            v = x(fr)
            if v is not None and v[0] is trt:
                return v[1]
            if v is None:
                raise _iface_conv_panic(f'interface conversion: {src_name} is nil, not {trt.name}')
            raise _iface_conv_panic(f'interface conversion: {src_name} is {v[0].name}, not {trt.name}')
        return assert_concrete

    # ------------------------------------------------------------ operators

    def x_StarExpr(self, e):
        site = self.call_site(e)   # for the trace of a runtime error here
        x = self.expr(e.x)
        t = self.typeof(e)
        if is_aggregate(t):
            def deref_agg(fr, _gopos=site):
                p = x(fr)
                if p is None:
                    raise nil_deref()
                return p
            return deref_agg

        def deref(fr, _gopos=site):
            p = x(fr)
            if p is None:
                raise nil_deref()
            return p.c[p.k]
        return deref

    def x_UnaryExpr(self, e):
        op = e.op
        if op == '&':
            return self.address_of(e.x)
        if op == '<-':
            return self.recv_expr(e, commaok=False)
        x = self.expr(e.x)
        kind = self.rt(self.typeof(e)).kind
        fn = ops.unary_fn(op, kind)
        return lambda fr: fn(x(fr))

    def x_BinaryExpr(self, e):
        op = e.op
        if op == '&&':   # each operand ordered on its own, as gc does (compile/order.py)
            a, b = self.ordered_expr(e.x), self.ordered_expr(e.y)
            return lambda fr: a(fr) and b(fr)
        if op == '||':
            a, b = self.ordered_expr(e.x), self.ordered_expr(e.y)
            return lambda fr: a(fr) or b(fr)
        if op in ('==', '!=', '<', '<=', '>', '>='):
            return self.comparison(e)
        t = self.typeof(e)
        kind = self.rt(t).kind
        if op in ('<<', '>>'):
            return self.shift(e, kind)
        from .fastops import arith
        site = None
        if op in ('/', '%') and kind in R.INTEGER_KINDS and not self.const_of(e.y)[0]:
            site = self.call_site(e)    # a divisor that may be zero: the panic's line
        return arith(self, op, kind, e.x, e.y, site)

    def shift_count(self, y):
        """(closure, is constant, constant value) for a shift count; an untyped
        float or complex constant count (x << (2+0i)) is its integer value."""
        ok, c = self.const_of(y)
        if ok and not isinstance(c, int):
            c = int(c.real)
            return (lambda fr: c), ok, c
        return self.expr(y), ok, c

    def shift(self, e, kind):
        x = self.expr(e.x)
        s, ok, c = self.shift_count(e.y)
        fn = ops.shift_fn(e.op, kind, True)
        if ok and 0 <= c < ops.BITS[kind]:
            wrap = ops.wrapper(kind)
            if e.op == '<<':
                return lambda fr: wrap(x(fr) << c)
            return lambda fr: x(fr) >> c
        site = self.call_site(e)    # a negative count panics here
        return lambda fr, _gopos=site: fn(x(fr), s(fr))

    def plain_comparison(self, e):
        """True when comparison(e) compares the operands' values with Python's
        own operators (fastops.compare): no nil, no interface, and a type
        whose == is Python's or an ordering."""
        if _is_untyped_nil(self.info, e.x) or _is_untyped_nil(self.info, e.y):
            return False
        xt, yt = self.typeof(e.x), self.typeof(e.y)
        if T.is_interface(xt) or T.is_interface(yt):
            return False
        return self.rt(xt).eq is R._eq_plain or e.op not in ('==', '!=')

    def comparison(self, e):
        op = e.op
        xt, yt = self.typeof(e.x), self.typeof(e.y)
        xnil = _is_untyped_nil(self.info, e.x)
        ynil = _is_untyped_nil(self.info, e.y)
        if xnil or ynil:
            other = e.y if xnil else e.x
            ot = yt if xnil else xt
            f = self.expr(other)
            u = ot.underlying()
            if isinstance(u, T.Slice):
                if op == '==':
                    return lambda fr: f(fr).a is None
                return lambda fr: f(fr).a is not None
            if op == '==':
                return lambda fr: f(fr) is None
            return lambda fr: f(fr) is not None
        # mixed interface/concrete comparisons convert the concrete side
        if T.is_interface(xt) and not T.is_interface(yt):
            a = self.expr(e.x)
            b = self.convert_value(self.expr(e.y), yt, xt)
            eq = R.iface_eq
        elif T.is_interface(yt) and not T.is_interface(xt):
            a = self.convert_value(self.expr(e.x), xt, yt)
            b = self.expr(e.y)
            eq = R.iface_eq
        else:
            rt = self.rt(xt)
            if rt.eq is not R._eq_plain or op not in ('==', '!='):
                if op in ('==', '!='):
                    a, b = self.expr(e.x), self.expr(e.y)
                    eq = rt.eq
                else:
                    from .fastops import compare
                    return compare(self, op, e.x, e.y)
            else:
                from .fastops import compare
                return compare(self, op, e.x, e.y)
        site = self.call_site(e)    # comparing uncomparable dynamic types panics here
        if op == '==':
            return lambda fr, _gopos=site: eq(a(fr), b(fr))
        return lambda fr, _gopos=site: not eq(a(fr), b(fr))

    # ------------------------------------------------------------ addresses and locations

    def address_of(self, x):
        x = _unparen(x)
        t = self.typeof(x)
        if isinstance(x, A.CompositeLit) and not is_aggregate(t):
            # &[]T{...} / &map[K]V{...}: a fresh variable holding the value
            f = self.expr(x)
            return lambda fr: Ref([f(fr)], 0)
        if is_aggregate(t):
            # a pointer to an array or struct is the list itself
            f = self.expr(x)
            return f
        loc = self.location(x)
        return lambda fr: Ref(*loc(fr))

    def location(self, e):
        """Closure fr -> (container, key) for an addressable non-aggregate location."""
        site = self.call_site(e)   # for the trace of a runtime error here
        e = _unparen(e)
        if isinstance(e, A.Ident):
            v = self.info.uses.get(e) or self.info.defs.get(e)
            if v in self.gslot or v.kind == T.PKGVAR:
                comp = self if v.pkg is self.pkg else self.package_compiler(v.pkg)
                G = comp.G
                i = comp.global_slot(v)
                return lambda fr, _gopos=site: (G, i)
            s = self.ctx.lookup(v)
            if v in self.ctx.boxed:
                return lambda fr, _gopos=site: (fr[s], 0)
            return lambda fr, _gopos=site: (fr, s)
        if isinstance(e, A.SelectorExpr):
            sel = self.info.selections.get(e)
            if sel is None:
                obj = self.info.uses.get(e.sel)
                comp = self.package_compiler(obj.pkg)
                G = comp.G
                i = comp.global_slot(obj)
                return lambda fr, _gopos=site: (G, i)
            base, path, (i, deref) = self.field_path(e.x, sel)
            walk = self.walker(base, path, site) if path else base
            if deref:
                def loc_p(fr, _gopos=site):
                    s = walk(fr)
                    if s is None:
                        raise nil_deref()
                    return (s, i)
                return loc_p
            return lambda fr, _gopos=site: (walk(fr), i)
        if isinstance(e, A.IndexExpr):
            xt = self.typeof(e.x)
            u = xt.underlying()
            if isinstance(T.unalias(xt), T.TypeParam):
                u = T.core_type(T.unalias(xt))
            x = self.expr(e.x)
            idx = self.expr(e.indices[0])
            if isinstance(u, T.Slice):
                def loc_slice(fr, _gopos=site):
                    s = x(fr)
                    i = idx(fr)
                    if i < 0 or i >= s.len:
                        raise index_error(i, s.len)
                    return (s.a, s.off + i)
                return loc_slice
            if isinstance(u, (T.Array, T.Pointer)):
                n = u.len if isinstance(u, T.Array) else u.elem.underlying().len

                def loc_arr(fr, _gopos=site):
                    a = x(fr)
                    if a is None:
                        raise nil_deref()
                    i = idx(fr)
                    if i < 0 or i >= n:
                        raise index_error(i, n)
                    return (a, i)
                return loc_arr
            if isinstance(u, T.Map):
                return self.map_location(x, self.expr_to(e.indices[0], u.key), u, site)
        if isinstance(e, A.StarExpr):
            x = self.expr(e.x)

            def loc_deref(fr, _gopos=site):
                p = x(fr)
                if p is None:
                    raise nil_deref()
                return (p.c, p.k)
            return loc_deref
        raise NotImplementedError(f'location of {type(e).__name__}')

    def map_location(self, x, idx, u, site):
        krt = self.rt(u.key)
        kin = None if krt.hash_direct else krt.kin
        zero = self.rt(u.elem).zero

        def loc_map(fr, _gopos=site):
            m = x(fr)
            k = idx(fr)
            if kin is not None:
                k = kin(k)
            return (_MapSlot(m, zero, site), k)
        return loc_map


class _MapSlot:
    """A map entry as a (container, key) location: reads give the zero value
    for a missing key, writes to a nil map panic (at site)."""
    __slots__ = ('m', 'zero', 'site')

    def __init__(self, m, zero, site):
        self.m = m
        self.zero = zero
        self.site = site

    def __getitem__(self, k):
        m = self.m
        if m is None:
            return self.zero()
        v = m.get(k, _MISSING)
        return self.zero() if v is _MISSING else v

    def __setitem__(self, k, v):
        if self.m is None:
            from ..runtime.panic import nil_map_write
            panic_at(self.site, nil_map_write())
        self.m[k] = v


_MISSING = object()


def _pair_fn(k, v):
    return lambda fr: (k(fr), v(fr))


def _is_untyped_nil(info, e):
    e = _unparen(e)
    if isinstance(e, A.Ident):
        return isinstance(info.uses.get(e), T.Nil)
    return False


def _iface_conv_panic(msg):
    from ..runtime.panic import GoPanic
    return GoPanic((R.TYPE_ASSERTION_ERROR, msg))
