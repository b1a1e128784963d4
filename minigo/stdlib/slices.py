"""Package slices, in Python.

Every function is generic: its Python implementation is a factory
(`generic_factory`) called once per instantiation with the type arguments'
RTypes, returning the callable. The element type tells how to compare
(NaN-aware for floats), copy (struct/array elements are values) and zero
elements, and its size drives append's capacity growth, so cap() of every
result is Go's. Functions that move elements within the backing array leave
it holding exactly what Go's leave there (Delete zeroes the tail...).
Unstable sorts run Go's pdqsort (see sort.py).
"""
from __future__ import annotations

import bisect

from ..runtime.context import current

from ..compile.builtins import append1, grow_append, zero_filler
from ..compile.ops import float_max as _fmax, float_min as _fmin
from ..runtime import rtypes as R
from ..runtime.panic import GoPanic, bounds_panic
from ..runtime.values import NIL_SLICE, Slice, next_cap
from . import sort as _sort
from .cmp import _compare_float as _fcompare, _compare_plain as _compare

GO_DECLS = '''
package slices

import (
	"cmp"
	"iter"
)

func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E]
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice
func Collect[E any](seq iter.Seq[E]) []E
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice]

func Sort[S ~[]E, E cmp.Ordered](x S)
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool
func Min[S ~[]E, E cmp.Ordered](x S) E
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E
func Max[S ~[]E, E cmp.Ordered](x S) E
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)

func Equal[S ~[]E, E comparable](s1, s2 S) bool
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int
func Index[S ~[]E, E comparable](s S, v E) int
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
func Contains[S ~[]E, E comparable](s S, v E) bool
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
func Insert[S ~[]E, E any](s S, i int, v ...E) S
func Delete[S ~[]E, E any](s S, i, j int) S
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S
func Clone[S ~[]E, E any](s S) S
func Compact[S ~[]E, E comparable](s S) S
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S
func Grow[S ~[]E, E any](s S, n int) S
func Clip[S ~[]E, E any](s S) S
func Reverse[S ~[]E, E any](s S)
func Concat[S ~[]E, E any](slices ...S) S
func Repeat[S ~[]E, E any](x S, count int) S
'''

_MAXINT = (1 << 63) - 1


def _generic(fn):
    fn.generic_factory = True
    return fn


def _str_panic(msg):
    from .. import types as T
    return GoPanic((R.rtype(T.Typ[T.STRING]), msg.encode()))


class _Elem:
    """What the functions need to know about an element type."""
    __slots__ = ('rt', 'cp', 'esize', 'noscan', 'zf', 'zero', 'is_float', 'plain', 'eq')

    def __init__(self, rt):
        self.rt = rt
        self.cp = rt.copy if rt.aggregate else None
        self.esize = rt.size
        self.noscan = not rt.has_ptr
        self.zf = zero_filler(rt)
        self.zero = rt.zero
        k = rt.kind
        self.is_float = k in R.FLOAT_KINDS or k in R.COMPLEX_KINDS
        # values Python's == and < compare exactly as Go does
        self.plain = k in R.INTEGER_KINDS or k == R.STRING or k == R.BOOL
        self.eq = rt.eq


def _elem(rt):
    if isinstance(rt, _Elem):
        return rt
    elems = current().state('slices.elems', dict)     # RTypes may be the run's own
    e = elems.get(rt)
    if e is None:
        e = elems[rt] = _Elem(rt)
    return e


def _items(s):
    """The slice's elements as a new Python list."""
    if s.len == 0:
        return []
    return s.a[s.off:s.off + s.len]


def _copies(s, E):
    vals = _items(s)
    cp = E.cp
    if cp is not None:
        vals = [cp(v) for v in vals]
    return vals


def _arg(E):
    """A function giving the value passed to a Go callback (a copy for structs/arrays)."""
    return E.cp


# ---------------------------------------------------------------- bounds checks

def _bounds(msg):
    return bounds_panic(msg)


def _check_low(i, n):
    """s[i:] with len(s) == n."""
    if i < 0:
        raise _bounds(f'slice bounds out of range [{i}:]')
    if i > n:
        raise _bounds(f'slice bounds out of range [{i}:{n}]')


