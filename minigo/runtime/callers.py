"""The Go call stack, read off the Python stack.

Each compiled function's trampoline has a parameter `_gofn` (its Go name and
file) and each call closure (and each operation that can fail at run time) a
parameter `_gopos` (file, line, enclosing function), both as defaults, so
walking the Python frames gives Go's stack (runtime/traceback.py
_go_frames): the first frame is the Go function that called into Python (e.g.
called runtime.Caller), at the line of that call. Nothing is recorded while
the program runs; this costs only when asked.

A go or defer statement whose wrapper function (compile/gowrap.py) can be
the frame that panics calls through `wrapper_call`, whose `_gopos` is a
WrapperSite: traceback.py prints that frame only when it is innermost.
"""
from __future__ import annotations

import sys

from .context import current
from .panic import nil_deref


class WrapperSite(tuple):
    """(file, line, name) of a gowrap/deferwrap function: the go or defer
    statement's position and the wrapper's name."""
    __slots__ = ()


def wrapper_call(fn, site):
    """fn called from a frame standing for the wrapper at site; fn None: the
    wrapper's call of a nil func value, a nil dereference in that frame."""
    if fn is None:
        def gowrap_nil(*_, _gopos=site):
            raise nil_deref()
        return gowrap_nil

    def gowrap(*args, _gopos=site):
        return fn(*args)
    # recover() looks through the wrapper, as Go's does (funcs.do_recover)
    gowrap.__wrapped__ = fn
    return gowrap


def call_sites(limit=256):
    """The Go stack here, innermost first, as (file, line, function): the
    frame of the Go function that called into Python first."""
    from .traceback import _go_frames
    frames = []
    f = sys._getframe(1)
    while f is not None and len(frames) < limit:
        frames.append(f)
        f = f.f_back
    frames.reverse()
    return [(path, line, func) for func, path, line in _go_frames(frames)]


def pc_for(func):
    """A program counter for the Go function named func (the run numbers
    functions in the order they are asked for)."""
    run = current()
    pc = run.pc_of.get(func)
    if pc is None:
        run.funcs.append(func)
        pc = run.pc_of[func] = len(run.funcs)
    return pc


def func_name(pc):
    funcs = current().funcs
    if 1 <= pc <= len(funcs):
        return funcs[pc - 1]
    return None
