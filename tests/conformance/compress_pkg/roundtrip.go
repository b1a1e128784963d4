// compress/gzip, zlib and flate: compress then decompress at every level,
// with Flush, Reset, headers and preset dictionaries. Only what does not
// depend on the exact compressed bytes is printed.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"time"
)

func sample(n int, seed int64) []byte {
	r := rand.New(rand.NewSource(seed))
	words := []string{"alpha ", "beta ", "gamma ", "delta\n", "epsilon ", "zeta ", "eta ", "theta. "}
	var b bytes.Buffer
	for b.Len() < n {
		if r.Intn(10) == 0 {
			b.WriteByte(byte(r.Intn(256)))
		} else {
			b.WriteString(words[r.Intn(len(words))])
		}
	}
	return b.Bytes()[:n]
}

// reads lists each Read's count (Go hands over data at its window's 32 KiB
// boundaries, at a Flush's mark and at the end).
func reads(r io.Reader, size int) (out []byte, counts []int, err error) {
	buf := make([]byte, size)
	for {
		n, e := r.Read(buf)
		out = append(out, buf[:n]...)
		counts = append(counts, n)
		if e != nil {
			if e != io.EOF {
				err = e
			}
			return
		}
	}
}

func main() {
	payloads := [][]byte{nil, []byte("x"), []byte("hello, gopher"), sample(5000, 1), sample(70000, 2), bytes.Repeat([]byte{0}, 100000)}
	for _, level := range []int{gzip.HuffmanOnly, gzip.DefaultCompression, gzip.NoCompression, gzip.BestSpeed, 5, gzip.BestCompression} {
		for i, p := range payloads {
			var b bytes.Buffer
			w, err := gzip.NewWriterLevel(&b, level)
			if err != nil {
				fmt.Println(err)
				return
			}
			w.Write(p[:len(p)/3])
			w.Flush()
			w.Write(p[len(p)/3:])
			if err := w.Close(); err != nil {
				fmt.Println(err)
			}
			zr, err := gzip.NewReader(&b)
			if err != nil {
				fmt.Println(err)
				continue
			}
			got, counts, err := reads(zr, 40000)
			fmt.Println("gzip", level, i, len(got), bytes.Equal(got, p), counts, err)
		}
	}

	for _, level := range []int{zlib.HuffmanOnly, zlib.NoCompression, zlib.BestSpeed, zlib.DefaultCompression, zlib.BestCompression} {
		var b bytes.Buffer
		w, _ := zlib.NewWriterLevel(&b, level)
		p := sample(40000, int64(level+10))
		for k := 0; k < len(p); k += 9999 {
			w.Write(p[k:min(k+9999, len(p))])
		}
		w.Close()
		zr, err := zlib.NewReader(&b)
		got, counts, err2 := reads(zr, 1<<20)
		fmt.Println("zlib", level, err, len(got), bytes.Equal(got, p), counts, err2, zr.Close())
	}

	for _, level := range []int{flate.HuffmanOnly, flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression} {
		var b bytes.Buffer
		w, err := flate.NewWriter(&b, level)
		p := sample(3000, int64(level+20))
		w.Write(p)
		w.Flush()
		w.Write(p)
		w.Close()
		got, counts, err2 := reads(flate.NewReader(&b), 1000)
		fmt.Println("flate", level, err, len(got), bytes.Equal(got, append(p, p...)), counts, err2)
	}

	// Header fields survive the trip (the name and comment are Latin-1 in the file).
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	fmt.Println(w.OS, w.Name == "", w.ModTime.IsZero())
	w.Name = "café.txt"
	w.Comment = "ünïcödé ±"
	w.Extra = []byte("extra\x00data")
	w.ModTime = time.Unix(1234567890, 0)
	w.OS = 3
	w.Write([]byte("with a header"))
	w.Close()
	zr, err := gzip.NewReader(&b)
	fmt.Println(err)
	fmt.Printf("%q %q %q %v %d\n", zr.Name, zr.Comment, zr.Extra, zr.ModTime.UTC(), zr.OS)
	data, _ := io.ReadAll(zr)
	fmt.Println(string(data))

	// Writer.Reset starts a new file with an empty header; a Reader's Reset reads another.
	var b1, b2 bytes.Buffer
	w = gzip.NewWriter(&b1)
	w.Name = "first"
	w.Write([]byte("one"))
	w.Close()
	w.Reset(&b2)
	fmt.Printf("%q %d\n", w.Name, w.OS)
	w.Write([]byte("two"))
	w.Close()
	file1, file2 := bytes.Clone(b1.Bytes()), bytes.Clone(b2.Bytes())
	zr.Reset(&b1)
	d1, _ := io.ReadAll(zr)
	h1 := zr.Name
	zr.Reset(&b2)
	d2, _ := io.ReadAll(zr)
	fmt.Println(string(d1), h1, string(d2), zr.Name == "")

	// Two files one after the other read as one, unless Multistream(false).
	var cat bytes.Buffer
	cat.Write(file1)
	cat.Write(file2)
	zr, _ = gzip.NewReader(bytes.NewReader(cat.Bytes()))
	all, err := io.ReadAll(zr)
	fmt.Println(string(all), err)
	zr, _ = gzip.NewReader(bytes.NewReader(cat.Bytes()))
	zr.Multistream(false)
	all, err = io.ReadAll(zr)
	fmt.Println(string(all), err)

	// Preset dictionaries.
	dict := []byte("the quick brown fox jumps over the lazy dog")
	var zb bytes.Buffer
	zw, _ := zlib.NewWriterLevelDict(&zb, zlib.BestCompression, dict)
	zw.Write([]byte("the lazy dog jumps over the quick brown fox"))
	zw.Close()
	zlr, err := zlib.NewReaderDict(bytes.NewReader(zb.Bytes()), dict)
	out, _ := io.ReadAll(zlr)
	fmt.Println(string(out), err)
	_, err = zlib.NewReaderDict(bytes.NewReader(zb.Bytes()), []byte("another dictionary"))
	fmt.Println(err)
	_, err = zlib.NewReader(bytes.NewReader(zb.Bytes()))
	fmt.Println(err)
	var fb bytes.Buffer
	fw, _ := flate.NewWriterDict(&fb, flate.BestSpeed, dict)
	fw.Write([]byte("over the lazy fox"))
	fw.Close()
	out, err = io.ReadAll(flate.NewReaderDict(bytes.NewReader(fb.Bytes()), dict))
	fmt.Println(string(out), err)

	// A zlib Writer reused with Reset.
	zb.Reset()
	zw = zlib.NewWriter(&zb)
	zw.Write([]byte("first"))
	zw.Reset(&zb)
	zb.Reset()
	zw.Write([]byte("second"))
	zw.Close()
	zlr, _ = zlib.NewReader(&zb)
	out, err = io.ReadAll(zlr)
	fmt.Println(string(out), err)
	fmt.Println(strings.Repeat("-", 10))
}
