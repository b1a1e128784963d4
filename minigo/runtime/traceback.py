"""What a crashing Go program prints on stderr: `panic: ...` (with earlier
panics first, `[recovered]`), `[signal SIGSEGV ...]` for nil dereferences,
`fatal error: ...`, then Go-shaped goroutine traces: each frame of the
program with its file:line (read off the Python stack, see go_frames), and
where the goroutine was created. Also what runtime.Stack writes, and where
a parked goroutine stands (the REPL's :goroutines)."""
from __future__ import annotations

import re
import sys

from . import sched
from .callers import WrapperSite
from .context import current
from .gofmt import panic_value_string
from .panic import RuntimeErrorValue


def _goroutine_header(g, state='running'):
    gid = g.id if g is not None else 1
    return f'goroutine {gid} [{state}]:\n'


def _panic_line(p):
    # Go indents the continuation lines of a multi-line panic value.
    return 'panic: ' + panic_value_string(p.value).replace('\n', '\n\t')


def panic_report(p):
    chain = []
    q = p
    while q is not None:
        chain.append(q)
        q = q.prev
    chain.reverse()
    out = []
    for i, q in enumerate(chain):
        line = _panic_line(q)
        if q.repanicked:
            line += ' [recovered, repanicked]'
        elif q.recovered and q is not p:
            line += ' [recovered]'
        if i > 0:
            line = '\t' + line
        out.append(line + '\n')
    # Go keeps the goroutine's signal until a recovery completes, so a nil
    # dereference anywhere in the chain (one recovered whose deferred call
    # panicked again) still gets the line.
    if any(_is_sigsegv(q.value) for q in chain):
        out.append('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n')
    g = getattr(p, 'goroutine', None)
    out.append('\n')
    out.append(_goroutine_header(g))
    out.append(_format(g, go_frames(p.__traceback__, p)))
    return ''.join(out)


def _is_sigsegv(v):
    return v is not None and isinstance(v[1], RuntimeErrorValue) and v[1].sigsegv


def go_frames(tb, exc=None):
    """[(function, path, line)] innermost first, read off a Python traceback
    (of exc, the exception it belongs to): function trampolines have a
    `_gofn` parameter (the Go function's name), call closures and operations
    that can fail or block a `_gopos` one (their position), see
    compile/funcs.py and runtime/callers.py. A function whose current line is
    not known gets line 0."""
    return _go_frames(_tb_frames(tb), exc)


def _tb_frames(tb):
    """The frames of a traceback, outermost first; a frame that re-raised
    (consecutive entries of one frame) once."""
    pyframes = []
    while tb is not None:
        f = tb.tb_frame
        if not pyframes or pyframes[-1] is not f:
            pyframes.append(f)
        tb = tb.tb_next
    return pyframes


def parked_frames(g):
    """go_frames of a goroutine parked in its greenlet; one that has not
    started yet stands at the line declaring its function."""
    glet = getattr(g, 'glet', None)
    f = getattr(glet, 'gr_frame', None) if glet is not None else None
    if f is None:
        entry = _entry_gofn(getattr(g, 'fn', None))
        return [entry] if entry is not None else []
    return _go_frames(_back_chain(f))


def live_frames():
    """go_frames of the running goroutine, here."""
    return _go_frames(_back_chain(sys._getframe(1)))


def _back_chain(f):
    pyframes = []
    while f is not None:
        pyframes.append(f)
        f = f.f_back
    pyframes.reverse()
    return pyframes


def _entry_gofn(fn, depth=4):
    """The `_gofn` (function, file, declaration line) of a goroutine's
    function: its trampoline, or one inside the wrappers a go statement adds."""
    if fn is None or depth == 0:
        return None
    code = getattr(fn, '__code__', None)
    if code is not None and '_gofn' in code.co_varnames:
        for defaults in (fn.__defaults__ or (), (fn.__kwdefaults__ or {}).values()):
            for d in defaults:
                if isinstance(d, tuple) and len(d) == 3:
                    return d
    for cell in getattr(fn, '__closure__', None) or ():
        try:
            inner = cell.cell_contents
        except ValueError:
            continue
        if callable(inner):
            found = _entry_gofn(inner, depth - 1)
            if found is not None:
                return found
    return None


def _go_frames(pyframes, exc=None):
    """Python frames, outermost first -> Go frames, innermost first."""
    frames = []
    _walk(pyframes, exc, frames)
    # a go/defer wrapper's frame shows only when it is the one that panicked,
    # the innermost (runtime.elideWrapperCalling; callers.WrapperSite)
    last = len(frames) - 1
    frames = [fr for i, fr in enumerate(frames) if len(fr) == 3 or i == last]
    frames.reverse()
    return [tuple(fr[:3]) for fr in frames if fr[0]]


