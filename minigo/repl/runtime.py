"""The REPL's runtime: one scheduler that lives as long as the session.

Greenlets belong to the thread that made them, so the scheduler's hub runs in
a thread of its own for the whole session. The prompt hands it jobs (a
compiled input to run as a goroutine) and waits; between jobs the hub keeps
running goroutines the user started and fires their timers, so they go on
while the user types. What would end a program ends only the job: a deadlock
of the job's goroutine, a panic, Ctrl-C.
"""
from __future__ import annotations

import queue
import sys
import threading
import time as _time

import greenlet

from ..deepstack import STACK_BYTES, hold_limit, release_limit
from ..runtime.context import RUN, Run
from ..runtime.output import flush_stdout, write_stderr
from ..runtime.panic import GoExit, GoFatal
from ..runtime.sched import Scheduler, _Crash



class Interrupted(BaseException):
    """Raised in the running goroutine when the user presses Ctrl-C."""


class Job:
    def __init__(self, fn):
        self.fn = fn
        self.g = None
        self.done = threading.Event()
        self.outcome = 'ok'       # ok | panic | deadlock | interrupted | fatal
        self.error = None


class ReplScheduler(Scheduler):
    """A scheduler whose hub serves jobs from the prompt instead of one main."""

    def __init__(self, seed=None, run=None):
        super().__init__(seed, virtual_time=False, run=run)
        self.inbox = queue.Queue()
        self.job = None
        self.interrupt = False
        self.exit_code = None

    def serve(self):
        self.hub = greenlet.getcurrent()
        while True:
            if self.timers:
                self._fire_due_timers()
            job = self.job
            if job is not None and self.interrupt:
                self.interrupt = False
                if job.g is not None and job.g.parked:
                    write_stderr(f'interrupted ({job.g.wait_reason})\n'.encode())
                    self._abandon(job, 'interrupted')
                    continue
            if self.runnable():
                g = self._pick()
                self.current = g
                self.run.ncalls = 0
                try:
                    g.glet.switch()
                except _Crash as c:
                    p = c.panic_with(c.g)
                    self._report_panic(p)
                    if job is not None and c.g is job.g:
                        self._finish(job, 'panic')
                except Interrupted:
                    g.done = True
                    self.gs.pop(g.id, None)
                    write_stderr(b'interrupted\n')
                    if job is not None and g is job.g:
                        self._finish(job, 'interrupted')
                except GoFatal as f:
                    from ..runtime.traceback import fatal_report
                    flush_stdout()
                    write_stderr(fatal_report(f).encode('utf-8', 'surrogateescape'))
                    if job is not None:
                        self._abandon(job, 'fatal')
                except GoExit as e:
                    self.exit_code = e.code
                    if job is not None:
                        self._finish(job, 'exit')
                    return
                finally:
                    self.current = None
                if job is not None and job.g is not None and job.g.done and not job.done.is_set():
                    self._finish(job, job.outcome)
                continue
            if job is not None and not self.timers and not self.blocked_in_syscall:
                # nothing can run and nothing will wake: the input can never finish
                self._report_deadlock()
                self._abandon(job, 'deadlock')
                continue
            timeout = None
            nxt = self._next_timer()
            if nxt is not None:
                timeout = max(0.0, nxt - self.now())
            if self.blocked_in_syscall:
                timeout = 0.001 if timeout is None else min(timeout, 0.001)
            if job is not None:
                # a job is waiting on a timer: sleep until it is due (or Ctrl-C)
                _time.sleep(min(timeout if timeout is not None else 0.05, 0.05))
                continue
            try:
                new = self.inbox.get(timeout=timeout)
            except queue.Empty:
                continue
            if new is None:
                return
            self._start(new)

    def _start(self, job):
        self.job = job
        fn = job.fn

        def job_main():
            fn()
        job.g = self.spawn(job_main, ())
        job.g.label = 'input'

    def _finish(self, job, outcome):
        job.outcome = outcome
        self.job = None
        flush_stdout()
        job.done.set()

    def _abandon(self, job, outcome):
        """Leave the job's goroutine parked for good; the session goes on."""
        g = job.g
        if g is not None:
            self.gs.pop(g.id, None)
            self.unqueue(g)
        self._finish(job, outcome)

    def _report_panic(self, p):
        from ..runtime.traceback import panic_report
        flush_stdout()
        write_stderr(panic_report(p).encode('utf-8', 'surrogateescape'))

    def _report_deadlock(self):
        flush_stdout()
        lines = ['fatal error: all goroutines are asleep - deadlock!\n']
        for g in sorted(self.gs.values(), key=lambda g: g.id):
            lines.append(f'\ngoroutine {g.id} [{g.wait_reason or "runnable"}]\n')
        write_stderr(''.join(lines).encode())

    def goroutines(self):
        """(id, state, label) of every live goroutine, for :goroutines."""
        out = []
        for g in sorted(self.gs.values(), key=lambda g: g.id):
            state = 'running' if not g.parked else (g.wait_reason or 'waiting')
            out.append((g.id, state, g.label or ''))
        return out


def _interrupt_tick(s):
    if s.interrupt and s.job is not None and s.current is s.job.g:
        s.interrupt = False
        raise Interrupted()


class ReplRuntime:
    """The session's scheduler thread and the way the prompt talks to it."""

    def __init__(self, seed=None, stdout=None, stderr=None):
        # the session is one run: the prompt's thread compiles inputs in it,
        # the hub's thread runs them
        self.run_ctx = Run(stdout=stdout or sys.stdout.buffer, stderr=stderr or sys.stderr.buffer,
                           stdin=getattr(sys.stdin, 'buffer', None), seed=seed)
        RUN.run = self.run_ctx
        self.sched = ReplScheduler(seed, run=self.run_ctx)
        self.ready = threading.Event()
        self.finished = threading.Event()
        threading.stack_size(STACK_BYTES)
        self.thread = threading.Thread(target=self._main, name='minigo-repl', daemon=True)
        threading.stack_size(0)

    def start(self, argv=('repl',)):
        hold_limit()       # until the scheduler thread ends (stop)
        self.run_ctx.args = list(argv)
        self.run_ctx.interrupt_hook = _interrupt_tick
        self.thread.start()
        self.ready.wait()

    def _main(self):
        RUN.run = self.run_ctx
        self.ready.set()
        try:
            self.sched.serve()
        finally:
            release_limit()
            self.finished.set()

    def run(self, fn):
        """Run fn as a goroutine; return its Job once it ended (or was given up)."""
        job = Job(fn)
        if self.finished.is_set():
            job.outcome = 'exit'
            return job
        self.sched.inbox.put(job)
        while True:
            try:
                while not job.done.wait(0.05):
                    if self.finished.is_set():
                        job.outcome = 'exit'
                        return job
                return job
            except KeyboardInterrupt:
                self.sched.interrupt = True

    def settle(self, limit=2.0):
        """Let runnable goroutines run (not sleeping ones) before the next input;
        used when input is scripted, so transcripts do not depend on timing."""
        self.run(lambda: None)
        deadline = _time.monotonic() + limit
        while self.sched.runnable() and _time.monotonic() < deadline:
            self.run(lambda: None)

    def exit_code(self):
        return self.sched.exit_code

    def stop(self):
        self.sched.inbox.put(None)
        self.finished.wait(5)
