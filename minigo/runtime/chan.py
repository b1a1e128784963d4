"""Channels and select.

Invariants (after golang/go src/runtime/chan.go):
  * a waiting receiver exists only when the buffer is empty;
  * a waiting sender exists only when the buffer is full (or cap is 0);
  so an operation checks, in order: closed? -> a waiting partner (direct
  hand-off) -> the buffer -> park on the wait queue.

close wakes every waiting receiver (zero value, ok=false) and every waiting
sender (which then panics: send on closed channel).

select (after src/runtime/select.go): evaluate every case, poll the ready ones
in a random order (seeded), else take default, else enqueue a waiter on every
channel and park; the first channel to complete a waiter marks the whole
select done, so its waiters on the other channels are skipped when found.
"""
from __future__ import annotations

from collections import deque

from .context import RUN
from .panic import GoPanic



class Chan:
    __slots__ = ('cap', 'buf', 'closed', 'recvq', 'sendq', 'zero', 'id', 'timer', 'elem0')
    _ids = 0

    def __init__(self, cap, zero, elem0=False):
        self.elem0 = elem0    # zero-size elements (chan struct{}): -race syncs them as one
        self.cap = cap
        self.buf = deque()
        self.closed = False
        self.recvq = deque()
        self.sendq = deque()
        self.zero = zero
        Chan._ids += 1
        self.id = Chan._ids
        self.timer = False    # a time.Timer/Ticker channel: len and cap report 0


class Waiter:
    __slots__ = ('g', 'val', 'ok', 'sel', 'idx', 'closed')

    def __init__(self, g, val=None, sel=None, idx=-1):
        self.g = g
        self.val = val
        self.ok = False
        self.sel = sel
        self.idx = idx
        self.closed = False


class SelectState:
    __slots__ = ('done', 'chosen', 'val', 'ok')

    def __init__(self):
        self.done = False
        self.chosen = -1
        self.val = None
        self.ok = False


def _plain_panic(msg):
    from .rtypes import PLAIN_ERROR
    return GoPanic((PLAIN_ERROR, msg))


def _pop_waiter(q):
    """The first waiter of q that can still be taken (off q), or None; one
    of a select is claimed for it: the select is done, with this case."""
    while q:
        w = q.popleft()
        s = w.sel
        if s is None:
            return w
        if not s.done:
            s.done = True
            s.chosen = w.idx
            return w
    return None


def block_forever(reason):
    S = RUN.run.sched
    S.park(reason)
    raise AssertionError('a goroutine blocked forever was woken')


# ------------------------------------------------------------------ send / receive

def send(c, v, _gopos=None):
    """c <- v. _gopos: where in the program (see recv2)."""
    S = RUN.run.sched
    if c is None:
        block_forever('chan send (nil chan)')
    if c.closed:
        raise _plain_panic('send on closed channel')
    # the queues are tested before _pop_waiter is called: most sends on a
    # buffered channel find no receiver waiting
    w = _pop_waiter(c.recvq) if c.recvq else None
    if w is not None:
        w.val = v
        w.ok = True
        sel = w.sel
        if sel is not None:
            sel.val = v
            sel.ok = True
        if S.tracer is not None:
            S.tracer.handoff(c, S.current, w.g)
        if S.race is not None:
            S.race.handoff(c, S.current, w.g)
        S.ready(w.g)
        return
    buf = c.buf
    if len(buf) < c.cap:
        buf.append(v)
        if S.tracer is not None:
            S.tracer.put(c, S.current)
        if S.race is not None:
            S.race.put(c, S.current)
        return
    g = S.current
    w = Waiter(g, v)
    c.sendq.append(w)
    S.park('chan send', c)
    if w.closed:
        raise _plain_panic('send on closed channel')


def recv2(c, zero=None, _gopos=None):
    """v, ok := <-c. _gopos: where in the program (for a trace of a
    goroutine blocked here, when the caller's frame does not say)."""
    S = RUN.run.sched
    if c is None:
        block_forever('chan receive (nil chan)')
    buf = c.buf
    if buf:
        v = buf.popleft()
        if S.tracer is not None:
            S.tracer.take(c, S.current)
        if S.race is not None:
            S.race.take(c, S.current)
        w = _pop_waiter(c.sendq) if c.sendq else None
        if w is not None:
            # a sender was waiting for room: its value takes the freed slot
            buf.append(w.val)
            if S.tracer is not None:
                S.tracer.put(c, w.g)
            if S.race is not None:
                S.race.put(c, w.g)
            S.ready(w.g)
        return v, True
    w = _pop_waiter(c.sendq) if c.sendq else None
    if w is not None:
        v = w.val
        if S.tracer is not None:
            S.tracer.handoff(c, w.g, S.current)
        if S.race is not None:
            S.race.handoff(c, w.g, S.current)
        S.ready(w.g)
        return v, True
    if c.closed:
        if S.race is not None:
            S.race.closed_recv(c, S.current)
        return c.zero(), False
    g = S.current
    w = Waiter(g)
    c.recvq.append(w)
    S.park('chan receive', c)
    if w.ok:
        return w.val, True
    if S.race is not None:
        S.race.closed_recv(c, g)
    return c.zero(), False


