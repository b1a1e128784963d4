"""Statements -> closures `f(fr) -> None | signal` (signals in signals.py)."""
from __future__ import annotations

from .. import types as T
from ..runtime import sched
from ..typecheck.checker import FIELD_VAL
from ..text import gostr
from ..runtime import rtypes as R
from ..runtime.callers import WrapperSite, wrapper_call
from ..runtime.introspect import build_assign_into
from ..runtime.panic import GoPanic, index_error, nil_deref, panic_at
from ..syntax import ast as A
from . import ops
from .context import is_aggregate
from . import fastops, faststores, parallel
from .fastloops import compared_for, counted_for
from .gowrap import BUILTIN_WRAPPER_SHOWN, wrapper_names
from .signals import BREAK, CONTINUE, FALLTHROUGH, RETURN, Goto, Signal

LOOP_TICK_MASK = 255


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


class LabelInfo:
    def __init__(self, name):
        self.name = name
        self.brk = Signal('break', name)
        self.cont = Signal('continue', name)


class StmtMixin:

    # ------------------------------------------------------------ blocks

    def block(self, stmts):
        if any(isinstance(s, A.LabeledStmt) for s in stmts) and _has_goto(stmts):
            return self.goto_block(stmts)
        fs = []
        plain = []
        for st in stmts:
            if isinstance(st, A.EmptyStmt):
                continue
            f = self.stmt(st)
            if f is not None:
                fs.append(f)
                plain.append(type(st) in _PLAIN_STMTS)
        return _seq_plain(fs, plain)

    def goto_block(self, stmts):
        fs = []
        index = {}
        for s in stmts:
            if isinstance(s, A.EmptyStmt):
                continue
            if isinstance(s, A.LabeledStmt):
                index[s.label.name] = len(fs)
            fs.append(self.stmt(s) or _no_op)   # declarations of constants/types compile to None
        n = len(fs)

        def run(fr):
            i = 0
            while i < n:
                sig = fs[i](fr)
                if sig is not None:
                    if type(sig) is Goto and sig.label in index:
                        i = index[sig.label]
                        continue
                    return sig
                i += 1
            return None
        return run

    def stmt(self, s):
        m = getattr(self, 's_' + type(s).__name__)
        if type(s) in _ORDERED_STMTS:
            return self.ordered_stmt(s, lambda: m(s))
        return m(s)

    def s_EmptyStmt(self, s):
        return None

    def s_ExprStmt(self, s):
        f = self.expr(s.x)
        if self._returns_nothing(s.x):
            return f        # a call of one of our own functions without results returns None

        def exec_expr(fr):
            f(fr)
        exec_expr.raw = f       # a run of plain statements ignores results: it calls f itself
        return exec_expr

    def _returns_nothing(self, x):
        """x calls a function or method compiled from this package's Go code
        that has no results (so its closure's value is None, not a signal)."""
        x = _unparen(x)
        if not isinstance(x, A.CallExpr):
            return False
        tv = self.info.types.get(x)
        if tv is None or not isinstance(tv.type, T.Tuple) or tv.type.vars:
            return False
        fun = _unparen(x.fun)
        if isinstance(fun, A.Ident):
            obj = self.info.uses.get(fun)
        elif isinstance(fun, A.SelectorExpr):
            sel = self.info.selections.get(fun)
            obj = sel.obj if sel is not None else self.info.uses.get(fun.sel)
        else:
            return False
        return isinstance(obj, T.Func) and obj.pkg is self.pkg and obj in self.func_decls

    def s_BlockStmt(self, s):
        return self.block(s.stmts)

    def s_LabeledStmt(self, s):
        name = s.label.name
        info = self.ctx.labels.get(name)
        if info is None:
            info = LabelInfo(name)
            self.ctx.labels[name] = info
        inner = s.stmt
        if isinstance(inner, (A.ForStmt, A.RangeStmt, A.SwitchStmt, A.TypeSwitchStmt, A.SelectStmt)):
            return self.stmt_labeled(inner, info)
        f = self.stmt(inner)
        return f if f is not None else (lambda fr: None)

    def stmt_labeled(self, s, info):
        f = getattr(self, 's_' + type(s).__name__)(s, info)
        return f

    # ------------------------------------------------------------ declarations

    def s_DeclStmt(self, s):
        d = s.decl
        if d.tok != 'var':
            return None
        fs = []
        for spec in d.specs:
            vs = [self.info.defs.get(n) for n in spec.names]
            if not spec.values:
                for v in vs:
                    if v is not None:
                        fs.append(self.declare_var(v, self.zero_of(v.type)))
            elif len(spec.values) == len(vs):
                vals = [self.expr_to(x, v.type) if v is not None else self.expr(x) for x, v in zip(spec.values, vs)]
                fs.append(self.declare_vars(vs, vals))
            else:
                multi = self.multi_value(spec.values[0], len(vs))
                fs.append(self.declare_multi(vs, multi, spec.values[0]))
        return _seq(fs)

    def declare_var(self, v, val):
        """Closure initialising a new variable v (a fresh box if it is boxed)."""
        if v is None or v.name == '_':
            return lambda fr: (val(fr), None)[1]
        if v.kind == T.PKGVAR:     # a variable declared at the REPL prompt lives on
            G, i = self.G, self.global_slot(v)

            def decl_global(fr):
                G[i] = val(fr)
            return decl_global
        s = self.ctx.declare(v)
        if v in self.ctx.boxed and not is_aggregate(v.type):
            def decl_boxed(fr):
                fr[s] = [val(fr)]
            return decl_boxed

        def decl(fr):
            fr[s] = val(fr)
        return decl

    def declare_vars(self, vs, vals):
        if len(vs) == 1:
            return self.declare_var(vs[0], vals[0])
        # all right-hand sides first, then the new variables
        setters = [self.declare_setter(v) for v in vs]

        def decl_all(fr):
            xs = [f(fr) for f in vals]
            for st, x in zip(setters, xs):
                st(fr, x)
        return decl_all

    def declare_setter(self, v):
        if v is None or v.name == '_':
            return lambda fr, x: None
        if v.kind == T.PKGVAR:
            G, i = self.G, self.global_slot(v)

            def set_global(fr, x):
                G[i] = x
            return set_global
        s = self.ctx.declare(v)
        if v in self.ctx.boxed and not is_aggregate(v.type):
            def set_boxed(fr, x):
                fr[s] = [x]
            return set_boxed

        def set_plain(fr, x):
            fr[s] = x
        return set_plain

    def declare_multi(self, vs, multi, rhs):
        types = self.result_types(rhs, len(vs))
        setters = []
        for v, t in zip(vs, types):
            st = self.declare_setter(v)
            if v is not None and v.name != '_' and t is not None and T.is_interface(v.type) \
                    and not T.is_interface(self.sub(t)):
                rt = R.rtype(self.sub(t))
                self.ensure_methods(rt)
                st = _boxing_setter(st, rt)
            setters.append(st)

        def decl_multi(fr):
            vals = multi(fr)
            for st, x in zip(setters, vals):
                st(fr, x)
        return decl_multi

    def result_types(self, e, n):
        t = self.typeof(e)
        if isinstance(t, T.Tuple):
            return [v.type for v in t.vars]
        return [t] + [T.Typ[T.BOOL]] * (n - 1)

    # ------------------------------------------------------------ assignments

    def s_AssignStmt(self, s):
        if s.tok == ':=':
            return self.short_var_decl(s)
        if s.tok == '=':
            return self.assign(s.lhs, s.rhs)
        op = s.tok[:-1]
        return self.op_assign(s.lhs[0], op, s.rhs[0])

    def short_var_decl(self, s):
        lhs = s.lhs
        new = []
        for e in lhs:
            v = self.info.defs.get(e)
            new.append(v)
        if len(lhs) == 1 and len(s.rhs) == 1 and new[0] is not None:
            # one new variable: its initialiser stores straight into its slot
            return self.declare_var(new[0], self.expr_to(s.rhs[0], new[0].type))
        if len(s.rhs) == len(lhs):
            vals = []
            setters = []
            for e, v, r in zip(lhs, new, s.rhs):
                if v is not None:
                    vals.append(self.expr_to(r, v.type))
                    setters.append(self.declare_setter(v))
                else:
                    old = self.info.uses.get(e)
                    if old is None:   # `_`
                        vals.append(self.expr(r))
                        setters.append(lambda fr, x: None)
                    else:
                        vals.append(self.expr_to(r, old.type))
                        setters.append(self.storer(e))
            if len(vals) == 1:
                v0, st0 = vals[0], setters[0]
                return _single_setter(st0, v0)
            if len(vals) == 2:
                (v0, v1), (st0, st1) = vals, setters

                def decl2(fr):
                    a = v0(fr)
                    b = v1(fr)
                    st0(fr, a)
                    st1(fr, b)
                return decl2

            def decl(fr):
                xs = [f(fr) for f in vals]
                for st, x in zip(setters, xs):
                    st(fr, x)
            return decl
        multi = self.multi_value(s.rhs[0], len(lhs))
        types = self.result_types(s.rhs[0], len(lhs))
        setters = []
        for e, v, t in zip(lhs, new, types):
            if v is not None:
                st = self.declare_setter(v)
                target = v.type
            else:
                old = None if _is_blank(e) else self.info.uses.get(e)
                if old is None:
                    setters.append(lambda fr, x: None)
                    continue
                st = self.storer(e)
                target = old.type
            if T.is_interface(target) and not T.is_interface(self.sub(t)):
                rt = R.rtype(self.sub(t))
                self.ensure_methods(rt)
                st = _boxing_setter(st, rt)
            setters.append(st)

        def decl_multi(fr):
            vals = multi(fr)
            for st, x in zip(setters, vals):
                st(fr, x)
        return decl_multi

    def assign(self, lhs, rhs):
        if len(lhs) == len(rhs):
            if len(lhs) == 1:
                e = lhs[0]
                if _is_blank(e):
                    f = self.expr(rhs[0])
                    return lambda fr: (f(fr), None)[1]
                lt = self.typeof(e)
                val = self.expr_to(rhs[0], lt)
                slot = self.local_slot(e)
                if slot is not None and not is_aggregate(lt):
                    def assign_local(fr):
                        fr[slot] = val(fr)
                    return assign_local
                if self.has_call(e) and self.has_call(rhs[0]):
                    # calls in the left side's operands come first (m[k()] = v())
                    prep = self.prepared_store(e)

                    def assign1_ordered(fr):
                        put = prep(fr)
                        put(val(fr))
                    return assign1_ordered
                fast = None
                if self.direct_stores:
                    ok, cv = self.const_of(rhs[0])
                    plain = ok and not T.is_interface(lt)   # a constant stored as it is
                    fast = faststores.slice_store(self, e, val, self.call_site(e),
                                                  cv if plain else faststores.NO_CONST) or \
                        faststores.field_store(self, e, val, self.call_site(e))
                if fast is not None:
                    return fast
                st = self.storer(e)

                def assign1(fr):
                    st(fr, val(fr))
                return assign1
            # parallel assignment in gc's order (compile/parallel.py): early
            # copies of what an earlier store could change, the rest at its store
            vals = [self.expr(r) if _is_blank(e) else self.expr_to(r, self.typeof(e))
                    for e, r in zip(lhs, rhs)]
            flags = parallel.plan(self, lhs, rhs)
            if len(lhs) == 2 and not any(map(_is_blank, lhs)) and self.direct_stores:
                site = self.call_site(lhs[0])
                fast = faststores.swap(self, lhs, rhs, site) or \
                    faststores.assign_locals2(self, lhs, vals) or \
                    faststores.assign_slices2(self, lhs, vals, flags[1], site)
                if fast is not None:
                    return fast
            stores = [None if _is_blank(e) else self.prepared_store(e) for e in lhs]
            early = [(k, ops_e and stores[k] is not None, val_e)
                     for k, (ops_e, val_e) in enumerate(flags) if ops_e or val_e]
            late = [(vals[k], stores[k], not val_e, not ops_e)
                    for k, (ops_e, val_e) in enumerate(flags)]
            n = len(lhs)

            def assign_n(fr):
                puts = [None] * n
                xs = [None] * n
                for k, ops_e, val_e in early:
                    if ops_e:
                        puts[k] = stores[k](fr)
                    if val_e:
                        xs[k] = vals[k](fr)
                k = 0
                for val, prep, val_late, ops_late in late:
                    x = val(fr) if val_late else xs[k]
                    if prep is not None:
                        (prep(fr) if ops_late else puts[k])(x)
                    k += 1
            return assign_n
        multi = self.multi_value(rhs[0], len(lhs))
        types = self.result_types(rhs[0], len(lhs))
        setters = []
        boxes = []
        for e, t in zip(lhs, types):
            if _is_blank(e):
                setters.append(None)
                boxes.append(None)
                continue
            st = self.storer(e)
            lt = self.typeof(e)
            rt = None
            if T.is_interface(lt) and not T.is_interface(self.sub(t)):
                rt = R.rtype(self.sub(t))
                self.ensure_methods(rt)
                st = _boxing_setter(st, rt)
            setters.append(st)
            boxes.append(rt)

        if not all(isinstance(_unparen(e), A.Ident) for e in lhs):
            # p, *p = f(): the left side's index and indirection operands are
            # evaluated (after the call) before any store
            preps = [None if st is None else self.prepared_store(e) for e, st in zip(lhs, setters)]

            def assign_multi_ordered(fr):
                xs = multi(fr)
                puts = [p(fr) if p is not None else None for p in preps]
                for put, bx, x in zip(puts, boxes, xs):
                    if put is not None:
                        put(x if bx is None else (bx, x))
            return assign_multi_ordered

        def assign_multi(fr):
            xs = multi(fr)
            for st, x in zip(setters, xs):
                if st is not None:
                    st(fr, x)
        return assign_multi

    def storer(self, e):
        """Closure (fr, value) storing into the location e."""
        e = _unparen(e)
        t = self.typeof(e)
        site = self.call_site(e)    # where a store that panics happens
        agg = is_aggregate(t)
        if agg:
            assign_into = build_assign_into(self.rt(t))
        if isinstance(e, A.Ident):
            v = self.info.uses.get(e) or self.info.defs.get(e)
            if v in self.gslot or v.kind == T.PKGVAR:
                comp = self if v.pkg is self.pkg else self.package_compiler(v.pkg)
                G = comp.G
                i = comp.global_slot(v)
                if agg:
                    return lambda fr, x: assign_into(G[i], x)

                def store_global(fr, x):
                    G[i] = x
                return store_global
            s = self.ctx.lookup(v)
            if agg:
                return lambda fr, x: assign_into(fr[s], x)
            if v in self.ctx.boxed:
                def store_boxed(fr, x):
                    fr[s][0] = x
                return store_boxed

            def store_local(fr, x):
                fr[s] = x
            return store_local
        if isinstance(e, A.IndexExpr):
            xt = self.typeof(e.x)
            u = xt.underlying()
            if isinstance(T.unalias(xt), T.TypeParam):
                u = T.core_type(T.unalias(xt))
            if isinstance(u, T.Map):
                m = self.expr(e.x)
                k = self.expr_to(e.indices[0], u.key)
                krt = self.rt(u.key)
                kin = None if krt.hash_direct else krt.kin

                def store_map(fr, x, _gopos=site):
                    d = m(fr)
                    key = k(fr)
                    if d is None:
                        from ..runtime.panic import nil_map_write
                        raise nil_map_write()
                    if kin is not None:
                        key = kin(key)
                    d[key] = x
                return store_map
        if agg and isinstance(e, A.StarExpr):
            # *p = v for p a pointer to an array or struct: p is the aggregate itself
            px = self.expr(e.x)

            def store_deref_agg(fr, x, _gopos=site):
                p = px(fr)
                if p is None:
                    from ..runtime.panic import nil_deref
                    raise nil_deref()
                assign_into(p, x)
            return store_deref_agg
        loc = self.location(e)
        if agg:
            def store_agg(fr, x):
                c, k = loc(fr)
                assign_into(c[k], x)
            return store_agg

        def store_loc(fr, x):
            c, k = loc(fr)
            c[k] = x
        return store_loc

    def has_call(self, e):
        return _has_call_in(self.info, e)

    def prepared_store(self, e):
        """For parallel assignment: closure fr -> (value -> None) that has already
        evaluated the location's operands."""
        e = _unparen(e)
        t = self.typeof(e)
        site = self.call_site(e)    # where a store that panics happens
        if isinstance(e, A.Ident):
            st = self.storer(e)
            return lambda fr: (lambda x: st(fr, x))
        if isinstance(e, A.IndexExpr):
            xt = self.typeof(e.x)
            u = xt.underlying()
            if isinstance(u, T.Map):
                m = self.expr(e.x)
                k = self.expr_to(e.indices[0], u.key)
                krt = self.rt(u.key)
                kin = None if krt.hash_direct else krt.kin

                def prep_map(fr, _gopos=site):
                    d = m(fr)
                    key = k(fr)
                    if kin is not None:
                        key = kin(key)

                    def put(x, _gopos=site):
                        if d is None:
                            from ..runtime.panic import nil_map_write
                            raise nil_map_write()
                        d[key] = x
                    return put
                return prep_map
        if is_aggregate(t) and isinstance(e, A.StarExpr):
            # a pointer to an array or struct is the aggregate itself
            # (no cell and key): the value is copied into it
            assign_into = build_assign_into(self.rt(t))
            ptr = self.expr(e.x)

            def prep_deref_agg(fr, _gopos=site):
                p = ptr(fr)
                if p is None:
                    raise nil_deref()
                return lambda x: assign_into(p, x)
            return prep_deref_agg
        if isinstance(e, A.IndexExpr) and not is_aggregate(t):
            put = self.prepared_index_store(e, site)
            if put is not None:
                return put
        if not is_aggregate(t):
            put = self.prepared_pointer_store(e, site)
            if put is not None:
                return put
        loc = self.location(e)
        if is_aggregate(t):
            assign_into = build_assign_into(self.rt(t))

            def prep_agg(fr):
                c, k = loc(fr)
                return lambda x: assign_into(c[k], x)
            return prep_agg

        def prep(fr):
            c, k = loc(fr)

            def put(x):
                c[k] = x
            return put
        return prep

    def prepared_index_store(self, e, site):
        """prepared_store for an element of a slice, an array or a pointed-to
        array: the operands now, the bounds (and nil) check at the store, as
        gc does (`a[i], a[j] = 1, 2` with j out of range stores a[i] first)."""
        xt = self.typeof(e.x)
        if isinstance(T.unalias(xt), T.TypeParam):
            return None
        u = xt.underlying()
        x = self.expr(e.x)
        idx = self.expr(e.indices[0])
        if isinstance(u, T.Slice):
            def prep_slice(fr, _gopos=site):
                s = x(fr)
                i = idx(fr)

                def put(v, _gopos=site):
                    if i >= s.len or i < 0:
                        raise index_error(i, s.len)
                    s.a[s.off + i] = v
                return put
            return prep_slice
        if isinstance(u, T.Pointer):
            u = u.elem.underlying()
        if not isinstance(u, T.Array):
            return None
        n = u.len

        def prep_array(fr, _gopos=site):
            a = x(fr)
            i = idx(fr)

            def put(v, _gopos=site):
                if a is None:
                    raise nil_deref()
                if i < 0 or i >= n:
                    raise index_error(i, n)
                a[i] = v
            return put
        return prep_array

    def prepared_pointer_store(self, e, site):
        """prepared_store for *p and for a field reached through a pointer:
        the pointer now, its nil check at the store (gc copies the pointer
        early, and dereferences it when it stores)."""
        if isinstance(e, A.StarExpr):
            ptr = self.expr(e.x)

            def prep_deref(fr, _gopos=site):
                p = ptr(fr)

                def put(v, _gopos=site):
                    if p is None:
                        raise nil_deref()
                    p.c[p.k] = v
                return put
            return prep_deref
        if not isinstance(e, A.SelectorExpr):
            return None
        sel = self.info.selections.get(e)
        if sel is None or sel.kind != FIELD_VAL:
            return None
        base, path, (i, deref) = self.field_path(e.x, sel)
        if not deref:
            return None
        walk = self.walker(base, path, site) if path else base

        def prep_field(fr, _gopos=site):
            o = walk(fr)

            def put(v, _gopos=site):
                if o is None:
                    raise nil_deref()
                o[i] = v
            return put
        return prep_field

    def op_assign(self, lhs, op, rhs):
        t = self.typeof(lhs)
        kind = self.rt(t).kind
        y = self.expr(rhs) if op not in ('<<', '>>') else self.shift_count(rhs)[0]
        if op in ('<<', '>>'):
            fn = ops.shift_fn(op, kind, True)
        else:
            fn = ops.binary_fn(op, kind)
        site = self.call_site(lhs)    # x /= 0, x <<= -1 panic here
        if op not in ('<<', '>>'):
            fast = faststores.op_assign_local(self, op, kind, lhs, rhs, fn, site) or \
                faststores.op_assign_slice(self, lhs, rhs, fn, site) or \
                faststores.op_assign_field(self, lhs, rhs, fn, site)
            if fast is not None:
                return fast
        slot = self.local_slot(lhs)
        if slot is not None:
            def op_local(fr, _gopos=site):
                fr[slot] = fn(fr[slot], y(fr))
            return op_local
        loc = self.location(lhs)

        def op_loc(fr, _gopos=site):
            c, k = loc(fr)
            c[k] = fn(c[k], y(fr))
        return op_loc

    def s_IncDecStmt(self, s):
        t = self.typeof(s.x)
        kind = self.rt(t).kind
        op = '+' if s.tok == '++' else '-'
        fn = ops.binary_fn(op, kind)
        one = 1 if kind in R.INTEGER_KINDS else (1.0 if kind in R.FLOAT_KINDS else 1 + 0j)
        slot = self.local_slot(s.x)
        if slot is not None:
            if kind in (R.INT, R.INT64):
                lim = (1 << 63) - 1
                low = -(1 << 63)
                if op == '+':
                    def inc_local(fr):
                        v = fr[slot]
                        fr[slot] = v + 1 if v != lim else low
                    return inc_local

                def dec_local(fr):
                    v = fr[slot]
                    fr[slot] = v - 1 if v != low else lim
                return dec_local

            def incdec_local(fr):
                fr[slot] = fn(fr[slot], one)
            return incdec_local
        fast = faststores.incdec_field(self, s.x, fn, one, self.call_site(s.x))
        if fast is not None:
            return fast
        loc = self.location(s.x)

        def incdec(fr):
            c, k = loc(fr)
            c[k] = fn(c[k], one)    # a nil map's entry panics at loc's site
        return incdec

    # ------------------------------------------------------------ go, defer, return

    def wrapper_site(self, s):
        """The WrapperSite of a go or defer statement's gowrap/deferwrap
        function (compile/gowrap.py), None when gc makes none."""
        ctx = self.ctx
        if ctx._wrapper_names is None:
            ctx._wrapper_names = wrapper_names(self.info, ctx.go_name, ctx.body)
        name = ctx._wrapper_names.get(id(s))
        return None if name is None else WrapperSite(self.site(s.pos, name))

    def call_thunk(self, call, wrap=None, go=True):
        """(function, argument list) producer for go/defer: evaluated now, run
        later. wrap: the statement's WrapperSite; the call goes through it
        where the wrapper's frame can be the one that panics (gowrap.py)."""
        call = _unparen(call)
        fun = _unparen(call.fun)
        tv = self.info.types.get(call.fun) or self.info.types.get(fun)
        from ..typecheck.operand import BUILTIN
        if tv is not None and tv.mode == BUILTIN or isinstance(fun, A.Ident) and isinstance(
                self.info.uses.get(fun), T.Builtin):
            name = fun.name if isinstance(fun, A.Ident) else fun.sel.name
            if name == 'recover':
                pass
                # a deferred recover() is not called by a deferred function: never recovers
                return lambda fr: (lambda: None, ())
            argf = [self.expr_copy(a) for a in call.args]
            # evaluate the arguments now, run the builtin later
            arg_types = [self.typeof(a) for a in call.args]
            run = self.builtin_later(name, call, arg_types)
            if wrap is not None and BUILTIN_WRAPPER_SHOWN.get(name, (False, False))[0 if go else 1]:
                run = wrapper_call(run, wrap)
            return lambda fr: (run, [f(fr) for f in argf])
        target, args, nargs = self.call_parts(call)
        kind = target[0]
        from .call import _Spread
        if isinstance(args, _Spread):
            argsf = args.f
        else:
            argsf = lambda fr: [a(fr) for a in args]
        if kind == 'static':
            fn = target[1]
            return lambda fr: (fn, argsf(fr))
        if kind == 'holder':
            h = target[1]
            return lambda fr: (h[0], argsf(fr))
        if kind == 'method':
            recv, adapt = target[1], target[2]

            def thunk_m(fr):
                f, r = adapt(recv(fr))
                return f, [r] + list(argsf(fr))
            return thunk_m
        if kind == 'iface':
            x, name = target[1], target[2]

            def thunk_i(fr):
                v = x(fr)
                if v is None:
                    raise nil_deref()
                self.ensure_methods(v[0])
                m = v[0].methods[name]
                # a nil pointer's value method dereferences it in the wrapper
                return (m if wrap is None else wrapper_call(m, wrap)), [v[1]] + list(argsf(fr))
            return thunk_i
        f = target[1]

        def thunk_d(fr):
            fn = f(fr)
            a = argsf(fr)
            if fn is None:
                # with a wrapper, the wrapper's call is the nil dereference
                return (_nil_call if wrap is None else wrapper_call(None, wrap)), a
            return fn, a
        return thunk_d

    def builtin_later(self, name, call, arg_types):
        """A builtin to be called later with already evaluated arguments."""
        from ..runtime import goprint
        if name in ('print', 'println'):
            rts = [self.rt(t) for t in arg_types]
            nl = name == 'println'

            def later_print(*vals):
                from ..runtime.output import write_stderr
                parts = [goprint.print_value(v, rt) for v, rt in zip(vals, rts)]
                text = (' ' if nl else '').join(parts) + ('\n' if nl else '')
                write_stderr(text.encode('utf-8', 'surrogateescape'))
            return later_print
        if name == 'panic':
            st = arg_types[0]
            conv = self.convert_value(lambda v: v, st, T.Interface())

            def later_panic(v):
                val = conv(v)
                if val is None:
                    raise GoPanic((R.PANIC_NIL_ERROR, None))
                raise GoPanic(val)
            return later_panic
        # close, copy, delete, clear: the builtin's own closure, run on a frame of
        # its own that holds the argument values (each argument reads its slot)
        from .builtins import BUILTINS
        saved = self.ctx.hoisted
        self.ctx.hoisted = {id(a): i for i, a in enumerate(call.args)}
        self.sites_off = True
        try:
            body = BUILTINS[name](self, call)
        finally:
            self.ctx.hoisted = saved
            self.sites_off = False

        def later_builtin(*vals):
            body(list(vals))
        return later_builtin

    def s_GoStmt(self, s):
        thunk = self.call_thunk(s.call, self.wrapper_site(s), go=True)
        site = self.site(s.pos)    # the new goroutine's `created by`, and a nil func's trace

        run = self.run

        def go(fr, _gopos=site):
            fn, args = thunk(fr)
            if fn is None or fn is _nil_call:
                from ..runtime.panic import GoFatal
                raise GoFatal('go of nil func value', trace_state=run.sched)
            # the scheduler takes Python errors that stand for panics as those panics
            run.sched.spawn(fn, args, _gopos)
        return go

    def s_DeferStmt(self, s):
        thunk = self.call_thunk(s.call, self.wrapper_site(s), go=False)
        slot = self.ctx.defer_slot
        site = self.site(s.pos)    # evaluating the call (a nil receiver) panics here

        def defer(fr, _gopos=site):
            fr[slot].append(thunk(fr))
        return defer

    def value_body(self, stmts, rtype):
        """A function body that is `return X` or `if C { return X }; return Y`,
        after plain statements (assignments, ++, calls...), with one unnamed
        result and no defer, as one closure computing the result, or None
        (nothing compiled then). The call skips the statement closures, the
        RETURN signal and the result slot: the "inlining" of small leaf
        functions that keeps Go's semantics (the same expressions, in gc's
        order)."""
        stmts = [st for st in stmts if not isinstance(st, A.EmptyStmt)]
        n_head = 0
        while n_head < len(stmts) - 1 and type(stmts[n_head]) in _PLAIN_STMTS:
            n_head += 1
        tail = stmts[n_head:]
        if len(tail) == 1 and self._single_return(tail[0]):
            cond = None
        elif len(tail) == 2 and isinstance(tail[0], A.IfStmt) and tail[0].init is None \
                and tail[0].else_ is None and len(tail[0].body.stmts) == 1 \
                and self._single_return(tail[0].body.stmts[0]) and self._single_return(tail[1]):
            cond = tail[0].cond
        else:
            return None
        head = [f for f in map(self.stmt, stmts[:n_head]) if f is not None]

        def value_of(ret):
            x = ret.results[0]
            plan = self.hoist_plan([x])
            if plan:
                return self.with_hoisting(plan, lambda: self.expr_to(x, rtype))
            return self.expr_to(x, rtype)

        if cond is None:
            value = value_of(tail[0])
        else:
            # the condition is compiled before the returned expressions, as
            # the statements would be
            test = fastops.condition(self, cond)
            yes = value_of(tail[0].body.stmts[0])
            no = value_of(tail[1])
            value = fastops.pick(test, yes, no)
        if not head:
            return value
        run = _run_all(head)

        def run_then_value(fr):
            run(fr)
            return value(fr)
        return run_then_value

    def _single_return(self, st):
        """st is `return X` with one value (not `return f()` of several)."""
        if not isinstance(st, A.ReturnStmt) or len(st.results) != 1:
            return False
        tv = self.info.types.get(st.results[0])
        return not (tv is not None and isinstance(tv.type, T.Tuple))

    def s_ReturnStmt(self, s):
        ret = self.return_stmt(s)
        slot = self.ctx.ret_line_slot
        if slot is None:
            return ret
        line = self.site(s.pos)[1]

        def ret_at(fr):
            # a function with deferred calls: they run "at" this line
            fr[slot] = line
            return ret(fr)
        return ret_at

    def return_stmt(self, s):
        ctx = self.ctx
        results = ctx.result_vars
        rs = ctx.ret_slot
        if not results:
            return lambda fr: RETURN
        if ctx.named_results:
            if not s.results:
                return lambda fr: RETURN
            stores = [self.named_result_store(v) for v in results]
            if len(s.results) == len(results):
                vals = [self.expr_to(x, v.type) for x, v in zip(s.results, results)]
                if len(vals) == 1:
                    v0, st0 = vals[0], stores[0]

                    def ret_named1(fr):
                        st0(fr, v0(fr))
                        return RETURN
                    return ret_named1

                def ret_named(fr):
                    xs = [f(fr) for f in vals]
                    for st, x in zip(stores, xs):
                        st(fr, x)
                    return RETURN
                return ret_named
            multi = self.multi_value(s.results[0], len(results))

            def ret_named_multi(fr):
                for st, x in zip(stores, multi(fr)):
                    st(fr, x)
                return RETURN
            return ret_named_multi
        if len(s.results) == len(results):
            vals = [self.expr_to(x, v.type) for x, v in zip(s.results, results)]
            if len(vals) == 1:
                v0 = vals[0]

                def ret1(fr):
                    fr[rs] = v0(fr)
                    return RETURN
                return ret1
            if len(vals) == 2:
                a, b = vals

                def ret2(fr):
                    fr[rs] = (a(fr), b(fr))
                    return RETURN
                return ret2

            def retn(fr):
                fr[rs] = tuple([f(fr) for f in vals])
                return RETURN
            return retn
        # return f() with f returning several values
        multi = self.multi_value(s.results[0], len(results))
        types = self.result_types(s.results[0], len(results))
        boxes = []
        for v, t in zip(results, types):
            if T.is_interface(v.type) and not T.is_interface(self.sub(t)):
                rt = R.rtype(self.sub(t))
                self.ensure_methods(rt)
                boxes.append(rt)
            else:
                boxes.append(None)
        if any(b is not None for b in boxes):
            def ret_multi_box(fr):
                xs = multi(fr)
                fr[rs] = tuple((b, x) if b is not None else x for b, x in zip(boxes, xs))
                return RETURN
            return ret_multi_box

        def ret_multi(fr):
            fr[rs] = tuple(multi(fr))
            return RETURN
        return ret_multi

    def named_result_store(self, v):
        s = self.ctx.lookup(v)
        if v in self.ctx.boxed and not is_aggregate(v.type):
            def st_boxed(fr, x):
                fr[s][0] = x
            return st_boxed

        def st(fr, x):
            fr[s] = x
        return st

    # ------------------------------------------------------------ branches

    def s_BranchStmt(self, s):
        tok = s.tok
        if tok == 'fallthrough':
            return lambda fr: FALLTHROUGH
        if tok == 'goto':
            g = Goto(s.label.name)
            return lambda fr: g
        if s.label is None:
            sig = BREAK if tok == 'break' else CONTINUE
            return lambda fr: sig
        info = self.ctx.labels.get(s.label.name)
        if info is None:
            info = LabelInfo(s.label.name)
            self.ctx.labels[s.label.name] = info
        sig = info.brk if tok == 'break' else info.cont
        return lambda fr: sig

    # ------------------------------------------------------------ if

    def s_IfStmt(self, s):
        init = self.stmt(s.init) if s.init is not None else None
        test = fastops.condition(self, s.cond)
        then = self.block(s.body.stmts)
        els = self.stmt(s.else_) if s.else_ is not None else None
        if init is None:
            return fastops.if_closure(test, then, els)
        cond = fastops.test_fn(test)

        def if_init(fr):
            init(fr)
            if cond(fr):
                return then(fr)
            if els is not None:
                return els(fr)
        return if_init

    # ------------------------------------------------------------ loops

    def s_ForStmt(self, s, label=None):
        init = self.stmt(s.init) if s.init is not None else None
        cond = self.cond(s.cond) if s.cond is not None else None
        # Go 1.22: each iteration has its own copy of variables declared by init
        fresh = []
        fresh_agg = []   # arrays/structs (lists): a copy, so earlier iterations keep theirs
        if isinstance(s.init, A.AssignStmt) and s.init.tok == ':=':
            for e in s.init.lhs:
                v = self.info.defs.get(e)
                if v is not None and v in self.ctx.boxed and not is_aggregate(v.type):
                    fresh.append(self.ctx.lookup(v))
                elif v is not None and v.name != '_' and is_aggregate(v.type):
                    fresh_agg.append((self.ctx.lookup(v), self.rt(v.type).copy))
        post = self.stmt(s.post) if s.post is not None else None
        body = self.block(s.body.stmts)
        brk = label.brk if label else None
        cont = label.cont if label else None
        tick = sched.loop_tick

        if fresh_agg:
            fresh_boxes = fresh

            def renew(fr):
                for sl in fresh_boxes:
                    fr[sl] = [fr[sl][0]]
                for sl, cp in fresh_agg:
                    fr[sl] = cp(fr[sl])
            fresh = [None]
        if not fresh and not fresh_agg:
            counted = counted_for(self, s, init, body, brk, cont, tick, LOOP_TICK_MASK) or \
                compared_for(self, s, init, body, post, brk, cont, tick, LOOP_TICK_MASK)
            if counted is not None:
                return counted
        if not fresh and post is not None and cond is not None and init is not None:
            def for3(fr):
                init(fr)
                n = 0
                while cond(fr):
                    sig = body(fr)
                    if sig is not None:
                        if sig is BREAK or sig is brk:
                            break
                        if sig is not CONTINUE and sig is not cont:
                            return sig
                    post(fr)
                    n += 1
                    if not n & LOOP_TICK_MASK:
                        tick()
                return None
            return for3

        def for_(fr):
            if init is not None:
                init(fr)
            n = 0
            while cond is None or cond(fr):
                sig = body(fr)
                if sig is not None:
                    if sig is BREAK or sig is brk:
                        break
                    if sig is not CONTINUE and sig is not cont:
                        return sig
                if fresh_agg:
                    renew(fr)
                else:
                    for sl in fresh:
                        fr[sl] = [fr[sl][0]]
                if post is not None:
                    post(fr)
                n += 1
                if not n & LOOP_TICK_MASK:
                    tick()
            return None
        return for_

    def range_vars(self, s):
        """Setters (fr, value) for the key and value iteration variables."""
        out = []
        for e in (s.key, s.value):
            if e is None or _is_blank(e):
                out.append(None)
                continue
            if s.tok == ':=':
                v = self.info.defs.get(e)
                out.append(self.declare_setter(v) if v is not None else None)
            else:
                out.append(self.storer(e))
        return out

    def s_RangeStmt(self, s, label=None):
        xt = self.typeof(s.x)
        u = xt.underlying()
        if isinstance(T.unalias(xt), T.TypeParam):
            u = T.core_type(T.unalias(xt)) or u
        x = self.expr(s.x)
        kset, vset = self.range_vars(s)
        body = self.block(s.body.stmts)
        brk = label.brk if label else None
        cont = label.cont if label else None
        tick = sched.loop_tick

        def run_body(fr):
            sig = body(fr)
            if sig is None or sig is CONTINUE or sig is cont:
                return None
            if sig is BREAK or sig is brk:
                return BREAK
            return sig

        if isinstance(u, T.Basic) and u.info & T.IS_INTEGER:
            def range_int(fr):
                n = x(fr)
                i = 0
                while i < n:
                    if kset is not None:
                        kset(fr, i)
                    sig = run_body(fr)
                    if sig is not None:
                        return None if sig is BREAK else sig
                    i += 1
                    if not i & LOOP_TICK_MASK:
                        tick()
                return None
            return range_int
        if isinstance(u, T.Basic):   # string
            def range_str(fr):
                n = 0
                for i, r in gostr.runes(x(fr)):
                    if kset is not None:
                        kset(fr, i)
                    if vset is not None:
                        vset(fr, r)
                    sig = run_body(fr)
                    if sig is not None:
                        return None if sig is BREAK else sig
                    n += 1
                    if not n & LOOP_TICK_MASK:
                        tick()
                return None
            return range_str
        if isinstance(u, (T.Slice, T.Array, T.Pointer)):
            is_slice = isinstance(u, T.Slice)
            is_ptr = isinstance(u, T.Pointer)
            elem_t = u.elem if not is_ptr else u.elem.underlying().elem
            cp = self.rt(elem_t).copy if is_aggregate(elem_t) and vset is not None else None
            arr_copy = None
            if isinstance(u, T.Array) and vset is not None:
                arr_copy = self.rt(xt).copy      # range over an array ranges over a copy

            site = self.site(s.pos)

            def range_seq(fr):
                v = x(fr)
                if is_slice:
                    a, off, n = v.a, v.off, v.len
                else:
                    if v is None:
                        if is_ptr and vset is None:
                            a, off, n = None, 0, u.elem.underlying().len
                        else:
                            panic_at(site, nil_deref())
                    else:
                        a = arr_copy(v) if arr_copy is not None else v
                        off, n = 0, len(v)
                i = 0
                while i < n:
                    if kset is not None:
                        kset(fr, i)
                    if vset is not None:
                        item = a[off + i]
                        vset(fr, cp(item) if cp is not None else item)
                    sig = run_body(fr)
                    if sig is not None:
                        return None if sig is BREAK else sig
                    i += 1
                    if not i & LOOP_TICK_MASK:
                        tick()
                return None
            return range_seq
        if isinstance(u, T.Map):
            krt = self.rt(u.key)
            kout = None if krt.hash_direct else krt.kout
            cp = self.rt(u.elem).copy if is_aggregate(u.elem) else None

            def range_map(fr):
                m = x(fr)
                if not m:
                    return None
                keys = list(m)
                n = len(keys)
                if n > 1:
                    r = sched.rng().randrange(n)
                    keys = keys[r:] + keys[:r]
                for k in keys:
                    if k not in m:
                        continue   # deleted during iteration
                    if kset is not None:
                        kset(fr, kout(k) if kout is not None else k)
                    if vset is not None:
                        val = m[k]
                        vset(fr, cp(val) if cp is not None else val)
                    sig = run_body(fr)
                    if sig is not None:
                        return None if sig is BREAK else sig
                return None
            return range_map
        if isinstance(u, T.Chan):
            from ..runtime import chan
            zero = self.rt(u.elem).zero
            site = self.site(s.pos)    # where a trace shows the loop blocked

            def range_chan(fr):
                c = x(fr)
                while True:
                    v, ok = chan.recv2(c, zero, site)
                    if not ok:
                        return None
                    if kset is not None:
                        kset(fr, v)
                    sig = run_body(fr)
                    if sig is not None:
                        return None if sig is BREAK else sig
            return range_chan
        if isinstance(u, T.Signature):
            return self.range_func(s, x, kset, vset, body, brk, cont)
        raise NotImplementedError(f'range over {u}')

    def range_func(self, s, x, kset, vset, body, brk, cont):
        """range over func(yield func(K, V) bool): the loop body becomes yield."""
        def range_fn(fr):
            state = {'sig': None, 'done': False}

            def yield_(*vals):
                if state['done']:
                    from ..runtime.panic import runtime_panic
                    raise runtime_panic('range function continued iteration after function for loop body '
                                        'returned false')
                if kset is not None and len(vals) > 0:
                    kset(fr, vals[0])
                if vset is not None and len(vals) > 1:
                    vset(fr, vals[1])
                sig = body(fr)
                if sig is None or sig is CONTINUE or sig is cont:
                    return True
                state['done'] = True
                if sig is not BREAK and sig is not brk:
                    state['sig'] = sig
                return False
            x(fr)(yield_)
            state['done'] = True
            return state['sig']
        return range_fn

    # ------------------------------------------------------------ switch

    def s_SwitchStmt(self, s, label=None):
        init = self.stmt(s.init) if s.init is not None else None
        if s.tag is not None:
            tag = self.ordered_expr(s.tag)
            tag_t = self.typeof(s.tag)
        else:
            tag = None
            tag_t = T.Typ[T.BOOL]
        clauses = []
        default = None
        for i, cc in enumerate(s.body):
            body = self.block(cc.body)
            if cc.list is None:
                default = i
                clauses.append(([], body))
                continue
            tests = []
            for ce in cc.list:
                if tag is None:
                    tests.append(('cond', self.cond(ce)))
                else:
                    ct = self.typeof(ce)
                    cv = self.expr(ce)
                    if T.is_interface(tag_t) and not T.is_interface(ct):
                        cv = self.convert_value(cv, ct, tag_t)
                        tests.append(('eq', cv, R.iface_eq))
                    elif T.is_interface(ct) and not T.is_interface(tag_t):
                        tests.append(('eq_conv', cv, self.rt(tag_t)))
                    elif _is_nil(self.info, ce) and not T.is_interface(tag_t):
                        # case nil on a func, map, slice, pointer or chan tag
                        is_slice = isinstance(tag_t.underlying(), T.Slice)
                        tests.append(('eq', cv, _slice_is_nil if is_slice else _is_none))
                    else:
                        rt = self.rt(tag_t)
                        tests.append(('eq', cv, rt.eq))
            clauses.append((tests, body))
        brk = label.brk if label else None
        n = len(clauses)

        def switch(fr):
            if init is not None:
                init(fr)
            t = tag(fr) if tag is not None else None
            chosen = -1
            for i, (tests, body) in enumerate(clauses):
                for test in tests:
                    kind = test[0]
                    if kind == 'cond':
                        if test[1](fr):
                            chosen = i
                            break
                    elif kind == 'eq':
                        if test[2](t, test[1](fr)):
                            chosen = i
                            break
                    else:
                        cv = test[1](fr)
                        if R.iface_eq((test[2], t), cv):
                            chosen = i
                            break
                if chosen >= 0:
                    break
            if chosen < 0:
                if default is None:
                    return None
                chosen = default
            while True:
                sig = clauses[chosen][1](fr)
                if sig is FALLTHROUGH:
                    chosen += 1
                    if chosen >= n:
                        return None
                    continue
                if sig is BREAK or sig is brk:
                    return None
                return sig
        return switch

    def s_TypeSwitchStmt(self, s, label=None):
        init = self.stmt(s.init) if s.init is not None else None
        guard = s.assign
        if isinstance(guard, A.AssignStmt):
            xe = guard.rhs[0].x
        else:
            xe = guard.x.x
        x = self.expr(xe)
        clauses = []
        default = None
        for i, cc in enumerate(s.body):
            v = self.info.implicits.get(cc)
            setter = None
            if v is not None:
                setter = self.declare_setter(v)
            body = self.block(cc.body)
            if cc.list is None:
                default = i
                clauses.append(([], setter, body, 'iface'))
                continue
            tests = []
            single = len(cc.list) == 1
            unwrap = 'iface'
            for ce in cc.list:
                if isinstance(_unparen(ce), A.Ident) and isinstance(self.info.uses.get(_unparen(ce)), T.Nil):
                    tests.append(('nil',))
                    continue
                ct = self.typeof(ce)
                rt = self.rt(ct)
                if T.is_interface(ct):
                    tests.append(('iface', rt))
                else:
                    tests.append(('is', rt))
                    if single:
                        unwrap = 'value'
            if v is not None and single and unwrap == 'value':
                pass
            elif v is not None and single and tests[0][0] == 'iface':
                unwrap = 'iface'
            clauses.append((tests, setter, body, unwrap))
        brk = label.brk if label else None
        ensure = self.ensure_methods

        def type_switch(fr):
            if init is not None:
                init(fr)
            val = x(fr)
            chosen = -1
            for i, (tests, setter, body, unwrap) in enumerate(clauses):
                for t in tests:
                    k = t[0]
                    if k == 'is':
                        if val is not None and val[0] is t[1]:
                            chosen = i
                            break
                    elif k == 'nil':
                        if val is None:
                            chosen = i
                            break
                    else:
                        if val is not None:
                            ensure(val[0])
                            if R.missing_method(val[0], t[1]) is None:
                                chosen = i
                                break
                if chosen >= 0:
                    break
            if chosen < 0:
                if default is None:
                    return None
                chosen = default
            tests, setter, body, unwrap = clauses[chosen]
            if setter is not None:
                setter(fr, val[1] if (unwrap == 'value' and val is not None) else val)
            sig = body(fr)
            if sig is BREAK or sig is brk:
                return None
            return sig
        return type_switch

    # ------------------------------------------------------------ channels

    def s_SendStmt(self, s):
        from ..runtime import chan
        c = self.expr(s.chan)
        et = self.typeof(s.chan).underlying()
        if isinstance(T.unalias(self.typeof(s.chan)), T.TypeParam):
            et = T.core_type(T.unalias(self.typeof(s.chan)))
        v = self.expr_to(s.value, et.elem)
        site = self.site(s.pos)
        return lambda fr, _gopos=site: chan.send(c(fr), v(fr))

    def s_SelectStmt(self, s, label=None):
        from .select import compile_select
        return compile_select(self, s, label)


