// Calling a nil func value.
package main

var hook func(int)

func run(n int) {
	hook(n)
}

func main() {
	run(1)
}
