// Taking a method value of a nil interface panics where it is taken.
package main

import "fmt"

func main() {
	var s fmt.Stringer
	f := s.String
	fmt.Println(f())
}
