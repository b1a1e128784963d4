// x /= y with y == 0 panics at the assignment.
package main

import "fmt"

func main() {
	x, y := 10, 0
	fmt.Println(x)
	x /= y
	fmt.Println(x)
}
