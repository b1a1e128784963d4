"""The Go call stack, read off the Python stack.

Each compiled call closure has a parameter `_gopos` whose default is its call
site (file, line, enclosing Go function), so walking the Python frames from
the innermost outwards and keeping those that have one gives Go's stack of
call sites: the first is where the innermost Go function called out (e.g. the
call of runtime.Caller itself), the next where its caller called it, and so
on. Nothing is recorded while the program runs; this costs only when asked.
"""
from __future__ import annotations

import sys

_funcs = []          # pc - 1 -> function name (runtime.FuncForPC)
_pc_of = {}


def call_sites(limit=64):
    out = []
    f = sys._getframe(1)
    while f is not None and len(out) < limit:
        code = f.f_code
        if '_gopos' in code.co_varnames[:code.co_argcount]:
            site = f.f_locals.get('_gopos')
            if site is not None:
                out.append(site)
        f = f.f_back
    return out


def pc_for(func):
    pc = _pc_of.get(func)
    if pc is None:
        _funcs.append(func)
        pc = _pc_of[func] = len(_funcs)
    return pc


def func_name(pc):
    if 1 <= pc <= len(_funcs):
        return _funcs[pc - 1]
    return None
