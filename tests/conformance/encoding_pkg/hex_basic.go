package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunky logs the size of every Write it gets.
type chunky struct {
	sizes []int
	buf   bytes.Buffer
}

func (c *chunky) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return c.buf.Write(p)
}

func main() {
	src := []byte("Hello, Gophers! \x00\x01\xfe\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc, hex.EncodedLen(len(src)), hex.DecodedLen(len(enc)))
	dec, err := hex.DecodeString(enc)
	fmt.Printf("%q %v %d %d\n", dec, err, len(dec), cap(dec))
	up, err := hex.DecodeString("DEADbeef")
	fmt.Println(up, err)

	for _, bad := range []string{"abc", "zz", "0g", "g0", "a", "0102zz", "010203g", "12345", "ab\n", "é1", ""} {
		b, err := hex.DecodeString(bad)
		var ib hex.InvalidByteError
		fmt.Printf("%q -> %v %q invalid=%v length=%v\n", bad, b, err, errors.As(err, &ib), err == hex.ErrLength)
	}

	dst := make([]byte, 4)
	n, err := hex.Decode(dst, []byte("0a0b0c0d"))
	fmt.Println(n, err, dst)
	n = hex.Encode(dst, []byte{0xab, 0xcd})
	fmt.Println(n, string(dst))
	a := hex.AppendEncode([]byte("x="), []byte{1, 2, 255})
	fmt.Println(string(a), len(a), cap(a))
	a, err = hex.AppendDecode([]byte{9}, []byte("0a0bzz"))
	fmt.Println(a, err, len(a), cap(a))

	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\tEnd\x7f")))
	fmt.Printf("%q\n", hex.Dump(nil))

	c := &chunky{}
	d := hex.Dumper(c)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstuvw"))
	d.Close()
	d.Close()
	_, err = d.Write([]byte("more"))
	fmt.Print(c.buf.String())
	fmt.Println(c.sizes, err)

	c = &chunky{}
	e := hex.NewEncoder(c)
	n, err = e.Write(bytes.Repeat([]byte{0x5a}, 1300))
	fmt.Println(n, err, c.sizes, c.buf.Len())

	r := hex.NewDecoder(strings.NewReader("48656c6c6f2c20776f726c64"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("48656c6c6f2"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("4865zz6c"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("48656c6c6fq"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)

	stdout := hex.Dumper(os.Stdout)
	defer stdout.Close()
	fmt.Fprint(stdout, "dumped to stdout")

	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Decode(make([]byte, 1), []byte("aabbcc"))
}
