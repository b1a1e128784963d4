// Files named on the command line are compiled in that order: zz.go's
// variables and init functions come before aa.go's.
package main

import "fmt"

var z = show("z in zz.go")

func init() { fmt.Println("init in zz.go") }

func show(s string) string { fmt.Println("var", s); return s }
