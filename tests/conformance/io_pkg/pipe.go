package main

// io.Pipe between goroutines: a producer writing lines, a consumer scanning
// them; writes block until read; CloseWithError reaches the other end.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(pw, "record %d: %s\n", i, strings.Repeat("*", i))
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("consumer got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// a big write is split across many small reads; the writer's n is the total
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		n, err := pw.Write([]byte(strings.Repeat("abcdefghij", 10)))
		fmt.Println("writer wrote", n, err)
		pw.CloseWithError(errors.New("producer failed"))
	}()
	buf := make([]byte, 7)
	total, reads := 0, 0
	for {
		n, err := pr.Read(buf)
		total += n
		reads++
		if err != nil {
			fmt.Println("reader:", total, reads, err)
			break
		}
	}
	wg.Wait()

	// the reader goes away: the writer learns why
	pr, pw = io.Pipe()
	done := make(chan struct{})
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("writer:", n, err)
		close(done)
	}()
	n, err := pr.Read(buf[:4])
	fmt.Println("read", n, err, string(buf[:n]))
	pr.CloseWithError(errors.New("reader gone"))
	<-done
	n, err = pr.Read(buf)
	fmt.Println("read after close:", n, err)
	n, err = pw.Write([]byte("x"))
	fmt.Println("write after reader closed:", n, err)
	fmt.Println(pw.Close(), pr.Close())

	// io.Copy through a pipe, and a zero-length write that still meets a read
	pr, pw = io.Pipe()
	go func() {
		pw.Write(nil)
		io.Copy(pw, strings.NewReader("copied through the pipe"))
		pw.Close()
	}()
	n, err = pr.Read(buf)
	fmt.Println("empty write read as", n, err)
	var sb strings.Builder
	m, err := io.Copy(&sb, pr)
	fmt.Println(m, err, sb.String())
	fmt.Println(io.ErrClosedPipe)
}
