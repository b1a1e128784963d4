"""Error values the Python side of the standard library returns (io.EOF and
fmt's scanning errors), taken from the Go side so that `err == io.EOF` holds."""


from .goside import package_func, package_var

_pkg_global = package_var


def EOF():
    return _pkg_global('io', 'EOF')


def unexpected_newline():
    return _new_error(b'unexpected newline')


def scan_error(word, rt):
    return _new_error(b'expected integer')


def _new_error(msg):
    return package_func('errors', 'New')(msg)
