// Pattern: run tasks concurrently, stop them all at the first error
// (what golang.org/x/sync/errgroup provides, built here from the standard
// library).
//
// A Group starts tasks as goroutines sharing one cancellable context. The
// first task to fail records its error (sync.Once: exactly one wins) and
// cancels the context; the other tasks notice ctx.Done() and return early.
// Wait waits for all of them and returns that first error.
//
// What to look at:
//   - tasks must cooperate: they check ctx.Done() while working. Go cannot
//     kill a goroutine from outside; cancellation is a request;
//   - `task 2` fails quickly; the slow tasks see the cancellation long before
//     they would finish, so the output is the same on every run;
//   - each task stores its outcome in its own slot, printed after Wait.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { // only the first error is kept
				g.err = err
				g.cancel() // tell every other task to stop
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel() // release the context in the success case too
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	outcome := make([]string, 4)

	for i := range outcome {
		g.Go(func() error { // Go 1.22+: each iteration has its own i
			if i == 2 {
				time.Sleep(10 * time.Millisecond)
				outcome[i] = "failed"
				return errors.New("task 2: disk full")
			}
			select {
			case <-time.After(time.Duration(500+i) * time.Millisecond):
				outcome[i] = "finished"
				return nil
			case <-ctx.Done(): // someone else failed: give up early
				outcome[i] = "cancelled: " + ctx.Err().Error()
				return ctx.Err()
			}
		})
	}

	err := g.Wait()
	for i, o := range outcome {
		fmt.Printf("task %d: %s\n", i, o)
	}
	fmt.Println("first error:", err)
}
