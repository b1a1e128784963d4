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

Hooks: the scheduler calls spawn/ready/started/stopped, chan.py calls
handoff/put/take, all behind a `None` check, so a run without --trace pays
nothing else.
"""
from __future__ import annotations

import json
from collections import deque

RUNNING = 'running'
RUNNABLE = 'runnable'


class Tracer:
    def __init__(self, sched, src=None, tree=None):
        self.s = sched
        self.src = src
        self.sites = goroutine_sites(tree) if tree is not None else {}
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
                args['channel'] = _chan_desc(w)
            self._set(g, g.wait_reason or 'blocked', t, args)
        else:
            self._set(g, RUNNABLE, t)

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
                            'args': {'channel': _chan_desc(c)}})
        return fid

    def _flow_end(self, c, fid, receiver_gid, t):
        self.events.append({'ph': 'f', 'bp': 'e', 'id': fid, 'name': 'chan', 'cat': 'chan',
                            'pid': 1, 'tid': receiver_gid, 'ts': round(t, 3),
                            'args': {'channel': _chan_desc(c)}})
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
            where = f'{self.src.display if self.src is not None else "?"}:{line}'
        by = f' by goroutine {creator.id}' if creator is not None and not creator.done else ''
        return (name, f'created at {where}{by}')

    def _display(self, path):
        """How the FileSet's file at (absolute) path is named in messages."""
        import os
        for f in self.fset.files[1:]:
            if os.path.abspath(f.path) == path:
                return f.display
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


def _chan_desc(w):
    from .chan import Chan
    if isinstance(w, Chan):
        return f'chan#{w.id} (cap {w.cap})'
    if isinstance(w, (list, tuple)):
        return ', '.join(_chan_desc(c) for c in w)
    return str(w)


def install(sched, src=None, tree=None):
    """Start recording the run on sched; returns the Tracer."""
    tr = Tracer(sched, src, tree)
    sched.tracer = tr
    return tr


def uninstall(sched):
    sched.tracer = None


# ------------------------------------------------------------------ goroutine names from the source

def goroutine_sites(tree):
    """Map the line of each `go` statement to the name Go gives the started
    function: `main.worker`, `main.(*Pool).run`, `main.main.func1` for the first
    function literal in main, `main.main.func1.2` for nested literals."""
    from ..syntax import ast as A
    sites = {}
    funcs = {}       # plain function names and methods -> qualified name
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and not d.recv:
            funcs[d.name.name] = _decl_name(d, A)

    def visit(n, owner, counter):
        if isinstance(n, A.FuncLit):
            counter[0] += 1
            name = f'{owner}.func{counter[0]}' if '.func' not in owner.rsplit('.', 1)[-1] \
                else f'{owner}.{counter[0]}'
            lit_names[id(n)] = name
            sub = [0]
            for _, v in n.children():
                walk(v, name, sub)
            return
        if isinstance(n, A.GoStmt):
            go_stmts.append((n, owner))
        for _, v in n.children():
            walk(v, owner, counter)

    def walk(v, owner, counter):
        if isinstance(v, A.Node):
            visit(v, owner, counter)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, owner, counter)

    lit_names = {}
    go_stmts = []
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and d.body is not None:
            walk(d.body, _decl_name(d, A), [0])
        elif not isinstance(d, A.FuncDecl):
            walk(d, 'main.init', [0])
    for g, owner in go_stmts:
        call = g.call
        while isinstance(call, A.ParenExpr):
            call = call.x
        fun = getattr(call, 'fun', None)
        while isinstance(fun, A.ParenExpr):
            fun = fun.x
        if isinstance(fun, A.IndexExpr):
            fun = fun.x
        if isinstance(fun, A.FuncLit):
            name = lit_names.get(id(fun), owner + '.func')
        elif isinstance(fun, A.Ident):
            name = funcs.get(fun.name, 'main.' + fun.name)
        elif isinstance(fun, A.SelectorExpr):
            m = fun.sel.name
            x = fun.x
            if isinstance(x, A.Ident) and x.name not in funcs and _is_pkg(tree, x.name, A):
                name = f'{x.name}.{m}'
            else:
                name = _method_name(tree, m, A) or f'main.{m}'
        else:
            name = owner + '.gowrap'
        sites.setdefault(g.pos[0], name)
    return sites


def _recv_type(d, A):
    t = d.recv[0].type
    star = False
    if isinstance(t, A.StarExpr):
        star, t = True, t.x
    if isinstance(t, A.IndexExpr):
        t = t.x
    n = t.name if isinstance(t, A.Ident) else '?'
    return f'(*{n})' if star else n


def _decl_name(d, A):
    if d.recv:
        return f'main.{_recv_type(d, A)}.{d.name.name}'
    return f'main.{d.name.name}'


def _method_name(tree, m, A):
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and d.recv and d.name.name == m:
            return _decl_name(d, A)
    return None


def _is_pkg(tree, name, A):
    for imp in tree.imports:
        p = str(imp.path.value).strip('"`')
        ln = imp.name.name if imp.name is not None else p.rsplit('/', 1)[-1]
        if ln == name:
            return True
    return False
