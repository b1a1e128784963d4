// select4: 4 producer goroutines each send 50,000 values on their own
// unbuffered channel and close it; one consumer receives all 200,000 with a
// select over the 4 channels, setting each to nil once it is closed.
// Measures select with several ready and blocked cases.
package main

import "fmt"

const (
	producers  = 4
	perChannel = 50000
)

func produce(id int, out chan<- int) {
	for i := 0; i < perChannel; i++ {
		out <- id*perChannel + i
	}
	close(out)
}

func main() {
	var chans [producers]chan int
	for i := range chans {
		chans[i] = make(chan int)
		go produce(i, chans[i])
	}

	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	var counts [producers]int
	var sums [producers]int
	open := producers
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			counts[0]++
			sums[0] += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			counts[1]++
			sums[1] += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			counts[2]++
			sums[2] += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			counts[3]++
			sums[3] += v
		}
	}

	total, received := 0, 0
	for i := 0; i < producers; i++ {
		fmt.Printf("channel %d: %d values, sum %d\n", i, counts[i], sums[i])
		total += sums[i]
		received += counts[i]
	}
	fmt.Printf("received: %d sum: %d\n", received, total)
}
