package main

// The io helpers: Copy/CopyN/CopyBuffer, ReadFull/ReadAtLeast, ReadAll,
// LimitReader, MultiReader/MultiWriter, TeeReader, SectionReader, Discard,
// NopCloser, OffsetWriter, Pipe, with their errors and edge cases.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct{ data []byte }

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], s.data)
	s.data = s.data[n:]
	return n, nil
}

type errWriter struct{ n int }

func (e *errWriter) Write(p []byte) (int, error) {
	if len(p) > e.n {
		return e.n, errors.New("disk full")
	}
	e.n -= len(p)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("hello world"))
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("abcdef"), 3)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 5)
	fmt.Println(n, err)
	n, err = io.CopyBuffer(&buf, &slowReader{[]byte("xyz")}, make([]byte, 2))
	fmt.Println(n, err, buf.String())
	n, err = io.Copy(&errWriter{4}, &slowReader{[]byte("0123456789")})
	fmt.Println(n, err)
	n, err = io.Copy(shortWriter{}, &slowReader{[]byte("0123")})
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&buf, strings.NewReader("x"), []byte{})
	}()
	b := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), b)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), b)
	fmt.Println(k, err)
	k, err = io.ReadFull(&slowReader{[]byte("abcdef")}, b)
	fmt.Println(k, err, string(b))
	k, err = io.ReadAtLeast(strings.NewReader("abc"), b, 8)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), b, 2)
	fmt.Println(k, err, string(b[:k]))
	all, err := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(string(all), err)
	lr := &io.LimitedReader{R: strings.NewReader("abc"), N: 2}
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all), lr.N)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), &slowReader{[]byte("two ")}, io.MultiReader(strings.NewReader("three")))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	k, err = mr.Read(b)
	fmt.Println(k, err)
	var b1, b2 strings.Builder
	w := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(w, "x=%d", 5)
	io.WriteString(w, "!")
	fmt.Println(b1.String(), b2.String())
	k, err = io.MultiWriter(&b1, &errWriter{1}).Write([]byte("abc"))
	fmt.Println(k, err)
	k, err = io.MultiWriter(&b1, shortWriter{}).Write([]byte("abcd"))
	fmt.Println(k, err)
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	k, err = sr.Read(b)
	fmt.Println(k, err, string(b[:k]))
	_, err = sr.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	_, err = sr.Seek(0, 9)
	fmt.Println(err)
	k, err = sr.ReadAt(b, 3)
	fmt.Println(k, err, string(b[:k]))
	k, err = sr.ReadAt(b, 9)
	fmt.Println(k, err)
	r, off, nn := sr.Outer()
	fmt.Println(r != nil, off, nn)
	n, err = io.Copy(io.Discard, strings.NewReader("discard me"))
	fmt.Println(n, err)
	k, err = io.Discard.Write([]byte("abc"))
	fmt.Println(k, err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	_, isWT2 := io.NopCloser(&slowReader{}).(io.WriterTo)
	fmt.Println(isWT, isWT2)
	fmt.Printf("%T %T %T\n", io.Discard, rc, mr)

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println(sc.Err())
	k, err = pr.Read(b)
	fmt.Println(k, err)
	k, err = pw.Write([]byte("x"))
	fmt.Println(k, err)
	pr.Close()
	k, err = pr.Read(b)
	fmt.Println(k, err)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("boom"))
	}()
	all, err = io.ReadAll(pr)
	fmt.Println(string(all), err)
	pr, pw = io.Pipe()
	go func() {
		k, err := pw.Write([]byte("0123456789"))
		fmt.Println("writer", k, err)
	}()
	k, err = pr.Read(b)
	fmt.Println(k, err, string(b[:k]))
	pr.CloseWithError(errors.New("reader gone"))
	k, err = pr.Read(b)
	fmt.Println(k, err)
	k, err = pw.Write([]byte("more"))
	fmt.Println(k, err)
	pw.Close()
	k, err = pw.Write([]byte("more"))
	fmt.Println(k, err)
	fmt.Println(io.ErrClosedPipe, io.ErrShortBuffer, io.ErrNoProgress, io.ErrUnexpectedEOF, io.ErrShortWrite)
	ow := io.NewOffsetWriter(nil, 0)
	_, err = ow.Seek(0, io.SeekEnd)
	fmt.Println(err)
	f, _ := os.CreateTemp("", "ow")
	defer os.Remove(f.Name())
	ow = io.NewOffsetWriter(f, 3)
	ow.Write([]byte("abc"))
	ow.WriteAt([]byte("Z"), 1)
	f.Seek(0, io.SeekStart)
	all, _ = io.ReadAll(f)
	fmt.Printf("%q\n", all)
	f.Close()
	var rw io.ReadWriter = &buf
	var ws io.WriteSeeker = f
	var rsc io.ReadSeekCloser = f
	var rws io.ReadWriteSeeker = f
	fmt.Println(rw != nil, ws != nil, rsc != nil, rws != nil)
}
