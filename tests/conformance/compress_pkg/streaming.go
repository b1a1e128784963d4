// compress/gzip over an io.Pipe: each Flush makes what was written so far
// readable at the other end, line by line.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	ack := make(chan bool)
	go func() {
		zw := gzip.NewWriter(pw)
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(zw, "message %d: %s\n", i, strings.Repeat("ab", i))
			if err := zw.Flush(); err != nil {
				fmt.Println("flush:", err)
			}
			<-ack
		}
		zw.Close()
		pw.Close()
	}()
	zr, err := gzip.NewReader(pr)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
		ack <- true
	}
	fmt.Println(sc.Err(), zr.Close())

	// Compressing to stdout and back through a pipe from another goroutine.
	pr, pw = io.Pipe()
	go func() {
		zw := gzip.NewWriter(pw)
		io.Copy(zw, strings.NewReader(strings.Repeat("copied through gzip\n", 3)))
		zw.Close()
		pw.CloseWithError(nil)
	}()
	zr, _ = gzip.NewReader(pr)
	n, err := io.Copy(os.Stdout, zr)
	fmt.Println(n, err)
}
