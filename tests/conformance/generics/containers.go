package main

import "fmt"

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](xs ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, x := range xs {
		q.Push(x)
	}
	return q
}

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x, true
}
func (q *Queue[T]) Len() int { return len(q.items) }

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOM[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

type Cache[K comparable, V any] struct {
	*OrderedMap[K, V]
	hits int
}

func (c *Cache[K, V]) Lookup(k K) V {
	v, ok := c.Get(k)
	if ok {
		c.hits++
	}
	return v
}

type Matrix[T ~int | ~float64] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func MapQ[T, U any](q *Queue[T], f func(T) U) *Queue[U] {
	out := NewQueue[U]()
	for _, x := range q.items {
		out.Push(f(x))
	}
	return out
}

func main() {
	q := NewQueue(1, 2, 3)
	q.Push(4)
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	_, ok := q.Pop()
	fmt.Println(ok)
	sq := MapQ(NewQueue("a", "bb", "ccc"), func(s string) int { return len(s) })
	fmt.Println(sq.items)
	om := NewOM[string, int]()
	om.Set("z", 26)
	om.Set("a", 1)
	om.Set("z", 0)
	om.Each(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	c := &Cache[int, string]{OrderedMap: NewOM[int, string]()}
	c.Set(1, "one")
	fmt.Printf("%q %q %d\n", c.Lookup(1), c.Lookup(2), c.hits)
	m := Matrix[float64]{{1, 2}, {3.5}}
	fmt.Println(m.Sum(), Matrix[int]{{1}, {2, 3}}.Sum())
	fmt.Printf("%T %T\n", q, om)
	qq := NewQueue[[]int]([]int{1}, nil)
	fmt.Println(qq.Len(), qq.items)
}
