package main

// After a bare return, the next line is an expression list of its own.

func f() (int, int) {
	return
		1, 2
}

func main() { f() }
