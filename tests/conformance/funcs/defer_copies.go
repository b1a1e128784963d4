package main

import "fmt"

type P struct{ x [2]int }

func (p P) Show()   { fmt.Println("show", p.x) }
func (p *P) PShow() { fmt.Println("pshow", p.x) }

func show(p P, a [2]int) { fmt.Println("func", p.x, a) }

func main() {
	p := P{[2]int{1, 2}}
	a := [2]int{3, 4}
	defer show(p, a)
	defer p.Show()
	defer p.PShow()
	f := p.Show
	g := show
	p.x[0] = 100
	a[0] = 300
	f()
	g(p, a)
	done := make(chan bool)
	go func(q P) {
		fmt.Println("goroutine", q.x)
		done <- true
	}(p)
	p.x[1] = 200
	<-done
	ps := []P{p}
	defer ps[0].Show()
	ps[0].x[0] = -1
	m := map[string]P{"k": p}
	defer m["k"].Show()
	m["k"] = P{}
	var i interface{ Show() } = p
	p.x[0] = 7
	defer i.Show()
	fmt.Println("end")
}
