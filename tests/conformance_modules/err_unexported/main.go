// Names starting with a lower-case letter are private to their package.
package main

import (
	"fmt"

	"example.com/unexp/shapes"
)

func main() {
	s := shapes.New(2)
	fmt.Println(s.Area(), shapes.count, shapes.new(1), shapes.PI)
	fmt.Println(s.color)
	s.paint()
	_ = shapes.Square{Side: 1, color: "blue"}
}
