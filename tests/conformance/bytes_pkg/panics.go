package main

import (
	"bytes"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	try("repeat", func() { bytes.Repeat([]byte("x"), -2) })
	try("grow", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	try("truncate", func() {
		b := bytes.NewBufferString("abc")
		b.Truncate(5)
	})
	var b bytes.Buffer
	b.WriteString("ok")
	fmt.Println(b.String())
	b.Truncate(-1)
}
