// A deferred call panicking after a return statement: the function shows the return's line.
package main

func f(n int) int {
	defer func() {
		if n > 0 {
			panic("deferred")
		}
	}()
	if n > 0 {
		return n * 2
	}
	return 0
}

func main() {
	println(f(0))
	println(f(1))
}
