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
with reads and writes, reads only with writes. As in Go's detector, an
access reports only the first earlier access it races with (the earlier
write, else the reads in the order they came) and clears the location's
history; a race between the same two sites as an earlier report is not
reported again. Reports are in Go's shape; the run then exits 66.

Only live goroutines' components travel: a goroutine becomes live when an
access of its is first kept in shadow memory, and until then its releases
leave its own component out of the clocks they hand on. That is exact: a
clock component is only ever compared with the time of a kept access, and
every kept access of goroutine w is at a time t0 or later (its first one),
while a release of w's before it handed on a time below t0 (a release ticks
w's time after), so knowing it or not changes no comparison. It keeps clocks
small where vector clocks cost most: a daisy chain of a thousand goroutines
passing messages (the prime sieve) would otherwise hand every component of
the chain along each link, making each hand-off walk the whole chain.
"""
from __future__ import annotations

from types import MappingProxyType

from .context import RUN
from .values import Ref

MAPWHOLE = object()    # key of a map seen as one location
# the clock a goroutine that knows no live component hands on (read-only: shared)
_EMPTY = MappingProxyType({})


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
    def __init__(self, sched):
        self.sched = sched      # the run's scheduler (its current goroutine is the one accessing)
        self.clocks = {}        # goroutine id -> {gid: time}: its own time and the live ones it knows
        self.live = set()       # goroutines with an access kept in shadow memory (ever)
        self.sync = {}          # id(sync object) -> (object, clock)
        self.shadow = {}        # (id(container), key) -> Shadow
        self.reported = set()
        self.count = 0
        self.created = {}       # goroutine id -> Site of its go statement (None for main)
        self.parent_func = {}   # goroutine id -> function that ran the go statement
        self.chan_state = {}    # id(chan) -> [chan, nsent, nrecv, buffered clocks, recv clocks, close clock]

    # ------------------------------------------------------------ clocks

    def clock(self, g=None):
        if g is None:
            g = self.sched.current
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

    def export(self, gid, c):
        """What g's clock c tells others: a copy, without g's own component
        while g is not live. Never to be written to (it may be _EMPTY)."""
        if gid in self.live:
            return dict(c)
        if len(c) == 1:         # only its own time
            return _EMPTY
        snap = dict(c)
        del snap[gid]
        return snap

    def tell(self, into, gid, c):
        """Join what g's clock c tells others (export's components) into the
        clock `into`, without making a copy."""
        get = into.get
        if gid in self.live:
            for k, v in c.items():
                if get(k, 0) < v:
                    into[k] = v
        else:
            for k, v in c.items():
                if k != gid and get(k, 0) < v:
                    into[k] = v

    def release_clock(self, g=None):
        """A copy of g's clock to hand to a sync object; g's own time ticks."""
        gid, c = self.clock(g)
        snap = self.export(gid, c)
        c[gid] += 1
        return snap

    def release_into(self, into, g=None):
        """join(into, release_clock(g)), without the copy."""
        gid, c = self.clock(g)
        self.tell(into, gid, c)
        c[gid] += 1

    def acquire_clock(self, snap, g=None):
        if snap:
            _, c = self.clock(g)
            self.join(c, snap)

    @staticmethod
    def _sync_key(obj):
        """The key of obj's clock in self.sync, and what to keep alive so that
        the id in it stays obj's."""
        if isinstance(obj, Ref):        # an address: its container and slot
            return (id(obj.c), obj.k), obj.c
        return id(obj), obj

    def _sync_clock(self, obj):
        key, keep = self._sync_key(obj)
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
        self.release_into(self._sync_clock(obj), g)

    def acquire(self, obj, g=None):
        ent = self.sync.get(self._sync_key(obj)[0])
        if ent is not None and ent[1]:     # nothing released there yet: nothing to learn
            self.join(self.clock(g)[1], ent[1])

    def sync_both(self, obj):
        """An atomic operation: acquire and release on its address."""
        self.acquire(obj)
        self.release(obj)

    # ------------------------------------------------------------ goroutines

    def spawn(self, parent, child, where):
        """A go statement (where: (file, line, function)) started child."""
        c = dict(self.release_clock(parent)) if parent is not None else {}
        c[child.id] = 1
        self.clocks[child.id] = c
        if where is not None:
            path, line, func = where
            self.created[child.id] = Site(path, line, 0, func)

    # ------------------------------------------------------------ channels

    def _chan(self, c):
        st = self.chan_state.get(id(c))
        if st is None:
            from collections import deque
            # [chan, sends, receives, clocks of buffered messages, receivers' clocks, close clock]
            st = self.chan_state[id(c)] = [c, 0, 0, deque(), {}, None]
        return st

    def handoff(self, c, sender, receiver):
        """A value went straight from a sender to a receiver: each is
        synchronised with the other (the receive completes the send). On a
        buffered channel Go pretends the value went through the buffer (the
        sender's, then the receiver's, turn on the slot): no receive -> send
        edge for this send, the receive goes to the (k+C)-th send."""
        if c.cap:
            self.put(c, sender)
            self.take(c, receiver)
            return
        sid, sc = self.clock(sender)
        rid, rc = self.clock(receiver)
        back = self.export(rid, rc)     # the receiver's clock before it learns the sender's
        self.tell(rc, sid, sc)
        sc[sid] += 1
        rc[rid] += 1
        if back:
            self.join(sc, back)
        if c.cap:
            st = self._chan(c)
            st[1] += 1
            st[2] += 1

    # put and take are a buffered channel's every send and receive: their
    # clock joins are written out here rather than calls to join.

    def put(self, c, sender):
        """A send into c's buffer: the message carries the sender's clock.
        Past the capacity, the receives that freed its slot happened before
        it. Go orders only the (n-cap)-th receive before the n-th send;
        keeping one clock per pending receive costs memory quadratic in a big
        buffer, so the receives so far are kept joined in one clock (st[4]),
        which can only add edges (never report a race falsely)."""
        if c.elem0:
            self._slot0(c, sender)
            return
        st = self._chan(c)
        gid, sc = self.clock(sender)
        st[3].append(self.export(gid, sc))
        sc[gid] += 1
        st[1] += 1
        received = st[4]
        if st[1] > st[0].cap and received:
            get = sc.get
            for k, v in received.items():
                if get(k, 0) < v:
                    sc[k] = v

    def take(self, c, receiver):
        """A receive from c's buffer: it learns the message's clock, then
        releases its own into the receives' clock (st[4]) and ticks, as Go's
        turn on the slot does: an access it makes after the receive is not
        before the (k+C)-th send."""
        if c.elem0:
            self._slot0(c, receiver)
            return
        st = self._chan(c)
        gid, rc = self.clock(receiver)
        if st[3]:
            msg = st[3].popleft()
            if msg:
                get = rc.get
                for k, v in msg.items():
                    if get(k, 0) < v:
                        rc[k] = v
        st[2] += 1
        self.tell(st[4], gid, rc)
        rc[gid] += 1

    def _slot0(self, c, g):
        """A buffered send or receive on a channel of zero-size elements
        (chan struct{}): Go's detector has no slots to tell apart there, so
        every one acquires and releases the same clock (st[4]): all of them
        are ordered, a semaphore made of such a channel orders what it
        guards (runtime/chan.go racenotify, elemsize 0)."""
        st = self._chan(c)
        gid, gc_ = self.clock(g)
        get = gc_.get
        for k, v in st[4].items():
            if get(k, 0) < v:
                gc_[k] = v
        self.tell(st[4], gid, gc_)
        gc_[gid] += 1

    def close(self, c, g):
        st = self._chan(c)
        st[5] = self.release_clock(g)

    def closed_recv(self, c, g):
        st = self.chan_state.get(id(c))
        if st is not None and st[5] is not None:
            self.acquire_clock(st[5], g)

    # ------------------------------------------------------------ memory

    def read(self, obj, key, site):
        g = self.sched.current
        gid = g.id if g is not None else 1
        c = self.clocks.get(gid) or self.clock(g)[1]
        sk = (id(obj), key)
        sh = self.shadow.get(sk)
        if sh is None:
            sh = self.shadow[sk] = Shadow(obj)
        w = sh.write
        t = c.get(gid, 0)
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.race(sh, Access(gid, t, site, False), w, obj, key)
            return
        r = sh.reads.get(gid)
        if r is None or r.clock != t:      # a read in the same epoch is already known
            sh.reads[gid] = Access(gid, t, site, False)
            self.live.add(gid)

    def write(self, obj, key, site):
        g = self.sched.current
        gid = g.id if g is not None else 1
        c = self.clocks.get(gid) or self.clock(g)[1]
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
        # the earlier accesses in the order they came: the write, then the reads since
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.race(sh, me, w, obj, key)
            return
        for r in sh.reads.values():
            if r.gid != gid and r.clock > c.get(r.gid, 0):
                self.race(sh, me, r, obj, key)
                return
        sh.write = me
        sh.reads = {}
        self.live.add(gid)

    def update(self, obj, key, site):
        """x++ or x op= y: read(obj, key, site) then write(obj, key, site),
        with the clock and the shadow looked up once."""
        g = self.sched.current
        gid = g.id if g is not None else 1
        c = self.clocks.get(gid) or self.clock(g)[1]
        sk = (id(obj), key)
        sh = self.shadow.get(sk)
        if sh is None:
            sh = self.shadow[sk] = Shadow(obj)
        t = c.get(gid, 0)
        # the read
        w = sh.write
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.race(sh, Access(gid, t, site, False), w, obj, key)
        else:
            r = sh.reads.get(gid)
            if r is None or r.clock != t:
                sh.reads[gid] = Access(gid, t, site, False)
                self.live.add(gid)
        # the write
        w = sh.write
        reads = sh.reads
        if w is not None and w.gid == gid and w.clock == t and (
                not reads or (len(reads) == 1 and gid in reads)):
            return
        me = Access(gid, t, site, True)
        if w is not None and w.gid != gid and w.clock > c.get(w.gid, 0):
            self.race(sh, me, w, obj, key)
            return
        for r in reads.values():
            if r.gid != gid and r.clock > c.get(r.gid, 0):
                self.race(sh, me, r, obj, key)
                return
        sh.write = me
        sh.reads = {}
        self.live.add(gid)

    # ------------------------------------------------------------ reports

    def race(self, sh, cur, prev, obj, key):
        """cur races with prev, the first earlier access it conflicts with.
        As Go's detector (ThreadSanitizer's CheckRaces): the access reports
        that one race only, and the location's shadow is cleared, so the
        accesses after start afresh (and cur itself is not kept)."""
        sh.write = None
        sh.reads = {}
        self.report(cur, prev, obj, key)

    def report(self, cur, prev, obj, key):
        # a race between the same two places as one already reported is not
        # reported again (ThreadSanitizer's suppress_equal_stacks, Go's
        # default; its stacks are the two access sites here): x++ racing
        # with itself in a loop is one report
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


def install(sched_):
    """Turn the detector on for this run (the scheduler and channels report to it)."""
    det = Detector(sched_)
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
        det.release_into(det.reader_clock(rw))


def acquire_write(rw):
    det = detector()
    if det is not None:
        det.acquire(rw)
        det.acquire_clock(det.reader_clock(rw))


def sync_both(obj):
    det = detector()
    if det is not None:
        det.sync_both(obj)
