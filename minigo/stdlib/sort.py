"""Package sort, in Python.

Unstable sorts must leave equal elements exactly where Go leaves them, so
they run Go's pattern-defeating quicksort (pdqsort: insertion sort below 12
elements, ninther pivots, xorshift pattern breaking seeded by the length,
heapsort fallback) step for step; Stable is Go's insertion sort of blocks of
20 followed by SymMerge. The algorithm is written once (`_TEMPLATE`) and
generated in two flavours: over Less(i, j)/Swap(i, j) (sort.Sort, sort.Slice)
and over a Python list with a three-way cmp on elements (slices.SortFunc),
which the slices package shares.

Slices of totally ordered plain values (ints, strings; floats without both
signed zeros) are sorted with Python's sort: equal elements are
indistinguishable there, so the result is the same as Go's.
"""
from __future__ import annotations

import bisect
import math
import re
from functools import partial

from ..runtime.panic import GoPanic
from ..runtime.introspect import kind_name

GO_DECLS = '''
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool

func Search(n int, f func(int) bool) int
func Find(n int, cmp func(int) int) (i int, found bool)

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func IntsAreSorted(x []int) bool
func Float64sAreSorted(x []float64) bool
func StringsAreSorted(x []string) bool
func SearchInts(a []int, x int) int
func SearchFloat64s(a []float64, x float64) int
func SearchStrings(a []string, x string) int

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Float64s(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int              { return len(x) }
func (x StringSlice) Less(i, j int) bool    { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                 { Strings(x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }
'''

# ---------------------------------------------------------------- the algorithms

