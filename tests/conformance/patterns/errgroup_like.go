// Pattern: errgroup-like — run tasks with a WaitGroup, keep the first error, cancel the rest via a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	// All tasks succeed.
	g, _ := withContext(context.Background())
	var mu sync.Mutex
	var done []string
	for _, name := range []string{"fetch", "parse", "store"} {
		g.Go(func() error {
			mu.Lock()
			done = append(done, name)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("error:", g.Wait())
	sort.Strings(done)
	fmt.Println("done:", done)

	// One task fails; the others are waiting on ctx and see the cancellation.
	g, ctx := withContext(context.Background())
	var cancelled counter
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			<-ctx.Done()
			cancelled.inc()
			return ctx.Err()
		})
	}
	g.Go(func() error { return errors.New("task failed: bad input") })
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("tasks that saw cancellation:", cancelled.get())
	fmt.Println("ctx:", ctx.Err())
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (a *counter) inc() { a.mu.Lock(); a.n++; a.mu.Unlock() }
func (a *counter) get() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.n
}
