"""Wake-up order of goroutines blocked on the same channel or lock: Go's
wait queues (the sudog queues of a channel, the semaphore queue of
sync.Mutex, sync.Cond's ticket list) are FIFO. Also: a goroutine blocked in
a select sits in the queue of each of its channels and leaves the others
when woken; a select with a default sees a parked partner as ready; close
wakes every receiver; a waiting writer holds back new RWMutex readers; a
WaitGroup's waiters all return at the last Done and none before.

The program below makes goroutines block in a known order (each says it is
about to block, then main sleeps so that it does; with GOMAXPROCS=1 it would
block before main runs again anyway), then wakes them one at a time and
prints who got what. Every line is fixed by the wait-queue order, not by the
schedule after wake-up: its output was the same in 20 runs of real go1.27.3
with GOMAXPROCS=1, 20 with the default GOMAXPROCS (2 here) and 6 under
-race. minigo must print exactly that under every scheduling seed.
"""
import os

from conftest import run_minigo

PROGRAM = r'''package main

import (
	"fmt"
	"sync"
	"time"
)

const n = 5

// settle gives a goroutine that has just said it is about to block time to
// block (it does at once: with GOMAXPROCS=1 it runs on until it parks).
func settle() { time.Sleep(time.Millisecond) }

// Receivers park on ch in the order 0..n-1; each value sent goes to the
// longest-waiting receiver.
func receivers(buffered bool) {
	ch := make(chan int)
	if buffered {
		ch = make(chan int, 3)
	}
	ready := make(chan int)
	got := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			got[i] = <-ch
		}()
		<-ready
		settle()
	}
	for v := 10; v < 10+n; v++ {
		ch <- v
	}
	wg.Wait()
	fmt.Println("receivers", buffered, got)
}

// Senders park on ch in the order 0..n-1; receives take their values in that order.
func senders(capacity int) {
	ch := make(chan int, capacity)
	for i := 0; i < capacity; i++ {
		ch <- 100 + i
	}
	ready := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			ready <- i
			ch <- i
		}()
		<-ready
		settle()
	}
	var got []int
	for i := 0; i < n+capacity; i++ {
		got = append(got, <-ch)
	}
	fmt.Println("senders", capacity, got)
}

// A goroutine waiting in a select is queued on each of its channels in turn
// with the plain receivers; once it has been woken by one channel it leaves
// the other channel's queue.
func selectWaiters() {
	ch, other := make(chan int), make(chan int)
	ready := make(chan int)
	got := make([]string, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			if i%2 == 1 {
				select {
				case v := <-ch:
					got[i] = fmt.Sprint("ch:", v)
				case v := <-other:
					got[i] = fmt.Sprint("other:", v)
				}
				return
			}
			got[i] = fmt.Sprint("ch:", <-ch)
		}()
		<-ready
		settle()
	}
	other <- 1 // goroutine 1: the first (and only) waiter on other
	ch <- 20   // goroutine 0
	ch <- 21   // goroutine 2: goroutine 1 has left ch's queue
	ch <- 22   // goroutine 3
	wg.Wait()
	fmt.Println("select", got)
}

// The same for senders: a select's send cases queue it on each channel.
func selectSenders() {
	ch, other := make(chan int), make(chan int)
	ready := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			ready <- i
			if i%2 == 1 {
				select {
				case ch <- i:
				case other <- 10 + i:
				}
				return
			}
			ch <- i
		}()
		<-ready
		settle()
	}
	first := <-other // goroutine 1, the first waiter on other
	got := []int{<-ch, <-ch, <-ch}
	fmt.Println("select send", first, got)
}

// A select with a default sees a parked partner as ready, and takes the
// default only when there is none.
func selectDefault() {
	ch := make(chan int)
	ready := make(chan int)
	done := make(chan int)
	var res []string
	try := func() {
		select {
		case ch <- 7:
			res = append(res, "sent")
		case v := <-ch:
			res = append(res, fmt.Sprint("received ", v))
		default:
			res = append(res, "default")
		}
	}
	try()
	go func() {
		ready <- 0
		done <- <-ch
	}()
	<-ready
	settle()
	try()
	res = append(res, fmt.Sprint("receiver got ", <-done))
	try()
	go func() {
		ready <- 0
		ch <- 8
		done <- 0
	}()
	<-ready
	settle()
	try()
	<-done
	try()
	fmt.Println("select default", res)
}

// close wakes every receiver, each with the zero value and ok == false.
func closeWakesAll() {
	ch := make(chan int)
	ready := make(chan int)
	res := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			v, ok := <-ch
			res[i] = fmt.Sprint(v, ok)
		}()
		<-ready
	}
	settle()
	close(ch)
	wg.Wait()
	fmt.Println("close", res)
}

// Lock waiters queue FIFO; each Unlock lets the longest waiter in.
func mutexOrder() {
	var mu sync.Mutex
	var order []int
	ready := make(chan int)
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
		<-ready
		settle()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("mutex", order)
}

// Signal wakes the goroutine that has waited longest. No sleeps needed:
// Wait enters the wait list before it releases the lock that main then takes.
func condOrder() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var order []int
	ready := make(chan int)
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			mu.Lock()
			ready <- i
			cond.Wait()
			order = append(order, i)
			mu.Unlock()
			done <- true
		}()
		<-ready
		mu.Lock() // only once goroutine i is waiting
		mu.Unlock()
	}
	for i := 0; i < n; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		<-done
	}
	fmt.Println("cond", order)
}

// A pending writer holds back later readers: reader 1 holds the lock, the
// writer waits, reader 2 waits behind the writer.
func rwOrder() {
	var rw sync.RWMutex
	var mu sync.Mutex
	var order []string
	note := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	ready := make(chan int)
	var wg sync.WaitGroup
	rw.RLock()
	note("r1 in")
	wg.Add(2)
	go func() {
		defer wg.Done()
		ready <- 0
		rw.Lock()
		note("w in")
		rw.Unlock()
	}()
	<-ready
	settle()
	go func() {
		defer wg.Done()
		ready <- 0
		rw.RLock()
		note("r2 in")
		rw.RUnlock()
	}()
	<-ready
	settle()
	note("r1 out")
	rw.RUnlock()
	wg.Wait()
	fmt.Println("rwmutex", order)
}

// Every Wait returns once the counter reaches zero, and none before.
func waitGroupWaiters() {
	var work, waiters sync.WaitGroup
	var mu sync.Mutex
	left := 3
	var saw []int
	work.Add(left)
	ready := make(chan int)
	for i := 0; i < n; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			ready <- i
			work.Wait()
			mu.Lock()
			saw = append(saw, left)
			mu.Unlock()
		}()
		<-ready
	}
	for i := 0; i < 3; i++ {
		settle()
		mu.Lock()
		left--
		mu.Unlock()
		work.Done()
	}
	waiters.Wait()
	fmt.Println("waitgroup", saw)
}

func main() {
	receivers(false)
	receivers(true)
	senders(0)
	senders(2)
	selectWaiters()
	selectSenders()
	selectDefault()
	closeWakesAll()
	mutexOrder()
	condOrder()
	rwOrder()
	waitGroupWaiters()
}
'''

