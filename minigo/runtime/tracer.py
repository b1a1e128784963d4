"""Recording a run as a goroutine timeline (`minigo run --trace out.json`).

The output is Chrome / Perfetto trace-event JSON (the "JSON Array/Object
Format" that chrome://tracing and ui.perfetto.dev open):

  * one track (tid) per goroutine, named by its creation site through a
    `thread_name` metadata event: `main.worker (G3)`;
  * complete slices ("ph": "X") for each state the goroutine was in: `running`,
    `runnable`, and the scheduler's park reasons (`chan receive`, `chan send`,
    `select`, `sleep`, `sync.Mutex.Lock`, `sync.WaitGroup.Wait`...);
  * a flow (`"ph": "s"` on the sender's track, `"ph": "f"` on the receiver's,
    the same `id`) for each value handed over a channel, unbuffered or through
    the buffer (then the arrow spans the time the value sat in the buffer).

Timestamps are microseconds: real monotonic time since the program started,
or, with --virtual-time, the virtual clock. Events get strictly increasing
timestamps (virtual time: each scheduling event adds 1 µs; real time: 1 ns),
so the order of events stays visible when the clock does not move.

Each blocked slice says where the goroutine stands (`at`: file:line, `func`),
as a goroutine dump would; each channel is named by the variable or field its
`make` was stored in, or by the make's site (`make(chan int) at prog.go:12`),
and `otherData.channels` lists them with their capacity. A mutex hand-off (an
Unlock waking a goroutine parked in Lock, which then got the lock) is a flow
of category `mutex` from the unlocker to the new owner.

Hooks: the scheduler calls spawn/ready/started/stopped, chan.py calls
handoff/put/take, sync.py's contended paths call wake/acquired, and a traced
run's compiler makes `make(chan)` call chan_made; all behind a `None` check
(the compiler's at compile time), so a run without --trace pays nothing else.
"""
from __future__ import annotations

import json
import os
from collections import deque

from .tracenames import chan_sites, goroutine_sites
# imported now, not at the first blocked goroutine: on the real clock an
# import inside the run would show as milliseconds of nothing running
from .traceback import goroutine_location

RUNNING = 'running'
RUNNABLE = 'runnable'


