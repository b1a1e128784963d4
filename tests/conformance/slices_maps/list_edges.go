// container/list edge cases: zero List, appending a list to itself, moves that
// do nothing, removing an element of another list, Next/Prev of removed ones.
package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List
	dump("zero", &z)
	fmt.Println(z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	z.PushFront(0)
	dump("zero used", &z)

	l := list.New()
	for i := 1; i <= 3; i++ {
		l.PushBack(i)
	}
	l.PushBackList(l)
	dump("self back", l)
	l.PushFrontList(l)
	dump("self front", l)

	m := list.New()
	a := m.PushBack("a")
	b := m.PushBack("b")
	c := m.PushBack("c")
	m.MoveToFront(a)
	m.MoveToBack(c)
	m.MoveBefore(a, a)
	m.MoveAfter(b, b)
	dump("noop moves", m)
	m.MoveAfter(a, c)
	m.MoveBefore(c, b)
	dump("moves", m)
	fmt.Println(l.Remove(a), l.Len(), m.Len())
	fmt.Println(m.Remove(b), m.Len(), b.Next() == nil, b.Prev() == nil)
	fmt.Println(m.InsertBefore("x", b) == nil, m.InsertAfter("y", b) == nil)
	m.InsertBefore("x", c)
	m.InsertAfter("y", c)
	dump("inserted", m)
	m.Init()
	dump("reinit", m)
	fmt.Println(c.Next() == nil)
}
