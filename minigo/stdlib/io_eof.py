"""Error values the Python side of the standard library returns (io.EOF and
fmt's scanning errors), taken from the Go side so that `err == io.EOF` holds."""


def _pkg_global(path, name):
    from . import import_package
    from ..compile.compiler import pkg_compiler
    pkg = import_package(path)
    c = pkg_compiler(pkg, None)
    v = pkg.scope.lookup(name)
    return c.G[c.global_slot(v)]


def EOF():
    return _pkg_global('io', 'EOF')


def unexpected_newline():
    return _new_error(b'unexpected newline')


def scan_error(word, rt):
    return _new_error(b'expected integer')


def _new_error(msg):
    from . import import_package
    from ..compile.compiler import pkg_compiler
    pkg = import_package('errors')
    c = pkg_compiler(pkg, None)
    new = c.func_value(pkg.scope.lookup('New'))
    return new(msg)
