// compress/gzip, zlib and flate: decompressing bytes real Go's compressors
// wrote (a two-member gzip file, a zlib stream, a flate stream with a Flush
// in it), Header fields, Multistream, and what each Read returns.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Written by Go's compress/gzip: a member named gopher.txt with a comment
// and a modification time, then a second, plain member.
var gzipped = []byte("\x1f\x8b\b\x18p\xf0\xf9J\x00\xffgopher.txt\x00made by Go's compress/gzip\x00r\xc9\xcfS/QH\xce\xcf\xcd-\xcd\xcbLN,IUH\xaaT(\xceH,\xca\xccKW\xc8M\xcd\xcd/\xaa\xd4\x01\xf3S\xa1<\x90<Byf^\xba\x1e\u05e8\x19\xa3f\x8c\x9a1j\xc6\b7\x03l\x06`\x00\xed'\xa6\x9eP\x05\x00\x00\x1f\x8b\b\x00\x00\x00\x00\x00\x00\xff\x00\x0e\x00\xf1\xffsecond member\n\x03\x006\x18K\x0e\x0e\x00\x00\x00")

// Written by Go's compress/zlib.
var zlibbed = []byte("x\x9c\x00\r\x00\xf2\xffhello, world\n\x03\x00!\xe7\x04\x93")

// Written by Go's compress/flate at BestCompression, flushed after the
// first Write.
var flated = []byte("JL*JLNLIL*JT\x18e\x8f\xb2\xa9\xc5\x06\x00\x00\x00\xff\xff*\xc9HUH\xcdK\x01\f\x00")

func main() {
	zr, err := gzip.NewReader(bytes.NewReader(gzipped))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Name: %q\nComment: %q\nModTime: %v\nOS: %d\nExtra: %v\n", zr.Name, zr.Comment, zr.ModTime.UTC(), zr.OS, zr.Extra)
	data, err := io.ReadAll(zr)
	fmt.Println(len(data), err, zr.Close())
	fmt.Print(string(data[:68]), string(data[len(data)-14:]))
	fmt.Println(strings.Count(string(data), "\n"))

	// One member at a time, as in Go's documentation: the bytes.Reader is
	// an io.ByteReader, so each member's end is exactly where reading stops.
	src := bytes.NewReader(gzipped)
	zr.Reset(src)
	for {
		zr.Multistream(false)
		fmt.Printf("member %q zero time %v: ", zr.Name, zr.ModTime.IsZero())
		n, err := io.Copy(os.Stdout, zr)
		fmt.Println(n, err, src.Len())
		if err = zr.Reset(src); err != nil {
			fmt.Println("reset:", err)
			break
		}
	}

	// Read by Read with a small buffer.
	zr, _ = gzip.NewReader(bytes.NewReader(gzipped))
	buf := make([]byte, 500)
	for {
		n, err := zr.Read(buf)
		fmt.Print(n, " ", err, "; ")
		if err != nil {
			break
		}
	}
	fmt.Println()

	r, err := zlib.NewReader(bytes.NewReader(zlibbed))
	fmt.Println(err)
	n, err := r.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Close())

	fr := flate.NewReader(bytes.NewReader(flated))
	for {
		n, err := fr.Read(buf)
		fmt.Println(n, err, string(buf[:min(n, 24)]))
		if err != nil {
			break
		}
	}
	fmt.Println(fr.Close())
	// Reset to read it again, through a reader that is not an io.ByteReader.
	fr.(flate.Resetter).Reset(struct{ io.Reader }{bytes.NewReader(flated)}, nil)
	all, err := io.ReadAll(fr)
	fmt.Println(len(all), err)
	_ = time.Now
}
