package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2) // continues after body returned false
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	for v := range bad {
		fmt.Println("got", v)
		break
	}
	fmt.Println("unreachable")
}
