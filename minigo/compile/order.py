"""Evaluation order within a statement, as gc orders it.

The spec fixes only the order of function calls, method calls and channel
operations (left to right); when a plain operand such as a variable is read
relative to those calls is left open. gc (walk/order.go) first evaluates the
calls of a statement into temporaries, left to right, together with the
builtins it treats like calls (len, cap, append, make, new, copy, min, max,
real, imag, complex, recover), []byte/[]rune conversions of strings, slice
expressions, receives and whole && / || operations; the rest of the statement
(variable reads, indexing, field selection, arithmetic) is evaluated after
them. So with `f` incrementing x, `fmt.Println(x, f())` prints the new x.

A statement whose result could depend on this -- a read that may change
(anything but an unboxed local variable) before a call with side effects that
is not around it -- is compiled in two parts: the hoisted operations in order
into frame slots, then the statement reading those slots
(ExprMixin.expr looks them up in ctx.hoisted). Other statements compile as
before.
"""
from __future__ import annotations

from .. import types as T
from ..typecheck.operand import CONSTANT, TYPEXPR
from ..syntax import ast as A
from .context import is_aggregate

_HOISTED_BUILTINS = frozenset({'len', 'cap', 'append', 'make', 'new', 'copy', 'min', 'max',
                               'real', 'imag', 'complex', 'recover'})
_EFFECT_BUILTINS = frozenset({'append', 'copy', 'recover'})


class _Plan:
    __slots__ = ('hoisted', 'reads', 'needed')

    def __init__(self):
        self.hoisted = []    # nodes to evaluate first, in order
        self.reads = 0       # changeable reads seen so far
        self.needed = False


