package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(maps.Equal(m, nil))
	fmt.Println(slices.Equal(nil, nil))
}