def _check2(i, j, cap):
    """s[i:j]."""
    if j < 0:
        raise _bounds(f'slice bounds out of range [:{j}]')
    if j > cap:
        raise _bounds(f'slice bounds out of range [:{j}] with capacity {cap}')
    if i < 0:
        raise _bounds(f'slice bounds out of range [{i}:]')
    if i > j:
        raise _bounds(f'slice bounds out of range [{i}:{j}]')


def _check3(i, j, k, cap):
    """s[i:j:k]."""
    if k < 0:
        raise _bounds(f'slice bounds out of range [::{k}]')
    if k > cap:
        raise _bounds(f'slice bounds out of range [::{k}] with capacity {cap}')
    if j < 0:
        raise _bounds(f'slice bounds out of range [:{j}:]')
    if j > k:
        raise _bounds(f'slice bounds out of range [:{j}:{k}]')
    if i < 0:
        raise _bounds(f'slice bounds out of range [{i}::]')
    if i > j:
        raise _bounds(f'slice bounds out of range [{i}:{j}:]')


# ---------------------------------------------------------------- comparisons

# ---------------------------------------------------------------- iterators

@_generic
def All(S, E):
    cp = _elem(E).cp

    def all_(s):
        def seq(yield_):
            a = s.a
            off = s.off
            for i in range(s.len):
                v = a[off + i]
                if not yield_(i, cp(v) if cp is not None else v):
                    return
        return seq
    return all_


@_generic
def Values(S, E):
    cp = _elem(E).cp

    def values(s):
        def seq(yield_):
            a = s.a
            off = s.off
            for i in range(s.len):
                v = a[off + i]
                if not yield_(cp(v) if cp is not None else v):
                    return
        return seq
    return values


@_generic
def Backward(S, E):
    cp = _elem(E).cp

    def backward(s):
        def seq(yield_):
            a = s.a
            off = s.off
            for i in range(s.len - 1, -1, -1):
                v = a[off + i]
                if not yield_(i, cp(v) if cp is not None else v):
                    return
        return seq
    return backward


def _append_seq(s, seq, E):
    box = [s]
    esize, noscan, zf = E.esize, E.noscan, E.zf
    cp = E.cp

    def yield_(v):
        box[0] = append1(box[0], cp(v) if cp is not None else v, esize, noscan, zf)
        return True
    seq(yield_)
    return box[0]


@_generic
def AppendSeq(S, E):
    E = _elem(E)
    return lambda s, seq: _append_seq(s, seq, E)


@_generic
def Collect(E):
    E = _elem(E)
    return lambda seq: _append_seq(NIL_SLICE, seq, E)


@_generic
def Sorted(E):
    E = _elem(E)
    is_float = E.is_float

    def sorted_(seq):
        s = _append_seq(NIL_SLICE, seq, E)
        _sort.sort_ordered(s, is_float)
        return s
    return sorted_


def _sorted_by(E, sorter):
    E = _elem(E)
    sort_func = _sort_func(E, sorter)

    def sorted_func(seq, cmp):
        s = _append_seq(NIL_SLICE, seq, E)
        sort_func(s, cmp)
        return s
    return sorted_func


@_generic
def SortedFunc(E):
    return _sorted_by(E, _sort.pdqsort_list)


@_generic
def SortedStableFunc(E):
    return _sorted_by(E, _sort.stable_list)


@_generic
def Chunk(S, E):
    def chunk(s, n):
        if n < 1:
            raise _str_panic('cannot be less than 1')

        def seq(yield_):
            a = s.a
            off = s.off
            ln = s.len
            i = 0
            while i < ln:
                end = min(n, ln - i)
                if not yield_(Slice(a, off + i, end, end)):
                    return
                i += n
        return seq
    return chunk


# ---------------------------------------------------------------- sorting

@_generic
def Sort(S, E):
    is_float = _elem(E).is_float
    return lambda x: _sort.sort_ordered(x, is_float)


def _sort_func(E, algo):
    cp = E.cp
    agg = cp is not None

    def sort_func(x, cmp):
        if x.len < 2:
            return
        c = (lambda p, q: cmp(cp(p), cp(q))) if agg else cmp
        _sort.sort_list_with(x, agg, lambda d: algo(d, c))
    return sort_func


