// Checks that goroutines sleeping on timers are not a deadlock: main waits and the program finishes.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- "woke up after sleeping"
	}()
	// Every goroutine is blocked or asleep here, yet a timer will wake one.
	fmt.Println(<-ch)

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i+1) * 5 * time.Millisecond)
			results[i] = fmt.Sprint("sleeper ", i)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("time.After fired while everything else was blocked")
	}
	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	fmt.Println("finished without deadlock")
}
