package main

// Standard types used through nil pointers, nil func values and zero values:
// Go's panics (recoverable) or ordinary results, never a crash.

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("nil Mutex", func() { var mu *sync.Mutex; mu.Lock() })
	try("nil WaitGroup", func() { var wg *sync.WaitGroup; wg.Wait() })
	try("Cond with nil L", func() { c := sync.NewCond(nil); c.Signal(); c.Wait() })
	try("nil Builder", func() { var b *strings.Builder; b.WriteString("x") })
	try("nil strings.Reader", func() { var r *strings.Reader; r.Len() })
	try("strings.Map nil", func() { fmt.Println(strings.Map(nil, "abc")) })
	try("strings.IndexFunc nil", func() { strings.IndexFunc("abc", nil) })
	try("nil Buffer String", func() { var b *bytes.Buffer; fmt.Println(b.String()) })
	try("nil Buffer Len", func() { var b *bytes.Buffer; b.Len() })
	try("Buffer.Next(-1)", func() { var b bytes.Buffer; b.Next(-1) })
	try("nil bufio.Reader", func() { bufio.NewReader(nil).ReadString('\n') })
	try("zero bufio.Writer", func() { var w bufio.Writer; w.WriteByte(1) })
	try("zero bufio.Scanner", func() { var s bufio.Scanner; fmt.Println(s.Scan(), s.Err()) })
	try("nil split func", func() {
		s := bufio.NewScanner(strings.NewReader("abc"))
		s.Split(nil)
		s.Scan()
	})
	var mu sync.Mutex
	try("deferred unlock runs", func() {
		mu.Lock()
		defer mu.Unlock()
		strings.FieldsFunc("a b", nil)
	})
	mu.Lock()
	fmt.Println("relocked")
}
