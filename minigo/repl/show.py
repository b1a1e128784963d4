"""How the REPL shows an input's value: the trailing expression of an input
is printed with its type as a comment (`42 // int`, as gomacro does), and a
single value is kept in `_` for the next inputs.

The expression is evaluated where it stands, as the input's last statement
(a `ShowStmt` put in place of its ExprStmt), so it sees the input's effects
and is printed before the input's deferred calls run.
"""
from __future__ import annotations

from .. import types as T
from ..compile.compiler import Compiler
from ..syntax import ast as A


@A.node
class ShowStmt(A.Stmt):
    """An expression statement whose value(s) the REPL prints."""
    pos: A.Pos
    x: A.Expr
    types: list          # the value types (untyped constants: their default type)
    label: str           # the type comment
    last: object         # the Var `_` becomes, or None


class ReplCompiler(Compiler):
    """The session's compiler: also compiles ShowStmt, and names a
    function's code in traces after the input that declared it (`<input 3>`,
    a notebook's `cell3.go`) whenever it is compiled: functions are compiled
    on their first call, perhaps during a later input."""

    def __init__(self, info, pkg, write, paint):
        super().__init__(info, pkg)
        self.write = write   # the session's stdout
        self.paint = paint   # colours (style.py): the type comment is a comment
        self.naming = {}     # id(function body) -> (body, file, line offset) of the input declaring it

    def name_input(self, tree, path, line_offset):
        """Name the code of a parsed input from now on (name_source), and its
        functions for good."""
        self.name_source(path, line_offset)
        for d in tree.decls:
            if isinstance(d, A.FuncDecl) and d.body is not None:
                self.naming[id(d.body)] = (d.body, path, line_offset)

    def build_function(self, sig, body, *args, **kwargs):
        named = self.naming.get(id(body))
        if named is None:
            return super().build_function(sig, body, *args, **kwargs)
        saved = self.src_path, self.line_offset
        self.name_source(named[1], named[2])
        try:
            return super().build_function(sig, body, *args, **kwargs)
        finally:
            self.src_path, self.line_offset = saved

    def s_ShowStmt(self, s):
        from ..runtime import rtypes as R
        types = s.types
        write = self.write
        if not types:          # untyped nil has no run-time type
            nil = '<nil>' + self.paint('comment', f' // {s.label}') + '\n'
            return lambda fr: write(nil)
        if len(types) == 1:
            one = self.expr_to(s.x, types[0])

            def get(fr):
                return (one(fr),)
        else:
            get = self.multi_value(s.x, len(types))
        rts = [R.rtype(t) for t in types]
        for rt in rts:
            self.ensure_methods(rt)
        G = self.G
        slot = self.global_slot(s.last) if s.last is not None else None
        comment = self.paint('comment', f' // {s.label}')

        def show(fr):
            vals = get(fr)
            if slot is not None:
                G[slot] = vals[0]
            write(' '.join(format_value(rt, v) for rt, v in zip(rts, vals)) + comment + '\n')
        return show


def format_value(rt, v):
    """A value as the REPL prints it: strings quoted, the rest as %v."""
    from ..runtime import rtypes as R
    from ..runtime.gofmt import sprintf
    verb = b'%q' if rt.kind == R.STRING and not rt.named else b'%v'
    arg = v if T.is_interface(rt.t) else (rt, v)
    s, _ = sprintf(verb, [arg])
    return s.decode('utf-8', 'replace')


def show_stmt(stmt, info, sprintf_type, pkg):
    """The ShowStmt printing expression statement stmt, or None when its
    expression has no value to print (a call of a function without results,
    fmt.Println)."""
    from ..typecheck.operand import NOVALUE
    from ..typecheck.universe import default_type
    x = stmt.x
    tv = info.types.get(x)
    if tv is None or tv.type is None or tv.mode == NOVALUE or _silent_call(x, info):
        return None
    typ = tv.type
    if typ is T.Typ[T.UNTYPED_NIL]:
        return ShowStmt(stmt.pos, A.Ident(stmt.pos, 'nil'), [], 'untyped nil', None)
    if isinstance(typ, T.Tuple):
        types = [v.type for v in typ.vars]
    else:
        types = [default_type(typ)]
    if not types or any(t is None for t in types):
        return None
    names = [sprintf_type(t) for t in types]
    label = names[0] if len(names) == 1 else f'({", ".join(names)})'
    last = T.Var('_', types[0], stmt.pos, pkg, kind=T.PKGVAR) if len(types) == 1 else None
    return ShowStmt(stmt.pos, x, types, label, last)


# calls whose results (n int, err error) nobody wants echoed
SILENT_CALLS = {('fmt', n) for n in ('Print', 'Println', 'Printf', 'Fprint', 'Fprintln', 'Fprintf')}


def _silent_call(x, info):
    while isinstance(x, A.ParenExpr):
        x = x.x
    if not isinstance(x, A.CallExpr) or not isinstance(x.fun, A.SelectorExpr):
        return False
    pkg = x.fun.x
    if not isinstance(pkg, A.Ident):
        return False
    pn = info.uses.get(pkg)
    if not isinstance(pn, T.PkgName):
        return False
    return (pn.imported.path, x.fun.sel.name) in SILENT_CALLS
