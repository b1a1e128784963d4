// Pattern: cancelling work with context.WithTimeout.
//
// A context.Context carries a deadline and a Done channel down a call chain.
// context.WithTimeout returns a context whose Done channel is closed when
// the timeout expires (or when cancel is called, whichever is first). Work
// that selects on ctx.Done() can then stop early, and ctx.Err() says why.
//
// What to look at:
//   - `defer cancel()`: always call cancel, even if the timeout fires; it
//     releases the context's timer and resources (go vet warns otherwise);
//   - slowOperation selects between its result and ctx.Done(): whichever is
//     ready first wins;
//   - the timeouts (30ms) and the work (5ms or 300ms) are far apart, so the
//     outcome is the same on every run.
//
// Common mistake: ignoring ctx in the worker; the caller then still waits
// for the full duration, and the timeout achieves nothing.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowOperation pretends to take `cost` to compute its answer.
func slowOperation(ctx context.Context, cost time.Duration) (int, error) {
	select {
	case <-time.After(cost): // the work finished
		return 42, nil
	case <-ctx.Done(): // the caller's deadline passed or it cancelled
		return 0, ctx.Err()
	}
}

func attempt(cost time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel() // release resources as soon as we are done

	v, err := slowOperation(ctx, cost)
	switch {
	case err == nil:
		fmt.Printf("cost %v: result %d\n", cost, v)
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Printf("cost %v: gave up: %v\n", cost, err)
	default:
		fmt.Printf("cost %v: other error: %v\n", cost, err)
	}
}

func main() {
	attempt(5 * time.Millisecond)   // fast enough
	attempt(300 * time.Millisecond) // too slow: the context times out first

	// Cancellation also flows from parent to child: cancelling the parent
	// closes the Done channel of every context derived from it.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done() // closed at once, long before the hour is up
	fmt.Println("child:", child.Err())
}
