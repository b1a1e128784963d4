// Checks the compile error for receiving from something that is not a channel.
package main

import "fmt"

func main() {
	x := 5
	fmt.Println(<-x)
}