@_generic
def SortFunc(S, E):
    return _sort_func(_elem(E), _sort.pdqsort_list)


@_generic
def SortStableFunc(S, E):
    return _sort_func(_elem(E), _sort.stable_list)


@_generic
def IsSorted(S, E):
    is_float = _elem(E).is_float
    return lambda x: _sort.is_sorted_ordered(x, is_float)


@_generic
def IsSortedFunc(S, E):
    cp = _elem(E).cp

    def is_sorted(x, cmp):
        a = x.a
        off = x.off
        for i in range(off + x.len - 1, off, -1):
            p, q = a[i], a[i - 1]
            if cp is not None:
                p, q = cp(p), cp(q)
            if cmp(p, q) < 0:
                return False
        return True
    return is_sorted


def _minmax(E, name, fpick, pick):
    E = _elem(E)
    is_float = E.is_float

    def f(x):
        n = x.len
        if n < 1:
            raise _str_panic(f'slices.{name}: empty list')
        a = x.a
        off = x.off
        if is_float:
            m = a[off]
            for i in range(off + 1, off + n):
                m = fpick(m, a[i])
            return m
        return pick(a[off:off + n])
    return f


@_generic
def Min(S, E):
    return _minmax(E, 'Min', _fmin, min)


@_generic
def Max(S, E):
    return _minmax(E, 'Max', _fmax, max)


def _minmax_func(E, name, sign):
    cp = _elem(E).cp

    def f(x, cmp):
        n = x.len
        if n < 1:
            raise _str_panic(f'slices.{name}: empty list')
        a = x.a
        off = x.off
        m = a[off]
        for i in range(off + 1, off + n):
            v = a[i]
            c = cmp(cp(v), cp(m)) if cp is not None else cmp(v, m)
            if c * sign > 0:
                m = v
        return cp(m) if cp is not None else m
    return f


@_generic
def MinFunc(S, E):
    return _minmax_func(E, 'MinFunc', -1)


@_generic
def MaxFunc(S, E):
    return _minmax_func(E, 'MaxFunc', 1)


@_generic
def BinarySearch(S, E):
    E = _elem(E)
    is_float = E.is_float

    def search(x, target):
        n = x.len
        a = x.a
        off = x.off
        if n == 0:
            return 0, False
        if is_float:
            i, j = 0, n
            tn = target != target
            while i < j:
                h = (i + j) >> 1
                v = a[off + h]
                if (v != v and not tn) or v < target:
                    i = h + 1
                else:
                    j = h
            if i < n:
                v = a[off + i]
                return i, v == target or (v != v and tn)
            return i, False
        i = bisect.bisect_left(a, target, off, off + n) - off
        return i, i < n and a[off + i] == target
    return search


@_generic
def BinarySearchFunc(S, E, T):
    cp = _elem(E).cp
    tcp = _elem(T).cp

    def search(x, target, cmp):
        n = x.len
        a = x.a
        off = x.off

        def c(i):
            v = a[off + i]
            return cmp(cp(v) if cp is not None else v, tcp(target) if tcp is not None else target)
        i, j = 0, n
        while i < j:
            h = (i + j) >> 1
            if c(h) < 0:
                i = h + 1
            else:
                j = h
        return i, i < n and c(i) == 0
    return search


# ---------------------------------------------------------------- comparing

@_generic
def Equal(S, E):
    E = _elem(E)
    plain = E.plain
    eq = E.eq

    def equal(s1, s2):
        n = s1.len
        if n != s2.len:
            return False
        if n == 0:
            return True
        a1, o1, a2, o2 = s1.a, s1.off, s2.a, s2.off
        if plain:
            return a1[o1:o1 + n] == a2[o2:o2 + n]
        for i in range(n):
            if not eq(a1[o1 + i], a2[o2 + i]):
                return False
        return True
    return equal


@_generic
def EqualFunc(S1, S2, E1, E2):
    cp1 = _elem(E1).cp
    cp2 = _elem(E2).cp

    def equal(s1, s2, eq):
        n = s1.len
        if n != s2.len:
            return False
        a1, o1, a2, o2 = s1.a, s1.off, s2.a, s2.off
        for i in range(n):
            v1 = a1[o1 + i]
            v2 = a2[o2 + i]
            if not eq(cp1(v1) if cp1 is not None else v1, cp2(v2) if cp2 is not None else v2):
                return False
        return True
    return equal