_TEMPLATE = '''
def insertionSort(DATA, a, b):
    for i in range(a + 1, b):
        j = i
        while j > a and LESS(j, j - 1):
            SWAP(j, j - 1)
            j -= 1


def siftDown(DATA, lo, hi, first):
    root = lo
    while True:
        child = 2 * root + 1
        if child >= hi:
            return
        if child + 1 < hi and LESS(first + child, first + child + 1):
            child += 1
        if not LESS(first + root, first + child):
            return
        SWAP(first + root, first + child)
        root = child


def heapSort(DATA, a, b):
    first = a
    hi = b - a
    for i in range((hi - 1) // 2, -1, -1):
        siftDown(DATA, i, hi, first)
    for i in range(hi - 1, -1, -1):
        SWAP(first, first + i)
        siftDown(DATA, 0, i, first)


def pdqsort(DATA, a, b, limit):
    wasBalanced = True
    wasPartitioned = True
    while True:
        length = b - a
        if length <= 12:
            insertionSort(DATA, a, b)
            return
        if limit == 0:
            heapSort(DATA, a, b)
            return
        if not wasBalanced:
            breakPatterns(DATA, a, b)
            limit -= 1
        pivot, hint = choosePivot(DATA, a, b)
        if hint == 2:
            reverseRange(DATA, a, b)
            pivot = (b - 1) - (pivot - a)
            hint = 1
        if wasBalanced and wasPartitioned and hint == 1:
            if partialInsertionSort(DATA, a, b):
                return
        if a > 0 and not LESS(a - 1, pivot):
            a = partitionEqual(DATA, a, b, pivot)
            continue
        mid, wasPartitioned = partition(DATA, a, b, pivot)
        leftLen = mid - a
        rightLen = b - mid
        balanceThreshold = length // 8
        if leftLen < rightLen:
            wasBalanced = leftLen >= balanceThreshold
            pdqsort(DATA, a, mid, limit)
            a = mid + 1
        else:
            wasBalanced = rightLen >= balanceThreshold
            pdqsort(DATA, mid + 1, b, limit)
            b = mid


def partition(DATA, a, b, pivot):
    SWAP(a, pivot)
    i = a + 1
    j = b - 1
    while i <= j and LESS(i, a):
        i += 1
    while i <= j and not LESS(j, a):
        j -= 1
    if i > j:
        SWAP(j, a)
        return j, True
    SWAP(i, j)
    i += 1
    j -= 1
    while True:
        while i <= j and LESS(i, a):
            i += 1
        while i <= j and not LESS(j, a):
            j -= 1
        if i > j:
            break
        SWAP(i, j)
        i += 1
        j -= 1
    SWAP(j, a)
    return j, False


def partitionEqual(DATA, a, b, pivot):
    SWAP(a, pivot)
    i = a + 1
    j = b - 1
    while True:
        while i <= j and not LESS(a, i):
            i += 1
        while i <= j and LESS(a, j):
            j -= 1
        if i > j:
            break
        SWAP(i, j)
        i += 1
        j -= 1
    return i


def partialInsertionSort(DATA, a, b):
    i = a + 1
    for _ in range(5):
        while i < b and not LESS(i, i - 1):
            i += 1
        if i == b:
            return True
        if b - a < 50:
            return False
        SWAP(i, i - 1)
        if i - a >= 2:
            j = i - 1
            while j >= 1:
                if not LESS(j, j - 1):
                    break
                SWAP(j, j - 1)
                j -= 1
        if b - i >= 2:
            j = i + 1
            while j < b:
                if not LESS(j, j - 1):
                    break
                SWAP(j, j - 1)
                j += 1
    return False


def breakPatterns(DATA, a, b):
    length = b - a
    if length >= 8:
        r = length
        mask = (1 << length.bit_length()) - 1
        idx = a + (length // 4) * 2 - 1
        end = a + (length // 4) * 2 + 1
        while idx <= end:
            r ^= (r << 13) & 0xFFFFFFFFFFFFFFFF
            r ^= r >> 7
            r ^= (r << 17) & 0xFFFFFFFFFFFFFFFF
            other = r & mask
            if other >= length:
                other -= length
            SWAP(idx, a + other)
            idx += 1


def choosePivot(DATA, a, b):
    l = b - a
    swaps = 0
    q = l // 4
    i = a + q
    j = a + q * 2
    k = a + q * 3
    if l >= 8:
        if l >= 50:
            i, swaps = median(DATA, i - 1, i, i + 1, swaps)
            j, swaps = median(DATA, j - 1, j, j + 1, swaps)
            k, swaps = median(DATA, k - 1, k, k + 1, swaps)
        j, swaps = median(DATA, i, j, k, swaps)
    if swaps == 0:
        return j, 1
    if swaps == 12:
        return j, 2
    return j, 0


def median(DATA, a, b, c, swaps):
    if LESS(b, a):
        swaps += 1
        a, b = b, a
    if LESS(c, b):
        swaps += 1
        b, c = c, b
    if LESS(b, a):
        swaps += 1
        a, b = b, a
    return b, swaps


def reverseRange(DATA, a, b):
    i = a
    j = b - 1
    while i < j:
        SWAP(i, j)
        i += 1
        j -= 1


def swapRange(DATA, a, b, n):
    for i in range(n):
        SWAP(a + i, b + i)


def stable(DATA, n):
    blockSize = 20
    a, b = 0, blockSize
    while b <= n:
        insertionSort(DATA, a, b)
        a = b
        b += blockSize
    insertionSort(DATA, a, n)
    while blockSize < n:
        a, b = 0, 2 * blockSize
        while b <= n:
            symMerge(DATA, a, a + blockSize, b)
            a = b
            b += 2 * blockSize
        m = a + blockSize
        if m < n:
            symMerge(DATA, a, m, n)
        blockSize *= 2


def symMerge(DATA, a, m, b):
    if m - a == 1:
        i = m
        j = b
        while i < j:
            h = (i + j) >> 1
            if LESS(h, a):
                i = h + 1
            else:
                j = h
        for k in range(a, i - 1):
            SWAP(k, k + 1)
        return
    if b - m == 1:
        i = a
        j = m
        while i < j:
            h = (i + j) >> 1
            if not LESS(m, h):
                i = h + 1
            else:
                j = h
        for k in range(m, i, -1):
            SWAP(k, k - 1)
        return
    mid = (a + b) >> 1
    n = mid + m
    if m > mid:
        start = n - b
        r = mid
    else:
        start = a
        r = m
    p = n - 1
    while start < r:
        c = (start + r) >> 1
        if not LESS(p - c, c):
            start = c + 1
        else:
            r = c
    end = n - start
    if start < m and m < end:
        rotate(DATA, start, m, end)
    if a < start and start < mid:
        symMerge(DATA, a, start, mid)
    if mid < end and end < b:
        symMerge(DATA, mid, end, b)


def rotate(DATA, a, m, b):
    i = m - a
    j = b - m
    while i != j:
        if i > j:
            swapRange(DATA, m - i, m, j)
            i -= j
        else:
            swapRange(DATA, m - i, m + j - i, i)
            j -= i
    swapRange(DATA, m - i, m, i)
'''

