package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| back: ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("built", l)
	l.MoveToFront(e4)
	dump("e4 front", l)
	l.MoveToBack(e1)
	dump("e1 back", l)
	l.MoveBefore(e1, e4)
	dump("e1 before e4", l)
	l.MoveAfter(e4, e1)
	dump("e4 after e1", l)
	l.MoveAfter(e4, e4)
	fmt.Println("removed", l.Remove(e4))
	dump("after remove", l)
	fmt.Println(e4.Next() == nil, e4.Prev() == nil, l.Remove(e4))

	var other list.List
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(&other)
	l.PushFrontList(&other)
	dump("lists", l)
	l.PushBackList(l)
	dump("self", l)

	foreign := list.New()
	fe := foreign.PushBack("f")
	fmt.Println(l.InsertBefore(0, fe) == nil, l.InsertAfter(0, fe) == nil)
	l.MoveToFront(fe)
	dump("foreign", foreign)
	fmt.Println(l.Front().Value, l.Back().Value)

	l.Init()
	dump("init", l)
	fmt.Println(l.Front() == nil, l.Back() == nil)

	c := &LRU{cap: 2, ll: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okb := c.Get("b")
	va, oka := c.Get("a")
	fmt.Println(okb, va, oka, c.ll.Len())

	// remove while iterating
	q := list.New()
	for i := 0; i < 10; i++ {
		q.PushBack(i)
	}
	for e := q.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			q.Remove(e)
		}
		e = next
	}
	dump("filtered", q)
}