# go1.27.3 `go run` output of PROGRAM (identical with GOMAXPROCS=1 and default)
EXPECTED = '''\
receivers false [10 11 12 13 14]
receivers true [10 11 12 13 14]
senders 0 [0 1 2 3 4]
senders 2 [100 101 0 1 2 3 4]
select [ch:20 other:1 ch:21 ch:22]
select send 11 [0 2 3]
select default [default sent receiver got 7 default received 8 default]
close [0 false 0 false 0 false 0 false 0 false]
mutex [0 1 2 3 4]
cond [0 1 2 3 4]
rwmutex [r1 in r1 out w in r2 in]
waitgroup [0 0 0 0 0]
'''


def run_go(src, *flags, tmp_path):
    path = os.path.join(tmp_path, 'prog.go')
    with open(path, 'w') as f:
        f.write(src)
    p = run_minigo(['run', *flags, path], timeout=120)
    return p.stdout.decode(), p.stderr.decode(), p.returncode


def test_wakeup_order_matches_go(tmp_path):
    # --virtual-time: the sleeps cost nothing and the blocking order cannot
    # depend on how fast the host runs
    assert run_go(PROGRAM, '--virtual-time', '--seed', '1', tmp_path=tmp_path) == (EXPECTED, '', 0)


def test_wakeup_order_is_the_same_on_seeds_1_to_10(tmp_path):
    # explore runs seeds 1..10 in one process and exits 0 only when every run
    # had the same outcome (stdout, stderr, exit status); with the test above,
    # that outcome is go's
    path = os.path.join(tmp_path, 'prog.go')
    with open(path, 'w') as f:
        f.write(PROGRAM)
    p = run_minigo(['explore', '--runs', '10', '-q', path], timeout=300)
    out = p.stdout.decode()
    assert p.returncode == 0, out + p.stderr.decode()
    assert '10 runs (seeds 1..10, virtual time): 1 outcome' in out