class OrderMixin:

    def hoist_plan(self, exprs, lhs=(), tuple_rhs=False):
        """The nodes of exprs (evaluated in this order; lhs are assignment
        targets, whose operands are evaluated but which are not read) to
        evaluate first, or None when hoisting changes nothing. tuple_rhs:
        exprs is the single right side of `a, b = f()` / `v, ok = <-c`,
        which stays in place (its operands may be hoisted)."""
        p = _Plan()
        for e in lhs:
            self._order_target(e, p)
        for e in exprs:
            self._order_visit(e, p)
        if tuple_rhs and p.hoisted and p.hoisted[-1] is _unparen(exprs[0]):
            p.hoisted.pop()
        return p.hoisted if p.needed and p.hoisted else None

    def _order_target(self, e, p):
        while isinstance(e, A.ParenExpr):
            e = e.x
        if isinstance(e, A.Ident):
            return
        if isinstance(e, A.IndexExpr):
            self._order_visit(e.x, p)
            for i in e.indices:
                self._order_visit(i, p)
        elif isinstance(e, A.SelectorExpr):
            self._order_visit(e.x, p)
        elif isinstance(e, A.StarExpr):
            self._order_visit(e.x, p)
        else:
            self._order_visit(e, p)

    def _volatile_ident(self, e):
        obj = self.info.uses.get(e)
        if not isinstance(obj, T.Var):
            return False
        if obj.kind == T.PKGVAR or obj in self.gslot:
            return True
        ctx = self.ctx
        if ctx is None or obj not in ctx.slots or obj in ctx.captures:
            return True      # captured from an enclosing function
        return obj in ctx.boxed or is_aggregate(obj.type)

    def _order_visit(self, e, p):
        if e is None:
            return
        tv = self.info.types.get(e)
        if tv is not None and (tv.mode == CONSTANT or tv.mode == TYPEXPR):
            return           # constants and types: nothing evaluated
        t = type(e)
        if t is A.Ident:
            if self._volatile_ident(e):
                p.reads += 1
            return
        if t is A.BasicLit or t is A.FuncLit:
            return
        if t is A.ParenExpr:
            self._order_visit(e.x, p)
            return
        if t is A.CallExpr:
            fun = e.fun
            while isinstance(fun, A.ParenExpr):
                fun = fun.x
            ftv = self.info.types.get(e.fun)
            if ftv is not None and ftv.mode == TYPEXPR:     # conversion
                for a in e.args:
                    self._order_visit(a, p)
                src = self.info.types.get(e.args[0]) if e.args else None
                dst = ftv.type.underlying() if ftv.type is not None else None
                if isinstance(dst, T.Slice) and src is not None and src.type is not None and \
                        isinstance(src.type.underlying(), T.Basic):
                    p.hoisted.append(e)                     # []byte(s), []rune(s)
                return
            b = self.info.uses.get(fun) if isinstance(fun, A.Ident) else None
            # the reads among a hoisted call's own operands happen with it,
            # in order: only the reads before it stay pending after it
            before = p.reads
            if isinstance(b, T.Builtin):
                if b.name in _HOISTED_BUILTINS:
                    if b.name in _EFFECT_BUILTINS and p.reads:
                        p.needed = True
                    for a in e.args:
                        self._order_visit(a, p)
                    p.hoisted.append(e)
                    p.reads = before
                else:
                    for a in e.args:
                        self._order_visit(a, p)
                return
            if p.reads:
                p.needed = True
            self._order_visit(e.fun, p)
            for a in e.args:
                self._order_visit(a, p)
            p.hoisted.append(e)
            p.reads = before
            return
        if t is A.UnaryExpr:
            if e.op == '<-':
                if p.reads:
                    p.needed = True
                self._order_visit(e.x, p)
                p.hoisted.append(e)
                return
            if e.op == '&':
                x = e.x
                while isinstance(x, A.ParenExpr):
                    x = x.x
                if isinstance(x, A.Ident):
                    return
                self._order_target(x, p)
                return
            self._order_visit(e.x, p)
            return
        if t is A.BinaryExpr:
            if e.op in ('&&', '||'):
                # evaluated as a whole where it stands; inside, in plain order
                sub = _Plan()
                sub.reads = p.reads
                self._order_visit(e.x, sub)
                self._order_visit(e.y, sub)
                if sub.needed or (sub.hoisted and p.reads):
                    p.needed = True
                p.reads = sub.reads
                if sub.hoisted:
                    p.hoisted.append(e)
                return
            self._order_visit(e.x, p)
            self._order_visit(e.y, p)
            return
        if t is A.SelectorExpr:
            sel = self.info.selections.get(e)
            if sel is None:
                # a package-qualified name
                obj = self.info.uses.get(e.sel)
                if isinstance(obj, T.Var):
                    p.reads += 1
                return
            self._order_visit(e.x, p)
            p.reads += 1
            return
        if t is A.IndexExpr:
            if self.info.instances.get(e.x) is not None:
                self._order_visit(e.x, p)
                return
            self._order_visit(e.x, p)
            for i in e.indices:
                self._order_visit(i, p)
            p.reads += 1
            return
        if t is A.SliceExpr:
            self._order_visit(e.x, p)
            self._order_visit(e.low, p)
            self._order_visit(e.high, p)
            self._order_visit(e.max, p)
            p.reads += 1
            p.hoisted.append(e)
            return
        if t is A.StarExpr:
            self._order_visit(e.x, p)
            p.reads += 1
            return
        if t is A.TypeAssertExpr:
            self._order_visit(e.x, p)
            return
        if t is A.CompositeLit:
            u = None
            ct = self.info.types.get(e)
            if ct is not None and ct.type is not None:
                u = self.sub(ct.type).underlying()
                if isinstance(u, T.Pointer):
                    u = u.elem.underlying()
            if isinstance(u, T.Map):
                # built where it stands, entry by entry (see map_lit)
                sub = _Plan()
                sub.reads = p.reads
                for el in e.elts:
                    if isinstance(el, A.KeyValueExpr):
                        self._order_visit(el.key, sub)
                        self._order_visit(el.value, sub)
                if sub.needed or (sub.hoisted and p.reads):
                    p.needed = True
                p.reads = sub.reads
                if sub.hoisted:
                    p.hoisted.append(e)
                return
            for el in e.elts:
                if isinstance(el, A.KeyValueExpr):
                    if not isinstance(u, T.Struct):
                        self._order_visit(el.key, p)
                    self._order_visit(el.value, p)
                else:
                    self._order_visit(el, p)
            return
        if t is A.KeyValueExpr:
            self._order_visit(e.key, p)
            self._order_visit(e.value, p)
            return
        # anything else: no reordering inside
        return

    def with_hoisting(self, plan, build):
        """build() compiled with the plan's nodes read from frame slots; the
        result runs the hoisted nodes first."""
        ctx = self.ctx
        saved = ctx.hoisted
        m = dict(saved) if saved else {}
        pre = []
        try:
            for n in plan:
                ctx.hoisted = m
                f = self.expr(n)
                s = ctx.new_slot()
                pre.append((s, f))
                m[id(n)] = s
            ctx.hoisted = m
            main = build()
        finally:
            ctx.hoisted = saved
        if main is None:
            main = _nothing
        if len(pre) == 1:
            (s0, f0), = pre

            def run1(fr):
                fr[s0] = f0(fr)
                return main(fr)
            return run1

        def run(fr):
            for s, f in pre:
                fr[s] = f(fr)
            return main(fr)
        return run

    def ordered_expr(self, e):
        """self.expr(e), with gc's order inside e."""
        if self.ctx is not None:
            plan = self.hoist_plan([e])
            if plan:
                return self.with_hoisting(plan, lambda: self.expr(e))
        return self.expr(e)

    def ordered_stmt(self, s, build):
        """Compile the simple statement s with build(), hoisting as gc does."""
        if self.ctx is None:
            return build()
        t = type(s)
        plan = None
        if t is A.ExprStmt:
            plan = self.hoist_plan([s.x])
        elif t is A.AssignStmt:
            if s.tok == '=' or s.tok == ':=':
                plan = self.hoist_plan(s.rhs, () if s.tok == ':=' else s.lhs,
                                       len(s.lhs) > len(s.rhs))
            else:   # x op= y reads x
                plan = self.hoist_plan([s.lhs[0]] + list(s.rhs))
        elif t is A.ReturnStmt:
            plan = self.hoist_plan(s.results)
        elif t is A.SendStmt:
            plan = self.hoist_plan([s.chan, s.value])
        elif t is A.DeferStmt or t is A.GoStmt:
            call = _unparen(s.call)    # its operands now, the call itself later
            if isinstance(call, A.CallExpr):
                plan = self.hoist_plan([call.fun] + list(call.args))
        elif t is A.DeclStmt and s.decl.tok == 'var':
            specs = s.decl.specs
            if len(specs) == 1:
                spec = specs[0]
                plan = self.hoist_plan(spec.values, (), len(spec.names) > len(spec.values))
        if plan:
            return self.with_hoisting(plan, build)
        return build()


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


def _nothing(fr):
    return None
