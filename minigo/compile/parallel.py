"""The order of a parallel assignment `a, b = x, y`, as gc implements it.

The spec only says: operands of index expressions and indirections on the
left and the expressions on the right are evaluated first, then the stores
happen left to right. Which run-time panic a program sees depends on more:
gc (cmd/compile walk, ascompatee) evaluates calls and receives first (order),
then, pair by pair, takes an early copy only of what an earlier store in the
same statement could change, and does everything else at the store itself,
bounds checks included. So `a[i], a[j] = 1, 2` with j out of range stores
a[i] before it panics, while `h[i], h[j] = h[j], h[i]` on an empty slice
panics on the read of h[i] (copied early, an earlier store could change it)
before the read of h[j].

`plan` gives each pair two flags: its left side's operands early, its right
side early. An expression is "affected" when it names a local that an earlier
pair assigned, or, once an earlier pair stored to memory (anything but an
unboxed local), when it reads memory: a package or boxed variable, an index,
a dereference, a field through a pointer, a slice expression, a literal.
Calls and receives are always early (gc hoists them before the stores).
"""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A
from ..typecheck.checker import FIELD_VAL


def _typexpr(c, fun):
    from ..typecheck.operand import TYPEXPR
    tv = c.info.types.get(A.unparen(fun))
    return tv is not None and tv.mode == TYPEXPR


def _memory_var(c, v):
    """A variable that lives in memory as gc sees it: package level or boxed."""
    return v.kind == T.PKGVAR or v in c.gslot or v in c.ctx.boxed


def _walk(c, e, assigned, mem_write):
    """(affected, has_call) for expression e."""
    affected = False
    call = False
    stack = [e]
    while stack:
        n = stack.pop()
        t = type(n)
        if t is A.Ident:
            v = c.info.uses.get(n)
            if isinstance(v, T.Var) and v.kind != T.FIELD:
                if v in assigned or (mem_write and _memory_var(c, v)):
                    affected = True
        elif t is A.CallExpr:
            if not _typexpr(c, n.fun):
                call = True
        elif t is A.UnaryExpr and n.op == '<-':
            call = True
        elif t is A.FuncLit:
            affected = affected or mem_write
            continue            # its body runs later, if at all
        elif mem_write and _reads_memory(c, n):
            affected = True
        stack.extend(A.child_nodes(n))
    return affected, call


def _reads_memory(c, n):
    t = type(n)
    if t in (A.IndexExpr, A.StarExpr, A.SliceExpr, A.CompositeLit):
        return True
    if t is A.SelectorExpr:
        sel = c.info.selections.get(n)
        if sel is None:
            return False        # a package member: its Ident says
        if sel.kind != FIELD_VAL:
            return True         # a method value: gc's conservative answer
        return any(deref for _, deref in c.field_steps(sel))
    return False


def plan(c, lhs, rhs):
    """[(left operands early, right side early)] for the pairs of lhs = rhs."""
    assigned = set()
    mem_write = False
    out = []
    for le, re_ in zip(lhs, rhs):
        operands, base = _lvalue(c, le)
        ops_early = False
        for part in operands:
            aff, call = _walk(c, part, assigned, mem_write)
            ops_early = ops_early or aff or call
        aff, call = _walk(c, re_, assigned, mem_write)
        out.append((ops_early, aff or call))
        v = c.info.uses.get(base) or c.info.defs.get(base) if base is not None else None
        if not isinstance(v, T.Var):
            mem_write = mem_write or base is None     # a store through memory
        elif base.name != '_':
            if _memory_var(c, v):
                mem_write = True
            else:
                assigned.add(v)     # a local's own store (its element or field too)
    return out


def _lvalue(c, e):
    """(operands gc evaluates for the store target e, and the variable's
    Ident when the target is a variable or an array element or field of
    one, else None)."""
    operands = []
    while True:
        e = A.unparen(e)
        if isinstance(e, A.Ident):
            return operands, e
        if isinstance(e, A.IndexExpr):
            if isinstance(c.typeof(e.x).underlying(), T.Array):
                operands.append(e.indices[0])
                e = e.x
                continue
            operands += [e.x, e.indices[0]]
            return operands, None
        if isinstance(e, A.SelectorExpr):
            sel = c.info.selections.get(e)
            if sel is None:
                return operands, e.sel      # a package's variable
            if not any(d for _, d in c.field_steps(sel)):
                e = e.x
                continue
            operands.append(e.x)
            return operands, None
        if isinstance(e, A.StarExpr):
            operands.append(e.x)
            return operands, None
        operands.append(e)
        return operands, None
