"""Package iter: the Seq/Seq2 types, and Pull/Pull2 on greenlets.

Pull runs the push iterator on its own greenlet (Go runs it on a coroutine):
next() switches to it until it yields a value or returns, yield switches
back. The goroutine that calls next lends its identity to the coroutine:
while the coroutine runs, the goroutine's greenlet (`G.glet`, which the
scheduler resumes) is the coroutine's, so blocking or preemption inside the
iterator resumes the right greenlet. A panic in the iterator is re-raised by
next/stop, as Go does.
"""
from __future__ import annotations

import greenlet

from ..runtime import sched
from ..runtime.panic import GoPanic

GO_DECLS = '''
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func())

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func())
'''


def _str_panic(msg):
    from .. import types as T
    from ..runtime.rtypes import rtype
    return GoPanic((rtype(T.Typ[T.STRING]), msg.encode()))


class _Pull:
    __slots__ = ('seq', 'name', 'zeros', 'vals', 'ok', 'done', 'yield_next', 'seq_done', 'panic',
                 'glet', 'caller')

    def __init__(self, seq, name, zeros):
        self.seq = seq
        self.name = name
        self.zeros = zeros
        self.vals = None
        self.ok = False
        self.done = False
        self.yield_next = False
        self.seq_done = False
        self.panic = None
        self.glet = None
        self.caller = None

    # ---- the coroutine side

    def body(self):
        if self.done:
            return
        try:
            self.seq(self.yield_)
            self.vals = None
            self.ok = False
            self.seq_done = True
        except GoPanic as p:
            self.panic = p
        self.done = True

    def yield_(self, *vals):
        if self.done:
            return False
        if not self.yield_next:
            raise _str_panic(f'{self.name}: yield called again before next')
        self.yield_next = False
        self.vals = vals
        self.ok = True
        self.caller.switch()
        return not self.done

    # ---- the caller side

    def resume(self):
        caller = greenlet.getcurrent()
        if self.glet is None:
            self.glet = greenlet.greenlet(self.body)
        self.glet.parent = caller
        self.caller = caller
        g = sched.current_g()
        lend = isinstance(g, sched.G) and g.glet is caller
        if lend:
            g.glet = self.glet
        try:
            self.glet.switch()
        finally:
            if lend:
                g.glet = caller
        p = self.panic
        if p is not None:
            self.panic = None
            if p.goexit:
                raise GoPanic(None, goexit=True)
            raise GoPanic(p.value)
        if self.done and not self.seq_done:
            # the iterator called runtime.Goexit
            raise GoPanic(None, goexit=True)

    def next(self):
        if self.done:
            return None
        if self.yield_next:
            raise _str_panic(f'{self.name}: next called again before yield')
        self.yield_next = True
        self.resume()
        return self.vals if self.ok else None

    def stop(self):
        if not self.done:
            self.done = True
            if self.glet is not None and not self.glet.dead:
                self.resume()


def Pull(V):
    zero = V.zero

    def pull(seq):
        st = _Pull(seq, 'iter.Pull', None)

        def next_():
            vals = st.next()
            if vals is None:
                return zero(), False
            return vals[0], True
        return next_, st.stop
    return pull


Pull.generic_factory = True


def Pull2(K, V):
    kz = K.zero
    vz = V.zero

    def pull2(seq):
        st = _Pull(seq, 'iter.Pull2', None)

        def next_():
            vals = st.next()
            if vals is None:
                return kz(), vz(), False
            return vals[0], vals[1], True
        return next_, st.stop
    return pull2


Pull2.generic_factory = True
