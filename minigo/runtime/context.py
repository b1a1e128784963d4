"""The run context: everything one run of a Go program owns.

A run (one `minigo run`, one `minigo.run(...)` call, one seed of `explore`,
one REPL session) gets a fresh `Run`: its scheduler and clock, its output and
input streams, the program's arguments and environment, the race detector and
tracer when asked for, the preemption counter, and the per-run caches of
compiled code and run-time types (compiled closures belong to one run, since
they hold it). Nothing about a run lives in a module global, so two runs in
one process, one after another or at once on two threads, never see each
other. Caches that are pure functions of the program (parse tables, checked
standard packages) stay shared.

How code finds its run (after trio's GLOBAL_RUN_CONTEXT):
- compiled closures are made per run and hold their `Run` in a closure cell,
  the cheapest lookup Python has (a global counter is slower: every store to
  a module global invalidates the global-lookup caches);
- library code shared between runs (channels, sync, time, fmt's Python side)
  reads `RUN.run`, a thread-local: a run executes all its Go code on one
  thread (greenlets never cross threads), which activates the run first.
"""
from __future__ import annotations

import os
import threading

RUN = threading.local()


class Run:
    """One run's state. Streams are binary: stdout/stderr have write (and
    flush), stdin has read1 or read."""

    def __init__(self, *, stdout, stderr, stdin, args=('prog',), environ=None, seed=None,
                 virtual_time=False, sched='go', cwd=None, sandbox=None):
        self.stdout = stdout
        self.cwd = cwd              # the program's working directory (bytes), None: the process's
        self.stderr = stderr
        self.stdin = stdin
        self.args = list(args)
        # the environment as bytes (Go's strings need not be UTF-8), a copy of its own
        self.environ = dict(os.environb) if environ is None else {
            k.encode() if isinstance(k, str) else k: v.encode() if isinstance(v, str) else v
            for k, v in environ.items()}
        self.sandbox = sandbox      # runtime.sandbox.Sandbox under `minigo run --sandbox`
        # the process ends with this run (minigo run): what exists when main
        # starts may stay for good (runner freezes it out of the cyclic GC)
        self.process_run = False
        if sandbox is not None:
            sandbox.environ(self.environ)
        self.seed = seed
        self.virtual_time = virtual_time
        self.sched_mode = sched     # 'go': Go's order on one P; 'random': seeded interleavings
        self.sched = None           # the Scheduler, made by the runner
        self.stopped_by = None      # the interrupt (Ctrl-C, a timeout) that ended the run
        self.ncalls = 0             # calls since the last preemption check
        self.race = None            # runtime.race.Detector under -race
        self.tracer = None          # runtime.tracer.Tracer while --trace records
        self.interrupt_hook = None  # the REPL's Ctrl-C check, at preemption points
        self.src_path = None        # the main file, as compiled code reports it
        self.method_resolver = None  # compiles an RType's methods on first use
        self.compilers = {}         # package path -> Compiler of a standard package's Go code
        self.rtypes = {}            # type_key -> RType
        self.rtypes_by_id = {}      # id(types.Type) -> RType (the checked types outlive the run)
        self.impl_cache = {}        # (RType, interface RType) -> method table
        self.funcs = []             # pc - 1 -> Go function name (runtime.FuncForPC)
        self.pc_of = {}
        self._state = {}            # per-run state of standard packages, by key

    def state(self, key, make):
        """A standard package's per-run state: made by make() on first use."""
        st = self._state.get(key)
        if st is None:
            st = self._state[key] = make()
        return st


def current() -> Run:
    """The run active on this thread (an idle one outside any run: a bare
    session for code called directly, as unit tests do)."""
    r = getattr(RUN, 'run', None)
    if r is None:
        import io
        import sys
        r = RUN.run = Run(stdout=sys.stdout.buffer, stderr=sys.stderr.buffer,
                          stdin=getattr(sys.stdin, 'buffer', io.BytesIO()))
    return r


class activated:
    """`with activated(run):` makes run this thread's current run."""

    def __init__(self, run):
        self.run = run

    def __enter__(self):
        self.prev = getattr(RUN, 'run', None)
        RUN.run = self.run
        return self.run

    def __exit__(self, *exc):
        RUN.run = self.prev
