// Checks: two producers and two consumers on a buffered channel of capacity 2;
// which consumer gets which value depends on the run order and FIFO queues.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan string, 2)
	var pw, cw sync.WaitGroup
	for _, p := range []string{"p", "q"} {
		pw.Add(1)
		go func() {
			defer pw.Done()
			for i := 0; i < 4; i++ {
				c <- fmt.Sprint(p, i)
			}
		}()
	}
	out := make([][]string, 2)
	for k := 0; k < 2; k++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for v := range c {
				out[k] = append(out[k], v)
			}
		}()
	}
	pw.Wait()
	close(c)
	cw.Wait()
	fmt.Println("consumer 0:", out[0])
	fmt.Println("consumer 1:", out[1])
}
