"""Go error values made from the Python side of the template packages."""
from __future__ import annotations

from ...runtime import introspect as I
from ...runtime.values import Slice
from ..goside import package_func


def text(s):
    return s if isinstance(s, bytes) else s.encode('utf-8', 'surrogateescape')


def new(msg):
    """errors.New(msg) (also what fmt.Errorf gives without %w)."""
    return package_func('errors', 'New')(text(msg))


def wrap(prefix, err):
    """fmt.Errorf("<prefix>%w", err): prefix + err's text, unwrapping to err."""
    args = [(_string_rt(), text(prefix)), err]
    return package_func('fmt', 'Errorf')(b'%s%w', Slice(args, 0, 2, 2))


def message(err):
    """err.Error() as a str."""
    rt, v = err
    return I.method(rt, 'Error')(v).decode('utf-8', 'surrogateescape')


def _string_rt():
    from .values import rt_string
    return rt_string()
