// Indexing through a nil pointer to an array.
package main

func main() {
	var p *[3]int
	i := 1
	p[i] = 2
}
