"""The type checker: Go's static semantics and compile errors, worded as
cmd/compile's types2 words them. `check_file` is the entry point."""
from __future__ import annotations

from .. import types as T
from ..errors import ErrorList
from ..syntax import ast as A


def check_file(src, tree: A.File, repl=False):
    """Type-check a parsed `package main` file. Returns an Info; raises
    ErrorList (in gc's format) on errors."""
    from .checker import Checker, TooManyErrors
    from .decl import ImportFailure
    from ..stdlib import import_package
    pkg = T.Package('main', tree.package.name)
    chk = Checker(src, pkg, import_package, repl=repl)
    # scanner errors (a malformed literal...): gc reports them with the checker's
    chk.scan_errors_seeded = True
    if tree.errors:
        chk.errors.errors.extend(tree.errors.errors)
    try:
        # Label and branch errors come from cmd/compile's parser, before types2 runs.
        for d in tree.decls:
            if isinstance(d, A.FuncDecl) and d.body is not None:
                for body in _bodies(d.body):
                    chk.check_branches(body)
                chk.check_branches(d.body)
        info = chk.check_file(tree)
    except TooManyErrors:
        raise chk.errors
    except ImportFailure as e:
        el = ErrorList(src)
        el.add(e.pos, e.msg)
        el.go_command = True
        raise el
    info.package = pkg
    info.checker = chk
    return info


def _bodies(block):
    """Bodies of function literals inside block, innermost first (the order
    in which the parser finishes them)."""
    out = []

    def visit(n):
        if isinstance(n, A.FuncLit):
            for _, v in n.children():
                walk(v)
            out.append(n.body)
            return
        for _, v in n.children():
            walk(v)

    def walk(v):
        if isinstance(v, A.Node):
            visit(v)
        elif isinstance(v, list):
            for i in v:
                if isinstance(i, A.Node):
                    visit(i)
    visit(block)
    return out
