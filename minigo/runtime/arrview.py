"""A pointer to an array inside a slice's backing array.

minigo's *[N]T is the array's Python list itself, so (*[N]T)(s) can be the
backing list only when s covers all of it. Otherwise it is an ArrayView over
the backing list's range [off, off+n): reads and writes go through to the
slice's elements, as Go's conversion aliases them. Slicing a view slices the
backing list directly; views of the same range are the same object while
alive, so pointer comparison (`is`) agrees with Go's address comparison.
"""
import weakref

_views = weakref.WeakValueDictionary()


class ArrayView:
    __slots__ = ('base', 'off', 'n', '__weakref__')

    def __init__(self, base, off, n):
        self.base = base
        self.off = off
        self.n = n

    def __len__(self):
        return self.n

    def _range(self, sl):
        start, stop, step = sl.indices(self.n)
        return range(self.off + start, self.off + max(start, stop) if step == 1 else self.off + stop, step)

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = self._range(i)
            if r.step == 1:
                return self.base[r.start:r.stop]
            return [self.base[j] for j in r]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.base[self.off + i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            r = self._range(i)
            vals = list(v)
            if len(vals) != len(r):
                raise ValueError('ArrayView: slice assignment changes the length')
            for j, x in zip(r, vals):
                self.base[j] = x
            return
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.base[self.off + i] = v

    def __iter__(self):
        return iter(self.base[self.off:self.off + self.n])

    def __reversed__(self):
        return reversed(self.base[self.off:self.off + self.n])

    def __contains__(self, x):
        return x in self.base[self.off:self.off + self.n]

    def __eq__(self, other):
        # as an array value (*p == [N]T{...}): element-wise, as lists compare
        if isinstance(other, ArrayView):
            other = other.copy()
        return self.copy() == other

    def __ne__(self, other):
        return not self == other

    __hash__ = object.__hash__

    def copy(self):
        return self.base[self.off:self.off + self.n]

    def __repr__(self):
        return f'ArrayView({self.copy()!r})'


def array_view(base, off, n):
    """The *[n]T for base[off:off+n] (one object per range while alive)."""
    key = (id(base), off, n)
    v = _views.get(key)
    if v is None or v.base is not base:
        v = _views[key] = ArrayView(base, off, n)
    return v
