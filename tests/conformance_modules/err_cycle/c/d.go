package c

import "example.com/cycle/a"

func I() { a.F() }
