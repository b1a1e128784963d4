package main

// go with a nil func value: a fatal error at the go statement, which
// deferred calls do not see.

import "fmt"

func main() {
	var f func()
	defer func() { fmt.Println("deferred", recover()) }()
	go f()
	fmt.Println("unreached")
}
