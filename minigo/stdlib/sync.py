"""Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool.

Blocking operations park the goroutine on the scheduler with Go's wait reason
(`sync.Mutex.Lock`, `sync.WaitGroup.Wait`...), which deadlock reports print.
A mutex is handed to the next waiter in FIFO order on Unlock. Wait queues live
in a struct field declared `uintptr` in Go (0 until first needed), so the
zero value of every type is ready to use, as in Go.
"""
from __future__ import annotations

from collections import deque

from greenlet import GreenletExit

from ..runtime.context import RUN
from ..runtime import race
from ..runtime.panic import GoFatal, GoPanic

GO_DECLS = '''
package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	locked int32
	q      uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	w       int32
	readers int32
	rq      uintptr
	wq      uintptr
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct {
	n int64
	q uintptr
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		raceAcquire(o)
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true; raceRelease(o) }()
		f()
	}
}

// -race: happens-before edges of operations written in Go here
func raceAcquire(addr any)
func raceRelease(addr any)
func raceSync(addr any)

func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

type Cond struct {
	L Locker
	q uintptr
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

type Map struct {
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	raceSync(m)
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	raceSync(m)
	m.Swap(key, value)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	raceSync(m)
	if m.m == nil {
		m.m = map[any]any{}
	}
	previous, loaded = m.m[key]
	if !loaded {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
	return
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	raceSync(m)
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	raceSync(m)
	value, loaded = m.m[key]
	if loaded {
		m.Delete(key)
	}
	return
}

func (m *Map) Delete(key any) {
	raceSync(m)
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	raceSync(m)
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	raceSync(m)
	if v, ok := m.m[key]; ok && v == old {
		m.Delete(key)
		return true
	}
	return false
}

func (m *Map) Range(f func(key, value any) bool) {
	raceSync(m)
	keys := append([]any(nil), m.keys...)
	for _, k := range keys {
		v, ok := m.m[k]
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	raceSync(m)
	m.m = nil
	m.keys = nil
}

type Pool struct {
	New   func() any
	items []any
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}
'''


def _q(obj, i):
    q = obj[i]
    if not q:
        q = obj[i] = deque()
    return q


def _fatal(msg):
    return GoFatal(msg, trace_state=RUN.run.sched)


def _park(reason):
    RUN.run.sched.park(reason)


# A goroutine parked here may be stopped from outside: the REPL's :kill, :stop
# or Ctrl-C end it by raising GreenletExit where it parked. It must then leave
# the wait queue, and a wake-up or a lock already handed to it go on to the
# next waiter, or a later Unlock would hand the mutex to a goroutine that is gone.

def _leave(q, g):
    """Take g off a wait queue; whether it was in it."""
    if q:
        try:
            q.remove(g)
            return True
        except ValueError:
            pass
    return False


def _park_in(q, reason):
    """Park the current goroutine in wait queue q (until someone readies it)."""
    g = RUN.run.sched.current
    q.append(g)
    try:
        _park(reason)
    except GreenletExit:
        _leave(q, g)
        raise


def _ready(g):
    RUN.run.sched.ready(g)


# ------------------------------------------------------------------ Mutex: [locked, MutexWaiters]
# As sync/mutex.go on one P. Normal mode: Unlock wakes the first waiter but
# does not hand it the lock, so the unlocking goroutine may take it again
# first (barging); a woken waiter that loses goes back to the queue's head.
# A waiter that waited more than 1 ms switches the mutex to starvation
# mode: Unlock then hands the lock to the first waiter and yields to it,
# until a waiter gets it after a short wait or as the last one. Waiting time
# is the scheduler's deterministic elapsed() clock.

STARVATION_SECONDS = 0.001


class MutexWaiters:
    __slots__ = ('q', 'woken', 'starving', 'handed')

    def __init__(self):
        self.q = deque()
        self.woken = False       # a waiter was woken and has not run yet
        self.starving = False
        self.handed = None       # the goroutine the lock was handed to (starvation mode)