_LESS = re.compile(r'LESS\(([^,()]+), ([^()]+)\)')
_SWAP = re.compile(r'SWAP\(([^,()]+), ([^()]+)\)')


def _generate(data, less, swap):
    src = _TEMPLATE.replace('DATA', data)
    src = _LESS.sub(lambda m: less.format(x=m.group(1), y=m.group(2)), src)
    src = _SWAP.sub(lambda m: swap.format(x=m.group(1), y=m.group(2)), src)
    ns = {}
    exec(compile(src, f'<pdqsort {data}>', 'exec'), ns)
    return ns


# over Less(i, j) and Swap(i, j)
_LS = _generate('less, swap', 'less({x}, {y})', 'swap({x}, {y})')
# over Less(i, j) and a slice's backing list a from offset off (sort.Slice)
_LSA = _generate('less, _a, _o', 'less({x}, {y})',
                 '_a[_o + {x}], _a[_o + {y}] = _a[_o + {y}], _a[_o + {x}]')
# over a Python list d with a three-way comparison of elements
_CMP = _generate('d, cmp', '(cmp(d[{x}], d[{y}]) < 0)', 'd[{x}], d[{y}] = d[{y}], d[{x}]')


def pdqsort_ls(less, swap, n):
    if n > 1:
        _LS['pdqsort'](less, swap, 0, n, n.bit_length())


def stable_ls(less, swap, n):
    _LS['stable'](less, swap, n)


def pdqsort_list(d, cmp):
    """Sort the Python list d in place exactly as Go's pdqsortCmpFunc."""
    n = len(d)
    if n > 1:
        _CMP['pdqsort'](d, cmp, 0, n, n.bit_length())


def stable_list(d, cmp):
    _CMP['stable'](d, cmp, len(d))


def insertion_list(d, cmp):
    _CMP['insertionSort'](d, cmp, 0, len(d))


# ---------------------------------------------------------------- helpers on slices

def fix_identity(a, off, originals):
    """After elements that are structs/arrays (Python lists owned by their
    slot) were moved between slots, put each original list back in its slot
    holding the value that ended up there: pointers to elements keep
    pointing at slots, as in Go."""
    n = len(originals)
    contents = [list(x) for x in a[off:off + n]]
    for k in range(n):
        o = originals[k]
        o[:] = contents[k]
        a[off + k] = o


def sort_list_with(s, aggregate, fn):
    """Run fn on a Python list of the slice's elements, then store them back."""
    n = s.len
    if n < 2:
        return
    a = s.a
    off = s.off
    d = a[off:off + n]
    originals = list(d) if aggregate else None
    try:
        fn(d)
    finally:
        # also when cmp panics: Go leaves the slice as far as it got
        a[off:off + n] = d
        if aggregate:
            fix_identity(a, off, originals)


def _float_less(x, y):
    return -1 if (x < y or (x != x and y == y)) else 0


def sort_floats_list(d):
    """slices.Sort on floats: NaNs first; exact pdqsort when both signed
    zeros are present (they compare equal but print differently)."""
    has_neg0 = has_pos0 = False
    for x in d:
        if x == 0.0:
            if math.copysign(1.0, x) < 0:
                has_neg0 = True
            else:
                has_pos0 = True
    if has_neg0 and has_pos0:
        pdqsort_list(d, _float_less)
        return
    nans = [x for x in d if x != x]
    if nans:
        rest = [x for x in d if x == x]
        rest.sort()
        d[:] = nans + rest
    else:
        d.sort()


def sort_ordered(s, is_float):
    n = s.len
    if n < 2:
        return
    a = s.a
    off = s.off
    if is_float:
        d = a[off:off + n]
        sort_floats_list(d)
        a[off:off + n] = d
    elif off == 0 and n == len(a):
        a.sort()
    else:
        a[off:off + n] = sorted(a[off:off + n])


def is_sorted_ordered(s, is_float):
    a = s.a
    off = s.off
    for i in range(off + s.len - 1, off, -1):
        x = a[i]
        y = a[i - 1]
        if x < y or (is_float and x != x and y == y):
            return False
    return True


# ---------------------------------------------------------------- sort.Interface

def _sort_rt(name, ptr=False):
    from .goside import package_rtype
    rt = package_rtype('sort', name, ptr)
    return rt


def _nil_deref():
    from ..runtime.panic import nil_deref
    return nil_deref()


def _methods(data):
    from ..runtime.gofmt import methods_of
    if data is None:
        raise _nil_deref()
    rt, v = data
    ms = methods_of(rt)
    return rt, v, ms


