"""Unicode classes on Go's own tables (unicode_tables.py, generated from the
Go release by scripts/gen_unicode_tables.py; Python's unicodedata is an older
Unicode version). A table is decoded on first use into flat sorted arrays for
bisection; `predicate(key)` gives a fast membership function with the Latin-1
range precomputed. Package unicode builds its Go *RangeTable values on top.
"""
from __future__ import annotations

from bisect import bisect_right

from . import unicode_tables as D

ALIAS = {'STerm': 'Sentence_Terminal'}


def ints(s):
    s = s.replace('\n', '').replace(' ', '').rstrip(',')
    return tuple(map(int, s.split(','))) if s else ()


_parsed = {}


def data(name):
    """name -> (name, (R16 flat, R32 flat, LatinOffset))"""
    name = ALIAS.get(name, name)
    t = _parsed.get(name)
    if t is not None:
        return name, t
    for m in (D.CATEGORIES, D.SCRIPTS, D.PROPERTIES):
        raw = m.get(name)
        if raw is not None:
            r16, _, r32 = raw[0].partition('|')
            t = (ints(r16), ints(r32), raw[1])
            _parsed[name] = t
            return name, t
    raise KeyError(name)


class Fast:
    """A table as flat sorted arrays: los, his, strides."""
    __slots__ = ('los', 'his', 'strides', 'latin')

    def __init__(self, r16, r32):
        flat = r16 + r32
        self.los = flat[0::3]
        self.his = flat[1::3]
        self.strides = flat[2::3]
        self.latin = None

    def has(self, r):
        i = bisect_right(self.los, r) - 1
        if i < 0 or r > self.his[i]:
            return False
        s = self.strides[i]
        return s == 1 or (r - self.los[i]) % s == 0


_fast_by_name = {}


def fast(name):
    name = ALIAS.get(name, name)
    f = _fast_by_name.get(name)
    if f is None:
        name, (r16, r32, _) = data(name)
        f = Fast(r16, r32)
        _fast_by_name[name] = f
    return f


def pred(*names, latin=None):
    fs = [fast(n) for n in names]
    if latin is None:
        latin = tuple(any(f.has(r) for f in fs) for r in range(256))
    if len(fs) == 1:
        has = fs[0].has

        def p(r):
            if 0 <= r < 256:
                return latin[r]
            return has(r)
    else:
        def p(r):
            if 0 <= r < 256:
                return latin[r]
            for f in fs:
                if f.has(r):
                    return True
            return False
    return p


_lazy = {}


def predicate(key):
    p = _lazy.get(key)
    if p is None:
        if key == 'space':
            p = pred('White_Space')
        elif key == 'control':
            cc = fast('Cc')
            lat = tuple(cc.has(r) for r in range(256))
            p = lambda r: 0 <= r < 256 and lat[r]   # noqa: E731
        elif key == 'digit':
            p = pred('Nd', latin=tuple(48 <= r <= 57 for r in range(256)))
        elif key == 'graphic':
            p = pred('L', 'M', 'N', 'P', 'S', 'Zs')
        elif key == 'print':
            g = pred('L', 'M', 'N', 'P', 'S')
            lat = tuple(r == 0x20 or g(r) for r in range(256))
            p = pred('L', 'M', 'N', 'P', 'S', latin=lat)
        else:
            p = pred(key)
        _lazy[key] = p
    return p


