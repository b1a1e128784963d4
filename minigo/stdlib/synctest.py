"""Package testing/synctest (Go 1.25): Test runs a test in a bubble whose
goroutines share a fake clock, Wait waits until every other goroutine of the
bubble is durably blocked. The bubble itself is the scheduler's
(runtime/bubble.py); Test's test goroutine is the testing package's
(testing.SynctestRun), as Go's testingSynctestTest."""
from __future__ import annotations

from ..runtime.context import RUN
from ..runtime.panic import GoPanic, go_entry

GO_DECLS = '''
package synctest

import (
	"testing"
	"time"
)

type deadlockError struct{ reason string }

func (e deadlockError) Error() string { return e.reason }

// Test runs f as the test t in a new bubble, and waits for every goroutine
// of the bubble to exit.
func Test(t *testing.T, f func(*testing.T)) {
	var ok bool
	if reason := run(func() { ok = testing.SynctestRun(t, f) }); reason != "" {
		panic(deadlockError{reason})
	}
	if !ok {
		t.FailNow()
	}
}

// Wait blocks until every other goroutine of the bubble is durably blocked.
func Wait()

// Sleep is time.Sleep then Wait.
func Sleep(d time.Duration) {
	time.Sleep(d)
	Wait()
}

func run(f func()) string
'''


def _panic_string(msg):
    """A panic with a string value, as the runtime's panic("...")."""
    from .. import types as T
    from ..runtime import rtypes as R
    return GoPanic((R.rtype(T.Typ[T.STRING]), msg.encode()))


def run(f):
    """Run f in a new bubble's main goroutine; park until the bubble is empty.
    The deadlock text when the bubble's goroutines all block for good, else ""."""
    from ..runtime.bubble import Bubble
    s = RUN.run.sched
    g = s.current
    if g.bubble is not None:
        raise _panic_string('synctest.Run called from within a synctest bubble')
    b = Bubble(g)
    s.bubbles.append(b)
    saved = s.timer_bubble
    s.timer_bubble = b          # the new goroutine joins the bubble
    try:
        b.main = s.spawn(go_entry(f, 0), (), getattr(g, 'created_at', None))
    finally:
        s.timer_bubble = saved
    reason = s.park('synctest.Run')
    return (reason or '').encode()


def Wait():
    s = RUN.run.sched
    g = s.current
    b = g.bubble
    if b is None:
        raise _panic_string('goroutine is not in a bubble')
    if b.waiter is not None:
        raise _panic_string('wait already in progress')
    b.waiter = g
    s.park('synctest.Wait')
