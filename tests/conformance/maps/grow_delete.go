package main

import "fmt"

type Entry struct {
	Key   string
	Count int
	Tags  []string
}

func main() {
	m := map[int]string{}
	for i := 0; i < 2000; i++ {
		m[i] = fmt.Sprint(i * 3)
	}
	fmt.Println(len(m), m[1999], m[500])
	for i := 0; i < 2000; i += 3 {
		delete(m, i)
	}
	fmt.Println(len(m), m[3] == "", m[4])
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	for i := 0; i < 2000; i += 3 {
		m[i] = "back"
	}
	fmt.Println(len(m), m[999])
	entries := map[string]*Entry{}
	words := []string{"go", "py", "go", "rs", "go", "py"}
	for i, w := range words {
		e, ok := entries[w]
		if !ok {
			e = &Entry{Key: w}
			entries[w] = e
		}
		e.Count++
		e.Tags = append(e.Tags, fmt.Sprint(i))
	}
	for _, w := range []string{"go", "py", "rs"} {
		fmt.Println(*entries[w])
	}
	vals := map[string]Entry{}
	for _, w := range words {
		e := vals[w]
		e.Key = w
		e.Count++
		vals[w] = e
	}
	fmt.Println(vals["go"].Count, vals["rs"], len(vals))
	inverse := map[int][]string{}
	for w, e := range vals {
		inverse[e.Count] = append(inverse[e.Count], w)
	}
	fmt.Println(len(inverse[1]), len(inverse[2]), len(inverse[3]))
	m2 := map[string]int{"a": 1}
	m3 := m2
	delete(m3, "a")
	fmt.Println(len(m2), m2)
	var nilm map[string][]int
	fmt.Println(nilm["x"] == nil, len(nilm["x"]))
	for k, v := range nilm {
		fmt.Println(k, v)
	}
	cnt := map[rune]int{}
	for _, r := range "abracadabra" {
		cnt[r]++
	}
	fmt.Println(cnt)
}
