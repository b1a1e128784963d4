package main

import "fmt"

type Größe struct {
	Wert int
	名前   string
}

func (g Größe) Doppelt() int { return g.Wert * 2 }

const π = 3.14159

var café = "coffee"

func 加(a, b int) int { return a + b }

func main() {
	ñ := 5
	δx := 0.5
	fmt.Println(ñ, δx, π, café, 加(2, 3))
	g := Größe{Wert: 21, 名前: "二十一"}
	fmt.Println(g.Doppelt(), g.名前, g)
	fmt.Printf("%+v %T\n", g, g)
	var _x, x_, X9 = 1, 2, 3
	fmt.Println(_x, x_, X9)
	αβγ := []string{"α", "β", "γ"}
	for i, s := range αβγ {
		fmt.Print(i, s, len(s), " ")
	}
	fmt.Println()
}
