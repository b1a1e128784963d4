package main

import "fmt"

func main() {
	i := 0
	const step = 2
	type pair struct{ a, b int }
top:
	const limit = 6
	var _ = limit
	type local int
	p := pair{i, i * step}
	fmt.Println(p, local(i))
	i += step
	if i < limit {
		goto top
	}
	func() {
		n := 0
	again:
		const inc = 1
		n += inc
		if n < 3 {
			goto again
		}
		fmt.Println("n", n)
	}()
	j := 0
	for {
		j++
		if j > 2 {
			goto out
		}
	}
out:
	fmt.Println("j", j)
}
