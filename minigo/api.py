"""minigo as a library: `run` a Go program, `check` one for compile errors.

Each call is one run with a context of its own (runtime/context.py): its
output is captured, its stdin is the bytes given, its environment a copy, so
calls one after another, or at once on several threads, never see each other.
The CLI, `explore` and the test suite are layers over these two functions.

    >>> import minigo
    >>> r = minigo.run('package main\\nimport "fmt"\\nfunc main() { fmt.Println("hi") }\\n')
    >>> r.stdout, r.exit_code
    (b'hi\\n', 0)
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from .errors import ErrorList


@dataclass(frozen=True)
class Diagnostic:
    """One compile error, as gc reports it (column in UTF-8 bytes, 0 when gc gives none)."""
    file: str
    line: int
    column: int
    message: str

    def __str__(self):
        where = self.file if not self.line else f'{self.file}:{self.line}' + (
            f':{self.column}' if self.column else '')
        return f'{where}: {self.message}'


@dataclass
class RunResult:
    """What a run printed and how it ended (exit_code as a built Go binary:
    0, os.Exit(n), 1 compile error, 2 panic or fatal error, 66 data race)."""
    stdout: bytes
    stderr: bytes
    exit_code: int
    seed: int | None = None
    timed_out: bool = False
    diagnostics: list = field(default_factory=list)


def _diagnostics(el: ErrorList):
    out = []
    for e in el.sorted():
        if e.pos is None:
            out.append(Diagnostic(el.src.display, 0, 0, e.msg))
        else:
            line, col = e.pos
            out.append(Diagnostic(el.src.display, line, el.src.column(line, col), e.msg))
    if el.too_many is not None:
        line, col = el.too_many
        out.append(Diagnostic(el.src.display, line, el.src.column(line, col), 'too many errors'))
    return out


def _source(source, filename):
    from .errors import Source
    from .frontend import decode_source
    if isinstance(source, bytes):
        return decode_source(filename, source)
    return Source(filename, source)


def check(source, filename='prog.go'):
    """Parse and type-check a `package main` file; the list of its compile
    errors as Diagnostics (empty when it compiles)."""
    from .frontend import NotMain, parse_and_check
    try:
        parse_and_check(_source(source, filename))
    except ErrorList as el:
        return _diagnostics(el)
    except NotMain:
        return [Diagnostic(filename, 0, 0, 'package command-line-arguments is not a main package')]
    return []


def run(source, filename='prog.go', args=(), stdin=b'', seed=None, virtual_time=False,
        race=False, trace=None, timeout=None, env=None, sched='go'):
    """Compile and run a Go program as `go run` would. args are os.Args[1:];
    sched 'go' orders goroutines as Go does on one P (the seed then matters
    only where Go itself is random: select, map order, math/rand), 'random'
    draws every scheduling choice from the seed;
    trace, a path, writes the Chrome trace JSON there; timeout (seconds)
    stops a run that goes on too long (timed_out is then set); env replaces
    the environment the program sees (default: a copy of this process's)."""
    from .frontend import NotMain, parse_and_check, report_bytes
    from .runner import run_program
    from .runtime.context import Run
    out, err = io.BytesIO(), io.BytesIO()
    try:
        src = _source(source, filename)
        tree, info = parse_and_check(src)
    except ErrorList as el:
        return RunResult(b'', report_bytes(el), 1, diagnostics=_diagnostics(el))
    except NotMain:
        return RunResult(b'', b'package command-line-arguments is not a main package\n', 1)
    r = Run(stdout=out, stderr=err, stdin=io.BytesIO(bytes(stdin)), args=[filename, *args],
            environ=env, seed=seed, virtual_time=virtual_time, sched=sched)
    code = run_program(src, tree, info, r, trace=trace, race=race, timeout=timeout)
    from .runner import TimedOut
    timed_out = isinstance(r.stopped_by, TimedOut)
    return RunResult(out.getvalue(), err.getvalue(), code,
                     seed=r.sched.seed if r.sched is not None else seed, timed_out=timed_out)
