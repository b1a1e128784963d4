package main

// os.Setenv refuses an empty key, '=' or NUL in the key and NUL in the value;
// values and keys need not be UTF-8.

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("A\x00B", "x"))
	fmt.Println(os.Setenv("MINIGO_NUL", "x\x00y"))
	fmt.Printf("%q\n", os.Getenv("MINIGO_NUL"))
	fmt.Println(os.Setenv("MINIGO_T", "\xff\xfe"))
	fmt.Printf("%q\n", os.Getenv("MINIGO_T"))
	v, ok := os.LookupEnv("MINIGO_T")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MINIGO_\xff", "v"))
	fmt.Printf("%q\n", os.Getenv("MINIGO_\xff"))
	fmt.Println(os.Unsetenv("MINIGO_T"))
	v, ok = os.LookupEnv("MINIGO_T")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Printf("%q %q %q\n", os.Getenv("A\x00B"), os.Getenv(""), os.Getenv("=X"))
}
