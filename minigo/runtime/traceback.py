"""What a crashing Go program prints on stderr: `panic: ...` (with earlier
panics first, `[recovered]`), `[signal SIGSEGV ...]` for nil dereferences,
`fatal error: ...`, then a short Go-shaped goroutine trace."""
from __future__ import annotations

from . import sched
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
    v = p.value
    if v is not None and isinstance(v[1], RuntimeErrorValue) and v[1].sigsegv:
        out.append('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n')
    g = getattr(p, 'goroutine', None)
    out.append('\n')
    out.append(_goroutine_header(g))
    out.append(_frames(g, p.__traceback__))
    return ''.join(out)


def go_frames(tb):
    """[(function, path, line)] innermost first, read off a Python traceback:
    function trampolines have a `_gofn` parameter (the Go function's name),
    call closures a `_gopos` one (the call site), see compile/funcs.py and
    runtime/callers.py. A function whose current line is not known (a
    runtime error away from any call) gets line 0."""
    pyframes = []
    while tb is not None:
        pyframes.append(tb.tb_frame)
        tb = tb.tb_next
    return _go_frames(pyframes)


def parked_frames(g):
    """go_frames of a goroutine parked in its greenlet."""
    glet = getattr(g, 'glet', None)
    f = getattr(glet, 'gr_frame', None) if glet is not None else None
    pyframes = []
    while f is not None:
        pyframes.append(f)
        f = f.f_back
    pyframes.reverse()
    return _go_frames(pyframes)


def _go_frames(pyframes):
    """Python frames, outermost first -> Go frames, innermost first."""
    frames = []
    for f in pyframes:
        code = f.f_code
        params = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
        if '_gofn' in params:
            name, path = f.f_locals.get('_gofn') or ('', '')
            if not (frames and frames[-1][0] == name and frames[-1][2] == 0):
                frames.append([name, path, 0])
        elif '_gopos' in params:
            path, line, func = f.f_locals.get('_gopos') or ('', 0, '')
            if not frames or frames[-1][0] != func:
                frames.append([func, path, line])
            else:
                frames[-1][1:] = [path, line]
    frames.reverse()
    return [tuple(fr) for fr in frames if fr[0]]


def _frames(g, tb=None, parked=False):
    frames = parked_frames(g) if parked else go_frames(tb)
    if not frames:
        name = 'main.main()' if g is None or g.id == 1 else 'main.main.func1()'
        return f'{name}\n\t?:0 +0x0\n'
    out = []
    for func, path, line in frames:
        last = func.rsplit('.', 1)[-1]
        args = '()' if last == 'main' or (last.startswith('func') and last[4:].isdigit()) else '(...)'
        out.append(f'{func}{args}\n\t{path or "?"}:{line or "?"} +0x0\n')
    where = getattr(g, 'created_at', None)
    if where is not None and g.id != 1:
        path, line, func = where
        if not str(path).startswith('/'):
            path = frames[-1][1] if frames else '?'
        out.append(f'created by {func} in goroutine {g.parent_id}\n\t{path}:{line} +0x0\n')
    return ''.join(out)


def fatal_report(f):
    out = [f'fatal error: {f.msg}\n']
    if f.extra:
        out.append(f.extra)
    s = f.trace_state
    if s is not None and 'deadlock' in f.msg:
        out.append('\n')
        gs = sorted(s.gs.values(), key=lambda g: g.id)
        for i, g in enumerate(gs):
            if i:
                out.append('\n')
            reason = g.wait_reason or 'runnable'
            out.append(f'goroutine {g.id} [{reason}]:\n')
            out.append(_frames(g, parked=True))
    elif s is not None:
        g = s.current
        out.append('\n')
        out.append(_goroutine_header(g))
        out.append(_frames(g))
    return ''.join(out)


def stack_overflow_report():
    g = sched.current_g()
    return ('runtime: goroutine stack exceeds 1000000000-byte limit\n'
            'fatal error: stack overflow\n\n'
            f'runtime stack:\n\ngoroutine {getattr(g, "id", 1)} [running]:\n')
