"""Package container/ring, written in Go: circular lists with no head. The
zero Ring is a ring of one element (its links are made on first use); a nil
*Ring is the empty ring, whose Len is 0 and whose Do does nothing."""

GO_DECLS = '''
package ring

type Ring struct {
	next, prev *Ring
	Value      any
}

// self links a zero Ring to itself, making it a one-element ring.
func (r *Ring) self() *Ring {
	r.next, r.prev = r, r
	return r
}

func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.next
}

func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.prev
}

// Move steps |n| links, forward for n > 0 and backward for n < 0 (Go walks
// all n steps; it does not reduce n modulo the length).
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for k := 1; k < n; k++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next, first.prev = first, last
	return first
}

// Link splices s in after r and returns r's old successor. When s is in r's
// own ring this cuts out the elements strictly between r and s, and the
// result is that cut-out subring.
func (r *Ring) Link(s *Ring) *Ring {
	oldNext := r.Next()
	if s != nil {
		sPrev := s.Prev()
		r.next = s
		s.prev = r
		oldNext.prev = sPrev
		sPrev.next = oldNext
	}
	return oldNext
}

func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
'''
