// Errors in several files: reported sorted by file name, then position,
// each file named; a name declared in two files points at the other one.
package main

import (
	"fmt"
	"strings"
)

var total = 2

func main() {
	p := Point{1, 2, 3}
	fmt.Println(p, undefinedName)
}
