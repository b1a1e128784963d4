package main

import (
	"fmt"

	"example.com/missing/nothere"
	"github.com/someone/lib"
)

func main() { fmt.Println(nothere.X, lib.Y) }
