// encoding/csv: FieldPos, InputOffset, ReuseRecord, and reading through a
// bufio.Reader and a custom io.Reader (errors from it, small reads).
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s     string
	calls int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.calls++
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], r.s)
	r.s = r.s[n:]
	return n, nil
}

type failReader struct {
	s string
}

func (r *failReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	in := "a,\"b\nb\",c\r\n\n# no\n  d,ée,\"f\"\"g\"\n,,\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println(err, r.InputOffset())
			break
		}
		fmt.Printf("%q offset=%d", rec, r.InputOffset())
		for i := range rec {
			line, col := r.FieldPos(i)
			fmt.Printf(" %d:%d", line, col)
		}
		fmt.Println()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(-1)
	}()

	// ReuseRecord shares the slice between calls.
	r = csv.NewReader(strings.NewReader("a,b,c\nd,e,f\ng,h\ni,j,k,l\n"))
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	first, _ := r.Read()
	second, _ := r.Read()
	fmt.Println(first, second, &first[0] == &second[0])
	third, _ := r.Read()
	fmt.Println(first, third, len(third), cap(third))
	fourth, _ := r.Read()
	fmt.Println(first, fourth, len(fourth))
	last, err := r.Read()
	fmt.Println(last == nil, err)

	// A reader that gives 3 bytes at a time, and one that fails.
	sr := &slowReader{s: "x,y\n\"long\nquoted\",z\n"}
	all, err := csv.NewReader(sr).ReadAll()
	fmt.Printf("%q %v calls=%d\n", all, err, sr.calls)
	r = csv.NewReader(&failReader{s: "a,b\nc,d"})
	for i := 0; i < 4; i++ {
		rec, err := r.Read()
		fmt.Printf("%q %v\n", rec, err)
	}
	r = csv.NewReader(&failReader{s: "a,\"b\nc"})
	rec, err := r.Read()
	fmt.Printf("%q %v\n", rec, err)
	_, err = csv.NewReader(&failReader{s: "ok\nbad\""}).ReadAll()
	fmt.Println(err)

	// Sharing a bufio.Reader: what it buffered is not lost.
	br := bufio.NewReader(strings.NewReader("header line\n1,2\n3,4\n"))
	h, _ := br.ReadString('\n')
	fmt.Printf("%q\n", h)
	fmt.Println(csv.NewReader(br).ReadAll())
	small := bufio.NewReaderSize(strings.NewReader("skip\n5,6\n"), 16)
	small.ReadString('\n')
	fmt.Println(csv.NewReader(small).ReadAll())

	// Long records cross bufio's 4096-byte buffer.
	long := strings.Repeat("x", 5000)
	r = csv.NewReader(strings.NewReader(long + ",\"" + long + "\"\n" + long + "\n"))
	r.FieldsPerRecord = -1
	all, err = r.ReadAll()
	fmt.Println(len(all), len(all[0]), len(all[0][0]), len(all[0][1]), len(all[1][0]), err)
}