def _seq(fs):
    n = len(fs)
    if n == 0:
        return lambda fr: None
    if n == 1:
        return fs[0]
    if n == 2:
        a, b = fs

        def seq2(fr):
            r = a(fr)
            if r is not None:
                return r
            return b(fr)
        return seq2
    if n == 3:
        a, b, c = fs

        def seq3(fr):
            r = a(fr)
            if r is not None:
                return r
            r = b(fr)
            if r is not None:
                return r
            return c(fr)
        return seq3
    fs = tuple(fs)

    def seq(fr):
        for f in fs:
            r = f(fr)
            if r is not None:
                return r
        return None
    return seq


# statements whose closure always returns None (never a break, continue,
# return or goto signal): a block runs them without looking at the result
_PLAIN_STMTS = frozenset({A.AssignStmt, A.IncDecStmt, A.ExprStmt, A.SendStmt, A.DeclStmt,
                          A.GoStmt, A.DeferStmt})


def _run_all(fs):
    """One closure running plain statement closures in order (returns None)."""
    if len(fs) == 1:
        return fs[0]
    fs = [getattr(f, 'raw', f) for f in fs]
    if len(fs) == 2:
        a, b = fs

        def run2(fr):
            a(fr)
            b(fr)
        return run2
    if len(fs) == 3:
        a, b, c = fs

        def run3(fr):
            a(fr)
            b(fr)
            c(fr)
        return run3
    fs = tuple(fs)

    def run_n(fr):
        for f in fs:
            f(fr)
    return run_n


