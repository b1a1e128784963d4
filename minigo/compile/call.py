"""Calls: functions, methods (static and through interfaces), func values,
conversions, built-ins; method values and expressions; go and defer."""
from __future__ import annotations

from .. import types as T
from ..typecheck.checker import METHOD_VAL
from ..typecheck.operand import TYPEXPR, BUILTIN
from ..runtime import rtypes as R
from ..runtime.panic import key_for_empty_map, nil_deref
from ..runtime.values import NIL_SLICE, Slice
from ..syntax import ast as A
from .context import is_aggregate
from . import ops
from .lookup import receiver_adapter


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


class CallMixin:

    def x_CallExpr(self, e):
        fun = _unparen(e.fun)
        tv = self.info.types.get(e.fun) or self.info.types.get(fun)
        if tv is not None and tv.mode == TYPEXPR:
            return self.conversion(e)
        if tv is not None and tv.mode == BUILTIN or isinstance(fun, A.Ident) and isinstance(
                self.info.uses.get(fun), T.Builtin):
            from .builtins import compile_builtin
            name = fun.name if isinstance(fun, A.Ident) else fun.sel.name
            return compile_builtin(self, name, e)
        target, args_fn, nargs = self.call_parts(e)
        return self.make_call(target, args_fn, nargs, self.call_site(e))

    def call_site(self, e):
        """(file, line, function) of an expression (a call, an operation that
        can panic or block), for traces and runtime.Caller. None while a
        deferred builtin is compiled: it runs, and a trace shows the function,
        at the function's return."""
        if self.sites_off:
            return None
        return self.site(getattr(e, _OP_POS.get(type(e), 'pos'), None) or e.pos)

    def call_parts(self, e):
        """(callee producer, argument producers, count). The callee producer is
        ('static', callable) / ('holder', holder) / ('method', recv_fn, adapt) /
        ('iface', x, name) / ('dynamic', closure)."""
        fun = _unparen(e.fun)
        sig = self.callee_signature(e)
        args = self.arg_list(e, sig)
        mfun = fun
        if isinstance(fun, A.IndexExpr) and isinstance(_unparen(fun.x), A.SelectorExpr):
            mfun = _unparen(fun.x)        # x.M[int](...): a generic method instantiated
        if isinstance(mfun, A.SelectorExpr):
            sel = self.info.selections.get(mfun)
            if sel is not None and sel.kind == METHOD_VAL:
                recv_t = self.sub(sel.recv)
                m = sel.obj
                if T.is_interface(recv_t) and len(sel.index) == 1:
                    x = self.expr(mfun.x)
                    return ('iface', x, m.name), args, len(args)
                recv = self.method_receiver(mfun.x, sel)
                adapt = receiver_adapter(self, self.recv_static_type(mfun.x, sel), sel.index, m, direct=True,
                                         mtargs=self.method_targs(mfun))
                return ('method', recv, adapt), args, len(args)
        if isinstance(fun, (A.Ident, A.SelectorExpr, A.IndexExpr)):
            obj = None
            ident = fun
            if isinstance(fun, A.IndexExpr):
                ident = _unparen(fun.x)
            if isinstance(ident, A.Ident):
                obj = self.info.uses.get(ident)
            elif isinstance(ident, A.SelectorExpr) and self.info.selections.get(ident) is None:
                obj = self.info.uses.get(ident.sel)
            if isinstance(obj, T.Func) and obj.type.recv is None:
                inst = self.info.instances.get(ident)
                targs = [self.sub(t) for t in inst[0]] if inst else None
                h = self.callee_holder(obj, targs)
                if h[0] is not None:
                    return ('static', h[0]), args, len(args)
                return ('holder', h), args, len(args)
        return ('dynamic', self.expr(e.fun)), args, len(args)

    def recv_static_type(self, xe, sel):
        return self.sub(sel.recv)

    def method_receiver(self, xe, sel):
        """The receiver expression's value: for a pointer method on an addressable
        non-pointer operand, its address."""
        m = sel.obj
        recv_t = self.sub(sel.recv)
        if m.ptr_recv and not isinstance(T.unalias(recv_t).underlying(), T.Pointer) and len(sel.index) == 1:
            if is_aggregate(recv_t):
                return self.expr(xe)
            return self.address_of(xe)
        return self.expr(xe)

    def callee_signature(self, e):
        t = self.typeof(e.fun)
        if t is None:
            t = self.typeof(_unparen(e.fun))
        u = t.underlying() if t is not None else None
        if isinstance(T.unalias(t), T.TypeParam):
            u = T.core_type(T.unalias(t))
        return u

    def arg_list(self, e, sig):
        """Closures for the argument values as the callee receives them
        (variadic extras packed into a slice)."""
        params = sig.params.vars
        n = len(params)
        if len(e.args) == 1 and n > 1 or (len(e.args) == 1 and isinstance(self.typeof(e.args[0]), T.Tuple)):
            tup = self.typeof(e.args[0])
            if isinstance(tup, T.Tuple):
                # f(g()) with g returning several values
                g = self.expr(e.args[0])
                types = [v.type for v in tup.vars]
                conv = []
                for i, t in enumerate(types):
                    if sig.variadic and i >= n - 1:
                        pt = params[-1].type.elem
                    else:
                        pt = params[i].type
                    conv.append((t, pt))
                convs = [self.convert_value(lambda fr, i=i: fr, s, d) for i, (s, d) in enumerate(conv)]
                needs = [T.is_interface(self.sub(d)) and not T.is_interface(self.sub(s)) for s, d in conv]
                rts = [R.rtype(self.sub(s)) if nd else None for (s, d), nd in zip(conv, needs)]
                if sig.variadic:
                    k = n - 1

                    def spread_variadic(fr):
                        vals = g(fr)
                        vals = [(rt, v) if rt is not None else v for rt, v in zip(rts, vals)]
                        extra = vals[k:]
                        return vals[:k] + [Slice(extra, 0, len(extra), len(extra)) if extra else NIL_SLICE]
                    return _Spread(spread_variadic)

                def spread(fr):
                    vals = g(fr)
                    return [(rt, v) if rt is not None else v for rt, v in zip(rts, vals)]
                return _Spread(spread)
        out = []
        if sig.variadic and e.ellipsis is None:
            for i in range(n - 1):
                out.append(self.expr_to(e.args[i], params[i].type))
            elem = self.sub(params[-1].type).elem
            extra = [self.expr_to(a, elem) for a in e.args[n - 1:]]
            if not extra:
                out.append(lambda fr: NIL_SLICE)
            else:
                def pack(fr):
                    vals = [f(fr) for f in extra]
                    return Slice(vals, 0, len(vals), len(vals))
                out.append(pack)
            return out
        for a, p in zip(e.args, params):
            out.append(self.expr_to(a, p.type))
        return out

    def make_call(self, target, args, nargs, site=None):
        # Every call closure carries its call site as the default of `_gopos`:
        # free at run time, and runtime.Caller / log's Lshortfile find the Go
        # call stack by walking the Python frames for it (runtime/callers.py).
        kind = target[0]
        if isinstance(args, _Spread):
            spread = args.f
            if kind == 'static':
                fn = target[1]
                return lambda fr, _gopos=site: fn(*spread(fr))
            if kind == 'holder':
                h = target[1]
                return lambda fr, _gopos=site: h[0](*spread(fr))
            if kind == 'method':
                recv, adapt = target[1], target[2]

                def call_m_spread(fr, _gopos=site):
                    f, r = adapt(recv(fr))
                    return f(r, *spread(fr))
                return call_m_spread
            if kind == 'iface':
                x, name = target[1], target[2]

                def call_i_spread(fr, _gopos=site):
                    v = x(fr)
                    if v is None:
                        raise nil_deref()
                    self.ensure_methods(v[0])
                    return v[0].methods[name](v[1], *spread(fr))
                return call_i_spread
            f = target[1]

            def call_d_spread(fr, _gopos=site):
                fn = f(fr)
                if fn is None:
                    raise nil_deref()
                return fn(*spread(fr))
            return call_d_spread
        if kind == 'static':
            fn = target[1]
            if nargs == 0:
                return lambda fr, _gopos=site: fn()
            if nargs == 1:
                a0, = args
                one = _one_arg_call(fn, None, a0, site)
                if one is not None:
                    return one
                return lambda fr, _gopos=site: fn(a0(fr))
            if nargs == 2:
                a0, a1 = args
                return lambda fr, _gopos=site: fn(a0(fr), a1(fr))
            if nargs == 3:
                a0, a1, a2 = args
                return lambda fr, _gopos=site: fn(a0(fr), a1(fr), a2(fr))
            return lambda fr, _gopos=site: fn(*[a(fr) for a in args])
        if kind == 'holder':
            h = target[1]
            if nargs == 0:
                return lambda fr, _gopos=site: h[0]()
            if nargs == 1:
                a0, = args
                one = _one_arg_call(None, h, a0, site)
                if one is not None:
                    return one
                return lambda fr, _gopos=site: h[0](a0(fr))
            if nargs == 2:
                a0, a1 = args
                return lambda fr, _gopos=site: h[0](a0(fr), a1(fr))
            if nargs == 3:
                a0, a1, a2 = args
                return lambda fr, _gopos=site: h[0](a0(fr), a1(fr), a2(fr))
            return lambda fr, _gopos=site: h[0](*[a(fr) for a in args])
        if kind == 'method':
            recv, adapt = target[1], target[2]
            fn = getattr(adapt, 'direct_fn', None)
            h = getattr(fn, 'holder', None)
            if h is not None:
                # a method not compiled yet (a recursive one): through its holder
                if nargs == 0:
                    return lambda fr, _gopos=site: h[0](recv(fr))
                if nargs == 1:
                    a0, = args
                    return lambda fr, _gopos=site: h[0](recv(fr), a0(fr))
            u = getattr(fn, 'unchecked', None)
            if u is not None and nargs <= 1:
                # a Python method of the standard library: the nil-receiver
                # check wraps it only when the receiver is nil
                if nargs == 0:
                    return lambda fr, _gopos=site: u(r) if (r := recv(fr)) is not None else fn(r)
                a0, = args
                return lambda fr, _gopos=site: u(r, a0(fr)) if (r := recv(fr)) is not None else fn(r, a0(fr))
            if fn is not None:
                # the receiver is passed as it is: call the method directly
                if nargs == 0:
                    return lambda fr, _gopos=site: fn(recv(fr))
                if nargs == 1:
                    a0, = args
                    return lambda fr, _gopos=site: fn(recv(fr), a0(fr))
                if nargs == 2:
                    a0, a1 = args
                    return lambda fr, _gopos=site: fn(recv(fr), a0(fr), a1(fr))
                return lambda fr, _gopos=site: fn(recv(fr), *[a(fr) for a in args])
            if nargs == 0:
                def call_m0(fr, _gopos=site):
                    f, r = adapt(recv(fr))
                    return f(r)
                return call_m0
            if nargs == 1:
                a0, = args

                def call_m1(fr, _gopos=site):
                    f, r = adapt(recv(fr))
                    return f(r, a0(fr))
                return call_m1

            def call_m(fr, _gopos=site):
                f, r = adapt(recv(fr))
                return f(r, *[a(fr) for a in args])
            return call_m
        if kind == 'iface':
            x, name = target[1], target[2]
            ensure = self.ensure_methods

            def call_i(fr, _gopos=site):
                v = x(fr)
                if v is None:
                    raise nil_deref()
                t = v[0]
                m = t.methods.get(name)
                if m is None:
                    ensure(t)
                    m = t.methods[name]
                return m(v[1], *[a(fr) for a in args])
            return call_i
        f = target[1]
        if nargs == 1:
            a0, = args

            def call_d1(fr, _gopos=site):
                fn = f(fr)
                if fn is None:
                    raise nil_deref()
                return fn(a0(fr))
            return call_d1

        def call_d(fr, _gopos=site):
            fn = f(fr)
            if fn is None:
                raise nil_deref()
            return fn(*[a(fr) for a in args])
        return call_d

    # ------------------------------------------------------------ method values and expressions

    def method_value(self, e, sel):
        """x.M as a func value: the receiver is evaluated (and copied) now."""
        m = sel.obj
        recv_t = self.sub(sel.recv)
        if T.is_interface(recv_t) and len(sel.index) == 1:
            x = self.expr(e.x)
            name = m.name
            ensure = self.ensure_methods
            site = self.call_site(e)    # a nil receiver panics here

            def bind_iface(fr, _gopos=site):
                v = x(fr)
                if v is None:
                    raise nil_deref()
                ensure(v[0])
                fn = v[0].methods[name]
                r = v[1]
                if r is None and hasattr(fn, 'nil_value_method'):
                    mk = fn.nil_value_method     # the *T wrapper panics when called

                    def nil_wrapper(*a):
                        raise mk()
                    return nil_wrapper
                return lambda *a: fn(r, *a)
            return bind_iface
        recv = self.method_receiver(e.x, sel)
        adapt = receiver_adapter(self, recv_t, sel.index, m, direct=True, mtargs=self.method_targs(e))
        site = self.call_site(e)    # a nil receiver panics here

        def bind(fr, _gopos=site):
            fn, r = adapt(recv(fr))
            return lambda *a: fn(r, *a)
        return bind

    def method_expr(self, e, sel):
        """T.M as a func value taking the receiver first."""
        t = self.sub(sel.recv)
        if T.is_interface(t):
            name = sel.obj.name
            ensure = self.ensure_methods

            def via_iface(v, *a):
                if v is None:
                    raise nil_deref()
                ensure(v[0])
                return v[0].methods[name](v[1], *a)
            return lambda fr: via_iface
        adapt = receiver_adapter(self, t, sel.index, sel.obj)

        def mexpr(recv, *a):
            fn, r = adapt(recv)
            return fn(r, *a)
        return lambda fr: mexpr

    def method_func(self, mobj, base, mtargs=None):
        """The compiled function of method mobj declared on named type base
        (an instance, for generic types); receiver first. mtargs: the type
        arguments of a generic method's own type parameters (Go 1.27)."""
        from ..typecheck.generics import type_key
        key = (mobj, type_key(base), tuple(type_key(t) for t in mtargs) if mtargs else None)
        h = self.holders.get(key)
        if h is not None:
            return _deferred(h)
        if mobj.pkg is not None and mobj.pkg is not self.pkg:
            return self.package_compiler(mobj.pkg).method_func(mobj, base, mtargs)
        h = [None]
        self.holders[key] = h
        fdecl = self.func_decls.get(mobj)
        if fdecl is None:
            impl = self.pkg.impl
            fn = getattr(impl, f'{base.obj.name}_{mobj.name}')
            if isinstance(T.unalias(mobj.type.recv.type), T.Pointer):
                fn = _nil_receiver_checked(fn)
            h[0] = fn
            return h[0]
        sig = mobj.type
        smap = {}
        if sig.rparams and base.targs is not None:
            smap = dict(zip(sig.rparams, base.targs))
        if sig.tparams and mtargs:
            smap.update(zip(sig.tparams, mtargs))
        saved = self.ctx
        try:
            factory = self.build_function(sig, fdecl.body, fdecl.type, smap, recv=fdecl.recv,
                                          name=mobj.name)
        finally:
            self.ctx = saved
        h[0] = factory(())
        return h[0]

    def method_targs(self, sel_expr):
        """Type arguments of a generic method's own type parameters at x.M."""
        inst = self.info.instances.get(sel_expr)
        return [self.sub(t) for t in inst[0]] if inst else None

    def generic_func_value(self, e):
        """f[int] used as a value."""
        ident = _unparen(e.x)
        if isinstance(ident, A.SelectorExpr):
            sel = self.info.selections.get(ident)
            if sel is not None and sel.kind == METHOD_VAL:
                return self.method_value(ident, sel)      # x.M[int]
        obj = self.info.uses.get(ident) if isinstance(ident, A.Ident) else self.info.uses.get(ident.sel)
        inst = self.info.instances.get(ident)
        targs = [self.sub(t) for t in inst[0]] if inst else None
        h = self.callee_holder(obj, targs)
        return lambda fr: h[0]

    # ------------------------------------------------------------ multi-value contexts

    def multi_value(self, e, n, types=None):
        """Closure returning a list of n values for `a, b := e` forms:
        a multi-result call, comma-ok map index, type assertion, receive."""
        ue = _unparen(e)
        if isinstance(ue, A.IndexExpr):
            xt = self.typeof(ue.x)
            u = xt.underlying()
            if isinstance(u, T.Map):
                return self.map_commaok(ue, u)
        if isinstance(ue, A.TypeAssertExpr):
            f = self.assert_fn(ue, commaok=True)
            return f
        if isinstance(ue, A.UnaryExpr) and ue.op == '<-':
            return self.recv_expr(ue, commaok=True)
        f = self.expr(e)
        return f

    def map_commaok(self, e, u):
        x = self.expr(e.x)
        k = self.expr_to(e.indices[0], u.key)
        krt = self.rt(u.key)
        kin = None if krt.hash_direct else krt.kin
        zero = self.rt(u.elem).zero
        missing = object()
        site = self.call_site(e)     # an unhashable key panics here

        def get2(fr, _gopos=site):
            m = x(fr)
            key = k(fr)
            if kin is not None:
                key = kin(key) if m else key_for_empty_map(kin, key)
            if not m:
                return (zero(), False)
            v = m.get(key, missing)
            if v is missing:
                return (zero(), False)
            return (v, True)
        return get2

    # ------------------------------------------------------------ channels

    def recv_expr(self, e, commaok):
        from ..runtime import chan
        x = self.expr(e.x)
        zero = self.rt(self.typeof(e.x).underlying().elem).zero
        site = self.call_site(e)    # where a trace shows the goroutine blocked
        if commaok:
            return lambda fr, _gopos=site: chan.recv2(x(fr), zero)
        return lambda fr, _gopos=site: chan.recv(x(fr), zero)


