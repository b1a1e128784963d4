// Checks len and cap of nil, unbuffered, buffered and closed channels.
package main

import "fmt"

func main() {
	var nilCh chan int
	fmt.Println("nil:", len(nilCh), cap(nilCh), nilCh == nil)

	unbuf := make(chan int)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))

	buf := make(chan int, 5)
	fmt.Println("empty buffered:", len(buf), cap(buf))
	for i := 0; i < 3; i++ {
		buf <- i
		fmt.Println("after send:", len(buf), cap(buf))
	}
	<-buf
	fmt.Println("after receive:", len(buf), cap(buf))
	close(buf)
	fmt.Println("closed with 2 left:", len(buf), cap(buf))
	<-buf
	<-buf
	<-buf
	fmt.Println("closed and drained:", len(buf), cap(buf))

	zero := make(chan struct{}, 0)
	fmt.Println("explicit zero size:", cap(zero))
	n := 4
	sized := make(chan bool, n*2)
	fmt.Println("computed size:", cap(sized))

	var send chan<- int = make(chan int, 7)
	var recv <-chan int = make(chan int, 9)
	fmt.Println("directional:", cap(send), cap(recv))
	const c = 3
	fmt.Println("constant size:", cap(make(chan int, c)))
}
