package main

// A Read from a pipe nobody writes to blocks forever: the deadlock is found.

import (
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	defer pw.Close()
	fmt.Println("waiting for data")
	buf := make([]byte, 8)
	n, err := pr.Read(buf)
	fmt.Println(n, err)
}
