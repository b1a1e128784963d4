// A map key of an unhashable dynamic type panics at the store.
package main

func main() {
	m := map[any]int{}
	var k any = []int{1}
	m[k] = 1
}
