// Checks WithTimeout: Done closes after the timeout with DeadlineExceeded; an early cancel gives Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	fmt.Println("Err before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("Err after:", ctx.Err())
	fmt.Println("is DeadlineExceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Println("Cause:", context.Cause(ctx))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println("cancelled before timeout:", ctx2.Err())

	ctx3, cancel3 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel3()
	fmt.Println("fast work:", work(ctx3, time.Millisecond))
	fmt.Println("slow work:", work(ctx3, time.Hour))

	// A child with a longer timeout inherits the parent's earlier deadline.
	parent, cancelP := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline equals parent's:", pd.Equal(cd))
	<-child.Done()
	fmt.Println("child:", child.Err())

	// A zero or negative timeout is already expired.
	expired, cancelE := context.WithTimeout(context.Background(), -time.Second)
	defer cancelE()
	fmt.Println("negative timeout:", expired.Err())
}
