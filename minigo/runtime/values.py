"""How Go values live in Python.

  bool, integers, floats, complex  -> bool, int, float, complex (sized integers
                                      are wrapped by the operations that make them)
  string                           -> bytes (Go strings are bytes; indexing gives bytes)
  array, struct                    -> list (of elements / of fields), owned by its
                                      variable or element slot for its lifetime; an
                                      assignment copies into it, so a pointer to it
                                      is simply the list
  pointer to array or struct       -> that list; nil is None
  pointer to anything else         -> Ref(container, key): a list and an index
  slice                            -> Slice(backing list, offset, len, cap); a nil
                                      slice is NIL_SLICE (backing None)
  map                              -> dict, nil map None (keys that are not hashable
                                      as Go compares them go through a key codec)
  interface                        -> (RType, value) tuple; nil interface None
  func                             -> a Python callable; nil None
  chan                             -> runtime.chan.Chan; nil None
"""
from __future__ import annotations

from .alloc import check_grow
from .sizeclasses import SizeClassToSize, SizeToSizeClass128, SizeToSizeClass8


class Slice:
    __slots__ = ('a', 'off', 'len', 'cap')

    def __init__(self, a, off, length, cap):
        self.a = a
        self.off = off
        self.len = length
        self.cap = cap

    def tolist(self):
        a = self.a
        if a is None:
            return []
        if self.off == 0 and self.len == len(a):
            return list(a)
        return a[self.off:self.off + self.len]

    def __repr__(self):
        return f'Slice({self.tolist()!r}, cap={self.cap})'


NIL_SLICE = Slice(None, 0, 0, 0)


class ZeroSizedArray:
    """The backing array of a huge slice of zero-size elements
    (make([]struct{}, 1<<62)): Go allocates nothing for such elements, and a
    Python list that long cannot exist. Every element is the one zero value
    (nothing can tell them apart); stores change nothing. A slice of it that
    is small enough is a plain list again."""
    __slots__ = ('n', 'zero')

    def __init__(self, n, zero):
        self.n = n
        self.zero = zero

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            k = len(range(*i.indices(self.n)))
            return [self.zero] * k if k <= 1 << 20 else ZeroSizedArray(k, self.zero)
        if -self.n <= i < self.n:
            return self.zero
        raise IndexError(i)

    def __setitem__(self, i, v):
        pass

    def __iter__(self):
        for _ in range(self.n):
            yield self.zero


def make_slice(lst):
    """A slice over a fresh Python list."""
    n = len(lst)
    return Slice(lst, 0, n, n)


class Ref:
    """A pointer to a location that is not an array or struct: element k of list c."""
    __slots__ = ('c', 'k')

    def __init__(self, c, k):
        self.c = c
        self.k = k

    def __eq__(self, o):
        return type(o) is Ref and self.c is o.c and self.k == o.k

    def __ne__(self, o):
        return not self.__eq__(o)

    def __hash__(self):
        return hash((id(self.c), self.k))

    def load(self):
        return self.c[self.k]

    def store(self, v):
        self.c[self.k] = v


class PtrKey:
    """Map key for a pointer to an array or struct: identity, as Go compares pointers."""
    __slots__ = ('p',)

    def __init__(self, p):
        self.p = p

    def __eq__(self, o):
        return type(o) is PtrKey and self.p is o.p

    def __hash__(self):
        return id(self.p)


# ------------------------------------------------------------------ append growth

def _roundupsize(size, noscan):
    req = size
    if req <= 32768 - 8:
        if not noscan and req > 512:
            req += 8
        if req <= 1024 - 8:
            return SizeClassToSize[SizeToSizeClass8[(req + 7) // 8]] - (req - size)
        return SizeClassToSize[SizeToSizeClass128[(req - 1024 + 127) // 128]] - (req - size)
    req += 8192 - 1
    return req & ~(8192 - 1)


def next_cap(new_len, old_cap, elem_size, noscan):
    """Go's growslice capacity for appending up to new_len elements."""
    newcap = old_cap
    double = newcap + newcap
    if new_len > double:
        newcap = new_len
    elif old_cap < 256:
        newcap = double
    else:
        while True:
            newcap += (newcap + 768) >> 2
            if newcap >= new_len:
                break
    if elem_size == 0:
        if new_len > _BIG:
            check_grow(new_len, new_len, 0)
        return new_len
    mem = newcap * elem_size
    if mem > _BIG or new_len > _BIG:
        check_grow(new_len, newcap, elem_size)
    mem = _roundupsize(mem, noscan)
    return mem // elem_size


_BIG = 1 << 24   # past this, check_grow says whether Go (or the machine) allows it