def _waiters(m):
    st = m[1]
    if not st:
        st = m[1] = MutexWaiters()
    return st


def Mutex_Lock(m):
    s = RUN.run.sched
    if not m[0]:
        m[0] = 1
        # -race's hook inlined (here and below): no call when it is off
        if s is not None and s.race is not None:
            s.race.acquire(m)
        return
    g = s.current
    st = _waiters(m)
    start = s.elapsed()
    st.q.append(g)
    try:
        while True:
            s.park('sync.Mutex.Lock')
            if st.handed is g:                  # starvation mode handed us the lock
                st.handed = None
                if not st.q or s.elapsed() - start <= STARVATION_SECONDS:
                    st.starving = False
                break
            st.woken = False
            if not m[0] and not st.starving:    # woken, and the lock is free: take it
                m[0] = 1
                break
            if s.elapsed() - start > STARVATION_SECONDS:
                st.starving = True
            st.q.appendleft(g)                  # lost to a barging goroutine: first in line again
    except GreenletExit:
        _lock_abandoned(m, st, g)
        raise
    if s.tracer is not None:
        s.tracer.acquired(m, g)
    race.acquire(m)


def _lock_abandoned(m, st, g):
    """g, parked in Lock, is stopped: off the queue; if Unlock had woken it
    or (starving) handed it the lock, that goes to the next waiter."""
    if _leave(st.q, g):
        return
    s = RUN.run.sched
    if st.handed is g:
        st.handed = None
        if st.q:
            st.handed = st.q.popleft()      # the lock stays held, now for the next one
            s.ready(st.handed)
        else:
            m[0] = 0
            st.starving = False
        return
    if st.woken:                            # woken by Unlock, stopped before it ran
        st.woken = False
        if not m[0] and st.q:
            st.woken = True
            s.ready(st.q.popleft())


def Mutex_TryLock(m):
    if m[0] or (m[1] and m[1].starving):
        return False
    m[0] = 1
    race.acquire(m)
    return True


def Mutex_Unlock(m):
    if not m[0]:
        raise _fatal('sync: unlock of unlocked mutex')
    s = RUN.run.sched
    if s is not None and s.race is not None:
        s.race.release(m)
    st = m[1]
    if not st or not st.q:
        m[0] = 0
        return
    if st.starving:
        g = st.handed = st.q.popleft()      # the lock stays held, now by g
        if s.tracer is not None:
            s.tracer.wake(m, 'sync.Mutex', s.current, g)
        s.ready(g)
        s.yield_local()                     # and g runs at once
        return
    m[0] = 0
    if st.woken:
        return
    st.woken = True
    g = st.q.popleft()
    if s.tracer is not None:
        s.tracer.wake(m, 'sync.Mutex', s.current, g)
    s.ready(g)


# ------------------------------------------------------------------ RWMutex: [w, readers, rq, wq]

def RWMutex_Lock(rw):
    if not rw[0] and not rw[1]:
        rw[0] = 1
        race.acquire_write(rw)
        return
    g = RUN.run.sched.current
    wq = _q(rw, 3)
    wq.append(g)
    try:
        _park('sync.RWMutex.Lock')
    except GreenletExit:
        if not _leave(wq, g):
            _release_writer(rw)             # Unlock had handed it the lock
        raise
    _acquired(rw)
    race.acquire_write(rw)


def RWMutex_TryLock(rw):
    if rw[0] or rw[1]:
        return False
    rw[0] = 1
    race.acquire_write(rw)
    return True


def RWMutex_Unlock(rw):
    if not rw[0]:
        raise _fatal('sync: Unlock of unlocked RWMutex')
    race.release(rw)
    _release_writer(rw)


