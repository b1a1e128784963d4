"""The Go side of the standard library, reached from its Python side.

Some packages are partly written in Go (their GO_DECLS bodies): io.EOF,
strconv's error constructors, fmt's Formatter call, time's locations. The
Python side reaches those values through here, as the current run compiled
them (each run compiles its own copy: package variables belong to a run).
Lookups are cached per run.
"""
from __future__ import annotations

from ..runtime.context import current


def _cache():
    return current().state('goside', dict)


def _compiler(path):
    from . import import_package
    from ..compile.compiler import pkg_compiler
    pkg = import_package(path)
    return pkg_compiler(pkg), pkg


def package_var(path, name):
    """The current value of package path's variable name."""
    c, pkg = _compiler(path)
    return c.G[c.global_slot(pkg.scope.lookup(name))]


def package_func(path, name):
    """Package path's function name as a Python callable (cached per run)."""
    key = ('func', path, name)
    cache = _cache()
    fn = cache.get(key)
    if fn is None:
        c, pkg = _compiler(path)
        fn = cache[key] = c.func_value(pkg.scope.lookup(name))
    return fn


def package_rtype(path, name, pointer=False):
    """The RType of package path's type name (or of *name)."""
    key = ('type', path, name, pointer)
    cache = _cache()
    rt = cache.get(key)
    if rt is None:
        from . import import_package
        from .. import types as T
        from ..runtime.rtypes import rtype
        t = import_package(path).scope.lookup(name).type
        rt = cache[key] = rtype(T.Pointer(t) if pointer else t)
    return rt
