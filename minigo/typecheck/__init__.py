"""The type checker: Go's static semantics and compile errors, worded as
cmd/compile's types2 words them. `check_file` is the entry point."""
from __future__ import annotations

from .. import types as T
from ..errors import ErrorList, Source
from ..syntax import ast as A


def check_file(src, tree: A.File, importer, repl=False):
    """Type-check a parsed `package main` file. importer(path) gives the
    checked Package of an import path, or None (the standard library passes
    its own: the checker sits below it). Returns an Info; raises ErrorList
    (in gc's format) on errors."""
    return check_package(src, [tree], importer, repl=repl)


def check_package(src, trees, importer, path='main', repl=False):
    """Type-check the files of one package (trees, in the compiler's order;
    src a Source, or for several files the FileSet their positions are in)."""
    from .checker import Checker, TooManyErrors
    from .decl import ImportFailure
    pkg = T.Package(path, trees[0].package.name)
    chk = Checker(src, pkg, importer, repl=repl)
    # scanner errors (a malformed literal...): gc reports them with the checker's
    chk.scan_errors_seeded = True
    for tree in trees:
        if tree.errors:
            chk.errors.errors.extend(tree.errors.errors)
    try:
        # Label and branch errors come from cmd/compile's parser, before types2 runs.
        for tree in trees:
            for d in tree.decls:
                if isinstance(d, A.FuncDecl) and d.body is not None:
                    if _may_hold_func_lit(src, d.body):
                        for body in _bodies(d.body):
                            chk.check_branches(body)
                    chk.check_branches(d.body)
        info = chk.check_files(trees)
    except TooManyErrors:
        raise chk.errors
    except ImportFailure as e:
        el = ErrorList(src)
        el.add(e.pos, e.msg)
        el.go_command = True
        raise el
    except RecursionError:
        # Nesting beyond what the recursion limit allows (minigo.deepstack sets
        # it high enough for ~100,000 levels; gc itself runs out of stack
        # there): one error line, in go/parser's words, at the deepest node.
        el = ErrorList(src)
        el.add(_deepest(trees[0]), 'exceeded max nesting depth')
        raise el from None
    info.package = pkg
    info.checker = chk
    return info


def _may_hold_func_lit(src, body):
    """Whether the lines of a function body hold the word `func` at all:
    most bodies have no function literal, and walking every node of a big
    generated function to learn that costs more than its whole check. (For
    the files of a package, a FileSet, the walk is always made.)"""
    if type(src) is not Source:
        return True
    (first, col), (last, _) = body.pos, body.rbrace
    # the body's first line after its `{` (before it: the declaration's own `func`)
    return 'func' in src.line(first)[col:] or any('func' in src.line(n) for n in range(first + 1, last + 1))


def _bodies(block):
    """Bodies of function literals inside block, innermost first (the order
    in which the parser finishes them). An explicit stack, not recursion:
    expressions in a body can be thousands of levels deep."""
    out = []
    work = [(block, False)]
    while work:
        v, finished = work.pop()
        if finished:
            out.append(v.body)
            continue
        if isinstance(v, A.FuncLit):
            work.append((v, True))
        for _, c in reversed(list(v.children())):
            if isinstance(c, A.Node):
                work.append((c, False))
            elif isinstance(c, list):
                work.extend((i, False) for i in reversed(c) if isinstance(i, A.Node))
    return out


def _deepest(tree):
    """Position of the first node, in source order, of the greatest depth."""
    best, best_pos = -1, (1, 1)
    work = [(tree, 0)]
    while work:
        v, d = work.pop()
        if isinstance(v, A.Node):
            pos = getattr(v, 'pos', None)
            if d > best and pos:
                best, best_pos = d, pos
            work.extend((c, d + 1) for _, c in reversed(list(v.children())))
        elif isinstance(v, list):
            work.extend((c, d) for c in reversed(v))
    return best_pos
