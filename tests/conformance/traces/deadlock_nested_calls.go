// Goroutines blocked deep in calls: every frame of the program has its line.
package main

import "sync"

func get(c chan int) int {
	return <-c
}

func worker(c chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	v := get(c)
	println(v)
}

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(c, &wg)
	}
	wg.Wait()
}
