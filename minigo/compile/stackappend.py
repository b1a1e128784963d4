"""gc's stack buffer for appends to local slices that do not escape.

Since Go 1.25, when the result of `s = append(s, x...)` does not escape, gc
gives the first append that grows an empty s a 32-byte stack array as backing
store (ssagen: getBackingStoreInfoForAppend), so the capacity is 32/elemsize
instead of growslice's; later growth is the usual one. Which slices escape
is decided by gc's escape analysis; this recognises only the plain case: a
slice variable declared in the function (empty or nil) and used solely as
`s = append(s, ...)`, `s = s[i:j]`, `s = nil`, len(s), cap(s), copy and `s[i]`
(not its address), not inside a func literal. (Ranging over s, for one,
makes gc grow the buffer one size class at a time instead; that and
anything else counts as escaping here.) The first
such append in the function (in source order, without `...`) is the one that
may use the buffer, once per call of the function.
"""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A

STACK_BYTES = 32   # base.Debug.VariableMakeThreshold


def stack_append_sites(info, body, sub):
    """{id(append CallExpr): K} for the appends that may use the stack buffer."""
    cands = {}       # Var -> ok so far
    first_site = {}  # Var -> CallExpr
    order = []

    def builtin_name(call):
        f = call.fun
        while isinstance(f, A.ParenExpr):
            f = f.x
        if isinstance(f, A.Ident) and isinstance(info.uses.get(f), T.Builtin):
            return f.name
        return None

    def var_of(e):
        while isinstance(e, A.ParenExpr):
            e = e.x
        if isinstance(e, A.Ident):
            v = info.uses.get(e) or info.defs.get(e)
            if isinstance(v, T.Var):
                return v
        return None

    def ok_init(e):
        while isinstance(e, A.ParenExpr):
            e = e.x
        if isinstance(e, A.Ident) and e.name == 'nil':
            return True
        if isinstance(e, A.CompositeLit):
            return not e.elts
        if isinstance(e, A.CallExpr):
            tv = info.types.get(e.fun)
            if builtin_name(e) == 'make':
                return all(info.types.get(a) is not None and info.types[a].val is not None
                           for a in e.args[1:])
            if tv is not None and tv.type is not None and e.args and tv.mode == _TYPEXPR:
                return ok_init(e.args[0])
        return False

    def declare(v, init):
        t = sub(v.type).underlying()
        if not isinstance(t, T.Slice) or v in cands:
            cands[v] = False
            return
        cands[v] = init is None or ok_init(init)

    def bad(v):
        cands[v] = False

    def use(ident, anc):
        """ident (a candidate's use) with its ancestors anc (nearest last)."""
        v = var_of(ident)
        if v is None or v not in cands:
            return
        if any(isinstance(a, A.FuncLit) for a, _ in anc):
            bad(v)
            return
        parent, field = anc[-1]
        if isinstance(parent, A.ParenExpr):
            bad(v)
            return
        if isinstance(parent, A.CallExpr) and field == 'args':
            name = builtin_name(parent)
            if name in ('len', 'cap', 'copy'):
                return
            if name == 'append' and parent.args[0] is ident and len(anc) >= 2:
                stmt, sfield = anc[-2]
                if isinstance(stmt, A.AssignStmt) and stmt.tok == '=' and sfield == 'rhs' and \
                        len(stmt.lhs) == 1 and len(stmt.rhs) == 1 and var_of(stmt.lhs[0]) is v:
                    if parent.ellipsis is None and v not in first_site:
                        first_site[v] = parent
                    return
            bad(v)
            return
        if isinstance(parent, A.AssignStmt) and field == 'lhs':
            if len(parent.lhs) == 1 and len(parent.rhs) == 1:
                r = parent.rhs[0]
                while isinstance(r, A.ParenExpr):
                    r = r.x
                if parent.tok == ':=':
                    if info.defs.get(ident) is v:
                        return      # the declaration, checked there
                    bad(v)
                    return
                if parent.tok == '=':
                    if isinstance(r, A.CallExpr) and builtin_name(r) == 'append' and r.args and \
                            var_of(r.args[0]) is v:
                        return
                    if isinstance(r, A.SliceExpr) and var_of(r.x) is v:
                        return
                    if isinstance(r, A.Ident) and r.name == 'nil':
                        return
            bad(v)
            return
        if isinstance(parent, A.IndexExpr) and field == 'x':
            if len(anc) >= 2 and isinstance(anc[-2][0], A.UnaryExpr) and anc[-2][0].op == '&':
                bad(v)
            return
        if isinstance(parent, A.SliceExpr) and field == 'x' and len(anc) >= 2:
            stmt, sfield = anc[-2]
            if isinstance(stmt, A.AssignStmt) and stmt.tok == '=' and sfield == 'rhs' and \
                    len(stmt.lhs) == 1 and var_of(stmt.lhs[0]) is v:
                return
        if isinstance(parent, A.ValueSpec) and field == 'names':
            return
        bad(v)

    def visit(n, anc):
        if isinstance(n, A.ValueSpec):
            for i, nm in enumerate(n.names):
                v = info.defs.get(nm)
                if isinstance(v, T.Var):
                    if any(isinstance(a, A.FuncLit) for a, _ in anc):
                        continue
                    init = n.values[i] if i < len(n.values) and len(n.values) == len(n.names) else None
                    if n.values and len(n.values) != len(n.names):
                        cands[v] = False
                    else:
                        declare(v, init)
        elif isinstance(n, A.AssignStmt) and n.tok == ':=':
            for i, e in enumerate(n.lhs):
                v = info.defs.get(e) if isinstance(e, A.Ident) else None
                if isinstance(v, T.Var) and not any(isinstance(a, A.FuncLit) for a, _ in anc):
                    if len(n.lhs) == len(n.rhs):
                        declare(v, n.rhs[i])
                    else:
                        cands[v] = False
        elif isinstance(n, A.RangeStmt) and n.tok == ':=':
            for e in (n.key, n.value):
                v = info.defs.get(e) if isinstance(e, A.Ident) else None
                if isinstance(v, T.Var):
                    cands[v] = False
        if isinstance(n, A.Ident):
            if anc:
                order.append((n, list(anc)))
            return
        for name, c in n.children():
            if isinstance(c, A.Node):
                anc.append((n, name))
                visit(c, anc)
                anc.pop()
            elif isinstance(c, list):
                for x in c:
                    if isinstance(x, A.Node):
                        anc.append((n, name))
                        visit(x, anc)
                        anc.pop()

    visit(body, [])
    for ident, anc in order:
        use(ident, anc)
    out = {}
    for v, call in first_site.items():
        if not cands.get(v):
            continue
        size = _elem_size(sub(v.type).underlying().elem)
        if size and 0 < size <= STACK_BYTES:
            out[id(call)] = STACK_BYTES // size
    return out


def _elem_size(t):
    from ..runtime import rtypes as R
    if T.unalias(t).__class__ is T.TypeParam:
        return None
    try:
        return R.rtype(t).size
    except Exception:    # pragma: no cover - a type minigo cannot size
        return None


from ..typecheck.operand import TYPEXPR as _TYPEXPR  # noqa: E402
