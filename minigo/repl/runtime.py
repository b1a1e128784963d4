"""The REPL's runtime: one scheduler that lives as long as the session.

Greenlets belong to the thread that made them, so the scheduler's hub runs in
a thread of its own for the whole session. The prompt posts messages to the
hub's inbox (an input to run as a goroutine, Ctrl-C, a call such as :kill)
and waits; between inputs the hub keeps running the goroutines the user
started and fires their timers, so they go on while the user types.

The hub serves its inbox on every time slice whatever the goroutines do: a
post raises `attention`, and the running goroutine yields to the hub at its
next preemption point (`_attention_tick`, the run's interrupt hook), so a
goroutine spinning in `for {}` cannot keep the prompt waiting.

Each input is a little program: its goroutine and every goroutine started
from it (transitively) belong to it. What would end a program (a panic, a
fatal error, os.Exit, Ctrl-C, its deadlock) stops that input's goroutines
only; the session goes on.
"""
from __future__ import annotations

import math
import queue
import sys
import threading
import time as _time
from collections import namedtuple

import greenlet

from ..deepstack import STACK_BYTES, hold_limit, release_limit
from ..runtime.context import RUN, Run
from ..runtime.output import flush_stdout, write_stderr
from ..runtime.panic import GoExit, GoFatal
from ..runtime.sched import _RUNTIME_G, Scheduler, _Crash

SPIN_SLICES = 2     # time slices used in a row without blocking: a goroutine is busy computing
IDLE_POLL = 0.05    # longest wait for the inbox while only timers are pending


class Job:
    """One input, run as a goroutine."""

    def __init__(self, fn, label='', no=None):
        self.fn = fn
        self.label = label
        self.no = no              # the input's number (the session's, else the hub counts)
        self.g = None
        self.done = threading.Event()
        self.outcome = 'ok'       # ok | panic | deadlock | interrupted | fatal | exit


class Call:
    """A function the prompt wants run on the hub, between time slices."""

    def __init__(self, fn):
        self.fn = fn
        self.result = None
        self.error = None
        self.done = threading.Event()


Interrupt = namedtuple('Interrupt', 'job')     # Ctrl-C while job ran


