// compress/gzip, zlib and flate: error texts for bad levels, corrupt and
// truncated input (made from bytes real Go compressed, so both agree on
// them), and writers used after Close.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
)

var gzipped = []byte("\x1f\x8b\b\x18p\xf0\xf9J\x00\xffgopher.txt\x00made by Go's compress/gzip\x00r\xc9\xcfS/QH\xce\xcf\xcd-\xcd\xcbLN,IUH\xaaT(\xceH,\xca\xccKW\xc8M\xcd\xcd/\xaa\xd4\x01\xf3S\xa1<\x90<Byf^\xba\x1e\u05e8\x19\xa3f\x8c\x9a1j\xc6\b7\x03l\x06`\x00\xed'\xa6\x9eP\x05\x00\x00")
var zlibbed = []byte("x\x9c\x00\r\x00\xf2\xffhello, world\n\x03\x00!\xe7\x04\x93")
var flated = []byte("JL*JLNLIL*JT\x18e\x8f\xb2\xa9\xc5\x06\x00\x00\x00\xff\xff*\xc9HUH\xcdK\x01\f\x00")

func gunzip(b []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "NewReader: " + err.Error()
	}
	data, err := io.ReadAll(zr)
	return fmt.Sprint(len(data), " ", err, " close=", zr.Close())
}

func inflate(b []byte) string {
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	var ce flate.CorruptInputError
	return fmt.Sprint(len(data), " ", err, " corrupt=", errors.As(err, &ce), " at ", int64(ce))
}

func unzlib(b []byte) string {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return "NewReader: " + err.Error()
	}
	data, err := io.ReadAll(r)
	return fmt.Sprint(len(data), " ", err, " close=", r.Close())
}

func with(b []byte, i int, x byte) []byte {
	c := bytes.Clone(b)
	c[i] ^= x
	return c
}

func main() {
	// Bad levels.
	for _, level := range []int{-3, 10, 100} {
		_, err := gzip.NewWriterLevel(io.Discard, level)
		fmt.Println(err)
		_, err = zlib.NewWriterLevel(io.Discard, level)
		fmt.Println(err)
		_, err = flate.NewWriter(io.Discard, level)
		fmt.Println(err)
	}

	// gzip headers and trailers.
	fmt.Println(gunzip(nil))
	fmt.Println(gunzip([]byte("\x1f\x8b")))
	fmt.Println(gunzip([]byte("not gzip at all")))
	fmt.Println(gunzip(with(gzipped, 2, 1)))       // method
	fmt.Println(gunzip(gzipped[:20]))              // inside the name
	fmt.Println(gunzip(gzipped[:60]))              // inside the data
	fmt.Println(gunzip(gzipped[:len(gzipped)-4]))  // inside the trailer
	fmt.Println(gunzip(with(gzipped, len(gzipped)-6, 0x40))) // checksum
	fmt.Println(gunzip(with(gzipped, len(gzipped)-2, 0x01))) // size
	fmt.Println(gunzip(append(bytes.Clone(gzipped), "trailing garbage"...)))
	fmt.Println(gunzip(append(bytes.Clone(gzipped), 0x1f, 0x8b, 8)))
	long := append([]byte("\x1f\x8b\b\x08\x00\x00\x00\x00\x00\xff"), bytes.Repeat([]byte("n"), 600)...)
	fmt.Println(gunzip(long))
	hcrc := []byte("\x1f\x8b\b\x02\x00\x00\x00\x00\x00\xff\x00\x00")
	fmt.Println(gunzip(hcrc))
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", gzip.ErrChecksum), gzip.ErrChecksum), gzip.ErrHeader)

	// Corrupt DEFLATE data: the offset Go names.
	for _, i := range []int{0, 1, 5, 10, 15, 20, 25, 30} {
		for _, x := range []byte{0x01, 0x10, 0xff} {
			fmt.Printf("flate flip %d^%#x: %s\n", i, x, inflate(with(flated, i, x)))
		}
	}
	for _, n := range []int{0, 1, 3, 10, 20, 25, len(flated) - 1} {
		fmt.Printf("flate cut %d: %s\n", n, inflate(flated[:n]))
	}
	for _, i := range []int{40, 45, 50, 55, 61, 70, 80, 90} {
		fmt.Printf("gzip flip %d: %s\n", i, gunzip(with(gzipped, i, 0x20)))
	}
	fmt.Println(inflate([]byte{0xff}), "|", inflate([]byte{0x07}), "|", inflate([]byte{0x00, 0x05, 0x00, 0x05, 0x00}))

	// zlib headers, checksums, dictionaries.
	fmt.Println(unzlib(nil))
	fmt.Println(unzlib([]byte("x")))
	fmt.Println(unzlib([]byte("xx")))
	fmt.Println(unzlib(with(zlibbed, 0, 0x01)))
	fmt.Println(unzlib([]byte{0x78, 0xbb, 0, 0}))
	fmt.Println(unzlib(zlibbed[:len(zlibbed)-2]))
	fmt.Println(unzlib(with(zlibbed, len(zlibbed)-1, 0x01)))
	fmt.Println(unzlib(with(zlibbed, 10, 0x01)))
	fmt.Println(unzlib([]byte{0x78, 0xbb, 0, 0, 0, 1}))
	fmt.Println(zlib.ErrChecksum, zlib.ErrDictionary, zlib.ErrHeader)
	fmt.Println(flate.InternalError("oops"), &flate.ReadError{Offset: 3, Err: io.EOF}, &flate.WriteError{Offset: 4, Err: io.ErrShortWrite})

	// Writers after Close, and header fields gzip cannot store.
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("data"))
	fmt.Println(zw.Close(), zw.Close(), zw.Flush())
	_, err := zw.Write([]byte("more"))
	fmt.Println(err, zw.Close())
	fw, _ := flate.NewWriter(&b, 5)
	fmt.Println(fw.Close(), fw.Close(), fw.Flush())
	n, err := fw.Write([]byte("x"))
	fmt.Println(n, err)
	fw.Reset(&b)
	n, err = fw.Write([]byte("x"))
	fmt.Println(n, err)
	zw = gzip.NewWriter(&b)
	zw.Name = "日本"
	_, err = zw.Write([]byte("x"))
	fmt.Println(err, zw.Close())
	zw = gzip.NewWriter(&b)
	zw.Comment = "nul\x00inside"
	fmt.Println(zw.Flush())
	zw = gzip.NewWriter(&b)
	zw.Extra = make([]byte, 70000)
	fmt.Println(zw.Close())
	zl := zlib.NewWriter(&b)
	fmt.Println(zl.Close(), zl.Close())

	// Errors from the writer underneath come back and stay.
	fmt.Println(gzip.NewWriter(failing{}).Close())
	zw = gzip.NewWriter(&limited{n: 1})
	_, err = zw.Write([]byte(strings.Repeat("data", 10)))
	fmt.Println(err, zw.Flush(), zw.Close())
	zl = zlib.NewWriter(&limited{n: 1})
	_, err = zl.Write([]byte("x"))
	fmt.Println(err, zl.Flush(), zl.Close())
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

type limited struct{ n int }

func (l *limited) Write(p []byte) (int, error) {
	if l.n == 0 {
		return 0, errors.New("quota exceeded")
	}
	l.n--
	return len(p), nil
}
