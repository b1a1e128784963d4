package main

import "fmt"

// Invalid characters are skipped; the syntax error they leave is reported
// with them, and so are the scanner errors after it.
func main() {
	x := 1 @ 2
	@ # $
	fmt.Println(x)
}
