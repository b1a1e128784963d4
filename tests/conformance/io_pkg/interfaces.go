package main

// io.Copy prefers the source's WriteTo, then the destination's ReadFrom;
// io.WriteString uses WriteString when there is one. *os.File, strings and
// bytes types, bufio and user types all meet the io interfaces.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type src struct{ s string }

func (r *src) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

type srcWT struct{ src }

func (r *srcWT) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("  WriteTo called")
	n, err := io.WriteString(w, "<"+r.s+">")
	return int64(n), err
}

type dst struct{ b strings.Builder }

func (d *dst) Write(p []byte) (int, error) { return d.b.Write(p) }

type dstRF struct{ dst }

func (d *dstRF) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("  ReadFrom called")
	data, err := io.ReadAll(r)
	d.b.WriteString(strings.ToUpper(string(data)))
	return int64(len(data)), err
}

type sw struct{ n int }

func (s *sw) Write(p []byte) (int, error)        { s.n += 100; return len(p), nil }
func (s *sw) WriteString(x string) (int, error) { s.n++; return len(x), nil }

func main() {
	d := &dst{}
	n, err := io.Copy(d, &src{"plain"})
	fmt.Println(n, err, d.b.String())
	d = &dst{}
	n, err = io.Copy(d, &srcWT{src{"wt"}})
	fmt.Println(n, err, d.b.String())
	rf := &dstRF{}
	n, err = io.Copy(rf, &src{"rf"})
	fmt.Println(n, err, rf.b.String())
	rf = &dstRF{}
	n, err = io.Copy(rf, &srcWT{src{"both"}})
	fmt.Println(n, err, rf.b.String())

	s := &sw{}
	io.WriteString(s, "x")
	s.Write([]byte("y"))
	fmt.Println(s.n)

	var (
		_ io.Reader       = strings.NewReader("")
		_ io.ReaderAt     = strings.NewReader("")
		_ io.ByteScanner  = strings.NewReader("")
		_ io.RuneScanner  = bytes.NewReader(nil)
		_ io.WriterTo     = strings.NewReader("")
		_ io.Seeker       = bytes.NewReader(nil)
		_ io.ReadWriter   = &bytes.Buffer{}
		_ io.ReaderFrom   = &bytes.Buffer{}
		_ io.StringWriter = &strings.Builder{}
		_ io.ByteWriter   = &bytes.Buffer{}
		_ io.ReadWriter   = bufio.NewReadWriter(nil, nil)
		_ io.ReadCloser   = os.Stdin
		_ io.WriteCloser  = os.Stdout
		_ io.ReaderAt     = os.Stdin
		_ io.WriterAt     = os.Stdout
		_ io.ReaderFrom   = os.Stdout
		_ io.WriterTo     = os.Stdin
		_ io.ReadWriteSeeker = os.Stdin
		_ io.ReadSeekCloser  = os.Stdin
		_ io.StringWriter    = os.Stdout
		_ io.WriteSeeker     = os.Stdout
		_ io.ReadWriteCloser = os.Stdout
	)

	// *os.File as both ends of io.Copy, and os.Stdout as a Writer
	dir, _ := os.MkdirTemp("", "ifaces")
	defer os.RemoveAll(dir)
	f, _ := os.Create(dir + "/a")
	n, err = io.Copy(f, strings.NewReader("file contents\n"))
	fmt.Println(n, err)
	f.Seek(0, io.SeekStart)
	n, err = io.Copy(os.Stdout, f)
	fmt.Println(n, err)
	f.Seek(0, io.SeekStart)
	g, _ := os.Create(dir + "/b")
	n, err = io.Copy(g, f)
	fmt.Println(n, err)
	n, err = g.ReadFrom(strings.NewReader("more\n"))
	fmt.Println(n, err)
	g.Seek(0, io.SeekStart)
	n, err = g.WriteTo(os.Stdout)
	fmt.Println(n, err)
	f.Close()
	g.Close()
	w := io.MultiWriter(os.Stdout, io.Discard)
	fmt.Fprintln(w, "to stdout through MultiWriter")
	io.WriteString(os.Stdout, "WriteString to stdout\n")
	br := bufio.NewReader(io.MultiReader(strings.NewReader("multi "), strings.NewReader("reader\nline two\n")))
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
