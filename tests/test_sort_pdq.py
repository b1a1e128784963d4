"""The three generated flavours of Go's pdqsort/stable sort in minigo.stdlib.sort
must make the same comparisons and leave equal elements in the same places
(the conformance suite checks them against real Go: tests/conformance/sort_pkg);
and bufio's UTF-8 decoding must agree with utf8.DecodeRune/FullRune."""
import random

import pytest

from minigo.runtime.values import Slice
from minigo.stdlib import bufio
from minigo.stdlib import sort as S


def _data(n, mod, seed):
    rng = random.Random(seed)
    return [(rng.randrange(mod), i) for i in range(n)]


def _run_ls(items, algo):
    d = list(items)
    calls = [0]

    def less(i, j):
        calls[0] += 1
        return d[i][0] < d[j][0]

    def swap(i, j):
        d[i], d[j] = d[j], d[i]
    algo(less, swap, len(d))
    return d, calls[0]


def _run_cmp(items, algo):
    d = list(items)
    calls = [0]

    def cmp(x, y):
        calls[0] += 1
        return (x[0] > y[0]) - (x[0] < y[0])
    algo(d, cmp)
    return d, calls[0]


def _run_slice(items, algo):
    pad = [(-1, -1)] * 3
    a = pad + list(items) + pad
    s = Slice(a, 3, len(items), len(items))
    calls = [0]

    def less(i, j):
        calls[0] += 1
        return a[3 + i][0] < a[3 + j][0]
    if len(items) > 1:
        algo(less, s, len(items))
    assert a[:3] == pad and a[-3:] == pad
    return a[3:3 + len(items)], calls[0]


@pytest.mark.parametrize('n', [0, 1, 2, 12, 13, 49, 50, 51, 200, 1000, 5000])
@pytest.mark.parametrize('mod', [1, 3, 50, 1 << 30])
def test_flavours_agree(n, mod):
    items = _data(n, mod, n * 31 + mod)
    r1 = _run_ls(items, S.pdqsort_ls)
    r2 = _run_cmp(items, S.pdqsort_list)
    r3 = _run_slice(items, S._pdq_slice)
    assert r1 == r2 == r3
    assert [k for k, _ in r1[0]] == sorted(k for k, _ in items)
    s1 = _run_ls(items, S.stable_ls)
    s2 = _run_cmp(items, S.stable_list)
    s3 = _run_slice(items, S._stable_slice)
    assert s1 == s2 == s3
    assert s1[0] == sorted(items, key=lambda x: x[0])


def test_float_sort_nan_and_zeros():
    nan = float('nan')
    d = [2.0, nan, -1.0, nan, 0.5]
    S.sort_floats_list(d)
    assert d[0] != d[0] and d[1] != d[1] and d[2:] == [-1.0, 0.5, 2.0]


def _go_decode(b):
    """utf8.DecodeRune and FullRune, from Python's strict UTF-8 decoder."""
    if not b:
        return None
    for need in (1, 2, 3, 4):
        try:
            r = b[:need].decode('utf-8')
            if len(r) == 1:
                return ord(r), need
        except UnicodeDecodeError as e:
            if e.reason != 'unexpected end of data':
                return 0xFFFD, 1
    return 0xFFFD, 1


@pytest.mark.parametrize('seed', range(5))
def test_decode_matches_utf8(seed):
    rng = random.Random(seed)
    pool = [0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x90, 0x8F]
    for _ in range(3000):
        b = bytes(rng.choice(pool) for _ in range(rng.randrange(1, 5)))
        r, w, full = bufio._decode(b, 0, len(b))
        if full:
            assert (r, w) == _go_decode(b), b
        else:
            # a proper prefix of a valid encoding: Python's decoder wants more bytes
            with pytest.raises(UnicodeDecodeError) as ei:
                b.decode('utf-8')
            assert ei.value.reason == 'unexpected end of data' and ei.value.start == 0, b
            assert (r, w) == (0xFFFD, 1)