@_generic
def Compare(S, E):
    c = _fcompare if _elem(E).is_float else _compare

    def compare(s1, s2):
        n1, n2 = s1.len, s2.len
        a1, o1, a2, o2 = s1.a, s1.off, s2.a, s2.off
        for i in range(n1):
            if i >= n2:
                return 1
            r = c(a1[o1 + i], a2[o2 + i])
            if r != 0:
                return r
        if n1 < n2:
            return -1
        return 0
    return compare


@_generic
def CompareFunc(S1, S2, E1, E2):
    cp1 = _elem(E1).cp
    cp2 = _elem(E2).cp

    def compare(s1, s2, cmp):
        n1, n2 = s1.len, s2.len
        a1, o1, a2, o2 = s1.a, s1.off, s2.a, s2.off
        for i in range(n1):
            if i >= n2:
                return 1
            v1 = a1[o1 + i]
            v2 = a2[o2 + i]
            r = cmp(cp1(v1) if cp1 is not None else v1, cp2(v2) if cp2 is not None else v2)
            if r != 0:
                return r
        if n1 < n2:
            return -1
        return 0
    return compare


def _index(E):
    E = _elem(E)
    eq = E.eq
    if E.plain or E.rt.kind in R.FLOAT_KINDS:
        is_float = not E.plain

        def index(s, v):
            n = s.len
            if n == 0 or (is_float and v != v):
                return -1
            try:
                return s.a.index(v, s.off, s.off + n) - s.off
            except ValueError:
                return -1
        return index

    def index(s, v):
        a = s.a
        off = s.off
        for i in range(s.len):
            if eq(a[off + i], v):
                return i
        return -1
    return index


def _index_func(E):
    cp = _elem(E).cp

    def index_func(s, f):
        a = s.a
        off = s.off
        for i in range(s.len):
            v = a[off + i]
            if f(cp(v) if cp is not None else v):
                return i
        return -1
    return index_func


@_generic
def Index(S, E):
    return _index(E)


@_generic
def Contains(S, E):
    index = _index(E)
    return lambda s, v: index(s, v) >= 0


@_generic
def IndexFunc(S, E):
    return _index_func(E)


@_generic
def ContainsFunc(S, E):
    index_func = _index_func(E)
    return lambda s, f: index_func(s, f) >= 0


# ---------------------------------------------------------------- editing

def _insert(s, i, vals, E):
    n = s.len
    _check_low(i, n)
    m = len(vals)
    if m == 0:
        return s
    if i == n:
        return grow_append(s, vals, E.esize, E.noscan, E.zf)
    a = s.a
    off = s.off
    if n + m > s.cap:
        cap = next_cap(n + m, s.cap, E.esize, E.noscan)
        na = a[off:off + i]
        na.extend(vals)
        na.extend(a[off + i:off + n])
        na.extend(E.zf(cap - n - m))
        return Slice(na, 0, n + m, cap)
    a[off + i:off + n + m] = vals + a[off + i:off + n]
    return Slice(a, off, n + m, s.cap)


@_generic
def Insert(S, E):
    E = _elem(E)
    return lambda s, i, v: _insert(s, i, _copies(v, E), E)


@_generic
def Delete(S, E):
    E = _elem(E)

    def delete(s, i, j):
        n = s.len
        _check3(i, j, n, s.cap)
        if i == j:
            return s
        a = s.a
        off = s.off
        a[off + i:off + n] = a[off + j:off + n] + E.zf(j - i)
        return Slice(a, off, n - (j - i), s.cap)
    return delete


@_generic
def DeleteFunc(S, E):
    E = _elem(E)
    index_func = _index_func(E)
    cp = E.cp

    def delete_func(s, dele):
        i = index_func(s, dele)
        if i == -1:
            return s
        a = s.a
        off = s.off
        n = s.len
        for j in range(i + 1, n):
            v = a[off + j]
            if not dele(cp(v) if cp is not None else v):
                a[off + i] = v
                i += 1
        a[off + i:off + n] = E.zf(n - i)
        return Slice(a, off, i, s.cap)
    return delete_func