def _release_writer(rw):
    """The write lock let go: to every waiting reader, else the next writer."""
    rw[0] = 0
    rq = rw[2]
    if rq:
        while rq:
            rw[1] += 1
            _hand(rw, rq.popleft())
        return
    wq = rw[3]
    if wq:
        rw[0] = 1
        _hand(rw, wq.popleft())


def RWMutex_RLock(rw):
    # readers acquire what writers released; their RUnlocks are released
    # to the next writer (not to other readers) through the mutex's own clock
    if not rw[0] and not rw[3]:
        rw[1] += 1
        race.acquire_read(rw)
        return
    g = RUN.run.sched.current
    rq = _q(rw, 2)
    rq.append(g)
    try:
        _park('sync.RWMutex.RLock')
    except GreenletExit:
        if not _leave(rq, g):
            _release_reader(rw)             # Unlock had counted it as a reader
        raise
    _acquired(rw)
    race.acquire_read(rw)


def RWMutex_TryRLock(rw):
    if rw[0] or rw[3]:
        return False
    rw[1] += 1
    race.acquire_read(rw)
    return True


def RWMutex_RUnlock(rw):
    if rw[1] <= 0:
        raise _fatal('sync: RUnlock of unlocked RWMutex')
    race.release_read(rw)
    _release_reader(rw)


def _release_reader(rw):
    """A read lock let go: the last one hands the lock to a waiting writer."""
    rw[1] -= 1
    if rw[1] == 0:
        wq = rw[3]
        if wq:
            rw[0] = 1
            _hand(rw, wq.popleft())


def _hand(rw, g):
    """An RWMutex's unlock hands it to g (a trace draws the hand-off)."""
    s = RUN.run.sched
    if s.tracer is not None:
        s.tracer.wake(rw, 'sync.RWMutex', s.current, g)
    s.ready(g)


def _acquired(rw):
    s = RUN.run.sched
    if s.tracer is not None:
        s.tracer.acquired(rw, s.current)


# ------------------------------------------------------------------ WaitGroup: [n, q]

def WaitGroup_Add(wg, delta):
    s = RUN.run.sched
    if s is not None and s.race is not None:
        s.race.release(wg)
    n = wg[0] = wg[0] + delta
    if n > 0:
        return
    if n < 0:
        from ..runtime.rtypes import rtype
        from .. import types as T
        raise GoPanic((rtype(T.Typ[T.STRING]), b'sync: negative WaitGroup counter'))
    q = wg[1]
    while q:
        s.ready(q.popleft())


def WaitGroup_Wait(wg):
    if wg[0] == 0:
        race.acquire(wg)
        return
    _park_in(_q(wg, 1), 'sync.WaitGroup.Wait')
    race.acquire(wg)


# ------------------------------------------------------------------ Cond: [L, q]

def raceAcquire(addr):
    det = race.detector()
    if det is not None and addr is not None:
        det.acquire(addr[1])


def raceRelease(addr):
    det = race.detector()
    if det is not None and addr is not None:
        det.release(addr[1])


def raceSync(addr):
    det = race.detector()
    if det is not None and addr is not None:
        det.sync_both(addr[1])


def _call(iface, name):
    from ..runtime.gofmt import methods_of
    if iface is None:   # a Cond with a nil L
        from ..runtime.panic import nil_deref
        raise nil_deref()
    methods_of(iface[0])[name](iface[1])


def Cond_Wait(c):
    g = RUN.run.sched.current
    q = _q(c, 1)
    q.append(g)
    _call(c[0], 'Unlock')
    try:
        _park('sync.Cond.Wait')
    except GreenletExit:
        _leave(q, g)        # (a Signal that already woke it is spent, as if it had run)
        raise
    race.acquire(c)
    _call(c[0], 'Lock')


def Cond_Signal(c):
    race.release(c)
    q = c[1]
    if q:
        _ready(q.popleft())


def Cond_Broadcast(c):
    race.release(c)
    q = c[1]
    while q:
        _ready(q.popleft())
