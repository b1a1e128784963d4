package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// A task queue ordered by urgency; tasks know where they sit in the heap so
// their urgency can be changed in place.
type task struct {
	name    string
	urgency int
	slot    int
}

type taskQueue []*task

func (q taskQueue) Len() int { return len(q) }

// Higher urgency first; ties broken by name so the order is total.
func (q taskQueue) Less(i, j int) bool {
	if q[i].urgency != q[j].urgency {
		return q[i].urgency > q[j].urgency
	}
	return q[i].name < q[j].name
}

func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].slot = i
	q[j].slot = j
}

func (q *taskQueue) Push(x any) {
	t := x.(*task)
	t.slot = len(*q)
	*q = append(*q, t)
}

func (q *taskQueue) Pop() any {
	old := *q
	last := old[len(old)-1]
	old[len(old)-1] = nil
	last.slot = -1
	*q = old[:len(old)-1]
	return last
}

func (q *taskQueue) reprioritize(t *task, urgency int) {
	t.urgency = urgency
	heap.Fix(q, t.slot)
}

func main() {
	names := map[string]int{"write docs": 2, "fix bug": 9, "review": 5, "lunch": 7}
	q := taskQueue{}
	for _, n := range []string{"write docs", "fix bug", "review", "lunch"} {
		q = append(q, &task{name: n, urgency: names[n], slot: len(q)})
	}
	heap.Init(&q)

	deploy := &task{name: "deploy", urgency: 3}
	heap.Push(&q, deploy)
	q.reprioritize(deploy, 10)
	q.reprioritize(q[len(q)-1], 0)

	for i, t := range q {
		if t.slot != i {
			fmt.Println("bad slot", t.name)
		}
	}
	removed := heap.Remove(&q, 2).(*task)
	fmt.Printf("removed %q (slot now %d)\n", removed.name, removed.slot)

	var order []string
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		order = append(order, fmt.Sprintf("%d:%s", t.urgency, t.name))
	}
	fmt.Println(strings.Join(order, " | "))
}
