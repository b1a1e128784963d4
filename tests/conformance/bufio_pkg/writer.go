package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type recorder struct {
	writes []int
	sb     strings.Builder
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, len(p))
	r.sb.Write(p)
	return len(p), nil
}

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return f.n, fmt.Errorf("disk full after %d bytes", f.n)
	}
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered 1")
	fmt.Println("direct 1")
	w.WriteString("buffered 2\n")
	w.WriteByte('!')
	w.WriteRune('世')
	w.WriteRune('\n')
	fmt.Println("direct 2; buffered:", w.Buffered(), "available:", w.Available(), "size:", w.Size())
	w.Flush()
	fmt.Println("direct 3")

	rec := &recorder{}
	bw := bufio.NewWriterSize(rec, 16)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(bw, "item%d,", i)
	}
	fmt.Println(rec.writes, bw.Buffered())
	bw.Write([]byte(strings.Repeat("L", 40)))
	fmt.Println(rec.writes, bw.Buffered())
	bw.WriteString(strings.Repeat("S", 33))
	fmt.Println(rec.writes, bw.Buffered())
	for i := 0; i < 20; i++ {
		bw.WriteRune('é')
	}
	fmt.Println(rec.writes, bw.Buffered())
	bw.Flush()
	fmt.Println(rec.writes, len(rec.sb.String()))

	fw := bufio.NewWriterSize(&failing{5}, 8)
	n, err := fw.WriteString("0123456789")
	fmt.Println(n, err)
	fmt.Println(fw.Flush())
	fmt.Println(fw.WriteByte('x'))
	fw.Reset(&failing{100})
	n, err = fw.WriteString("fine")
	fmt.Println(n, err, fw.Flush())

	// output written past the buffer size goes out before Flush
	big := bufio.NewWriterSize(os.Stdout, 32)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(big, "line %d of the big writer\n", i)
	}
	fmt.Println("<- before flush")
	big.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("hello\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()

	last := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(last, "never flushed: lost, as in Go")
}
