"""The collector's thresholds while a program runs (runtime/gctune.py):
raised for the run, paced by the live goroutines, and the host's put back
after it, whatever the run did."""
import gc
import threading

import minigo
from minigo.runtime import gctune

MANY = '''package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	start := make(chan bool)
	for i := 0; i < 5000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(start)
	wg.Wait()
	fmt.Println(runtime.NumGoroutine())
}
'''


def test_thresholds_are_put_back_after_a_run():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        seen = []
        orig = gctune.pace

        def spy(live):
            orig(live)
            seen.append((live, gc.get_threshold()))
        gctune.pace = spy
        try:
            r = minigo.run(MANY)
        finally:
            gctune.pace = orig
        assert r.stdout == b'5001\n1\n', r.stderr
        assert gc.get_threshold() == (700, 10, 10)
        # while 5,000 goroutines were alive, full collections were spaced for them
        assert (4096, (gctune.YOUNG, gctune.OLDER, gctune.full_after(4096))) in seen
        assert gctune.full_after(4096) > gctune.FULL
    finally:
        gc.set_threshold(*saved)


def test_higher_host_thresholds_are_kept_and_disabled_stays_disabled():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(50_000, 20, 30)
        with gctune.tuned():
            assert gc.get_threshold() == (50_000, 20, 30)
        assert gc.get_threshold() == (50_000, 20, 30)
        gc.set_threshold(0, 10, 10)
        with gctune.tuned():
            gctune.pace(1_000_000)
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*saved)


def test_overlapping_runs_restore_once_the_last_ends():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        a, b = gctune.tuned(), gctune.tuned()
        a.__enter__()
        b.__enter__()
        a.__exit__(None, None, None)
        assert gc.get_threshold()[0] == gctune.YOUNG     # b still runs
        b.__exit__(None, None, None)
        assert gc.get_threshold() == (700, 10, 10)
        # and runs on two threads at once leave the host's thresholds
        out = []
        ts = [threading.Thread(target=lambda: out.append(minigo.run(MANY).stdout)) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        assert out == [b'5001\n1\n'] * 2
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*saved)
