package main

import "fmt"

func main() {
	for i, c := range "aé😀z" {
		fmt.Printf("%d %c %U\n", i, c, c)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	// simple insertion sort
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)
	// deleting during iteration is allowed
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	var nm map[int]int
	for k, v := range nm {
		fmt.Println(k, v)
	}
	im := map[int]bool{}
	for i := 0; i < 50; i++ {
		im[i*7%50] = true
	}
	total := 0
	for k := range im {
		total += k
	}
	fmt.Println(len(im), total)
}
