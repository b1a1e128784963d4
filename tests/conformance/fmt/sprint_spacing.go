package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct{}

func (S) String() string { return "str" }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(S{}, S{}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print(1.5, true, nil, 'a', "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("a", "b", 1, "c")
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, 4)
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprintln("x", 1, nil))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	n, err := fmt.Println("count", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n, err)
	n, err = fmt.Print("abc\n")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 1)
	fmt.Fprintln(os.Stderr, "line", 2)
	fmt.Fprint(os.Stderr, "p", 3, 4, "\n")
	fmt.Fprintf(os.Stdout, "to stdout %v\n", []string{"a"})
	fmt.Fprintln(os.Stdout, "out", 1)
	b := fmt.Append(nil, "x", 1, 2)
	b = fmt.Appendf(b, "[%03d]", 7)
	b = fmt.Appendln(b, "end", 9)
	fmt.Printf("%q\n", b)
	var np *int
	fmt.Print(np, np, "\n")
	fmt.Print("a", nil, "b", "\n")
	fmt.Print(nil, nil, "\n")
	type str string
	fmt.Print(str("a"), str("b"), "\n")
	fmt.Print('a', 'b', "\n")
}
