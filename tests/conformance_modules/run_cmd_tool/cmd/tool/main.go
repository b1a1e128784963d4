// A command in a subdirectory of the module, using an internal package,
// with its own arguments after the package.
package main

import (
	"flag"
	"fmt"
	"os"

	"example.com/tool/internal/greet"
)

func main() {
	n := flag.Int("n", 1, "repeat count")
	flag.Parse()
	for i := 0; i < *n; i++ {
		fmt.Println(greet.Greeting(flag.Arg(0), i))
	}
	var g greet.Greeter = greet.Loud{}
	fmt.Println(g.Greet("types"))
	fmt.Printf("%T %v\n", g, greet.Default)
	if len(os.Args) != 4 {
		os.Exit(3)
	}
}
