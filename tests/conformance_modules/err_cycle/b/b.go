package b

import "example.com/cycle/c"

func G() { c.H() }
