package main

import (
	f "fmt"
	_ "os"
	e "errors"
)

func main() {
	f.Println("x")
}