def _less_swap(data):
    """(n, less, swap, fast) for a sort.Interface value; fast is a direct
    sort for sort.IntSlice/StringSlice (or None)."""
    rt, v, ms = _methods(data)
    if rt is _sort_rt('IntSlice') or rt is _sort_rt('StringSlice'):
        return v.len, None, None, lambda: sort_ordered(v, False)
    if rt is _sort_rt('Float64Slice'):
        return v.len, None, None, lambda: sort_ordered(v, True)
    if rt is _sort_rt('reverse', True) and v is not None and v[0] is not None:
        irt, iv = v[0]
        if irt is _sort_rt('IntSlice') or irt is _sort_rt('StringSlice'):
            def rev():
                n = iv.len
                if n > 1:
                    iv.a[iv.off:iv.off + n] = sorted(iv.a[iv.off:iv.off + n], reverse=True)
            return iv.len, None, None, rev
    n = ms['Len'](v)
    return n, partial(ms['Less'], v), partial(ms['Swap'], v), None


def Sort(data):
    n, less, swap, fast = _less_swap(data)
    if fast is not None:
        fast()
        return
    pdqsort_ls(less, swap, n)


def Stable(data):
    rt, v, ms = _methods(data)
    n = ms['Len'](v)
    stable_ls(partial(ms['Less'], v), partial(ms['Swap'], v), n)


def IsSorted(data):
    rt, v, ms = _methods(data)
    n = ms['Len'](v)
    L = ms['Less']
    for i in range(n - 1, 0, -1):
        if L(v, i, i - 1):
            return False
    return True


# ---------------------------------------------------------------- sort.Slice

def _slice_of(x, what):
    from ..runtime import rtypes as R
    if x is None:
        raise GoPanic(_reflect_error(what, 'invalid'))
    rt, s = x
    if rt.kind != R.SLICE:
        raise GoPanic(_reflect_error(what, kind_name(rt.kind)))
    return rt, s


def _reflect_error(method, kind):
    from .. import types as T
    from ..runtime.rtypes import rtype
    # *reflectlite.ValueError prints as its Error() text
    return (rtype(T.Typ[T.STRING]), f'reflect: call of {method} on {kind} Value'.encode())


def _pdq_slice(less, s, n):
    _LSA['pdqsort'](less, s.a, s.off, 0, n, n.bit_length())


def _stable_slice(less, s, n):
    _LSA['stable'](less, s.a, s.off, n)


def _slice_sort(x, less, algo):
    rt, s = _slice_of(x, 'Swapper')
    n = s.len
    if n < 2:
        return
    agg = rt.elem.aggregate
    originals = s.a[s.off:s.off + n] if agg else None
    try:
        algo(less, s, n)
    finally:
        if agg:
            fix_identity(s.a, s.off, originals)


def Slice(x, less):
    _slice_sort(x, less, _pdq_slice)


def SliceStable(x, less):
    _slice_sort(x, less, _stable_slice)


def SliceIsSorted(x, less):
    rt, s = _slice_of(x, 'Len')
    for i in range(s.len - 1, 0, -1):
        if less(i, i - 1):
            return False
    return True


# ---------------------------------------------------------------- searching

def Search(n, f):
    i, j = 0, n
    while i < j:
        h = (i + j) >> 1
        if not f(h):
            i = h + 1
        else:
            j = h
    return i


def Find(n, cmp):
    i, j = 0, n
    while i < j:
        h = (i + j) >> 1
        if cmp(h) > 0:
            i = h + 1
        else:
            j = h
    return i, i < n and cmp(i) == 0


def SearchInts(a, x):
    if a.len == 0:
        return 0
    return bisect.bisect_left(a.a, x, a.off, a.off + a.len) - a.off


SearchStrings = SearchInts


def SearchFloat64s(a, x):
    arr = a.a
    off = a.off
    i, j = 0, a.len
    while i < j:
        h = (i + j) >> 1
        if not (arr[off + h] >= x):
            i = h + 1
        else:
            j = h
    return i


# ---------------------------------------------------------------- convenience

def Ints(x):
    sort_ordered(x, False)


Strings = Ints


def Float64s(x):
    sort_ordered(x, True)


def IntsAreSorted(x):
    return is_sorted_ordered(x, False)


StringsAreSorted = IntsAreSorted


def Float64sAreSorted(x):
    return is_sorted_ordered(x, True)
