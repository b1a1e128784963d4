package main

import (
	"fmt"
	"os"
)

func main() {
	defer os.Exit(5)
	defer fmt.Println("runs first")
	panic("boom")
}
