// Checks WithCancelCause, Cause, WithTimeoutCause and WithDeadlineCause.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	cancel(errShutdown)
	fmt.Println("Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))
	fmt.Println("child Err:", child.Err())
	fmt.Println("child Cause:", context.Cause(child))
	fmt.Println("errors.Is:", errors.Is(context.Cause(child), errShutdown))

	// The first cancellation wins.
	cancel(errors.New("second cause"))
	fmt.Println("Cause after second cancel:", context.Cause(ctx))

	// A nil cause means Canceled.
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(c2))

	// Cause of a context cancelled without a cause is its Err.
	c3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	fmt.Println("plain cancel Cause:", context.Cause(c3))

	// A child cancelled on its own keeps its own cause.
	parent, cancelParent := context.WithCancelCause(context.Background())
	kid, cancelKid := context.WithCancelCause(parent)
	cancelKid(errors.New("kid failed"))
	cancelParent(errors.New("parent failed"))
	fmt.Println("kid:", context.Cause(kid), "| parent:", context.Cause(parent))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout Err:", tctx.Err(), "| Cause:", context.Cause(tctx))

	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("already late"))
	defer dcancel()
	fmt.Println("deadline Err:", dctx.Err(), "| Cause:", context.Cause(dctx))

	// Cancelling a WithTimeoutCause context before the timeout: Cause is Canceled.
	t2, t2cancel := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("unused"))
	t2cancel()
	fmt.Println("early cancel Cause:", context.Cause(t2))
}
