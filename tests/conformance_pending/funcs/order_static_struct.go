package main

import "fmt"

// gc converts a struct variable that is never reassigned and was initialised
// from a constant composite literal to an interface from a read-only copy of
// that literal (walk/order.go addrTemp + staticValue), so a field changed by
// a call in the same statement is not seen. minigo reads the variable after
// the call, like any other operand.
type P struct{ a, b int }

func main() {
	st := P{1, 2}
	g := func() int { st.a = 10; return 0 }
	fmt.Println(st, g(), st.a)
}
