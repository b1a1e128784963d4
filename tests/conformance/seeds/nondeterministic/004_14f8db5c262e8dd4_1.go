package main

import (
	"fmt"
	"time"
)

func main() {
	/* create a slice */
	numbers := []int{0, 1, 2, 3, 4, 5, 6, 7, 8}

	c := make(chan int)

	for _, number := range numbers {
		go channlFunc(number, c)
	}

	for range numbers {
		fmt.Println(<-c)
	}
}

func channlFunc(number int, c chan int) {
	time.Sleep(2 * time.Second)
	c <- number
}
