"""Package container/heap, written in Go: a binary min-heap kept in any
heap.Interface. The sift loops make the same Less and Swap calls, in the same
order, as Go's, so a user's Less that logs or has ties sees what it sees in Go."""

GO_DECLS = '''
package heap

import "sort"

type Interface interface {
	sort.Interface
	Push(x any) // append x as element Len()
	Pop() any   // remove and return element Len() - 1
}

// Init heapifies: sift down every node that has a child, last parent first.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop moves the minimum to the end, restores the heap before it, and lets
// the user's Pop take it off (same as Remove(h, 0)).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the order after element i changed: it can only have to move
// one way, down first.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

func siftUp(h Interface, child int) {
	for {
		parent := (child - 1) / 2
		if parent == child || !h.Less(child, parent) {
			return
		}
		h.Swap(parent, child)
		child = parent
	}
}

// siftDown moves element start down among the first n; it reports whether
// the element moved.
func siftDown(h Interface, start, n int) bool {
	at := start
	for {
		left := 2*at + 1
		if left >= n || left < 0 { // left < 0: 2*at+1 overflowed
			break
		}
		smaller := left
		if right := left + 1; right < n && h.Less(right, left) {
			smaller = right
		}
		if !h.Less(smaller, at) {
			break
		}
		h.Swap(at, smaller)
		at = smaller
	}
	return at > start
}
'''