@_generic
def Replace(S, E):
    E = _elem(E)

    def replace(s, i, j, v):
        _check2(i, j, s.cap)
        vals = _copies(v, E)
        if i == j:
            return _insert(s, i, vals, E)
        n = s.len
        a = s.a
        off = s.off
        m = len(vals)
        if j == n:
            s2 = grow_append(Slice(a, off, i, s.cap), vals, E.esize, E.noscan, E.zf)
            if s2.len < n:
                a[off + s2.len:off + n] = E.zf(n - s2.len)
            return s2
        if j > n:
            raise _bounds(f'slice bounds out of range [{j}:{n}]')
        tot = i + m + (n - j)
        if tot > s.cap:
            cap = next_cap(tot, s.cap, E.esize, E.noscan)
            na = a[off:off + i]
            na.extend(vals)
            na.extend(a[off + j:off + n])
            na.extend(E.zf(cap - tot))
            return Slice(na, 0, tot, cap)
        if i + m <= j:
            a[off + i:off + n] = vals + a[off + j:off + n] + E.zf(n - tot)
        else:
            a[off + i:off + tot] = vals + a[off + j:off + n]
        return Slice(a, off, tot, s.cap)
    return replace


@_generic
def Clone(S, E):
    E = _elem(E)

    def clone(s):
        if s.a is None:
            return NIL_SLICE
        return grow_append(Slice([], 0, 0, 0), _copies(s, E), E.esize, E.noscan, E.zf)
    return clone


def _compact(s, same, E):
    n = s.len
    if n < 2:
        return s
    a = s.a
    off = s.off
    cp = E.cp
    arg = (lambda v: cp(v)) if cp is not None else (lambda v: v)
    for k in range(1, n):
        if same(arg(a[off + k]), arg(a[off + k - 1])):
            base = k   # s2 = s[k:]
            for k2 in range(1, n - base):
                if not same(arg(a[off + base + k2]), arg(a[off + base + k2 - 1])):
                    a[off + k] = a[off + base + k2]
                    k += 1
            a[off + k:off + n] = E.zf(n - k)
            return Slice(a, off, k, s.cap)
    return s


@_generic
def Compact(S, E):
    E = _elem(E)
    eq = E.eq
    return lambda s: _compact(s, eq, E)


@_generic
def CompactFunc(S, E):
    E = _elem(E)
    return lambda s, eq: _compact(s, eq, E)


def _grow(s, n, E):
    if n < 0:
        raise _str_panic('cannot be negative')
    n -= s.cap - s.len
    if n > 0:
        cap = next_cap(s.cap + n, s.cap, E.esize, E.noscan)
        na = s.a[s.off:s.off + s.cap] if s.a is not None else []
        na.extend(E.zf(cap - s.cap))
        return Slice(na, 0, s.len, cap)
    return s


@_generic
def Grow(S, E):
    E = _elem(E)
    return lambda s, n: _grow(s, n, E)


@_generic
def Clip(S, E):
    return lambda s: Slice(s.a, s.off, s.len, s.len)


@_generic
def Reverse(S, E):
    agg = _elem(E).cp is not None

    def reverse(s):
        n = s.len
        if n < 2:
            return
        a = s.a
        off = s.off
        originals = a[off:off + n] if agg else None
        a[off:off + n] = a[off:off + n][::-1]
        if agg:
            _sort.fix_identity(a, off, originals)
    return reverse


@_generic
def Concat(S, E):
    E = _elem(E)

    def concat(slices):
        parts = slices.tolist()
        size = 0
        for p in parts:
            size += p.len
        if size > _MAXINT:
            raise _str_panic('len out of range')
        out = _grow(NIL_SLICE, size, E)
        for p in parts:
            if p.len:
                out = grow_append(out, _copies(p, E), E.esize, E.noscan, E.zf)
        return out
    return concat


@_generic
def Repeat(S, E):
    E = _elem(E)

    def repeat(x, count):
        if count < 0:
            raise _str_panic('cannot be negative')
        n = x.len * count
        if n > _MAXINT:
            raise _str_panic('the result of (len(x) * count) overflows')
        vals = _items(x)
        cp = E.cp
        if cp is not None:
            out = [cp(v) for _ in range(count) for v in vals]
        else:
            out = vals * count
        return Slice(out, 0, n, n)
    return repeat
