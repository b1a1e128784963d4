"""The Go call stack, read off the Python stack.

Each compiled function's trampoline has a parameter `_gofn` (its Go name and
file) and each call closure (and each operation that can fail at run time) a
parameter `_gopos` (file, line, enclosing function), both as defaults, so
walking the Python frames gives Go's stack (runtime/traceback.py
_go_frames): the first frame is the Go function that called into Python (e.g.
called runtime.Caller), at the line of that call. Nothing is recorded while
the program runs; this costs only when asked.
"""
from __future__ import annotations

import sys

from .context import current


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