def _walk(pyframes, exc, frames):
    """Append the Go frames (outermost first, [function, path, line]) the
    Python frames stand for. exc: the exception whose traceback these are
    (None for a live stack)."""
    for f in pyframes:
        code = f.f_code
        params = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
        if '_gofn' in params:
            name, path, _ = f.f_locals.get('_gofn') or ('', '', 0)
            if not (frames and frames[-1][0] == name and frames[-1][2] == 0):
                frames.append([name, path, 0])
        elif '_gopos' in params:
            pos = f.f_locals.get('_gopos')
            if not pos:
                continue        # a runtime function called without a position
            path, line, func = pos
            if not frames or frames[-1][0] != func:
                frames.append([func, path, line, 'wrapper'] if isinstance(pos, WrapperSite)
                              else [func, path, line])
            else:
                frames[-1][1:3] = [path, line]
        elif '_goret' in params:
            # deferred calls at a normal return: the function is at its return
            line = f.f_locals.get('_goret')
            if frames and line:
                frames[-1][2] = line
        elif '_gopanics' in code.co_varnames:
            # deferred calls while panicking run on top of the stack of each
            # panic so far (Go prints them all); the panic being reported
            # continues in the frames that follow
            for p, tb in f.f_locals.get('_gopanics') or ():
                if p is not exc and tb is not None:
                    _walk(_tb_frames(tb.tb_next), p, frames)


# functions Go prints with `()`: main, function literals, go/defer wrappers,
# and the function a REPL input is compiled into (repl/session.py)
_NO_PARAMS = re.compile(r'(?:^|\.)(?:main|func\d+|gowrap\d+|deferwrap\d+)$|^main\.repl$')


def frame_text(func, path, line, entry=False):
    """One frame as Go prints it. A function with parameters is shown as gc
    shows an inlined call, `f(...)`, whose line has no pc offset (minigo has
    no argument words to print). entry: the function a goroutine started on
    without arguments (`go f()`), which the runtime calls: never inlined."""
    if entry or _NO_PARAMS.search(func):
        return f'{func}()\n\t{path}:{line} +0x0\n'
    return f'{func}(...)\n\t{path}:{line}\n'


def _format(g, frames):
    """A goroutine's frames as Go prints them under its header. A goroutine
    running only the standard library's Python code (`go wg.Wait()`) has no
    frame of the program: Go prints the library's frames there, minigo none."""
    entry = len(frames) - 1 if g is not None and g.id != 1 and not getattr(g, 'args', True) else -1
    out = [frame_text(func, path, line, i == entry) for i, (func, path, line) in enumerate(frames)]
    where = getattr(g, 'created_at', None)
    if where is not None and g.id != 1:
        path, line, func = where
        out.append(f'created by {func} in goroutine {g.parent_id}\n\t{path}:{line} +0x0\n')
    return ''.join(out)


def fatal_report(f):
    out = [f'fatal error: {f.msg}\n']
    if f.extra:
        out.append(f.extra)
    s = f.trace_state
    if s is not None and 'deadlock' in f.msg:
        out.append('\n')
        out.append(goroutines_dump(s.gs.values()))
    elif f.trace_g is not None:
        g = f.trace_g
        out.append(f'\ngoroutine {g.id} [{g.wait_reason or "running"}]:\n')
        out.append(_format(g, parked_frames(g)))
    elif s is not None:
        g = s.current
        out.append('\n')
        out.append(_goroutine_header(g))
        out.append(_format(g, go_frames(f.__traceback__, f)))
    return ''.join(out)


def goroutines_dump(gs):
    """Go's dump of goroutines that are not running (a deadlock's): each
    one's state, its stack with file:line, and where it was created."""
    out = []
    for g in sorted(gs, key=lambda g: g.id):
        if out:
            out.append('\n')
        out.append(f'goroutine {g.id} [{g.wait_reason or "runnable"}]:\n')
        out.append(_format(g, parked_frames(g)))
    return ''.join(out)


def stack_text(all_goroutines=False):
    """What runtime.Stack writes: the running goroutine, where it called
    (its frames up to the call of runtime.Stack), then with all_goroutines
    every other live goroutine."""
    g = sched.current_g()
    text = _goroutine_header(g) + _format(g, live_frames())
    s = current().sched
    if all_goroutines and s is not None:
        others = [o for o in s.gs.values() if o is not g]
        if others:
            text += '\n' + goroutines_dump(others)
    return text


def goroutine_location(g):
    """(function, file, line) where a goroutine that is not running stands:
    its innermost frame of the program (the REPL's :goroutines), or None."""
    frames = parked_frames(g)
    return frames[0] if frames else None


def stack_overflow_report():
    g = sched.current_g()
    return ('runtime: goroutine stack exceeds 1000000000-byte limit\n'
            'fatal error: stack overflow\n\n'
            f'runtime stack:\n\ngoroutine {getattr(g, "id", 1)} [running]:\n')
