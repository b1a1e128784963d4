package main

import "fmt"

type T struct{ X int }

func (t T) Get() int { return t.X }

func main() {
	var p *T
	fmt.Println(p.Get())
}
