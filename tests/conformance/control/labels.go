package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
rows:
	for _, row := range [][]int{{1, 2}, {3, -1, 4}, {5}} {
		for _, v := range row {
			if v < 0 {
				fmt.Println("neg found")
				continue rows
			}
			fmt.Print(v, " ")
		}
		fmt.Println("end row")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print("i", i, " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
sel:
	for {
		select {
		case v := <-ch:
			fmt.Print("got", v, " ")
			if v == 2 {
				break sel
			}
		}
	}
	fmt.Println()
	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto again
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	fmt.Println("n", n)
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto done
		}
		fmt.Println("before done", i)
	}
done:
	fmt.Println("done")
	m := map[string]int{"a": 1}
blk:
	for k := range m {
		for range 3 {
			fmt.Println("k", k)
			break blk
		}
	}
}