class Tracer:
    def __init__(self, sched, src=None, tree=None):
        self.s = sched
        self.src = src
        self.sites = goroutine_sites(tree) if tree is not None else {}
        self.chan_sites = chan_sites(tree) if tree is not None else {}
        from ..errors import FileSet
        # a package of several files: a goroutine's created_at names its file
        self.fset = src if isinstance(src, FileSet) else None
        if self.fset is not None:
            self.sites = {self.fset.locate((line, 0)): name for line, name in self.sites.items()}
        self.events = []
        self.state = {}        # gid -> (state name, start ts, args)
        self.names = {}        # gid -> (name, created-at text)
        self.last = -1.0
        self.step = 1.0 if sched.virtual else 0.001
        self.flow_id = 0
        self.bufs = {}         # chan id -> deque of (flow id) for values in the buffer
        self.nflows = 0
        self.chans = {}        # chan id -> {'name', 'var', 'func', 'made', 'cap'} (chan_made)
        self.locks = {}        # id(lock) -> (lock, number): sync.Mutex #1, #2...
        self.woken = {}        # gid -> (waker gid, time, lock kind, lock) of the Unlock that woke it

    # ------------------------------------------------------------ clock

    def ts(self):
        t = self.s.now() * 1e6
        if t <= self.last:
            t = self.last + self.step
        self.last = t
        return t

    # ------------------------------------------------------------ states

    def _set(self, g, state, t, args=None):
        gid = g.id
        old = self.state.get(gid)
        if old is not None:
            name, start, oargs = old
            ev = {'ph': 'X', 'name': name, 'cat': 'state', 'pid': 1, 'tid': gid,
                  'ts': round(start, 3), 'dur': round(t - start, 3)}
            if oargs:
                ev['args'] = oargs
            self.events.append(ev)
        if state is None:
            self.state.pop(gid, None)
        else:
            self.state[gid] = (state, t, args)

    def spawn(self, g):
        t = self.ts()
        cur = self.s.current
        self.names[g.id] = self._name(g, cur)
        self._set(g, RUNNABLE, t)

    def ready(self, g):
        self._set(g, RUNNABLE, self.ts())

    def started(self, g):
        self._set(g, RUNNING, self.ts())

    def stopped(self, g):
        t = self.ts()
        if g.done:
            self._set(g, None, t)
            self.events.append({'ph': 'i', 'name': 'exit', 'cat': 'goroutine', 's': 't',
                                'pid': 1, 'tid': g.id, 'ts': round(t, 3)})
        elif g.parked:
            args = {}
            w = g.waiting
            if w is not None:
                args['channel'] = self.chan_desc(w)
                args['chan_id'] = _chan_ids(w)
            loc = self._blocked_at(g)
            if loc is not None:
                args['func'], args['at'] = loc
            self._set(g, g.wait_reason or 'blocked', t, args)
        else:
            self._set(g, RUNNABLE, t)

    def _blocked_at(self, g):
        """(function, 'file:line') of the statement a parked goroutine stands at."""
        try:
            loc = goroutine_location(g)
        except Exception:       # a frame the walker does not know: leave the line out
            return None
        if loc is None:
            return None
        func, path, line = loc
        return func, f'{self._display(path)}:{line}'

    def finish(self):
        """Close the slices still open when the program ended."""
        t = self.ts()
        for gid in list(self.state):
            self._set(_GID(gid), None, t)

    # ------------------------------------------------------------ channel hand-offs

    def _flow(self, c, sender_gid, t):
        self.flow_id += 1
        fid = self.flow_id
        self.events.append({'ph': 's', 'id': fid, 'name': 'chan', 'cat': 'chan', 'pid': 1,
                            'tid': sender_gid, 'ts': round(t, 3),
                            'args': {'channel': self.chan_desc(c), 'chan_id': c.id}})
        return fid

    def _flow_end(self, c, fid, receiver_gid, t):
        self.events.append({'ph': 'f', 'bp': 'e', 'id': fid, 'name': 'chan', 'cat': 'chan',
                            'pid': 1, 'tid': receiver_gid, 'ts': round(t, 3),
                            'args': {'channel': self.chan_desc(c), 'chan_id': c.id}})
        self.nflows += 1

    def handoff(self, c, sender, receiver):
        """A value passed directly from goroutine sender to receiver."""
        if c.timer or sender is None or receiver is None:
            return
        t = self.ts()
        fid = self._flow(c, sender.id, t)
        self._flow_end(c, fid, receiver.id, self.ts())

    def put(self, c, sender):
        """sender's value went into c's buffer."""
        if c.timer:
            return
        q = self.bufs.get(c.id)
        if q is None:
            q = self.bufs[c.id] = deque()
        q.append(self._flow(c, sender.id, self.ts()))

    def take(self, c, receiver):
        """receiver took the oldest value out of c's buffer."""
        if c.timer:
            return
        q = self.bufs.get(c.id)
        if q:
            self._flow_end(c, q.popleft(), receiver.id, self.ts())

    # ------------------------------------------------------------ channel names

    def chan_made(self, c, pos, loc, text):
        """The traced compiler's make(chan) made c at source position pos
        ((file, line) loc, the call's text)."""
        name, func = self.chan_sites.get(pos, (None, ''))
        made = f'{self._display(loc[0])}:{loc[1]}'
        self.chans[c.id] = {'name': name or f'{text} at {made}', 'var': name or '', 'func': func,
                            'made': made, 'cap': c.cap}

    def chan_desc(self, w):
        """How a trace names a channel (or the channels of a select)."""
        from .chan import Chan
        if isinstance(w, Chan):
            info = self.chans.get(w.id)
            if info is not None:
                return info['name']
            return 'timer channel' if w.timer else f'chan#{w.id} (cap {w.cap})'
        if isinstance(w, (list, tuple)):
            return ', '.join(self.chan_desc(c) for c in w)
        return str(w)

    # ------------------------------------------------------------ lock hand-offs

    def wake(self, lock, kind, waker, g):
        """waker's Unlock (of a sync.Mutex or RWMutex: kind) readied g, parked in Lock."""
        if waker is not None:
            self.woken[g.id] = (waker.id, self.ts(), kind, lock)

    def acquired(self, lock, g):
        """g, woken by an Unlock, now holds lock: the hand-off's arrow, from
        that Unlock to here. A waiter that lost the lock to a barging
        goroutine parked again, and the next Unlock's wake replaced its own."""
        w = self.woken.pop(g.id, None)
        if w is None or w[3] is not lock:
            return
        waker, t, kind, _ = w
        self.flow_id += 1
        args = {'lock': self._lock_name(lock, kind)}
        self.events.append({'ph': 's', 'id': self.flow_id, 'name': kind, 'cat': 'mutex', 'pid': 1,
                            'tid': waker, 'ts': round(t, 3), 'args': args})
        self.events.append({'ph': 'f', 'bp': 'e', 'id': self.flow_id, 'name': kind, 'cat': 'mutex',
                            'pid': 1, 'tid': g.id, 'ts': round(self.ts(), 3), 'args': args})

    def _lock_name(self, lock, kind):
        n = self.locks.get(id(lock))
        if n is None:
            n = self.locks[id(lock)] = (lock, len(self.locks) + 1)   # the lock is kept: ids stay unique
        return f'{kind} #{n[1]}'

    # ------------------------------------------------------------ names

    def _name(self, g, creator):
        ca = g.created_at
        if g.id == 1 and ca is None:
            return ('main.main', '')
        if ca is None:
            return (f'goroutine {g.id}', '')
        line = ca[1]
        if self.fset is not None:
            name = self.sites.get((ca[0], line)) or 'main.func'
            where = f'{self._display(ca[0])}:{line}'
        else:
            name = self.sites.get(line) or 'main.func'
            where = f'{os.path.basename(self.src.path) if self.src is not None else "?"}:{line}'
        by = f' by goroutine {creator.id}' if creator is not None and not creator.done else ''
        return (name, f'created at {where}{by}')

    def _display(self, path):
        """How the file at (absolute) path is named in messages: the FileSet's
        display name, or the program's."""
        if self.fset is not None:
            for f in self.fset.files[1:]:
                if os.path.abspath(f.path) == path:
                    return f.display
        elif self.src is not None and path in (self.src.path, os.path.abspath(self.src.path)):
            return os.path.basename(path)       # the program's one file: its name says enough
        return path

    # ------------------------------------------------------------ output

    def to_json(self):
        meta = [{'ph': 'M', 'name': 'process_name', 'pid': 1, 'tid': 0,
                 'args': {'name': 'minigo ' + (self.src.display if self.src is not None else '')}}]
        for gid in sorted(self.names):
            name, where = self.names[gid]
            meta.append({'ph': 'M', 'name': 'thread_name', 'pid': 1, 'tid': gid,
                         'args': {'name': f'{name} (G{gid})'}})
            meta.append({'ph': 'M', 'name': 'thread_sort_index', 'pid': 1, 'tid': gid,
                         'args': {'sort_index': gid}})
        return {
            'traceEvents': meta + self.events,
            'displayTimeUnit': 'ms',
            'otherData': {
                'tool': 'minigo',
                'program': self.src.display if self.src is not None else '',
                'seed': self.s.seed,
                'clock': 'virtual' if self.s.virtual else 'monotonic',
                'goroutines': {str(g): {'name': n, 'created': w} for g, (n, w) in sorted(self.names.items())},
                'channels': {str(k): v for k, v in sorted(self.chans.items())},
            },
        }

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(self.to_json(), f, separators=(',', ':'))
            f.write('\n')


class _GID:
    __slots__ = ('id',)

    def __init__(self, gid):
        self.id = gid


def _chan_ids(w):
    from .chan import Chan
    if isinstance(w, Chan):
        return w.id
    if isinstance(w, (list, tuple)):
        return [c.id for c in w if isinstance(c, Chan)]
    return None


def install(sched, src=None, tree=None):
    """Start recording the run on sched; returns the Tracer."""
    tr = Tracer(sched, src, tree)
    sched.tracer = tr
    return tr


def uninstall(sched):
    sched.tracer = None