def _seq_plain(fs, plain):
    """_seq, with each run of plain statements fused into one closure and
    a final statement after plain ones called without a check."""
    if len(fs) > 1 and all(plain):
        return _run_all(fs)
    if len(fs) > 1 and all(plain[:-1]):
        head = _run_all(fs[:-1])
        last = fs[-1]

        def seq_tail(fr):
            head(fr)
            return last(fr)
        return seq_tail
    groups = []
    run = []
    for f, p in zip(fs, plain):
        if p:
            run.append(f)
            continue
        if run:
            groups.append(_run_all(run))
            run = []
        groups.append(f)
    if run:
        groups.append(_run_all(run))
    return _seq(groups)


def _has_goto(stmts):
    found = []

    def visit(n):
        if found:
            return
        if isinstance(n, A.BranchStmt) and n.tok == 'goto':
            found.append(n)
            return
        if isinstance(n, A.FuncLit):
            return
        for _, c in n.children():
            if isinstance(c, A.Node):
                visit(c)
            elif isinstance(c, list):
                for x in c:
                    if isinstance(x, A.Node):
                        visit(x)
    for s in stmts:
        visit(s)
    return bool(found)


def _no_op(fr):
    return None


_ORDERED_STMTS = frozenset({A.ExprStmt, A.AssignStmt, A.ReturnStmt, A.SendStmt, A.DeclStmt,
                            A.DeferStmt, A.GoStmt})


