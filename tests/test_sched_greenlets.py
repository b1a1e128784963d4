"""How the scheduler uses greenlets (runtime/sched.py): a goroutine gets one
when it first runs, a finished goroutine's greenlet runs the next new one,
and every greenlet is started from the hub, never from inside a goroutine
that switches straight to the next one (a greenlet's C stack begins where
it is started: started from a goroutine, it would nest inside that one's, and
a chain of goroutines each starting the next would overflow the stack)."""
import types

import greenlet
import pytest

import minigo
from minigo.runtime import context, sched

CHAIN = '''package main

import "fmt"

var start = make(chan bool)
var done = make(chan bool)

// each goroutine starts the next, then blocks: with direct switches, each
// next one is switched to from inside the one before
func f(n int) {
	if n > 0 {
		go f(n - 1)
	} else {
		close(start)
	}
	<-start
	done <- true
}

func main() {
	const n = 2000
	go f(n)
	for i := 0; i <= n; i++ {
		<-done
	}
	fmt.Println("ok")
}
'''

ONE_AT_A_TIME = '''package main

import "fmt"

func main() {
	done := make(chan int)
	sum := 0
	for i := 0; i < 1000; i++ {
		go func(i int) { done <- i }(i)
		sum += <-done
	}
	fmt.Println(sum)
}
'''


@pytest.fixture
def recorded(monkeypatch):
    """Greenlets the scheduler makes, and who switched into each first."""
    made, starters = [], []

    class Recorded(greenlet.greenlet):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            made.append(self)

        def switch(self, *args):
            if not self.dead and not self:      # not started yet
                s = context.current().sched
                starters.append('hub' if greenlet.getcurrent() is s.hub else 'goroutine')
            return super().switch(*args)

    monkeypatch.setattr(sched, 'greenlet',
                        types.SimpleNamespace(greenlet=Recorded, getcurrent=greenlet.getcurrent))
    return made, starters


def test_every_greenlet_is_started_by_the_hub(recorded):
    made, starters = recorded
    r = minigo.run(CHAIN)
    assert (r.stdout, r.exit_code) == (b'ok\n', 0), r.stderr
    assert len(starters) == len(made) > 1
    assert set(starters) == {'hub'}


def test_finished_goroutines_greenlets_run_new_ones(recorded):
    made, _ = recorded
    r = minigo.run(ONE_AT_A_TIME)
    assert (r.stdout, r.exit_code) == (b'499500\n', 0), r.stderr
    # main's, and the one each new goroutine takes over from the one before
    assert len(made) <= 3


def test_collecting_after_a_run_is_safe(tmp_path):
    """After a run its thread is gone; a full collection then must not meet
    a greenlet of that thread held by the scheduler (it crashed CPython in
    greenlet's green_is_gc). This program crashed the collection after it in
    most runs before the scheduler let go of its hub and idle greenlets."""
    import os
    import subprocess
    import sys
    prog = os.path.join(os.path.dirname(__file__), 'conformance', 'os_files', 'edge_cases.go')
    code = ('import gc, sys, minigo\n'
            'src = open(sys.argv[1]).read()\n'
            'for _ in range(3):\n'
            '    assert minigo.run(src).exit_code == 0\n'
            '    gc.collect()\n'
            'print("ok")\n')
    p = subprocess.run([sys.executable, '-c', code, prog], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    assert (p.returncode, p.stdout) == (0, 'ok\n'), p.stderr[-2000:]
