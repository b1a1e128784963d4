"""Package container/list, written in Go: a circular doubly linked list
threaded through a sentinel element embedded in the List, so the zero List is
an empty list (it is wired up on first insertion)."""

GO_DECLS = '''
package list

type Element struct {
	next, prev *Element
	list       *List // the list e belongs to; nil once removed
	Value      any
}

// Next and Prev stop at the sentinel (and at nothing for a removed element).
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

type List struct {
	root Element // root.next is the front, root.prev the back
	len  int
}

func New() *List { return new(List).Init() }

func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

func (l *List) wired() {
	if l.root.next == nil {
		l.Init()
	}
}

func (l *List) Len() int { return l.len }

func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// splice puts e between after and its successor; unsplice takes it out.
func splice(e, after *Element) {
	before := after.next
	e.prev, e.next = after, before
	after.next, before.prev = e, e
}

func unsplice(e *Element) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (l *List) add(v any, after *Element) *Element {
	e := &Element{Value: v, list: l}
	splice(e, after)
	l.len++
	return e
}

func (l *List) relocate(e, after *Element) {
	if e != after {
		unsplice(e)
		splice(e, after)
	}
}

func (l *List) Remove(e *Element) any {
	if e.list == l {
		unsplice(e)
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

func (l *List) PushFront(v any) *Element {
	l.wired()
	return l.add(v, &l.root)
}

func (l *List) PushBack(v any) *Element {
	l.wired()
	return l.add(v, l.root.prev)
}

func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.add(v, mark.prev)
}

func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.add(v, mark)
}

func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relocate(e, &l.root)
	}
}

func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relocate(e, l.root.prev)
	}
}

func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relocate(e, mark.prev)
	}
}

func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relocate(e, mark)
	}
}

// The counts are taken first, so a list can be appended to itself.
func (l *List) PushBackList(other *List) {
	l.wired()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, l.root.prev)
		e = e.Next()
	}
}

func (l *List) PushFrontList(other *List) {
	l.wired()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, &l.root)
		e = e.Prev()
	}
}
'''
