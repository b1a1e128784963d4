package c

import "fmt"

func H() { fmt.Println() }
