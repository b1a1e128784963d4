package main

// PanicOnError: the parse error becomes a panic (recovered once, then not).

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("p", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("n", 0, "a number")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		fs.Parse([]string{"-n", "x"})
	}()
	fs.Parse([]string{"-q"})
	fmt.Println("not reached")
}
