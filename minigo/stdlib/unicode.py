"""Package unicode, on Go's own tables (unicode_tables.py, generated from the Go
release by scripts/gen_unicode_tables.py: Python's unicodedata is an older
Unicode version and its case mappings differ, e.g. 'ß'.upper() == 'SS').

A *RangeTable is the struct list [R16, R32, LatinOffset]; the tables built
here are also registered with flat sorted arrays for fast bisection. The
predicates (IsLetter...) and case mappings (ToUpper...) are Python functions
that the strings and bytes packages call directly.
"""
from __future__ import annotations

from bisect import bisect_right

from ..text import unicode_tables as D
from ..text.uniclass import ALIAS, data, fast, ints, predicate
from ..runtime.context import current
from ..runtime.values import Slice

_NAMES = ',\n\t'.join(n for n, _ in D.EXPORTS)

GO_DECLS = '''
package unicode

const (
	MaxRune         = '\\U0010FFFF'
	ReplacementChar = '\\uFFFD'
	MaxASCII        = '\\u007F'
	MaxLatin1       = '\\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const UpperLower = MaxRune + 1

const Version = "''' + D.VERSION + '''"

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool)

// set by init_package
var (
	''' + _NAMES + ''' *RangeTable
	Categories, Scripts, Properties map[string]*RangeTable
	CaseRanges                      []CaseRange
	TurkishCase, AzeriCase          SpecialCase
	GraphicRanges, PrintRanges      []*RangeTable
)

func In(r rune, ranges ...*RangeTable) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
'''

MAX_RUNE = 0x10FFFF

# ------------------------------------------------------------------ range tables

def _run_tables():
    """This run's tables: ({name: Go *RangeTable (list)}, {id(table): (Fast,
    table)} for bisection). Per run, as package variables are: a program
    may change unicode.Letter, and the next run must not see it."""
    return current().state('unicode.tables', lambda: ({}, {}))


def _slice(flat):
    items = [[flat[i], flat[i + 1], flat[i + 2]] for i in range(0, len(flat), 3)]
    if not items:
        from ..runtime.values import NIL_SLICE
        return NIL_SLICE
    return Slice(items, 0, len(items), len(items))


def table(name):
    name = name.decode() if isinstance(name, bytes) else name
    name = ALIAS.get(name, name)
    tables, fast_by_id = _run_tables()
    t = tables.get(name)
    if t is None:
        name, (r16, r32, latin_offset) = data(name)
        t = [_slice(r16), _slice(r32), latin_offset]
        tables[name] = t
        fast_by_id[id(t)] = (fast(name), t)
    return t


def tableMap(kind):
    m = (D.CATEGORIES, D.SCRIPTS, D.PROPERTIES)[kind]
    return {n.encode(): table(n) for n in m}


def _case_slice(flat):
    items = [[flat[i], flat[i + 1], [flat[i + 2], flat[i + 3], flat[i + 4]]]
             for i in range(0, len(flat), 5)]
    return Slice(items, 0, len(items), len(items))


def caseRanges(kind):
    return _case_slice(_CR if kind == 0 else ints(D.TURKISH_CASE))


def _go_is(tab, r):
    """unicode.Is on a table's Go structure (tables a program made itself)."""
    if tab is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    r16, r32 = tab[0], tab[1]
    if r16.len > 0 and (r & 0xFFFFFFFF) <= r16.a[r16.off + r16.len - 1][1]:
        return _go_is_n(r16, r & 0xFFFF)
    if r32.len > 0 and r >= r32.a[r32.off][0]:
        return _go_is_n(r32, r & 0xFFFFFFFF)
    return False


def _go_is_n(rs, r):
    a = rs.a
    off = rs.off
    n = rs.len
    if n <= 18 or r <= 0xFF:
        for k in range(off, off + n):
            lo, hi, stride = a[k]
            if r < lo:
                return False
            if r <= hi:
                return stride == 1 or (r - lo) % stride == 0
        return False
    lo_i, hi_i = 0, n
    while lo_i < hi_i:
        m = (lo_i + hi_i) >> 1
        lo, hi, stride = a[off + m]
        if lo <= r <= hi:
            return stride == 1 or (r - lo) % stride == 0
        if r < lo:
            hi_i = m
        else:
            lo_i = m + 1
    return False


def Is(tab, r):
    f = _run_tables()[1].get(id(tab))
    if f is not None and f[1] is tab:
        return f[0].has(r)
    return _go_is(tab, r)


def IsOneOf(ranges, r):
    for k in range(ranges.off, ranges.off + ranges.len) if ranges.a is not None else ():
        if Is(ranges.a[k], r):
            return True
    return False


def In(r, ranges):
    return IsOneOf(ranges, r)


# ------------------------------------------------------------------ predicates

def is_space(r):
    if r < 0x80:
        return r == 32 or 9 <= r <= 13
    return predicate('space')(r)


