package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!\n"))
	fmt.Fprintf(&b, "%d-%s\n", 42, "x")
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, err := b.ReadByte()
	fmt.Println(c, err, b.Len())
	fmt.Println(b.UnreadByte(), b.Len())
	fmt.Println(b.UnreadRune())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	fmt.Println(b.UnreadRune(), b.Len())
	rest, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = b.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = b.ReadByte()
	fmt.Println(err)
	_, _, err = b.ReadRune()
	fmt.Println(err)

	b.Reset()
	b.WriteString("abcdef")
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]), b.Len())
	n, err = b.Read(p)
	fmt.Println(n, err, string(p[:n]), b.Len())
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	nb := bytes.NewBuffer(make([]byte, 10, 16))
	copy(nb.Bytes(), "0123456789")
	fmt.Println(nb.Len(), nb.Cap())
	fmt.Printf("%q\n", nb.Next(3))
	nb.Truncate(2)
	fmt.Println(nb.String())
	nb.Grow(100)
	fmt.Println(nb.Len(), nb.Cap())
	nb.WriteString(strings.Repeat("z", 300))
	fmt.Println(nb.Len(), nb.Cap())
	nb.Truncate(0)
	fmt.Println(nb.Len(), nb.Cap())

	bb := bytes.NewBuffer([]byte("xy"))
	bb.WriteString("z")
	fmt.Println(bb.String(), bb.Len(), bb.Cap())
	bb2 := bytes.NewBuffer(make([]byte, 0, 10))
	bb2.WriteString("1234")
	fmt.Println(bb2.String(), bb2.Cap(), bb2.Available())

	// Bytes aliases the buffer
	var al bytes.Buffer
	al.WriteString("alias")
	v := al.Bytes()
	v[0] = 'A'
	fmt.Println(al.String())

	// growth pattern
	var g bytes.Buffer
	caps := []int{}
	for i := 0; i < 200; i++ {
		g.WriteByte(byte('a' + i%26))
		if len(caps) == 0 || caps[len(caps)-1] != g.Cap() {
			caps = append(caps, g.Cap())
		}
	}
	fmt.Println(caps)
	var g2 bytes.Buffer
	for i := 0; i < 10; i++ {
		g2.WriteString("0123456789")
		g2.Next(7)
	}
	fmt.Println(g2.Len(), g2.Cap(), g2.String())

	var src bytes.Buffer
	nn, err := src.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(nn, err, src.String())
	wn, err := src.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(wn, err, src.Len())
	all, _ := io.ReadAll(bytes.NewBufferString("readall"))
	fmt.Println(string(all))
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	var pk bytes.Buffer
	pk.WriteString("peek")
	x, err := pk.Peek(2)
	fmt.Printf("%q %v\n", x, err)
	x, err = pk.Peek(10)
	fmt.Printf("%q %v\n", x, err)

	rd := bytes.NewReader([]byte("héllo"))
	fmt.Println(rd.Len(), rd.Size())
	for {
		ch, sz, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(ch, sz, " ")
	}
	fmt.Println(rd.UnreadRune(), rd.Len())
	pos, err := rd.Seek(1, 0)
	fmt.Println(pos, err)
	data, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", data)
}
