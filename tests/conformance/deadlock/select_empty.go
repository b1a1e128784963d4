// Checks the deadlock report for `select {}` with no other goroutines.
package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