# gc positions an operation at its operator, not at the start of the
# expression: a call at its `(` (so `func() {...}()` is at its last line), an
# index or slice at `[`, a binary operation at its operator.
_OP_POS = {A.CallExpr: 'lparen', A.IndexExpr: 'lbrack', A.SliceExpr: 'lbrack', A.BinaryExpr: 'op_pos',
           A.TypeAssertExpr: 'lparen'}


class _Spread:
    __slots__ = ('f',)

    def __init__(self, f):
        self.f = f

    def __len__(self):      # call_parts reports an argument count; spreads have none fixed
        return 0


def _one_arg_call(fn, h, a0, site):
    """fn(x) / h[0](x) reading the argument inline when it is a local
    (fib(n)) or an int local plus a constant (fib(n-1)); None otherwise."""
    s = getattr(a0, 'local_slot', None)
    lp = getattr(a0, 'local_plus', None)
    if s is not None:
        if h is not None:
            return lambda fr, _gopos=site: h[0](fr[s])
        return lambda fr, _gopos=site: fn(fr[s])
    if lp is None:
        return None
    xs, k = lp
    if h is not None:
        return lambda fr, _gopos=site: h[0](r if ops.MIN64 <= (r := fr[xs] + k) <= ops.MAX64 else ops.wrap64(r))
    return lambda fr, _gopos=site: fn(r if ops.MIN64 <= (r := fr[xs] + k) <= ops.MAX64 else ops.wrap64(r))


def _deferred(h):
    if h[0] is not None:
        return h[0]

    def deferred(*a):
        return h[0](*a)
    deferred.holder = h     # a call site may call h[0] itself (method_call)
    return deferred


def _nil_receiver_checked(fn):
    """A standard method implemented in Python, with a pointer receiver: a
    nil receiver dereferenced inside is Go's nil pointer dereference."""
    def method(recv, *args):
        try:
            return fn(recv, *args)
        except (TypeError, AttributeError):
            if recv is None:
                raise nil_deref() from None
            raise
    method.__name__ = getattr(fn, '__name__', 'method')
    method.unchecked = fn       # what a call site may call for a non-nil receiver
    return method
