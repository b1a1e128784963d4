// Checks `case v, ok := <-ch` in select distinguishing values from a closed channel.
package main

import "fmt"

func main() {
	data := make(chan int, 3)
	data <- 1
	data <- 2
	close(data)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-data:
			fmt.Println(v, ok)
		}
	}

	// Assigning to existing variables.
	var v string
	var ok bool
	s := make(chan string, 1)
	s <- "hi"
	select {
	case v, ok = <-s:
	}
	fmt.Printf("%q %v\n", v, ok)
	close(s)
	select {
	case v, ok = <-s:
	}
	fmt.Printf("%q %v\n", v, ok)

	// Stop a loop when the channel is closed.
	jobs := make(chan string)
	go func() {
		for _, j := range []string{"build", "test", "ship"} {
			jobs <- j
		}
		close(jobs)
	}()
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				fmt.Println("no more jobs")
				return
			}
			fmt.Println("job:", j)
		}
	}
}
