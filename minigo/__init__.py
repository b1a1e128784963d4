"""minigo: a Go interpreter in Python for learning and testing Go's concurrency model.

The library API (see api.py):

    minigo.run(source, filename="prog.go", args=(), stdin=b"", seed=None,
               virtual_time=False, race=False, trace=None, timeout=None, env=None)
        -> RunResult(stdout: bytes, stderr: bytes, exit_code: int, seed, timed_out, diagnostics)
    minigo.check(source, filename="prog.go") -> [Diagnostic(file, line, column, message)]

Each call is an isolated run; calls may come one after another or from several
threads at once. Neither imports the CLI or the REPL.
"""
from .api import Diagnostic, RunResult, check, run

__all__ = ['run', 'check', 'RunResult', 'Diagnostic']
