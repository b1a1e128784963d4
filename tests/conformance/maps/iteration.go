package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := map[string]int{}
	words := "the quick brown fox jumps over the lazy dog the end"
	w := ""
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			m[w]++
			w = ""
		} else {
			w += string(words[i])
		}
	}
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	// adding during iteration: just make sure it terminates and counts stay consistent
	n := map[int]bool{0: true, 1: true, 2: true}
	for k := range n {
		if k < 3 {
			n[k+100] = true
		}
	}
	fmt.Println(len(n) >= 3, n[0])
	// values are copies
	type C struct{ v int }
	cm := map[string]C{"a": {1}, "b": {2}}
	for _, c := range cm {
		c.v = 100
	}
	fmt.Println(cm["a"].v, cm["b"].v)
	// delete all but one during iteration
	d := map[int]int{}
	for i := 0; i < 20; i++ {
		d[i] = i
	}
	for k := range d {
		if k != 7 {
			delete(d, k)
		}
	}
	fmt.Println(d)
	// fmt prints maps sorted
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[float64]int{2.5: 1, -1: 2})
	total := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		total += k * v
	}
	fmt.Println(total)
}
