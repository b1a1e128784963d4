package main

type T struct{ Name string }

func (t T) Get() int { return 0 }

func main() {
	var t T
	_ = t.name
	_ = t.Age
	t.get()
	var p *T
	p.Set(1)
}