def is_letter(r):
    if r < 0x80:
        return 65 <= (r & ~32) <= 90 if r >= 0 else False
    return predicate('L')(r)


def is_digit(r):
    if r < 0x80:
        return 48 <= r <= 57
    return predicate('digit')(r)


def IsSpace(r):
    return is_space(r)


def IsLetter(r):
    return is_letter(r)


def IsDigit(r):
    return is_digit(r)


def IsControl(r):
    return predicate('control')(r)


def IsGraphic(r):
    return predicate('graphic')(r)


def IsPrint(r):
    return predicate('print')(r)


def IsLower(r):
    return predicate('Ll')(r)


def IsUpper(r):
    return predicate('Lu')(r)


def IsTitle(r):
    return predicate('Lt')(r)


def IsMark(r):
    return predicate('M')(r)


def IsNumber(r):
    return predicate('N')(r)


def IsPunct(r):
    return predicate('P')(r)


def IsSymbol(r):
    return predicate('S')(r)


# ------------------------------------------------------------------ case mapping

_CR = ints(D.CASE_RANGES)
_CR_LO = _CR[0::5]
UPPER, LOWER, TITLE = 0, 1, 2


def _to(case, r, flat, los):
    i = bisect_right(los, r) - 1
    if i < 0:
        return r, False
    b = i * 5
    lo = flat[b]
    if r > flat[b + 1]:
        return r, False
    delta = flat[b + 2 + case]
    if delta > MAX_RUNE:
        return lo + (((r - lo) & ~1) | (case & 1)), True
    return r + delta, True


def to_case(case, r):
    """unicode.To for case in 0..2."""
    return _to(case, r, _CR, _CR_LO)[0]


def to_upper(r):
    if r < 0x80:
        return r - 32 if 97 <= r <= 122 else r
    return _to(UPPER, r, _CR, _CR_LO)[0]


def to_lower(r):
    if r < 0x80:
        return r + 32 if 65 <= r <= 90 else r
    return _to(LOWER, r, _CR, _CR_LO)[0]


def to_title(r):
    if r < 0x80:
        return r - 32 if 97 <= r <= 122 else r
    return _to(TITLE, r, _CR, _CR_LO)[0]


def To(case, r):
    if case < 0 or case >= 3:
        return 0xFFFD
    return _to(case, r, _CR, _CR_LO)[0]


def ToUpper(r):
    return to_upper(r)


def ToLower(r):
    return to_lower(r)


def ToTitle(r):
    return to_title(r)


def to(case, r, crs):
    if case < 0 or case >= 3:
        return 0xFFFD, False
    a = crs.a
    lo_i, hi_i = 0, crs.len
    while lo_i < hi_i:
        m = (lo_i + hi_i) >> 1
        lo, hi, delta = a[crs.off + m]
        if lo <= r <= hi:
            dl = delta[case]
            if dl > MAX_RUNE:
                return lo + (((r - lo) & ~1) | (case & 1)), True
            return r + dl, True
        if r < lo:
            hi_i = m
        else:
            lo_i = m + 1
    return r, False


_FOLD = None


def _fold():
    global _FOLD
    if _FOLD is None:
        sf = ints(D.SIMPLE_FOLD)
        _FOLD = dict(zip(sf[0::2], sf[1::2]))
    return _FOLD


def SimpleFold(r):
    return _fold().get(r, r)


# translation tables for whole strings (str.translate), built on first use
_TRANS = {}


def case_table(case):
    """{code point: mapped} for every rune the case mapping changes."""
    t = _TRANS.get(case)
    if t is None:
        t = {}
        if case == 'fold':
            # every rune to the smallest rune of its folding orbit
            fold = _fold()
            for r in fold:
                m = r
                x = fold[r]
                while x != r:
                    if x < m:
                        m = x
                    x = fold[x]
                if m != r:
                    t[r] = m
        else:
            flat = _CR
            for i in range(0, len(flat), 5):
                lo, hi = flat[i], flat[i + 1]
                for r in range(lo, hi + 1):
                    m = _to(case, r, flat, _CR_LO)[0]
                    if m != r and not (0xD800 <= r <= 0xDFFF):
                        t[r] = m if (0 <= m < 0xD800 or 0xDFFF < m <= MAX_RUNE) else 0xFFFD
        _TRANS[case] = t
    return t


def init_package(comp):
    for n, t in D.EXPORTS:
        comp.set_global(n, table(t))
    comp.set_global('Categories', tableMap(0))
    comp.set_global('Scripts', tableMap(1))
    comp.set_global('Properties', tableMap(2))
    comp.set_global('CaseRanges', caseRanges(0))
    tc = caseRanges(1)
    comp.set_global('TurkishCase', tc)
    comp.set_global('AzeriCase', tc)
    g = [table(n) for n in ('L', 'M', 'N', 'P', 'S', 'Zs')]
    comp.set_global('GraphicRanges', Slice(g, 0, 6, 6))
    comp.set_global('PrintRanges', Slice(g[:5], 0, 5, 5))
