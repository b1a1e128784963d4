package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b *Base) AddTag(t string) { b.tags = append(b.tags, t) }
func (b Base) Tags() []string   { return b.tags }
func (b *Base) Describe() string {
	if b == nil {
		return "nil base"
	}
	return fmt.Sprint("base ", b.ID)
}

type Item struct {
	*Base
	Name string
}

type Doc struct {
	Base
	Title string
}

type Describer interface{ Describe() string }
type Tagger interface{ AddTag(string) }

func main() {
	it := Item{&Base{ID: 1}, "widget"}
	it.AddTag("a")
	it.AddTag("b")
	fmt.Println(it.ID, it.Tags(), it.Describe())
	it2 := it // shares *Base
	it2.ID = 2
	fmt.Println(it.ID)
	var t Tagger = it // Item (value) has AddTag via *Base
	t.AddTag("c")
	fmt.Println(it.Tags())
	d := Doc{Base{ID: 3}, "doc"}
	d.AddTag("x")
	fmt.Println(d.Tags(), d.Describe())
	var ds Describer = &d
	fmt.Println(ds.Describe())
	d2 := d
	d2.ID = 4
	d2.AddTag("y")
	fmt.Println(d.ID, d2.ID, d.Tags(), d2.Tags())
	empty := Item{Name: "no base"}
	fmt.Println(empty.Describe())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.ID)
}
