package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type RWC interface {
	ReadWriter
	Closer
	Reader // overlapping embeds are allowed
}

type File struct {
	name string
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *File) Close() error      { fmt.Println("closing", f.name); return nil }

type LoggedWriter struct {
	Writer
	n int
}

func (l *LoggedWriter) Write(s string) int {
	l.n++
	return l.Writer.Write("[log]" + s)
}

func main() {
	f := &File{name: "f1"}
	var rwc RWC = f
	rwc.Write("hello")
	rwc.Write("world")
	var r Reader = rwc
	fmt.Println(r.Read())
	var rw ReadWriter = rwc
	fmt.Println(rw.Read(), rw.Read() == "")
	fmt.Println(rwc.Close())
	lw := &LoggedWriter{Writer: f}
	var w Writer = lw
	fmt.Println(w.Write("x"), lw.n, f.data)
	_, isCloser := w.(Closer)
	_, isRW := interface{}(f).(ReadWriter)
	fmt.Println(isCloser, isRW)
	var empty LoggedWriter
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Write("boom")
	}()
	var nilIface Reader
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilIface.Read()
	}()
	fmt.Printf("%T %T\n", rwc, w)
}
