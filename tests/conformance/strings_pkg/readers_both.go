// strings.Reader and bytes.Reader side by side (one implementation in minigo):
// every method, its errors, invalid UTF-8, WriteTo and a short writer.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type reader interface {
	io.Reader
	io.ReaderAt
	io.ByteScanner
	io.RuneScanner
	io.Seeker
	io.WriterTo
	Len() int
	Size() int64
}

type short struct{ n int }

func (s *short) Write(p []byte) (int, error) { s.n += len(p) / 2; return len(p) / 2, nil }

func exercise(name string, r reader) {
	fmt.Println("==", name, r.Len(), r.Size())
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	b := make([]byte, 3)
	n, err := r.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	fmt.Println(r.UnreadRune())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("rune err:", err)
			break
		}
		fmt.Printf("%q/%d ", ch, size)
	}
	fmt.Println()
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.Len())
	for _, at := range []int64{-1, 0, 5, 100} {
		n, err := r.ReadAt(b, at)
		fmt.Printf("at %d: %d %v %q\n", at, n, err, b[:n])
	}
	for _, sk := range [][2]int64{{2, 0}, {-1, 1}, {-100, 2}, {0, 7}, {50, 0}} {
		pos, err := r.Seek(sk[0], int(sk[1]))
		fmt.Println("seek", sk, pos, err, r.Len())
	}
	n, err = r.Read(b)
	fmt.Println(n, err, r.Len())
	r.Seek(1, io.SeekStart)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Printf("%d %v %q %d\n", m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Seek(0, io.SeekStart)
	w := &short{}
	m, err = r.WriteTo(w)
	fmt.Println(m, err, errors.Is(err, io.ErrShortWrite), r.Len())
}

func main() {
	text := "héllo\xffwörld"
	exercise("strings", strings.NewReader(text))
	exercise("bytes", bytes.NewReader([]byte(text)))
	exercise("empty strings", strings.NewReader(""))
	exercise("empty bytes", bytes.NewReader(nil))
}
