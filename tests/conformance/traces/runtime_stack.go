// runtime.Stack: the running goroutine's frames up to the call, then (all)
// every other goroutine's, each with its file:line. The program prints each
// frame of package main without arguments, directory or pc offset, and each
// goroutine's state without its number (which depends on the runtime's own).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func show(all bool) {
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, all)
	keep := false
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("goroutine", line[strings.Index(line, "["):])
		case strings.HasPrefix(line, "main.") || strings.HasPrefix(line, "created by main."):
			if i := strings.LastIndex(line, "("); i > 0 && strings.HasSuffix(line, ")") {
				line = line[:i]
			}
			if i := strings.Index(line, " in goroutine"); i > 0 {
				line = line[:i]
			}
			fmt.Println(line)
			keep = true
		case keep && strings.HasPrefix(line, "\t"):
			line = line[strings.LastIndex(line, "/")+1:]
			if i := strings.Index(line, " +0x"); i > 0 {
				line = line[:i]
			}
			fmt.Println("\t" + line)
			keep = false
		default:
			keep = false
		}
	}
}

func wait(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go wait(c)
	runtime.Gosched()
	show(false)
	fmt.Println("--")
	func() {
		show(true)
	}()
	close(c)
}
