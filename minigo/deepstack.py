"""Run a function on a thread with a big C stack and a high recursion limit.

minigo's parser callbacks, AST printer, type checker and compiled closures are
recursive Python, as the Go toolchain's are recursive Go. Go programs that are
perfectly valid nest deeply: generated tables are long `"a" + "b" + ...`
chains (a left-leaning tree as deep as the chain is long), machine-written
code nests parentheses, blocks and literals hundreds deep. Python's default
recursion limit (1000) and the main thread's C stack (often 8 MiB) are far too
small for that; gc's goroutine stacks grow to 1 GB.

call_deep(fn, *args, **kwargs) runs fn on a fresh thread whose stack is
STACK_BYTES, with the interpreter's recursion limit raised to RECURSION_LIMIT
while it runs, and hands back fn's result or re-raises its exception in the
caller. The recursion limit is interpreter-wide: it is raised when the first
call_deep starts and put back when the last one still running ends, so calls
from several threads at once are safe. A call made while already on a deep
thread simply calls fn. The thread is always joined before call_deep returns;
a Ctrl-C in the caller is passed on to fn as KeyboardInterrupt (so fn's own
handler, e.g. `signal: interrupt`, runs), and a second Ctrl-C stops waiting.

STACK_BYTES and RECURSION_LIMIT follow Go's 1 GB stack limit: a Go call is
about five Python frames in minigo's closures, so 3,000,000 frames hold a Go
recursion 500,000 calls deep (in main or in any goroutine: greenlets keep the
thread's recursion limit). Runaway recursion then ends after ~10 s and ~1 GB,
as real Go's does after ~2 s and 1 GB. In CPython 3.11+ a Python-to-Python
call uses next to no C stack (the checker's deepest walks touch ~12 bytes of
it per level), so the frames fit in 1 GiB and running out ends in
RecursionError, which callers turn into Go's words. A call through C (a
builtin taking a callback, a generator's next, a dunder method) uses up to
~2 KiB per frame: recursion that goes through C at every level could exhaust
the stack before the limit, so minigo's deep walks stay plain Python calls (or
loops); Go code recursing through fmt, sort or strings callbacks still ends
in Go's stack overflow (tests/test_depth.py).
"""
from __future__ import annotations

import sys
import threading

STACK_BYTES = 1024 * 1024 * 1024
RECURSION_LIMIT = 3_000_000

_lock = threading.Lock()
_active = []          # the recursion limits of the call_deep calls now running
_saved_limit = None   # the recursion limit before the first of them
_local = threading.local()


def on_deep_stack() -> bool:
    """True when the current thread is one that call_deep started."""
    return getattr(_local, 'deep', False)


def call_deep(fn, *args, **kwargs):
    """fn(*args, **kwargs) on a big-stack thread; its result, or its exception raised here."""
    return call_deep_limit(RECURSION_LIMIT, fn, *args, **kwargs)


def call_deep_limit(limit, fn, *args, **kwargs):
    """call_deep with another recursion limit (while several calls run, the
    highest of their limits is in force)."""
    if on_deep_stack():
        return fn(*args, **kwargs)
    outcome = {}
    finished = threading.Event()

    def target():
        _local.deep = True
        try:
            outcome['value'] = fn(*args, **kwargs)
        except BaseException as e:   # handed to the caller, SystemExit and KeyboardInterrupt too
            outcome['error'] = e
        finally:
            finished.set()

    with _lock:
        _hold(limit)
        try:
            old_size = threading.stack_size()
            try:
                threading.stack_size(STACK_BYTES)
            except (ValueError, RuntimeError):   # a platform that cannot: the default stack
                pass
            try:
                t = threading.Thread(target=target, name='minigo-deep', daemon=True)
                t.start()
            finally:
                threading.stack_size(old_size)
        except BaseException:
            _release(limit)
            raise
    try:
        _wait(t, finished)
    finally:
        with _lock:
            _release(limit)
    if 'error' in outcome:
        err = outcome.pop('error')
        try:
            raise err
        finally:
            del err
    return outcome.get('value')


def hold_limit(limit=RECURSION_LIMIT):
    """Raise the recursion limit for a thread that call_deep did not start
    (the REPL's scheduler thread) until the matching release_limit."""
    with _lock:
        _hold(limit)


def release_limit(limit=RECURSION_LIMIT):
    with _lock:
        _release(limit)


def _hold(limit):
    """Called with _lock held: one user of limit more."""
    global _saved_limit
    if not _active:
        _saved_limit = sys.getrecursionlimit()
    _active.append(limit)
    sys.setrecursionlimit(max(_saved_limit, *_active))


def _release(limit):
    """Called with _lock held: one call_deep fewer; the last puts the limit back."""
    global _saved_limit
    _active.remove(limit)
    if _active:
        sys.setrecursionlimit(max(_saved_limit, *_active))
    elif _saved_limit is not None:
        sys.setrecursionlimit(_saved_limit)
        _saved_limit = None


def _wait(t, finished):
    """Wait until t has finished. A first KeyboardInterrupt here is raised
    inside t instead (t then ends its own way); a second one while t still
    runs is raised here. (An Event, not t.join(): in CPython 3.11 a join
    interrupted by Ctrl-C marks the thread finished while it still runs.)"""
    try:
        finished.wait()
    except KeyboardInterrupt:
        _raise_in(t, KeyboardInterrupt)
        finished.wait()
    t.join()


def _raise_in(t, exc_type):
    import ctypes
    ident = t.ident
    if ident is None or not t.is_alive():
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc_type))
