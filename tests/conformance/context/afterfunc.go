// Checks context.AfterFunc: f runs in its own goroutine after cancel; stop prevents it or reports it already started.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string)
	stop := context.AfterFunc(ctx, func() {
		ran <- "after func ran, ctx.Err = " + ctx.Err().Error()
	})
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() {
		fmt.Println("never runs")
	})
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop again:", stop2())
	cancel2()

	// On an already cancelled context, f runs right away.
	ran3 := make(chan bool)
	context.AfterFunc(ctx2, func() { ran3 <- true })
	fmt.Println("ran on cancelled ctx:", <-ran3)

	// Several AfterFuncs on one context all run.
	ctx4, cancel4 := context.WithCancel(context.Background())
	done := make(chan int, 3)
	for i := 0; i < 3; i++ {
		context.AfterFunc(ctx4, func() { done <- i })
	}
	cancel4()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("sum of ids:", sum)
}
