"""Rune sets for package regexp's translator (re_parse.py).

A set is a sorted list of disjoint, non-adjacent (lo, hi) ranges. Character
classes are computed here exactly as Go's regexp/syntax computes them (its
Perl and POSIX groups, Go's Unicode 17 tables for \\p{...} with Go's name
lookup, case folding through Go's SimpleFold orbits), so the class handed
to RE2 is explicit and case-sensitive: RE2's own Unicode tables and folding
(an older Unicode version) never decide what a class matches.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..text import unicode_tables as D
from ..text.uniclass import data as _table_data

MAX_RUNE = 0x10FFFF


def normalize(ranges):
    """Sort and merge overlapping or adjacent ranges."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def negate(ranges):
    """The complement within [0, MaxRune] of a normalized set."""
    out = []
    nxt = 0
    for lo, hi in ranges:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX_RUNE:
        out.append((nxt, MAX_RUNE))
    return out


# ------------------------------------------------------------------ case folding

@lru_cache(maxsize=None)
def _fold_map():
    sf = _ints(D.SIMPLE_FOLD)
    return dict(zip(sf[0::2], sf[1::2]))


@lru_cache(maxsize=None)
def _foldable():
    """The sorted runes whose folding orbit has more than one member."""
    return sorted(_fold_map())


def orbit(r):
    """r and every rune equal to it under simple case folding, sorted."""
    f = _fold_map()
    if r not in f:
        return [r]
    out = [r]
    x = f[r]
    while x != r:
        out.append(x)
        x = f[x]
    return sorted(out)


def fold_closure(ranges):
    """ranges plus the folding orbits of every rune in them."""
    foldable = _foldable()
    extra = []
    for lo, hi in ranges:
        i = bisect_left(foldable, lo)
        j = bisect_right(foldable, hi)
        for r in foldable[i:j]:
            extra.extend((x, x) for x in orbit(r))
    if not extra:
        return list(ranges)
    return normalize(list(ranges) + extra)


# ------------------------------------------------------------------ named groups

_PERL = {
    'd': [(0x30, 0x39)],
    's': [(0x9, 0xa), (0xc, 0xd), (0x20, 0x20)],
    'w': [(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)],
}