def recv(c, zero=None):
    """<-c."""
    if c is not None and c.buf and not c.sendq:
        S = RUN.run.sched
        if S.tracer is None and S.race is None:
            return c.buf.popleft()      # recv2's commonest case, without its tuple
    return recv2(c, zero)[0]


def close(c):
    S = RUN.run.sched
    if c is None:
        raise _plain_panic('close of nil channel')
    if c.closed:
        raise _plain_panic('close of closed channel')
    c.closed = True
    if S.race is not None:
        S.race.close(c, S.current)
    # Every waiter is collected first, receivers then senders, and readied
    # last-collected first (Go's closechan pushes them on a list it pops), so
    # on one P the first receiver to have blocked runs last but one.
    woken = []
    while True:
        w = _pop_waiter(c.recvq)
        if w is None:
            break
        # a receiver finds ok false and makes its zero value itself; a
        # select's gets it here
        if w.sel is not None:
            w.sel.val = c.zero()
            w.sel.ok = False
        woken.append(w.g)
    while True:
        w = _pop_waiter(c.sendq)
        if w is None:
            break
        w.closed = True
        woken.append(w.g)
    for g in reversed(woken):
        S.ready(g)


def chan_len(c):
    return 0 if c is None or c.timer else len(c.buf)


def chan_cap(c):
    return 0 if c is None or c.timer else c.cap


# ------------------------------------------------------------------ select

SEND, RECV = 1, 2


def _poll_order(rng, n):
    """range(n) shuffled as rng.shuffle(list(range(n))) shuffles it: the same
    draws from the run's stream (a seed replays the same choices), without a
    method call per element (tests/test_chan_internals.py holds it to that)."""
    order = list(range(n))
    getrandbits = rng.getrandbits
    for i in range(n - 1, 0, -1):
        m = i + 1
        k = m.bit_length()
        j = getrandbits(k)
        while j >= m:
            j = getrandbits(k)
        order[i], order[j] = order[j], order[i]
    return order


def select(cases, has_default, _gopos=None):
    """cases: list of (kind, chan, value to send). Returns (index, value, ok);
    index -1 means default. _gopos: the select statement's position, for a
    trace (its clauses run in the caller's frame, which cannot carry it)."""
    S = RUN.run.sched
    n = len(cases)
    if n == 0 and not has_default:
        block_forever('select (no cases)')
    order = _poll_order(S.rng, n)
    for i in order:
        kind, c, v = cases[i]
        if c is None:
            continue
        if kind == SEND:
            if c.closed:
                raise _plain_panic('send on closed channel')
            w = _pop_waiter(c.recvq)
            if w is not None:
                w.val = v
                w.ok = True
                if w.sel is not None:
                    w.sel.val = v
                    w.sel.ok = True
                if S.tracer is not None:
                    S.tracer.handoff(c, S.current, w.g)
                if S.race is not None:
                    S.race.handoff(c, S.current, w.g)
                S.ready(w.g)
                return i, None, False
            if len(c.buf) < c.cap:
                c.buf.append(v)
                if S.tracer is not None:
                    S.tracer.put(c, S.current)
                if S.race is not None:
                    S.race.put(c, S.current)
                return i, None, False
        else:
            if c.buf:
                val = c.buf.popleft()
                if S.tracer is not None:
                    S.tracer.take(c, S.current)
                if S.race is not None:
                    S.race.take(c, S.current)
                w = _pop_waiter(c.sendq)
                if w is not None:
                    c.buf.append(w.val)
                    if S.tracer is not None:
                        S.tracer.put(c, w.g)
                    if S.race is not None:
                        S.race.put(c, w.g)
                    S.ready(w.g)
                return i, val, True
            w = _pop_waiter(c.sendq)
            if w is not None:
                val = w.val
                if S.tracer is not None:
                    S.tracer.handoff(c, w.g, S.current)
                if S.race is not None:
                    S.race.handoff(c, w.g, S.current)
                S.ready(w.g)
                return i, val, True
            if c.closed:
                if S.race is not None:
                    S.race.closed_recv(c, S.current)
                return i, c.zero(), False
    if has_default:
        return -1, None, False
    if all(c is None for _, c, _ in cases):
        block_forever('select (no cases)' if n == 0 else 'select')
    g = S.current
    st = SelectState()
    waiters = []
    for i in order:
        kind, c, v = cases[i]
        if c is None:
            continue
        w = Waiter(g, v if kind == SEND else None, st, i)
        waiters.append((kind, c, w))
        if kind == SEND:
            c.sendq.append(w)
        else:
            c.recvq.append(w)
    S.park('select', [c for _, c, _ in waiters])
    # remove our waiters from the channels that did not fire
    for kind, c, w in waiters:
        q = c.sendq if kind == SEND else c.recvq
        try:
            q.remove(w)
        except ValueError:
            pass
    i = st.chosen
    kind, c, v = cases[i]
    if kind == SEND:
        for k, cc, w in waiters:
            if w.idx == i and w.closed:
                raise _plain_panic('send on closed channel')
        return i, None, False
    if not st.ok and S.race is not None:
        S.race.closed_recv(c, g)
    return i, st.val, st.ok
