package main

import (
	"container/heap"
	"fmt"
)

// IntHeap logs every comparison and swap, so the exact sequence of calls the
// heap functions make is part of the output.
type IntHeap struct {
	a   []int
	log []string
}

func (h *IntHeap) Len() int { return len(h.a) }
func (h *IntHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *IntHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *IntHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[:n-1]
	return x
}

func (h *IntHeap) flush(what string) {
	fmt.Println(what, h.a, h.log)
	h.log = nil
}

type MinMax []float64

func (m MinMax) Len() int           { return len(m) }
func (m MinMax) Less(i, j int) bool { return m[i] < m[j] }
func (m MinMax) Swap(i, j int)      { m[i], m[j] = m[j], m[i] }
func (m *MinMax) Push(x any)        { *m = append(*m, x.(float64)) }
func (m *MinMax) Pop() any {
	old := *m
	x := old[len(old)-1]
	*m = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5}}
	heap.Init(h)
	h.flush("init")
	heap.Push(h, 0)
	h.flush("push 0")
	fmt.Println("pop", heap.Pop(h))
	h.flush("after pop")
	h.a[3] = 100
	heap.Fix(h, 3)
	h.flush("fix 3")
	h.a[5] = -1
	heap.Fix(h, 5)
	h.flush("fix 5")
	fmt.Println("remove", heap.Remove(h, 4))
	h.flush("after remove")
	fmt.Println("remove last", heap.Remove(h, h.Len()-1))
	h.flush("after remove last")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	h.log = nil

	// heap sort of floats, with duplicates
	m := &MinMax{3.5, -1, 2, 2, 10, 0.25, -1}
	heap.Init(m)
	var sorted []float64
	for m.Len() > 0 {
		sorted = append(sorted, heap.Pop(m).(float64))
	}
	fmt.Println(sorted)

	// an empty heap: Init is fine, Pop reaches the user's Swap with -1
	e := &MinMax{}
	heap.Init(e)
	fmt.Println("empty len", e.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	heap.Pop(e)
}