_POSIX = {
    'alnum': [(0x30, 0x39), (0x41, 0x5a), (0x61, 0x7a)],
    'alpha': [(0x41, 0x5a), (0x61, 0x7a)],
    'ascii': [(0x0, 0x7f)],
    'blank': [(0x9, 0x9), (0x20, 0x20)],
    'cntrl': [(0x0, 0x1f), (0x7f, 0x7f)],
    'digit': [(0x30, 0x39)],
    'graph': [(0x21, 0x7e)],
    'lower': [(0x61, 0x7a)],
    'print': [(0x20, 0x7e)],
    'punct': [(0x21, 0x2f), (0x3a, 0x40), (0x5b, 0x60), (0x7b, 0x7e)],
    'space': [(0x9, 0xd), (0x20, 0x20)],
    'upper': [(0x41, 0x5a)],
    'word': [(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)],
    'xdigit': [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
}


def group(ranges, negated, fold):
    """A Perl or POSIX group as Go adds it to a class: folded first, then
    negated."""
    if fold:
        ranges = fold_closure(ranges)
    return negate(ranges) if negated else list(ranges)


def perl_group(letter, fold):
    """\\d \\D \\s \\S \\w \\W, or None."""
    base = _PERL.get(letter.lower())
    if base is None:
        return None
    return group(base, letter.isupper(), fold)


def posix_group(name, fold):
    """'[:alpha:]' / '[:^alpha:]' -> set, or None for an unknown name."""
    inner = name[2:-2]
    negated = inner.startswith('^')
    base = _POSIX.get(inner[1:] if negated else inner)
    if base is None:
        return None
    return group(base, negated, fold)


# ------------------------------------------------------------------ Unicode classes

# unicode.CategoryAliases (Go 1.25+): long category names
_CATEGORY_ALIASES = {
    'Cased_Letter': 'LC', 'Close_Punctuation': 'Pe', 'Combining_Mark': 'M',
    'Connector_Punctuation': 'Pc', 'Control': 'Cc', 'Currency_Symbol': 'Sc',
    'Dash_Punctuation': 'Pd', 'Decimal_Number': 'Nd', 'Enclosing_Mark': 'Me',
    'Final_Punctuation': 'Pf', 'Format': 'Cf', 'Initial_Punctuation': 'Pi', 'Letter': 'L',
    'Letter_Number': 'Nl', 'Line_Separator': 'Zl', 'Lowercase_Letter': 'Ll', 'Mark': 'M',
    'Math_Symbol': 'Sm', 'Modifier_Letter': 'Lm', 'Modifier_Symbol': 'Sk',
    'Nonspacing_Mark': 'Mn', 'Number': 'N', 'Open_Punctuation': 'Ps', 'Other': 'C',
    'Other_Letter': 'Lo', 'Other_Number': 'No', 'Other_Punctuation': 'Po',
    'Other_Symbol': 'So', 'Paragraph_Separator': 'Zp', 'Private_Use': 'Co',
    'Punctuation': 'P', 'Separator': 'Z', 'Space_Separator': 'Zs', 'Spacing_Mark': 'Mc',
    'Surrogate': 'Cs', 'Symbol': 'S', 'Titlecase_Letter': 'Lt', 'Unassigned': 'Cn',
    'Uppercase_Letter': 'Lu', 'cntrl': 'Cc', 'digit': 'Nd', 'punct': 'P',
}


def canonical_name(name):
    """Go's lookup key: separators (_ - space) dropped, first letter upper,
    the rest lower."""
    out = []
    first = True
    for c in name:
        if c in '_- ':
            continue
        if first:
            out.append(c.upper() if 'a' <= c <= 'z' else c)
            first = False
        else:
            out.append(c.lower() if 'A' <= c <= 'Z' else c)
    return ''.join(out)


@lru_cache(maxsize=None)
def _alias_maps():
    cats = {canonical_name(k): v for k, v in _CATEGORY_ALIASES.items()}
    scripts = {canonical_name(k): k for k in D.SCRIPTS}
    return cats, scripts


@lru_cache(maxsize=None)
def table_ranges(name):
    """A Go unicode table (category or script) as a set."""
    _, (r16, r32, _latin) = _table_data(name)
    out = []
    flat = r16 + r32
    for k in range(0, len(flat), 3):
        lo, hi, stride = flat[k], flat[k + 1], flat[k + 2]
        if stride == 1:
            out.append((lo, hi))
        else:
            out.extend((r, r) for r in range(lo, hi + 1, stride))
    return tuple(normalize(out))


_ASCII_FOLD = ((0, 0x7f), (0x17f, 0x17f), (0x212a, 0x212a))


def unicode_table(name):
    """Go's unicodeTable: (set, folded set, sign) for a \\p name, or None."""
    key = canonical_name(name)
    if key == 'Any':
        full = ((0, MAX_RUNE),)
        return full, full, +1
    if key == 'Assigned':
        cn = table_ranges('Cn')
        return cn, cn, -1
    if key == 'Ascii':
        return ((0, 0x7f),), _ASCII_FOLD, +1
    if key == 'Lc':
        key = 'LC'
    actual = None
    if key in D.CATEGORIES:
        actual = key
    elif key in D.SCRIPTS:
        actual = key
    else:
        cats, scripts = _alias_maps()
        actual = cats.get(key) or scripts.get(key)
    if actual is None:
        return None
    tab = table_ranges(actual)
    return tab, None, +1


def unicode_class(name, negated, fold):
    """The set \\p{name} (or \\P{name} when negated) adds to a class, or
    None for an unknown name. Under folding Go adds the fold-equivalent runes
    before negating."""
    found = unicode_table(name)
    if found is None:
        return None
    tab, folded, sign = found
    if sign < 0:
        negated = not negated
    if fold:
        ranges = normalize(list(tab) + list(folded)) if folded is not None else fold_closure(tab)
    else:
        ranges = list(tab)
    return negate(ranges) if negated else ranges


def _ints(s):
    s = s.replace('\n', '').replace(' ', '').rstrip(',')
    return tuple(map(int, s.split(','))) if s else ()
