"""Type-check loaded packages in dependency order and order their
initialization, as the go command and gc do: a package is checked once,
after the packages it imports; compile errors stop the build at the first
package that has them, reported under `# IMPORT/PATH`.

Initialization order (Go spec, since 1.21): of the packages sorted by import
path, repeatedly the first whose imports are all initialized goes next; the
package being run (main, or the package under test) comes last.
"""
from __future__ import annotations

from .. import types as T
from ..errors import ErrorList
from ..syntax import ast as A


class Build:
    """A checked program: the local packages it imports (in initialization
    order, each a types.Package with .info/.tree/.src) and its own package."""

    def __init__(self, loader, main, deps):
        self.loader = loader
        self.fset = loader.fset
        self.main = main            # the load.Package being run or tested
        self.deps = deps            # checked types.Package, initialization order
        self.tree = None            # main's files as one ast.File (compile order)
        self.info = None
        self.pkg = None


def merged(trees):
    """Several files' declarations as one File, for the compiler (which reads
    only the declarations; each file's scope was the checker's business)."""
    first = trees[0]
    decls = [d for t in trees for d in t.decls]
    imports = [i for t in trees for i in t.imports]
    return A.File(first.pos, first.package, imports, decls)


def check_one(fset, path, trees, importer, header_path=None):
    """Check one package's files; raises an ErrorList with the package header."""
    from ..typecheck import check_package
    try:
        return check_package(fset, trees, importer, path=path)
    except ErrorList as el:
        if not getattr(el, 'go_command', False):
            el.header = f'# {header_path or path}\n'
        raise


def importer_for(checked):
    from ..stdlib import import_package

    def importer(path):
        pkg = checked.get(path)
        return pkg if pkg is not None else import_package(path)
    return importer


def check_deps(loader, top_imports, checked=None):
    """Check every local package reachable from top_imports, dependencies
    first; returns {path: types.Package} and the initialization order."""
    checked = {} if checked is None else checked
    importer = importer_for(checked)
    visiting = []

    def visit(path):
        if path in checked:
            return
        lp = loader.packages[path]
        for dep in lp.local_imports:
            visit(dep)
        info = check_one(loader.fset, path, lp.trees, importer)
        pkg = info.package
        pkg.info = info
        pkg.tree = merged(lp.trees)
        pkg.src = loader.fset
        pkg.local = True
        pkg.local_imports = list(lp.local_imports)
        checked[path] = pkg

    for p in top_imports:
        visit(p)
    return checked, init_order(checked)


def init_order(checked):
    done = set()
    order = []
    todo = sorted(checked)
    while todo:
        for p in todo:
            if all(d in done for d in checked[p].local_imports):
                break
        else:   # pragma: no cover - the loader refused import cycles
            p = todo[0]
        todo.remove(p)
        done.add(p)
        order.append(checked[p])
    return order


def build_main(loader, lp, header=None):
    """Check a `package main` program (lp, a load.Package) and what it imports."""
    checked, order = check_deps(loader, lp.local_imports)
    b = Build(loader, lp, order)
    info = check_one(loader.fset, 'main', lp.trees, importer_for(checked), header_path=header or lp.path)
    b.info = info
    b.pkg = info.package
    b.pkg.src = loader.fset
    b.tree = merged(lp.trees)
    return b
