package main

import (
	"fmt"

	"example.com/dep/store"
)

func main() { fmt.Println(store.Get()) }
