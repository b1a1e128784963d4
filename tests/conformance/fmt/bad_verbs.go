package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 3)
	fmt.Printf("%z %!\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%\n")
	fmt.Printf("%!d(string=hi)\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", T{1})
	fmt.Printf("%s\n", T{1})
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", 1.5)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%d\n", map[string]int{"a": 1})
	fmt.Printf("%e\n", "x")
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%.*d\n", "x", 1)
	fmt.Printf("%*d\n", 1e6, 1)
	fmt.Printf("%-*d|\n", 10000000, 1)
	fmt.Printf("%.[3]d\n", 1)
	fmt.Printf("%[2]*[1]d|\n", 5, 3)
	fmt.Printf("%%|%5%|%-5%|\n")
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%v %v\n", []any{nil}, map[string]any{"a": nil})
	fmt.Printf("%s\n", []any{1, "a"})
	fmt.Printf("%!s %-!\n", 1)
	fmt.Printf("%ä\n", 1)
	fmt.Println(fmt.Sprintf("%d", "a") == "%!d(string=a)")
	fmt.Printf("%d %s\n", &T{1}, &T{2})
	fmt.Printf("%x\n", &T{255})
	fmt.Printf("%v\n")
	fmt.Printf("%10.4v|%-10v|\n", "abcdefg", nil)
}
