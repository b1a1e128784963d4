"""The functions gc wraps a `go` or `defer` call in, as a trace names them.

gc turns `go f(x)` / `defer f(x)` into a call of a new function without
parameters or results that makes the call with the values evaluated at the
statement (typecheck.normalizeGoDeferCall): `main.main.gowrap1`,
`main.main.deferwrap2`, numbered in source order per enclosing function, one
counter for both kinds. Only a plain call of a non-generic func value or
function with no parameters and no results (`go func() {...}()`, `defer
cleanup()`, `go s.fn()` on a func field) is left unwrapped; builtins, method
calls and generic instantiations are always wrapped.

A wrapper is a frame of its own, and the runtime's traceback hides it unless
it called a panic function itself (runtime.elideWrapperCalling): a wrapper's
frame shows when it is the innermost frame of the program, that is when the
wrapped call panicked before reaching any Go function: a nil func value, a
nil pointer whose value method an interface call reaches, `panic(v)`, and in
a `go` statement `close` of a nil or closed channel (the runtime's frames are
then all there is, and the traceback prints every frame).
"""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A
from ..typecheck.checker import FIELD_VAL
from ..typecheck.operand import BUILTIN

# builtin -> (wrapper frame shown for `go`, for `defer`) when the builtin panics.
# A `go` wrapper that calls into the runtime is printed on the traceback's second
# pass (nothing else of the goroutine is shown); delete fails in
# internal/runtime/maps, which the first pass shows, and the others cannot fail.
BUILTIN_WRAPPER_SHOWN = {
    'panic': (True, True),
    'close': (True, False),
}


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


def needs_wrapper(info, call):
    """Whether gc wraps this go/defer call in a gowrap/deferwrap function."""
    call = _unparen(call)
    fun = _unparen(call.fun)
    if isinstance(fun, A.Ident) and isinstance(info.uses.get(fun), T.Builtin):
        return True
    tv = info.types.get(fun)
    if tv is not None and tv.mode == BUILTIN:
        return True
    if isinstance(fun, A.IndexExpr) or isinstance(fun, (A.Ident, A.SelectorExpr)) and fun in info.instances:
        return True          # a generic function: its dictionary is an argument
    if isinstance(fun, A.SelectorExpr):
        sel = info.selections.get(fun)
        if sel is not None and sel.kind != FIELD_VAL:
            return True      # a method call: the receiver is an argument
    t = tv.type if tv is not None else None
    sig = T.unalias(t).underlying() if t is not None else None
    if not isinstance(sig, T.Signature):
        return True
    return bool(sig.params.vars) or bool(sig.results.vars)


def wrapper_names(info, func_name, body):
    """{id(GoStmt or DeferStmt): wrapper function name} for the go and defer
    statements of one function body (not of the function literals in it)."""
    names = {}
    count = [0]

    def visit(n):
        if isinstance(n, A.FuncLit):
            return
        if isinstance(n, (A.GoStmt, A.DeferStmt)) and needs_wrapper(info, n.call):
            count[0] += 1
            kind = 'gowrap' if isinstance(n, A.GoStmt) else 'deferwrap'
            names[id(n)] = f'{func_name}.{kind}{count[0]}'
        for _, c in n.children():
            if isinstance(c, A.Node):
                visit(c)
            elif isinstance(c, list):
                for x in c:
                    if isinstance(x, A.Node):
                        visit(x)

    if body is not None:
        visit(body)
    return names
