"""The scheduler: goroutines on greenlets, one hub that owns the run queue.

Design (after gevent's hub and curio's kernel): each goroutine runs on its own
greenlet and only ever switches to the hub; the hub picks the next runnable
goroutine. A goroutine parks with a wait reason (`chan receive`, `select`,
`sleep`...) that deadlock reports and :goroutines show, and whoever makes it
runnable again puts it back on the run queue.

Preemption: compiled code counts calls (on the run's counter) and loop
iterations and calls `loop_tick()` every BUDGET of them, so `for {}` cannot
starve the others. Two modes: 'go' (the default) orders goroutines as Go's
runtime does on one P, deterministically (see below); 'random' draws every
scheduling choice from the run's seeded random.Random. In both, what Go
itself randomizes (select, map order) draws on that stream, so a run is
replayed exactly by its seed.
"""
from __future__ import annotations

import heapq
import random
import time as _time
from collections import deque
from itertools import islice

import greenlet

from . import gctune
from .context import RUN, current
from .panic import GoFatal, GoPanic, as_go

BUDGET = 2000          # calls or loop iterations between preemption checks (loop_tick)
PICK_WINDOW = 8        # random mode: how far down the queue a pick may reach
POOL_MAX = 256         # idle greenlets of finished goroutines kept for new ones

# The Go-shaped default models the runtime on one P (runtime/proc.go): a
# goroutine made runnable by the running one (readied, or created by `go`)
# goes into the runnext slot, and the one it displaces to the tail of the
# local run queue (256 slots; on overflow half of it moves to the global
# queue). The next goroutine to run is runnext (which inherits the time
# slice), else the local queue's head, else a batch from the global queue;
# every 61st schedule looks at the global queue first. Gosched and a
# preempted goroutine go to the global queue. A goroutine is preempted after
# a 10 ms time slice, counted in steps so that runs are deterministic.
LOCAL_CAP = 256
GLOBAL_EVERY = 61
# Two of the runtime's own goroutines are still in the local run queue when
# main.main starts (seen where 300 new goroutines overflow the queue:
# tests/conformance/schedule/many_goroutines_overflow.go). They are modelled
# as place-holders that take a schedule and vanish.
RUNTIME_GS = 2
INITIAL_SCHEDTICK = 5   # schedules the runtime made before main.main: calibrated on
                        # tests/conformance/schedule (every value in 1..8 passes all 47)
SLICE_TICKS = 8        # loop_ticks (of BUDGET steps) in one 10 ms time slice
SLICE_SECONDS = 0.010  # the CPU time a full slice stands for on the virtual clock


class G:
    __slots__ = ('id', 'glet', 'panics', 'defer_callee', 'wait_reason', 'waiting', 'done', 'fn',
                 'args', 'created_at', 'label', 'wake_value', 'parked', 'parent_id',
                 'bubble')

    def __init__(self, gid, fn, args, created_at=None, parent_id=0):
        self.id = gid
        self.fn = fn
        self.args = args
        self.glet = None          # its greenlet, given when it first runs (see _attach)
        self.panics = []
        self.defer_callee = None
        self.wait_reason = ''
        self.waiting = None
        self.done = False
        self.created_at = created_at
        self.parent_id = parent_id
        self.label = ''
        self.wake_value = None
        self.parked = False
        self.bubble = None        # the synctest bubble it belongs to (runtime/bubble.py)


_RUNTIME_G = object()   # a place-holder for one of the runtime's own goroutines


def _trampoline(fn, args):
    return fn(*args)


# CPython 3.11 keeps Python frames in 16 KiB chunks it mmaps when a call
# crosses into a new one and munmaps when that call returns, so recursion
# that oscillates around a chunk boundary (fib) spends most of its time in
# page faults. Calling main through a function whose frame claims a huge
# (never touched) value stack makes its greenlet's first chunk 64 MiB, with
# 32 MiB free after that frame for the frames of the program.
_big_frame = type(_trampoline)(
    _trampoline.__code__.replace(co_stacksize=(1 << 22) + 64), globals(), '_big_frame')


