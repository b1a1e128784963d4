// Checks WithDeadline: Deadline reports the given time, a past deadline is expired at once.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(15 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	got, ok := ctx.Deadline()
	fmt.Println("Deadline returned:", got.Equal(d), ok)
	fmt.Println("before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("after:", ctx.Err())
	fmt.Println("not before the deadline:", !time.Now().Before(d))

	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	old, cancelOld := context.WithDeadline(context.Background(), past)
	defer cancelOld()
	fmt.Println("past deadline:", old.Err())
	dl, _ := old.Deadline()
	fmt.Println(dl)

	// Cancelling before the deadline wins.
	far := time.Now().Add(time.Hour)
	c2, cancel2 := context.WithDeadline(context.Background(), far)
	cancel2()
	fmt.Println("cancelled first:", c2.Err())
}
