// m[k] += v on a nil map, inside a closure called from main.
package main

func main() {
	var m map[string]int
	add := func(k string) {
		m[k] += 2
	}
	add("a")
}
