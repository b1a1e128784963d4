package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\n\nno newline"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)

	r = bufio.NewReader(strings.NewReader("alpha\r\nbeta\ngamma"))
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", line == nil, err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}

	// a small buffer: long lines come in pieces
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 4)+"\nshort\n"), 16)
	fmt.Println("size", r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("abcdefgh", 5)+"|tail"), 16)
	bs, err := r.ReadBytes('|')
	fmt.Printf("%q %v\n", bs, err)
	sl, err := r.ReadSlice('|')
	fmt.Printf("%q %v\n", sl, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	sl, err = r.ReadSlice('|')
	fmt.Printf("%q %v %v\n", sl, err, err == bufio.ErrBufferFull)

	// runes and bytes
	r = bufio.NewReader(strings.NewReader("héllo, 世界\xff!"))
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q/%d ", c, size)
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("ab世"))
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	c, _ = r.ReadByte()
	c2, _ := r.ReadByte()
	fmt.Println(c, c2, r.Buffered())
	ru, n, _ := r.ReadRune()
	fmt.Println(string(ru), n, r.UnreadRune(), r.UnreadRune())
	ru, n, _ = r.ReadRune()
	fmt.Println(string(ru), n)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.ReadByte()
	fmt.Println(err)

	// Peek, Discard, Read
	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	d, err := r.Discard(12)
	fmt.Println(d, err, r.Buffered())
	buf := make([]byte, 7)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	d, err = r.Discard(3)
	fmt.Println(d, err)
	r.Reset(strings.NewReader("again"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)

	// a bufio.Reader wrapping a bufio.Reader of the same size is itself
	inner := bufio.NewReader(strings.NewReader("x"))
	fmt.Println(bufio.NewReader(inner) == inner, bufio.NewReaderSize(inner, 8192) == inner)

	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("copy me\nplease"))
	r.ReadByte()
	n64, err := r.WriteTo(&sb)
	fmt.Println(n64, err, sb.String())
}