class ReplScheduler(Scheduler):
    """A scheduler whose hub serves the prompt's inbox instead of one main."""

    # every switch goes through the hub: it keeps each input's books after
    # each time slice (_run_slice)
    direct = False

    def __init__(self, seed=None, run=None):
        super().__init__(seed, virtual_time=False, run=run)
        self.inbox = queue.Queue()
        self.attention = False    # the inbox has news: the running goroutine yields
        self.job = None
        self.ninputs = 0
        self.owner = {}           # goroutine id -> number of the input it belongs to
        self.labels = {}          # input number -> its first line (for :goroutines)
        self.stopped = set()      # ids of goroutines stopped from outside (never run again)
        self.busy = {}            # goroutine id -> time slices used in a row without blocking
        self.quitting = False
        self.paint = lambda text: text    # colours for the hub's own messages (style.py)
        # hooks for a front end other than the terminal (the Jupyter kernel):
        # on_start(job) as an input starts; on_report(text, input no) for the
        # hub's report of what ended an input (a panic, a deadlock, Ctrl-C),
        # returning True when it took the text (else it goes to stderr)
        self.on_start = None
        self.on_report = None

    # ------------------------------------------------------------ the prompt's side

    def post(self, msg):
        self.inbox.put(msg)
        self.attention = True

    # ------------------------------------------------------------ the hub

    def serve(self):
        self.hub = greenlet.getcurrent()
        while not self.quitting:
            self._serve_inbox()
            if self.timers:
                self._fire_due_timers()
            if self.runnable():
                self._run_slice(self._pick())
                continue
            job = self.job
            if self.virtual and job is not None and job.label is not None and self.timers \
                    and not self.blocked_in_syscall and self.inbox.empty():
                # the virtual clock: an input waiting only on timers jumps to the next
                nxt = self._next_timer()
                if nxt is not None and nxt > self.vclock:
                    self.vclock = nxt
                continue
            if job is not None and not self.timers and not self.blocked_in_syscall:
                # nothing can run and nothing will wake: the input can never finish
                self._report_deadlock(job.no)
                self._end_input(job.no, 'deadlock')
                continue
            timeout = IDLE_POLL
            nxt = self._next_timer()
            if nxt is not None:
                timeout = min(timeout, max(0.0, nxt - self.now()))
            if self.blocked_in_syscall:
                timeout = min(timeout, 0.001)
            try:
                msg = self.inbox.get(timeout=timeout)
            except queue.Empty:
                continue
            self._handle(msg)

    def _serve_inbox(self):
        self.attention = False
        while True:
            try:
                msg = self.inbox.get_nowait()
            except queue.Empty:
                return
            self._handle(msg)
            if self.quitting:
                return

    def _handle(self, msg):
        if msg is None:
            self.quitting = True
        elif isinstance(msg, Job):
            self._start(msg)
        elif isinstance(msg, Call):
            try:
                msg.result = msg.fn()
            except Exception as e:      # the prompt's to raise, not the hub's
                msg.error = e
            finally:
                msg.done.set()
        elif isinstance(msg, Interrupt):
            if msg.job is self.job and msg.job is not None:
                self._interrupt(msg.job)

    def _run_slice(self, g):
        """Run g until it parks, yields or is preempted; what ends a program
        ends g's input."""
        self.current = g
        self.run.ncalls = 0
        no = self.owner.get(g.id)
        try:
            g.glet.switch()
        except _Crash as c:
            self._report_panic(c.panic_with(c.g), no)
            self._end_input(no, 'panic')
        except GoFatal as f:
            from ..runtime.traceback import fatal_report
            self._say(fatal_report(f), no)
            self._end_input(no, 'fatal')
        except GoExit as e:
            self._say(f'exit status {e.code}\n', no)
            self._end_input(no, 'exit')
        except RecursionError:
            from ..runtime.traceback import stack_overflow_report
            self._say(stack_overflow_report(), no)
            self._end_input(no, 'fatal')
        except Exception as e:     # a bug in minigo: the session survives it
            self._say(f'minigo: internal error: {type(e).__name__}: {e}\n', no)
            self._end_input(no, 'fatal')
        finally:
            self.current = None
        if g.done or g.parked:
            self.busy.pop(g.id, None)
        else:
            self.busy[g.id] = self.busy.get(g.id, 0) + 1
        if g.done:
            self.owner.pop(g.id, None)
        job = self.job
        if job is not None and job.g.done:
            self._finish(job, job.outcome)

    def spawn(self, fn, args, created_at=None):
        parent = self.current
        g = super().spawn(fn, args, created_at)
        if parent is not None and parent.id in self.owner:
            self.owner[g.id] = self.owner[parent.id]
        return g

    def ready(self, g):
        if g.id in self.stopped:
            return            # a stopped goroutine's timer or partner: it is gone
        super().ready(g)

    def _start(self, job):
        if job.label is not None:      # a user's input (not settle's empty one)
            self.ninputs = job.no if job.no is not None else self.ninputs + 1
            job.no = self.ninputs
            self.labels[job.no] = job.label
        self.job = job
        if self.on_start is not None:
            self.on_start(job)
        fn = job.fn

        def job_main():
            fn()
        job.g = self.spawn(job_main, ())
        job.g.label = 'input'
        self.owner[job.g.id] = job.no

    def _finish(self, job, outcome):
        job.outcome = outcome
        self.job = None
        flush_stdout()
        job.done.set()

    def set_virtual_time(self, on):
        """Switch the session to the virtual clock or back (call it on the
        hub). On it, time moves only while an input waits on timers alone,
        jumping to the next one; between inputs it stands still, so a
        goroutine sleeping in the background wakes only while a later input
        runs. The clock reads on from where it was either way (the virtual
        one from the next whole second: sums of whole durations then stay
        exact in a float, as they are from a program's zero)."""
        if bool(on) == self.virtual:
            return
        now = self.now()
        if on:
            self.vclock = float(math.ceil(now))
        else:
            self.start_mono = _time.monotonic() - now
        self.virtual = bool(on)

    # ------------------------------------------------------------ stopping goroutines

    def input_goroutines(self, no):
        return [g for g in sorted(self.gs.values(), key=lambda g: g.id) if self.owner.get(g.id) == no]

    def _end_input(self, no, outcome):
        """What ends a program ended input no: stop its goroutines."""
        for g in self.input_goroutines(no):
            self.stop_goroutine(g)
        job = self.job
        if job is not None and job.no == no:
            self._finish(job, outcome)

    def _interrupt(self, job):
        """Ctrl-C: stop the running input's goroutines, and say which."""
        g = job.g
        state = self.state_of(g)
        others = [o for o in self.input_goroutines(job.no) if o is not g]
        lines = ['interrupted' + (f' ({state})' if state != 'running' else '') + '\n']
        if others:
            lines.append('stopped goroutines started by this input: '
                         + ', '.join(f'{o.id} [{self.state_of(o)}]' for o in others) + '\n')
        self._say(''.join(lines), job.no)
        self._end_input(job.no, 'interrupted')

    def stop_goroutine(self, g):
        """End g where it stands (its deferred calls do not run: nothing in
        Go stops a goroutine from outside, so nothing can be promised)."""
        self.stopped.add(g.id)
        self.unqueue(g)
        _forget_channel_waits(g)
        self.gs.pop(g.id, None)
        self.owner.pop(g.id, None)
        self.busy.pop(g.id, None)
        if g.glet is not None and not g.glet.dead:
            self.current = g
            try:
                g.glet.throw(greenlet.GreenletExit())
            except BaseException:      # whatever the unwinding raised: g is gone anyway
                pass
            finally:
                self.current = None
        g.done = True

    def stop(self, ids=None):
        """:kill / :stop: stop the goroutines with these ids (None: all of
        them); returns [(id, state)] of those stopped."""
        gs = sorted(self.gs.values(), key=lambda g: g.id)
        if ids is not None:
            gs = [g for g in gs if g.id in ids]
        out = [(g.id, self.state_of(g)) for g in gs]
        for g in gs:
            self.stop_goroutine(g)
        return out

    # ------------------------------------------------------------ reports

    def _say(self, text, no=None):
        """The hub's report of what ended input no (None: not an input's)."""
        flush_stdout()
        if self.on_report is not None and self.on_report(text, no):
            return
        write_stderr(self.paint(text).encode('utf-8', 'surrogateescape'))

    def _report_panic(self, p, no=None):
        from ..runtime.traceback import panic_report
        self._say(panic_report(p), no)

    def _report_deadlock(self, no=None):
        lines = ['fatal error: all goroutines are asleep - deadlock!\n']
        for g in sorted(self.gs.values(), key=lambda g: g.id):
            lines.append(f'\ngoroutine {g.id} [{g.wait_reason or "runnable"}]\n')
        self._say(''.join(lines), no)

    @staticmethod
    def state_of(g):
        return 'running' if not g.parked else (g.wait_reason or 'waiting')

    def goroutines(self):
        """(id, state, where, what) of every live goroutine, for :goroutines:
        where it stands (`main.wait at <input 2>:3`) and
        which input started it."""
        from ..runtime.traceback import goroutine_location
        out = []
        for g in sorted(self.gs.values(), key=lambda g: g.id):
            no = self.owner.get(g.id)
            what = ''
            if no is not None:
                what = f'{"input" if g.label == "input" else "from input"} {no}: {self.labels.get(no, "")}'
            loc = goroutine_location(g) if g is not self.current else None
            where = ''
            if loc is not None:     # (a goroutine preempted in a loop: its line is not known)
                where = f'{loc[0]} at {loc[1]}' + (f':{loc[2]}' if loc[2] else '')
            out.append((g.id, self.state_of(g), where, what))
        return out

    def spinning(self):
        """Goroutines busy computing (they used whole time slices in a row)."""
        return [gid for gid, n in self.busy.items() if n >= SPIN_SLICES and gid in self.gs]

    def settled(self):
        """Nothing runnable but goroutines busy computing (which a script
        cannot wait for)."""
        queued = [self.runnext, *self.runq, *self.globq]
        return all(g is None or g is _RUNTIME_G or self.busy.get(g.id, 0) >= SPIN_SLICES
                   for g in queued)


