package store

import "fmt"

func Get() int {
	x := 1
	return "s"
}
