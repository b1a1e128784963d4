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
    s = 'panic: ' + panic_value_string(p.value).replace('\n', '\n\t')
    if p.value is not None:
        from .rtypes import RUNTIME_ERROR
        rt, v = p.value
        if rt is RUNTIME_ERROR and isinstance(v, RuntimeErrorValue) and False:
            pass
        # Go appends " [recovered]" style markers and, for errors that are
        # goexit-style, more; for non-runtime errors of error type it adds nothing.
    return s


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
    out.append(_frames(g))
    return ''.join(out)


def _frames(g):
    name = 'main.main()' if g is None or g.id == 1 else 'main.main.func1()'
    return f'{name}\n\t?:0 +0x0\n'


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
            out.append(_frames(g))
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
