package main

import (
	"fmt"
	12
)

func main() {
	fmt.Println()
}
