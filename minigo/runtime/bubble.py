"""testing/synctest's bubbles (Go 1.25): a group of goroutines with a fake
clock of its own, after the rules of GOROOT/src/runtime/synctest.go.

A goroutine started by a bubbled one joins its bubble. The bubble's clock
(starting at midnight UTC, 2000-01-01) moves only when every goroutine of the
bubble is durably blocked: on a channel, in select, sleeping, in
sync.WaitGroup.Wait or sync.Cond.Wait -- not on a mutex or I/O, which
something outside the bubble may end. Then, in this order: a goroutine in
synctest.Wait is woken; else the clock jumps to the bubble's next timer,
which fires; else the bubble is deadlocked and synctest.Run panics. Time
stops when the bubble's main goroutine has exited; Run returns when every
goroutine of the bubble has.

The scheduler's hub calls service() between goroutines while a bubble exists.
"""
from __future__ import annotations

import heapq

BASE_WALL = 946684800.0     # midnight UTC 2000-01-01, in Unix seconds

DURABLE = frozenset({'chan receive', 'chan send', 'select', 'sleep', 'sync.Cond.Wait',
                     'sync.WaitGroup.Wait', 'chan receive (nil chan)', 'chan send (nil chan)',
                     'select (no cases)'})

DEADLOCK = 'deadlock: all goroutines in bubble are blocked'
DEADLOCK_MAIN_EXITED = 'deadlock: main bubble goroutine has exited but blocked goroutines remain'


class Bubble:
    __slots__ = ('vclock', 'timers', 'members', 'main', 'waiter', 'caller')

    def __init__(self, caller):
        self.vclock = 0.0         # seconds since BASE_WALL
        self.timers = []          # heap of [when, seq, callback], as the scheduler's
        self.members = set()      # live goroutines of the bubble
        self.main = None          # the bubble's main goroutine (runs Run's function)
        self.waiter = None        # the goroutine in synctest.Wait
        self.caller = caller      # the goroutine parked in synctest.Run

    def next_timer(self):
        while self.timers and self.timers[0][2] is None:
            heapq.heappop(self.timers)
        return self.timers[0][0] if self.timers else None


def service(s):
    """Move every idle bubble on (see the module doc). True if something changed."""
    changed = False
    for b in list(s.bubbles):
        if not b.members:
            _finish(s, b, None)
            changed = True
            continue
        if not all(g.parked for g in b.members):
            continue
        if any(g.wait_reason not in DURABLE for g in b.members if g is not b.waiter):
            continue
        if b.waiter is not None:
            w, b.waiter = b.waiter, None
            s.ready(w)
            changed = True
            continue
        nxt = b.next_timer()
        main_done = b.main is None or b.main.done
        if nxt is not None and not main_done:
            b.vclock = max(b.vclock, nxt)
            fire(s, b)
            changed = True
            continue
        _finish(s, b, DEADLOCK_MAIN_EXITED if main_done else DEADLOCK)
        changed = True
    return changed


def fire(s, b):
    """Run the bubble's due timers, in the bubble (their goroutines join it)."""
    saved = s.timer_bubble
    s.timer_bubble = b
    try:
        while b.timers and b.timers[0][0] <= b.vclock:
            _, _, cb = heapq.heappop(b.timers)
            if cb is not None:
                cb()
    finally:
        s.timer_bubble = saved


def _finish(s, b, reason):
    s.bubbles.remove(b)
    for g in b.members:
        g.bubble = None
    b.caller.wake_value = reason
    s.ready(b.caller)