def _has_call_in(info, e):
    """Whether evaluating e calls a function or receives from a channel
    (conversions, builtins and function literal bodies aside)."""
    from ..typecheck.operand import TYPEXPR
    found = []

    def visit(n):
        if found or isinstance(n, A.FuncLit):
            return
        if isinstance(n, A.UnaryExpr) and n.op == '<-':
            found.append(n)
            return
        if isinstance(n, A.CallExpr):
            fun = _unparen(n.fun)
            tv = info.types.get(n.fun)
            if not (tv is not None and tv.mode == TYPEXPR) and \
                    not (isinstance(fun, A.Ident) and isinstance(info.uses.get(fun), T.Builtin)):
                found.append(n)
                return
        for _, c in n.children():
            if isinstance(c, A.Node):
                visit(c)
            elif isinstance(c, list):
                for x in c:
                    if isinstance(x, A.Node):
                        visit(x)
    visit(e)
    return bool(found)


def _is_blank(e):
    e = _unparen(e)
    return isinstance(e, A.Ident) and e.name == '_'


def _single_setter(st, v):
    def set1(fr):
        st(fr, v(fr))
    return set1


def _is_nil(info, e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return isinstance(e, A.Ident) and isinstance(info.uses.get(e), T.Nil)


def _is_none(t, _nil):
    return t is None


def _slice_is_nil(t, _nil):
    return t.a is None


def _boxing_setter(st, rt):
    def box(fr, x):
        st(fr, (rt, x))
    return box


def _nil_call(*_):
    """A nil func value deferred: calling it is the nil dereference."""
    raise nil_deref()
