package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 0
	for j < 5 {
		j += 2
	}
	fmt.Println("j", j)
	k := 0
	for {
		k++
		if k > 6 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("k", k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var x int
	for x = 10; x > 0; x /= 3 {
	}
	fmt.Println("x", x)
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("r ")
	}
	fmt.Println()
	var n8 int8 = 5
	for i := range n8 {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	type MyN int
	for i := range MyN(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	cnt := 0
	for i := 0; i < 10; i++ {
		if i == 3 {
			i += 3
		}
		cnt++
	}
	fmt.Println("cnt", cnt)
	lim := 3
	for i := range lim {
		lim = 10
		fmt.Print(i)
	}
	fmt.Println(" lim", lim)
	var i int
	for i = range 5 {
	}
	fmt.Println("i after", i)
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
}
