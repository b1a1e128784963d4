"""Compiling for `-race`: the user's package gets its memory accesses
reported to the detector (runtime/race.py); the standard library does not
(its synchronisation is reported by the sync objects themselves).

Instrumented: reads and writes of package variables, of variables shared
with closures (boxed), of struct fields, array and slice elements, map
entries (a map is one location) and pointees. The location of an access is
computed by evaluating its operands a second time, so only accesses whose
operands are free of side effects (names, fields, indexes, dereferences,
arithmetic - no calls) are instrumented; a location that cannot be computed
(nil map, index out of range) is simply not reported, the access itself then
panics as usual. Calls into sync/atomic synchronise on their address.
"""
from __future__ import annotations


from .. import types as T
from ..typecheck.checker import FIELD_VAL
from ..typecheck.operand import CONSTANT
from ..runtime import race as RACE
from ..syntax import ast as A
from .compiler import Compiler
from .context import is_aggregate

_PURE_UNARY = {'-', '+', '!', '^', '&'}


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


class RaceCompiler(Compiler):
    """A Compiler whose loads and stores also report to the race detector."""

    direct_stores = False       # every store goes through storer / prepared_store

    def __init__(self, info, pkg, prog=None):
        super().__init__(info, pkg, prog)
        self._race_off = 0
        self._sites = {}

    # ------------------------------------------------------------ what is instrumented

    def race_site(self, pos):
        path, line, func = self.site(pos)
        key = (path, line, pos[1], func)
        s = self._sites.get(key)
        if s is None:
            s = self._sites[key] = RACE.Site(path, line, pos[1], func)
        return s

    def pure(self, e):
        e = _unparen(e)
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == CONSTANT:
            return True
        if isinstance(e, (A.Ident, A.BasicLit)):
            return True
        if isinstance(e, A.SelectorExpr):
            sel = self.info.selections.get(e)
            return sel is None or (sel.kind == FIELD_VAL and self.pure(e.x))
        if isinstance(e, A.IndexExpr):
            return len(e.indices) == 1 and self.pure(e.x) and self.pure(e.indices[0])
        if isinstance(e, A.StarExpr):
            return self.pure(e.x)
        if isinstance(e, A.UnaryExpr):
            return e.op in _PURE_UNARY and self.pure(e.x)
        if isinstance(e, A.BinaryExpr):
            return self.pure(e.x) and self.pure(e.y)
        return False

    def shared_location(self, e):
        """Closure fr -> (container, key) for a memory access worth reporting,
        or None (locals nobody else can see, whole aggregates, strings)."""
        e = _unparen(e)
        t = self.typeof(e)
        if t is None or is_aggregate(t):
            return None
        if isinstance(e, A.Ident):
            v = self.info.uses.get(e) or self.info.defs.get(e)
            if not isinstance(v, T.Var) or v.name == '_':
                return None
            is_global = v in self.gslot or v.kind == T.PKGVAR
            if not is_global and (self.ctx is None or v not in self.ctx.boxed):
                return None
        elif isinstance(e, A.SelectorExpr):
            sel = self.info.selections.get(e)
            if sel is None:
                if not isinstance(self.info.uses.get(e.sel), T.Var):
                    return None
            elif sel.kind != FIELD_VAL:
                return None
        elif isinstance(e, A.IndexExpr):
            xt = self.typeof(e.x)
            if xt is None or isinstance(xt.underlying(), T.Basic):
                return None       # strings are immutable
            if self.info.instances.get(_unparen(e.x)) is not None:
                return None
        elif isinstance(e, A.StarExpr):
            pass
        else:
            return None
        if not self.pure(e):
            return None
        self._race_off += 1
        try:
            loc = Compiler.location(self, e)
        except (NotImplementedError, AttributeError, KeyError):
            return None
        finally:
            self._race_off -= 1
        xt = self.typeof(e.x) if isinstance(e, A.IndexExpr) else None
        if xt is not None and isinstance(xt.underlying(), T.Map):
            def map_loc(fr):
                c, _ = loc(fr)
                return getattr(c, 'm', c), RACE.MAPWHOLE    # the dict, not its slot wrapper
            return map_loc
        return loc

    def located(self, e):
        """(loc, site) of the access e makes, or None when it is not reported;
        loc(fr) gives its (container, key) or raises when the access itself
        will fail (and say why: it is then not reported)."""
        loc = self.shared_location(e)
        if loc is None:
            return None
        return loc, self.race_site(_unparen(e).pos)

    # The closures below report the access, then make it. They are the
    # inner loop of a -race run (a sort reads a slice element for nearly
    # every step), so each calls the detector itself, with no helper between.

    # ------------------------------------------------------------ reads

    def expr(self, e):
        f = super().expr(e)
        if self._race_off or not isinstance(_unparen(e), (A.Ident, A.SelectorExpr, A.IndexExpr,
                                                         A.StarExpr)):
            return f
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == CONSTANT:
            return f
        at = self.located(e)
        if at is None:
            return f
        loc, site = at
        read = self.run.sched.race.read
        if self.element_of_list(e):
            # loc has checked the index: the value is the list's item there,
            # no need to evaluate the operands a second time
            def raced_elem(fr):
                try:
                    c, k = loc(fr)
                except Exception:      # the read itself fails and says why
                    return f(fr)
                read(c, k, site)
                return c[k]
            return raced_elem

        def raced_read(fr):
            try:
                c, k = loc(fr)
            except Exception:
                return f(fr)
            if c is not None:
                read(c, k, site)
            return f(fr)
        return raced_read

    def element_of_list(self, e):
        """Whether e is an element of a slice or an array (not through a
        pointer): Compiler.location gives (the list holding it, its index),
        bounds checked, and reading it is that item (compile/expr.py's
        idx_slice, idx_arr)."""
        e = _unparen(e)
        if not isinstance(e, A.IndexExpr):
            return False
        xt = self.typeof(e.x)
        return xt is not None and isinstance(xt.underlying(), (T.Slice, T.Array))

    # ------------------------------------------------------------ writes

    def storer(self, e):
        st = super().storer(e)
        if self._race_off:
            return st
        at = self.located(e)
        if at is None:
            return st
        loc, site = at
        write = self.run.sched.race.write

        def raced_store(fr, x):
            try:
                c, k = loc(fr)
            except Exception:
                c = None
            if c is not None:
                write(c, k, site)
            st(fr, x)
        return raced_store

    def prepared_store(self, e):
        prep = super().prepared_store(e)
        if self._race_off:
            return prep
        at = self.located(e)
        if at is None:
            return prep
        loc, site = at
        write = self.run.sched.race.write

        def raced_prep(fr):
            try:
                c, k = loc(fr)
            except Exception:
                c = None
            if c is not None:
                write(c, k, site)
            return prep(fr)
        return raced_prep

    def op_assign(self, lhs, op, rhs):
        f = super().op_assign(lhs, op, rhs)
        return self._read_write(lhs, f)

    def s_IncDecStmt(self, s):
        f = super().s_IncDecStmt(s)
        return self._read_write(s.x, f)

    def _read_write(self, e, f):
        """x++ and x op= y: a read then a write of one location, computed once."""
        at = self.located(e)
        if at is None:
            return f
        loc, site = at
        update = self.run.sched.race.update

        def raced_rmw(fr):
            try:
                c, k = loc(fr)
            except Exception:
                c = None
            if c is not None:
                update(c, k, site)
            return f(fr)
        return raced_rmw

    # ------------------------------------------------------------ atomics

    def x_CallExpr(self, e):
        f = super().x_CallExpr(e)
        addr = self.atomic_address(e)
        if addr is None:
            return f
        fun = _unparen(e.fun)
        # Counter updates (Add/And/Or) release but do not acquire: acquiring
        # would make every goroutine's clock as large as the number of
        # goroutines that ever counted (quadratic). Loads, stores, swaps and
        # compare-and-swap (spin locks, flags, publication) keep both edges.
        acquire = not fun.sel.name.startswith(('Add', 'And', 'Or'))
        det = self.run.sched.race

        def raced_atomic(fr):
            try:
                a = addr(fr)
            except Exception:
                a = None
            if a is not None and acquire:
                det.acquire(a)
            r = f(fr)
            if a is not None:
                det.release(a)
            return r
        return raced_atomic

    def atomic_address(self, e):
        """For a call into sync/atomic: closure giving the address it works on."""
        fun = _unparen(e.fun)
        if not isinstance(fun, A.SelectorExpr):
            return None
        sel = self.info.selections.get(fun)
        if sel is None:
            obj = self.info.uses.get(fun.sel)
            if isinstance(obj, T.Func) and obj.pkg is not None and obj.pkg.path == 'sync/atomic' \
                    and e.args and self.pure(e.args[0]):
                self._race_off += 1
                try:
                    return Compiler.expr(self, e.args[0])
                finally:
                    self._race_off -= 1
            return None
        obj = sel.obj
        if isinstance(obj, T.Func) and obj.pkg is not None and obj.pkg.path == 'sync/atomic' \
                and self.pure(fun.x):
            self._race_off += 1
            try:
                recv = Compiler.expr(self, fun.x)
            finally:
                self._race_off -= 1
            return recv
        return None
