"""Package cmp: Compare and Less (Python, specialised per type argument: NaN
sorts before every other float) and Or (Go)."""
from ..runtime import rtypes as R

GO_DECLS = '''
package cmp

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

func Less[T Ordered](x, y T) bool

func Compare[T Ordered](x, y T) int

func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
'''


def _compare_plain(x, y):
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def _compare_float(x, y):
    xnan = x != x
    ynan = y != y
    if xnan:
        return 0 if ynan else -1
    if ynan:
        return 1
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def _less_plain(x, y):
    return x < y


def _less_float(x, y):
    return (x != x and y == y) or x < y


def Compare(t):
    return _compare_float if t.kind in R.FLOAT_KINDS else _compare_plain


Compare.generic_factory = True


def Less(t):
    return _less_float if t.kind in R.FLOAT_KINDS else _less_plain


Less.generic_factory = True
