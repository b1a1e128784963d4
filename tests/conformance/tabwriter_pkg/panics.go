// text/tabwriter: a panic in the underlying writer becomes tabwriter's.
package main

import (
	"fmt"
	"text/tabwriter"
)

type boom struct{}

func (boom) Write(p []byte) (int, error) { panic("boom") }

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(nil, 0, 8, 1, ' ', 0)
		fmt.Println("nil output accepted")
		tabwriter.NewWriter(boom{}, -1, 8, 1, ' ', 0)
	}()
	w := tabwriter.NewWriter(boom{}, 0, 8, 1, ' ', 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Fprint(w, "a\tb\n")
		fmt.Println("buffered")
		fmt.Fprint(w, "single\n")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var zero tabwriter.Writer
		n, err := zero.Write([]byte("no cells yet"))
		fmt.Println(n, err)
		zero.Write([]byte("a\tb"))
	}()
	w = tabwriter.NewWriter(nil, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "x\ty\n")
	w.Flush()
}
