package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"strings"
)

// A deterministic Reader: crypto/rand.Read reads through a replaced Reader.
type counting struct{ next byte }

func (c *counting) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3] // short reads: Read must keep going until b is full
	}
	for i := range p {
		p[i] = c.next
		c.next++
	}
	return len(p), nil
}

func main() {
	b := make([]byte, 32)
	n, err := rand.Read(b)
	fmt.Println(n, err, bytes.Equal(b, make([]byte, 32)))

	t := rand.Text()
	ok := true
	for _, c := range t {
		ok = ok && strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", c)
	}
	fmt.Println(len(t), ok, rand.Text() != t)

	var r io.Reader = rand.Reader
	got, err := r.Read(b[:5])
	fmt.Println(got, err)

	rand.Reader = &counting{}
	b = make([]byte, 10)
	fmt.Println(rand.Read(b))
	fmt.Println(b)
	fmt.Println(rand.Text())

	rand.Reader = strings.NewReader("abc")
	fmt.Println("reading past the end of a replaced Reader is fatal")
	rand.Read(make([]byte, 8))
	fmt.Println("not reached")
}
