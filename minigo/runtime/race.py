"""The data race detector behind `minigo run -race`: happens-before with
vector clocks, as in ThreadSanitizer's model (and FastTrack's epochs).

Every goroutine has a vector clock (goroutine id -> logical time). A
synchronising operation either releases (the goroutine's clock is copied into
the sync object, then the goroutine's own component ticks) or acquires (the
sync object's clock is joined into the goroutine's). Edges:

  go f()                    parent's clock -> the new goroutine
  channel send -> receive   the message carries its sender's clock
  receive -> send           for capacity C, the k-th receive -> the (k+C)-th send
                            (unbuffered: the receive -> its own send)
  close -> receive          that observes the close
  Mutex/RWMutex             Unlock -> later Lock (RUnlock -> Lock, Unlock -> RLock)
  WaitGroup                 Done/Add -> Wait's return
  Once                      f's return -> every Do's return
  Cond                      Signal/Broadcast -> the woken Wait
  sync/atomic, sync.Map     every operation acquires and releases its address

Shadow memory: for each location (a container object and a key; a map is one
location, as Go's detector treats it) the last write and the reads since, each
as (goroutine, its clock then, site). An access races with an earlier one of
another goroutine when that one did not happen before it; writes conflict
with reads and writes, reads only with writes. Each pair of sites is reported
once, in Go's shape; the run then exits 66.
"""
from __future__ import annotations

import os

from .context import RUN
from .values import Ref

MAPWHOLE = object()    # key of a map seen as one location


class Site:
    """A source position in a function: where an access or a go statement is."""
    __slots__ = ('path', 'line', 'col', 'func')

    def __init__(self, path, line, col, func):
        self.path = path
        self.line = line
        self.col = col
        self.func = func


class Access:
    __slots__ = ('gid', 'clock', 'site', 'write')

    def __init__(self, gid, clock, site, write):
        self.gid = gid
        self.clock = clock
        self.site = site
        self.write = write


class Shadow:
    __slots__ = ('obj', 'write', 'reads')

    def __init__(self, obj):
        self.obj = obj          # kept alive, so its id() is not reused by another object
        self.write = None
        self.reads = {}