def _forget_channel_waits(g):
    """Take a stopped goroutine's waiters off the channels it waits on, so
    that no value is handed to it (a select's waiters are marked finished)."""
    from ..runtime.chan import Chan
    waiting = g.waiting
    chans = waiting if isinstance(waiting, list) else [waiting]
    for c in chans:
        if not isinstance(c, Chan):
            continue
        for q in (c.recvq, c.sendq):
            for w in [w for w in q if w.g is g]:
                if w.sel is not None:
                    w.sel.done = True
                q.remove(w)


def _attention_tick(s):
    """At each preemption point: the inbox has news, so go to the hub."""
    if s.attention and s.current is not None:
        s.yield_now()


def _nothing():
    pass


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
        self.running = None       # the Job the prompt waits for
        threading.stack_size(STACK_BYTES)
        self.thread = threading.Thread(target=self._main, name='minigo-repl', daemon=True)
        threading.stack_size(0)

    def start(self, argv=('repl',)):
        hold_limit()       # until the scheduler thread ends (stop)
        self.run_ctx.args = list(argv)
        self.run_ctx.interrupt_hook = _attention_tick
        self.thread.start()
        self.ready.wait()

    def _main(self):
        RUN.run = self.run_ctx
        self.ready.set()
        try:
            self.sched.serve()
        finally:
            self.sched.hub_ends()
            release_limit()
            self.finished.set()

    def run(self, fn, label='', no=None):
        """Run fn as a goroutine; return its Job once it ended (or was given
        up). Ctrl-C meanwhile interrupts it. label: the input's first line
        (None: not a user's input); no: its number."""
        job = Job(fn, label, no)
        if self.finished.is_set():
            job.outcome = 'exit'
            return job
        self.running = job
        self.sched.post(job)
        try:
            while True:
                try:
                    while not job.done.wait(0.05):
                        if self.finished.is_set():
                            job.outcome = 'exit'
                            return job
                    return job
                except KeyboardInterrupt:
                    self.interrupt()
        finally:
            self.running = None

    def interrupt(self):
        """Ctrl-C: stop the input running now (if it still runs when the
        hub sees this)."""
        job = self.running
        if job is not None:
            self.sched.post(Interrupt(job))

    def call(self, fn):
        """fn() run on the hub between time slices (where goroutines can be
        looked at and stopped safely); its result."""
        c = Call(fn)
        if self.finished.is_set():
            return fn()
        self.sched.post(c)
        while not c.done.wait(0.05):
            if self.finished.is_set():
                return None
        if c.error is not None:
            raise c.error
        return c.result

    def settle(self, limit=2.0):
        """Let runnable goroutines run (not sleeping ones, nor ones busy
        computing) before the next input; used when input is scripted, so
        transcripts do not depend on timing."""
        self.run(_nothing, None)
        deadline = _time.monotonic() + limit
        while not self.call(self.sched.settled) and _time.monotonic() < deadline:
            self.run(_nothing, None)

    def exit_code(self):
        return self.sched.exit_code

    def stop(self):
        self.sched.post(None)
        self.finished.wait(5)
