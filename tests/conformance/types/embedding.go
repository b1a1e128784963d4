package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Kind() string      { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) GetID() int { return b.ID }

type Mid struct {
	Base
	Level int
}

type Top struct {
	Mid
	ID string // shadows Base.ID
}

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Kind(), d.Animal.Kind())
	d.SetName("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var desc Describer = d
	fmt.Println(desc.Describe())
	var desc2 Describer = &d
	fmt.Println(desc2.Describe())
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started")
	s.prefix = "[new] "
	s.Log("changed")
	t := Top{Mid{Base{42}, 3}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.GetID(), t.Level)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v\n", d)
	d2 := d
	d2.Animal.Legs = 3
	fmt.Println(d.Legs, d2.Legs)
	m := Mid{Level: 1}
	m.ID = 7
	fmt.Println(m, m.GetID())
	f := t.GetID
	fmt.Println(f())
	g := Dog.Describe
	fmt.Println(g(d))
}