class Detector:
    def __init__(self):
        self.clocks = {}        # goroutine id -> {gid: time}
        self.sync = {}          # id(sync object) -> (object, clock)
        self.shadow = {}        # (id(container), key) -> Shadow
        self.reported = set()
        self.count = 0
        self.created = {}       # goroutine id -> Site of its go statement (None for main)
        self.parent_func = {}   # goroutine id -> function that ran the go statement
        self.chan_state = {}    # id(chan) -> [chan, nsent, nrecv, buffered clocks, recv clocks, close clock]
        self.path = 'prog.go'

    # ------------------------------------------------------------ clocks

    def clock(self, g=None):
        if g is None:
            g = RUN.run.sched.current
        gid = g.id if g is not None else 1
        c = self.clocks.get(gid)
        if c is None:
            c = self.clocks[gid] = {gid: 1}
        return gid, c

    @staticmethod
    def join(into, other):
        get = into.get
        for k, v in other.items():
            if get(k, 0) < v:
                into[k] = v

    def release_clock(self, g=None):
        """A copy of g's clock to hand to a sync object; g's own time ticks."""
        gid, c = self.clock(g)
        snap = dict(c)
        c[gid] = c.get(gid, 0) + 1
        return snap

    def acquire_clock(self, snap, g=None):
        if snap:
            _, c = self.clock(g)
            self.join(c, snap)

    def _sync_clock(self, obj):
        if isinstance(obj, Ref):        # an address: its container and slot
            key, keep = (id(obj.c), obj.k), obj.c
        else:
            key, keep = id(obj), obj
        ent = self.sync.get(key)
        if ent is None:
            ent = self.sync[key] = (keep, {})
        return ent[1]

    def reader_clock(self, rw):
        ent = self.sync.get((id(rw), 'readers'))
        if ent is None:
            ent = self.sync[(id(rw), 'readers')] = (rw, {})
        return ent[1]

    def release(self, obj, g=None):
        self.join(self._sync_clock(obj), self.release_clock(g))

    def acquire(self, obj, g=None):
        self.acquire_clock(self._sync_clock(obj), g)

    def sync_both(self, obj):
        """An atomic operation: acquire and release on its address."""
        self.acquire(obj)
        self.release(obj)

    # ------------------------------------------------------------ goroutines

    def spawn(self, parent, child, where):
        """A go statement (where: (package, line, function)) started child."""
        snap = self.release_clock(parent) if parent is not None else {}
        snap[child.id] = snap.get(child.id, 0) + 1
        self.clocks[child.id] = snap
        if where is not None:
            path, line, func = where
            self.created[child.id] = Site(path or self.path, line, 0, func)

    # ------------------------------------------------------------ channels

    def _chan(self, c):
        st = self.chan_state.get(id(c))
        if st is None:
            from collections import deque
            # [chan, sends, receives, clocks of buffered messages, receivers' clocks, close clock]
            st = self.chan_state[id(c)] = [c, 0, 0, deque(), {}, None]
        return st

    def _sent(self, st, g):
        """A send into a buffer completes: the receives that freed its slot
        happened before it. Go orders only the (n-cap)-th receive before the
        n-th send; keeping one clock per pending receive costs memory
        quadratic in a big buffer, so the receives so far are kept joined in
        one clock, which can only add edges (never report a race falsely)."""
        st[1] += 1
        if st[1] > st[0].cap and st[4]:
            self.acquire_clock(st[4], g)

    def _received(self, st, g):
        st[2] += 1
        self.join(st[4], self.clock(g)[1])

    def handoff(self, c, sender, receiver):
        """A value went straight from a sender to a receiver: each is
        synchronised with the other (the receive completes the send)."""
        msg = self.release_clock(sender)
        back = self.release_clock(receiver)
        self.acquire_clock(msg, receiver)
        self.acquire_clock(back, sender)
        if c.cap:
            st = self._chan(c)
            st[1] += 1
            st[2] += 1

    def put(self, c, sender):
        st = self._chan(c)
        st[3].append(self.release_clock(sender))
        self._sent(st, sender)

    def take(self, c, receiver):
        st = self._chan(c)
        if st[3]:
            self.acquire_clock(st[3].popleft(), receiver)
        self._received(st, receiver)

    def close(self, c, g):
        st = self._chan(c)
        st[5] = self.release_clock(g)

    def closed_recv(self, c, g):
        st = self.chan_state.get(id(c))
        if st is not None and st[5] is not None:
            self.acquire_clock(st[5], g)

    # ------------------------------------------------------------ memory

    def read(self, obj, key, site):
        g = RUN.run.sched.current
        gid, c = self.clock(g)
        sk = (id(obj), key)
        sh = self.shadow.get(sk)
        if sh is None:
            sh = self.shadow[sk] = Shadow(obj)
        w = sh.write
        t = c.get(gid, 0)
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.report(Access(gid, t, site, False), w, obj, key)
        r = sh.reads.get(gid)
        if r is None or r.clock != t:      # a read in the same epoch is already known
            sh.reads[gid] = Access(gid, t, site, False)

    def write(self, obj, key, site):
        g = RUN.run.sched.current
        gid, c = self.clock(g)
        sk = (id(obj), key)
        sh = self.shadow.get(sk)
        if sh is None:
            sh = self.shadow[sk] = Shadow(obj)
        w = sh.write
        t = c.get(gid, 0)
        reads = sh.reads
        if w is not None and w.gid == gid and w.clock == t and (
                not reads or (len(reads) == 1 and gid in reads)):
            return                      # this goroutine's write in the same epoch: nothing new
        me = Access(gid, t, site, True)
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.report(me, w, obj, key)
        for r in list(sh.reads.values()):
            if r.gid != gid and r.clock > c.get(r.gid, 0):
                self.report(me, r, obj, key)
        sh.write = me
        sh.reads = {}

    # ------------------------------------------------------------ reports

    def report(self, cur, prev, obj, key):
        # one report per pair of source lines (x++ reads and writes on one line:
        # one report, as Go's detector gives)
        pair = frozenset(((cur.site.path, cur.site.line), (prev.site.path, prev.site.line)))
        if pair in self.reported:
            return
        self.reported.add(pair)
        self.count += 1
        addr = 0xc000010000 + (abs(hash((id(obj), id(key) if key is MAPWHOLE else key))) % 0xfffff) * 8
        lines = ['==================', 'WARNING: DATA RACE',
                 f'{"Write" if cur.write else "Read"} at 0x{addr:012x} by {_who(cur.gid)}:',
                 *frame(cur.site), '',
                 f'Previous {"write" if prev.write else "read"} at 0x{addr:012x} by {_who(prev.gid)}:',
                 *frame(prev.site), '']
        for gid in (cur.gid, prev.gid):
            if gid == 1 or gid not in self.created:
                continue
            state = 'running' if gid in RUN.run.sched.gs else 'finished'
            lines.append(f'Goroutine {gid} ({state}) created at:')
            lines.extend(frame(self.created[gid]))
            lines.append('')
        if lines[-1] == '':
            lines.pop()
        lines.append('==================')
        from .output import write_stderr
        write_stderr(('\n'.join(lines) + '\n').encode('utf-8', 'surrogateescape'))

    def summary(self):
        if self.count:
            return f'Found {self.count} data race(s)\n'
        return ''


def _who(gid):
    return 'main goroutine' if gid == 1 else f'goroutine {gid}'


def frame(site):
    if site is None:
        return ['  main.main()', '      ?:0 +0x0']
    return [f'  {site.func}()', f'      {site.path}:{site.line} +0x0']


def install(sched_, path):
    """Turn the detector on for this run (the scheduler and channels report to it)."""
    det = Detector()
    det.path = os.path.abspath(path)
    sched_.race = det
    return det


def detector():
    """The run's detector, or None when the run is not under -race."""
    s = RUN.run.sched
    return s.race if s is not None else None


def acquire(obj):
    det = detector()
    if det is not None:
        det.acquire(obj)


def release(obj):
    det = detector()
    if det is not None:
        det.release(obj)


def acquire_read(rw):
    """RLock: what writers released."""
    det = detector()
    if det is not None:
        det.acquire(rw)


def release_read(rw):
    """RUnlock: released to the next writer only, through the readers' clock."""
    det = detector()
    if det is not None:
        det.join(det.reader_clock(rw), det.release_clock())


def acquire_write(rw):
    det = detector()
    if det is not None:
        det.acquire(rw)
        det.acquire_clock(det.reader_clock(rw))


def sync_both(obj):
    det = detector()
    if det is not None:
        det.sync_both(obj)