class Scheduler:
    direct = True   # a goroutine that stops running may switch straight to the next (_leave)

    def __init__(self, seed=None, virtual_time=False, run=None, mode='go'):
        """mode 'go': Go's own order on one P (deterministic but for what Go
        itself randomizes: select, map iteration); 'random': seeded random
        picks among the runnable goroutines (explore's other interleavings)."""
        self.run = run if run is not None else current()
        self.run.sched = self
        self.mode = mode
        if seed is None:
            seed = random.SystemRandom().randrange(1 << 62)
        self.seed = seed
        self.rng = random.Random(seed)
        self.virtual = virtual_time
        self.vclock = 0.0
        self.start_real = _time.time()
        self.start_mono = _time.monotonic()
        self.runnext = None       # go mode: the goroutine that runs next
        self.runq = deque()       # the local run queue (random mode: the only one)
        self.globq = deque()      # go mode: the global run queue
        self.schedtick = INITIAL_SCHEDTICK
        self.placeholders = 0     # go mode: the runtime's goroutines still queued
        if mode == 'go':
            self.runq.extend([_RUNTIME_G] * RUNTIME_GS)
            self.placeholders = RUNTIME_GS
        self.slice_ticks = 0      # loop_ticks since the running goroutine's slice began
        self.busy_clock = 0.0     # deterministic elapsed time: steps run + time slept (see elapsed())
        self.timers = []          # heap of (when, seq, callback)
        self.timer_seq = 0
        self.gs = {}              # id -> G (live goroutines)
        self.pool = []            # idle greenlets, to run goroutines not started yet (_attach)
        self.starting = None      # a goroutine picked by _leave for the hub to start
        self.next_id = 1
        self.main_g = None
        self.hub = None
        self.current = None
        self.exit_code = None
        self.main_done = False
        self.blocked_in_syscall = 0
        self.main_goexit = False
        self.tracer = None        # a runtime.tracer.Tracer while --trace records the run
        self.race = None          # the runtime.race.Detector under -race
        self.deadline = None      # time.monotonic() after which the run's interrupt hook stops it
        self.bubbles = []         # testing/synctest bubbles (runtime/bubble.py)
        self.timer_bubble = None  # the bubble whose timers are firing

    # ------------------------------------------------------------ clock

    def bubble(self):
        """The synctest bubble of the running code (a goroutine or a firing timer)."""
        if self.timer_bubble is not None:
            return self.timer_bubble
        g = self.current
        return g.bubble if g is not None else None

    def now(self):
        """Seconds since the program started (virtual or real); in a synctest
        bubble, on its fake clock."""
        if self.bubbles:
            b = self.bubble()
            if b is not None:
                return b.vclock
        if self.virtual:
            return self.vclock
        return _time.monotonic() - self.start_mono

    def wall(self):
        if self.bubbles and self.bubble() is not None:
            from .bubble import BASE_WALL
            return BASE_WALL + self.now()
        return self.start_real + self.now()

    # ------------------------------------------------------------ goroutines

    def spawn(self, fn, args, created_at=None):
        """A new goroutine running fn(*args) (args: a tuple or list). Python
        errors that stand for Go panics (runtime.panic.as_go) escaping fn
        are taken as those panics."""
        cur = self.current
        g = G(self.next_id, fn, args, created_at, cur.id if cur is not None else 0)
        self.next_id += 1
        if self.bubbles:
            b = self.bubble()
            if b is not None:
                g.bubble = b
                b.members.add(g)
        gs = self.gs
        gs[g.id] = g
        if not len(gs) % gctune.GOROUTINES_PER_STEP:
            gctune.pace(len(gs))
        self._put(g)
        if self.tracer is not None:
            self.tracer.spawn(g)
        if self.race is not None:
            self.race.spawn(cur, g, created_at)
        return g

    def _attach(self, g):
        """g is about to run for the first time: give it a greenlet, a
        finished goroutine's if one is idle (a new greenlet costs an mmap of
        CPython's frame stack and its page faults; reusing one costs
        nothing). Goroutines that have not run yet hold none, so many
        waiting to start cost little memory."""
        pool = self.pool
        glet = g.glet = pool.pop() if pool else greenlet.greenlet(self._worker, self.hub)
        return glet

    def _worker(self):
        """A greenlet's life: run the goroutine it was given (self.current as
        it is switched to), then, put back in the pool, wait for another."""
        while True:
            g = self.current
            self._run_g(g)
            g.glet = None
            if self.main_done:
                return          # to the hub: its switch to this greenlet returns
            if len(self.pool) < POOL_MAX:
                self.pool.append(greenlet.getcurrent())
                self._leave()
                continue
            # This greenlet ends. Its end switches to its parent: made the
            # next goroutine's greenlet when that one has started, the hub's
            # detour is saved; a new one the hub starts.
            nxt = self._direct_next()
            if nxt is not None:
                if nxt.glet is None:
                    self.starting = nxt
                else:
                    self.current = nxt
                    self.run.ncalls = 0
                    greenlet.getcurrent().parent = nxt.glet
            return

    def _run_g(self, g):
        try:
            if g is self.main_g:
                _big_frame(g.fn, g.args)
            else:
                # fixed-arity calls are inlined by CPython's eval loop, f(*args)
                # is not: it would add a C frame to every parked goroutine's
                # saved stack
                args = g.args
                n = len(args)
                if n == 0:
                    g.fn()
                elif n == 1:
                    g.fn(args[0])
                elif n == 2:
                    g.fn(args[0], args[1])
                else:
                    g.fn(*args)
        except GoPanic as p:
            if p.goexit:
                # runtime.Goexit: the goroutine ends after its deferred calls ran.
                if g is self.main_g:
                    self.main_goexit = True
                return
            raise _Crash(p, g)
        except Exception as e:
            p = as_go(e)            # a Python error standing for a Go panic
            if p is None:
                raise
            raise _Crash(p, g) from None
        finally:
            g.done = True
            gs = self.gs
            gs.pop(g.id, None)
            if not len(gs) % gctune.GOROUTINES_PER_STEP:
                gctune.pace(len(gs))
            if g.bubble is not None:
                g.bubble.members.discard(g)
        if g is self.main_g:
            self.main_done = True

    def _put(self, g):
        """A goroutine made runnable by the running one (goready / newproc)."""
        if self.mode != 'go':
            self.runq.append(g)
            return
        old, self.runnext = self.runnext, g
        if old is None:
            return
        q = self.runq
        if len(q) < LOCAL_CAP:
            q.append(old)
            return
        # the local queue is full: its older half and the displaced one go global
        half = LOCAL_CAP // 2
        self.globq.extend(islice(q, half))
        self.runq = deque(islice(q, half, None))
        self.globq.append(old)

    def runnable(self):
        return self.runnext is not None or len(self.runq) + len(self.globq) > self.placeholders

    def unqueue(self, g):
        """Take g off the run queues (the REPL abandoning an input)."""
        if self.runnext is g:
            self.runnext = None
        for q in (self.runq, self.globq):
            if g in q:
                q.remove(g)

    def ready(self, g):
        g.parked = False
        old = self.runnext
        if old is None and self.mode == 'go':
            self.runnext = g        # _put's commonest case, inlined
        else:
            self._put(g)
        if self.tracer is not None:
            self.tracer.ready(g)

    def park(self, reason, waiting=None):
        """Block the current goroutine until someone calls ready(g)."""
        g = self.current
        g.wait_reason = reason
        g.waiting = waiting
        g.parked = True
        self._leave()
        g.wait_reason = ''
        g.waiting = None
        v = g.wake_value
        g.wake_value = None
        return v

    def _leave(self):
        """The running goroutine stops running (it parked, yielded or ended):
        switch to the next one, straight to it when _direct_next allows.

        A goroutine that needs a new greenlet is started by the hub all the
        same: a greenlet's C stack begins where the switch into it is made,
        so one started from here would nest inside this goroutine's, and a
        chain of goroutines each starting the next would overflow the
        thread's stack."""
        g = self._direct_next()
        if g is not None:
            glet = g.glet
            if glet is None:
                if not self.pool:
                    self.starting = g
                    self.hub.switch()
                    return
                glet = self._attach(g)     # an idle greenlet, started by the hub
            self.current = g
            self.run.ncalls = 0
            glet.switch()
            return
        self.hub.switch()

    def _direct_next(self):
        """The goroutine to run next, taken off the queues, when the one
        leaving may switch straight to it (saving a switch to the hub and
        back): the hub would do nothing but pick it, since no timer is due
        and there is no synctest bubble and no tracer (which sees every
        switch from the hub). None when the hub must decide."""
        if not self.direct or self.tracer is not None or self.bubbles:
            return None
        t = self.timers
        if t and t[0][0] <= self.now():
            return None
        g = self.runnext
        if g is not None and (self.schedtick % GLOBAL_EVERY or not self.globq):
            # _pick_go's commonest case, inlined: runnext, inheriting the slice
            self.runnext = None
            return g
        if self.runnable():
            return self._choose()
        return None

    def yield_now(self):
        """runtime.Gosched: to the global queue (random mode: the queue's tail)."""
        g = self.current
        (self.globq if self.mode == 'go' else self.runq).append(g)
        self._leave()

    def elapsed(self):
        """Time as the Go runtime's own rules (mutex starvation) see it,
        counted so that a run is deterministic: each BUDGET steps stand for
        SLICE_SECONDS / SLICE_TICKS of CPU, plus the time spent waiting for
        timers when nothing could run."""
        return self.busy_clock

    def yield_local(self):
        """goyield: to the local queue's tail (a direct hand-off's giver)."""
        self.runq.append(self.current)
        self._leave()

    def preempt(self):
        """The running goroutine used up its time slice while others wait:
        like Gosched, to the global queue."""
        self.yield_now()

    # ------------------------------------------------------------ timers

    def add_timer(self, when, callback):
        self.timer_seq += 1
        entry = [when, self.timer_seq, callback]
        b = self.bubble() if self.bubbles else None
        heapq.heappush(self.timers if b is None else b.timers, entry)
        return entry

    @staticmethod
    def cancel_timer(entry):
        if entry[2] is None:
            return False
        entry[2] = None
        return True

    def _fire_due_timers(self):
        now = self.now()
        fired = False
        while self.timers and self.timers[0][0] <= now:
            when, seq, cb = heapq.heappop(self.timers)
            if cb is not None:
                cb()
                fired = True
        return fired

    def _next_timer(self):
        while self.timers and self.timers[0][2] is None:
            heapq.heappop(self.timers)
        return self.timers[0][0] if self.timers else None

    # ------------------------------------------------------------ the hub

    def run_main(self, main_fn):
        with gctune.tuned():
            try:
                return self._hub(main_fn)
            finally:
                self.hub_ends()

    def hub_ends(self):
        """The hub's thread is about to end: its idle greenlets go now, in
        it, and nothing here keeps its main greenlet (the hub). A main
        greenlet of a finished thread that the collector met later, held in
        this scheduler's __dict__, crashed CPython in greenlet's green_is_gc
        (tests/test_back_to_back.py, tests/test_sched_greenlets.py)."""
        self.pool.clear()
        self.starting = None
        self.hub = None

    def _hub(self, main_fn):
        self.hub = greenlet.getcurrent()
        self.main_g = self.spawn(main_fn, ())
        while True:
            if self.main_done:
                return 0
            g = self.starting
            if g is not None:
                # picked by a goroutine that left (_leave), for the hub to start
                self.starting = None
                self._attach(g)
            else:
                if self.bubbles:
                    from .bubble import service
                    self.current = None
                    service(self)
                if self.timers:
                    self._fire_due_timers()
                g = self._pick() if self.runnable() else None
            if g is not None:
                self.current = g
                self.run.ncalls = 0
                tr = self.tracer
                if tr is not None:
                    tr.started(g)
                try:
                    g.glet.switch()
                except _Crash as c:
                    raise c.panic_with(c.g)
                finally:
                    if tr is not None:
                        tr.stopped(g)
                continue
            nxt = self._next_timer()
            if nxt is not None:
                if self.virtual:
                    if nxt > self.vclock:
                        self.busy_clock += nxt - self.vclock
                        self.vclock = nxt
                else:
                    delay = nxt - self.now()
                    if delay > 0:
                        self.busy_clock += delay
                        self._sleep(delay)
                continue
            if self.blocked_in_syscall:
                _time.sleep(0.001)
                continue
            if self.main_goexit and not self.gs:
                raise GoFatal('no goroutines (main called runtime.Goexit) - deadlock!')
            raise GoFatal('all goroutines are asleep - deadlock!', trace_state=self)

    def _sleep(self, delay):
        """Wait for the next timer, but not past the run's deadline."""
        if self.deadline is not None:
            left = self.deadline - _time.monotonic()
            if delay > left:
                _time.sleep(max(left, 0.0) + 0.001)
                self.run.interrupt_hook(self)     # past the deadline: it stops the run
                return
        _time.sleep(delay)

    def _pick(self):
        """The next goroutine to run, with its greenlet (for a hub)."""
        g = self._choose()
        if g.glet is None:
            self._attach(g)
        return g

    def _choose(self):
        return self._pick_go() if self.mode == 'go' else self._pick_random()

    def _pick_go(self):
        """findRunnable on one P: every 61st schedule the global queue first;
        then runnext (inheriting the time slice), the local queue, a batch
        from the global queue."""
        while True:
            g = self._pick_go1()
            if g is not _RUNTIME_G:
                return g
            self.placeholders -= 1

    def _pick_go1(self):
        inherit = False
        if self.schedtick % GLOBAL_EVERY == 0 and self.globq:
            g = self.globq.popleft()
        elif self.runnext is not None:
            g, self.runnext = self.runnext, None
            inherit = True
        elif self.runq:
            g = self.runq.popleft()
        else:
            gq = self.globq
            g = gq.popleft()
            for _ in range(min(len(gq), LOCAL_CAP // 2 - 1)):
                self.runq.append(gq.popleft())
        if not inherit:
            self.schedtick += 1
            self.slice_ticks = 0
        return g

    def _pick_random(self):
        """The next goroutine to run: usually the queue's head, sometimes
        (seeded) one of the next few, so that programs whose output depends on
        scheduling show it. Only a short window is considered: picking from
        the whole queue costs O(len) per pick, quadratic with a million
        runnable goroutines."""
        q = self.runq
        if len(q) > 1 and self.rng.random() < 0.25:
            i = self.rng.randrange(min(len(q), PICK_WINDOW))
            g = q[i]
            del q[i]
            return g
        return q.popleft()


class _Crash(Exception):
    def __init__(self, panic, g):
        super().__init__()
        self.panic = panic
        self.g = g

    def panic_with(self, g):
        self.panic.goroutine = g
        return self.panic


# ------------------------------------------------------------------ the running goroutine

class _NoSched:
    """Stand-in current goroutine for code run outside a scheduler (REPL, init)."""
    def __init__(self):
        self.panics = []
        self.defer_callee = None
        self.id = 1


def current_g():
    s = current().sched
    g = s.current if s is not None else None
    if g is None:
        # one stand-in per run: deferred calls and panics outside a goroutine
        return current().state('sched.nog', _NoSched)
    return g


def loop_tick():
    """A preemption point, every BUDGET steps. Go mode: preempt once the time
    slice is used up and anything else could run (on the virtual clock a
    full slice also advances time). Random mode: yield whenever others are
    runnable or a timer is due."""
    r = RUN.run
    s = r.sched
    if s is None or s.current is None:
        return
    if r.interrupt_hook is not None:
        r.interrupt_hook(s)
    s.busy_clock += SLICE_SECONDS / SLICE_TICKS
    if s.mode == 'go':
        s.slice_ticks += 1
        if s.slice_ticks < SLICE_TICKS:
            return
        if s.virtual:
            s.vclock += SLICE_SECONDS       # a full slice's CPU time passes
        if s.runnable() or (s.timers and s.timers[0][0] <= s.now()):
            s.preempt()                     # the next pick starts a new slice
        else:
            s.slice_ticks = 0               # nothing else to run: a new slice
        return
    if s.runq or (s.timers and s.timers[0][0] <= s.now()):
        s.yield_now()


def rng():
    """The run's seeded random stream (a fixed one outside a scheduler)."""
    s = current().sched
    if s is not None:
        return s.rng
    return current().state('sched.rng', lambda: random.Random(0))
