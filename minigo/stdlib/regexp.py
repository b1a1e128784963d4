"""Package regexp: Go's syntax and semantics, matched by RE2 (google-re2).

re_parse.py parses a pattern exactly as Go does (errors included) and gives
RE2 an equivalent pattern with every flag and class resolved. This module
drives RE2 the way Go's package drives its own matcher: the loops that find
successive matches (an empty match right after a previous one is skipped),
replace (with Go's $name expansion) and split are Go's rules, positions
are byte offsets, and text that is not valid UTF-8 is matched as Go reads it,
each bad byte a U+FFFD of width 1 (RE2 sees a U+FFFD there; offsets are
mapped back). Results have the shapes Go gives them: nil for no match,
subslices of the input with their capacities, slices grown by append.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import re2 as _re2

from ..runtime.gofmt import methods_of
from ..runtime.panic import nil_deref
from ..runtime.values import NIL_SLICE, Slice, next_cap
from ..text.gostr import decode_rune, encode_rune
from . import byteslice
from . import re_parse

GO_DECLS = '''
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
)

type Regexp struct {
	expr        string
	prog        uintptr // the compiled pattern (Python), shared by copies
	numSubexp   int
	subexpNames []string
	longest     bool
}

func compileProg(expr string, posix bool) (prog uintptr, numSubexp int, names []string, code, bad string)

func compile(expr string, posix bool) (*Regexp, error) {
	prog, n, names, code, bad := compileProg(expr, posix)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: bad}
	}
	return &Regexp{expr: expr, prog: prog, numSubexp: n, subexpNames: names, longest: posix}, nil
}

func Compile(expr string) (*Regexp, error)      { return compile(expr, false) }
func CompilePOSIX(expr string) (*Regexp, error) { return compile(expr, true) }

func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic("regexp: Compile(" + quote(str) + "): " + err.Error())
	}
	return re
}

func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic("regexp: CompilePOSIX(" + quote(str) + "): " + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func (re *Regexp) String() string         { return re.expr }
func (re *Regexp) Copy() *Regexp          { c := *re; return &c }
func (re *Regexp) Longest()               { re.longest = true }
func (re *Regexp) NumSubexp() int         { return re.numSubexp }
func (re *Regexp) SubexpNames() []string  { return re.subexpNames }

func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

func (re *Regexp) LiteralPrefix() (prefix string, complete bool)

func (re *Regexp) MatchString(s string) bool
func (re *Regexp) Match(b []byte) bool
func (re *Regexp) MatchReader(r io.RuneReader) bool

func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

func QuoteMeta(s string) string

func (re *Regexp) Find(b []byte) []byte
func (re *Regexp) FindIndex(b []byte) (loc []int)
func (re *Regexp) FindString(s string) string
func (re *Regexp) FindStringIndex(s string) (loc []int)
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int)
func (re *Regexp) FindSubmatch(b []byte) [][]byte
func (re *Regexp) FindSubmatchIndex(b []byte) []int
func (re *Regexp) FindStringSubmatch(s string) []string
func (re *Regexp) FindStringSubmatchIndex(s string) []int
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int

func (re *Regexp) FindAll(b []byte, n int) [][]byte
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int
func (re *Regexp) FindAllString(s string, n int) []string
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int

func (re *Regexp) ReplaceAllString(src, repl string) string
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string
func (re *Regexp) ReplaceAll(src, repl []byte) []byte
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte

func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte

func (re *Regexp) Split(s string, n int) []string

func (re *Regexp) AppendText(b []byte) ([]byte, error) { return append(b, re.expr...), nil }
func (re *Regexp) MarshalText() ([]byte, error)        { return re.AppendText(nil) }

func (re *Regexp) UnmarshalText(text []byte) error {
	nre, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *nre
	return nil
}
'''

# the Regexp struct's fields
EXPR, PROG, NUMSUB, NAMES, LONGEST = range(5)

_RE2_MAX_MEM = 256 << 20       # RE2's default (8 MB) is smaller than Go's program limit


class Prog:
    """A compiled pattern: RE2 programs for leftmost-first and
    leftmost-longest matching (the second made on first use)."""

    def __init__(self, expr, parsed):
        self.expr = expr
        self.parsed = parsed
        self.ncap = parsed.ncap
        self.pattern = parsed.pattern.encode()
        self._engines = {}
        self._lock = threading.Lock()
        self._prefix = None

    def engine(self, longest):
        e = self._engines.get(longest)
        if e is None:
            with self._lock:
                e = self._engines.get(longest)
                if e is None:
                    e = self._engines[longest] = _re2_compile(self.pattern, longest)
        return e


class _TooLarge(Exception):
    pass


def _re2_compile(pattern, longest):
    opts = _re2.Options()
    opts.log_errors = False
    opts.max_mem = _RE2_MAX_MEM
    opts.longest_match = longest
    r = _re2._re2.RE2(pattern, opts)
    if not r.ok():
        raise _TooLarge(r.error())
    return r


@lru_cache(maxsize=512)
def _compile(expr, posix):
    """(Prog, None) or (None, SyntaxErr). Shared by all runs: a pure function
    of the pattern (regexp.MatchString in a loop compiles once)."""
    try:
        parsed = re_parse.parse(expr, posix)
    except re_parse.SyntaxErr as e:
        return None, e
    prog = Prog(expr, parsed)
    try:
        prog.engine(posix)
    except _TooLarge:
        return None, re_parse.SyntaxErr('large', expr)
    return prog, None


def compileProg(expr, posix):
    prog, err = _compile(expr, posix)
    if err is not None:
        return 0, 0, NIL_SLICE, err.code.encode(), err.expr
    names = list(prog.parsed.names)
    return prog, prog.ncap, Slice(names, 0, len(names), len(names)), b'', b''


# ------------------------------------------------------------------ subjects

class Subject:
    """The text RE2 searches: the input itself when it is valid UTF-8, else a
    copy with every byte Go decodes as an error replaced by U+FFFD, with a
    map from its offsets back to the input's."""
    __slots__ = ('text', 'back')

    def __init__(self, data):
        try:
            data.decode('utf-8')
            self.text = data
            self.back = None
            return
        except UnicodeDecodeError:
            pass
        out = []
        back = []
        i = 0
        n = len(data)
        while i < n:
            r, size = decode_rune(data, i)
            if r == 0xFFFD and size == 1:
                out.append(b'\xef\xbf\xbd')
                back.extend((i, i, i))
            else:
                out.append(data[i:i + size])
                back.extend(range(i, i + size))
            i += size
        back.append(n)
        self.text = b''.join(out)
        self.back = back

    @classmethod
    def from_runes(cls, runes):
        """Runes read from an io.RuneReader: (rune, size) pairs; offsets
        count the sizes the reader reported."""
        self = cls.__new__(cls)
        out = []
        back = []
        pos = 0
        for r, size in runes:
            enc = encode_rune(r)
            out.append(enc)
            back.extend([pos] * len(enc))
            pos += size
        back.append(pos)
        self.text = b''.join(out)
        self.back = back
        return self

    def width(self, pos):
        """Width of the rune at pos (0 at the end)."""
        t = self.text
        if pos >= len(t):
            return 0
        c = t[pos]
        return 1 if c < 0xC0 else 2 if c < 0xE0 else 3 if c < 0xF0 else 4

    def orig(self, m):
        """A match's offsets (flat list, -1 for unset groups) in input terms."""
        back = self.back
        if back is None:
            return m
        return [back[x] if x >= 0 else -1 for x in m]


_UNANCHORED = _re2._Anchor.UNANCHORED


def _prog(re):
    if re is None:
        raise nil_deref()
    p = re[PROG]
    if not p:
        raise nil_deref()
    return p


def _find(re, subj, pos):
    """The leftmost match at or after pos (subject offsets) as a flat list of
    2*(NumSubexp+1) offsets, or None. Go only starts matches at rune
    boundaries; RE2 may report an empty-width match inside a rune."""
    prog = _prog(re)
    eng = prog.engine(bool(re[LONGEST]))
    t = subj.text
    n = len(t)
    while pos <= n:
        spans = eng.Match(_UNANCHORED, t, pos, n)
        a = spans[0][0]
        if a < 0:
            return None
        if a < n and 0x80 <= t[a] < 0xC0:
            pos = a + 1
            while pos < n and 0x80 <= t[pos] < 0xC0:
                pos += 1
            continue
        out = []
        for x, y in spans:
            out.append(x)
            out.append(y)
        return out
    return None


def _all(re, subj, limit):
    """Go's successive matches: after an empty match the search moves one
    rune on, and an empty match right where the previous match ended is
    skipped. limit < 0: all of them."""
    if limit == 0:
        return []
    out = []
    end = len(subj.text)
    pos = 0
    prev_end = -1
    while pos <= end:
        m = _find(re, subj, pos)
        if m is None:
            break
        accept = True
        if m[1] == pos:
            if m[0] == prev_end:
                accept = False
            w = subj.width(pos)
            pos = pos + w if w > 0 else end + 1
        else:
            pos = m[1]
        prev_end = m[1]
        if accept:
            out.append(subj.orig(m))
            if limit > 0 and len(out) == limit:
                break
    return out


# ------------------------------------------------------------------ Go values

def _ints(lst):
    """A []int made by append from nil (Go's find)."""
    n = len(lst)
    cap = next_cap(n, 0, 8, True) if n else 0
    return Slice(lst + [0] * (cap - n), 0, n, cap)


def _collect(items, esize, zero):
    """slices.Collect: appended one by one from nil (zero fills the
    capacity beyond the length, as Go's zeroed memory)."""
    n = len(items)
    if n == 0:
        return NIL_SLICE
    cap = 0
    for k in range(1, n + 1):
        if k > cap:
            cap = next_cap(k, cap, esize, False)
    return Slice(items + [zero] * (cap - n), 0, n, cap)


def _sub_bytes(b, x, y):
    """b[x:y:y]"""
    return Slice(b.a, b.off + x, y - x, y - x)


def _bytes_slices(b, m):
    return [_sub_bytes(b, m[2 * i], m[2 * i + 1]) if m[2 * i] >= 0 else NIL_SLICE
            for i in range(len(m) // 2)]


def _str_slices(s, m):
    return [s[m[2 * i]:m[2 * i + 1]] if m[2 * i] >= 0 else b'' for i in range(len(m) // 2)]


# ------------------------------------------------------------------ matching

def Regexp_MatchString(re, s):
    return _find(re, Subject(s), 0) is not None


def Regexp_Match(re, b):
    return _find(re, Subject(byteslice.data(b)), 0) is not None


def _read_runes(r):
    """All runes of an io.RuneReader, up to its first error (Go's matcher
    stops reading at the end of the match; this reads to the end)."""
    if r is None:
        raise nil_deref()
    read = methods_of(r[0])['ReadRune']
    runes = []
    while True:
        ch, size, err = read(r[1])
        if err is not None:
            break
        runes.append((ch, size))
    return Subject.from_runes(runes)


def Regexp_MatchReader(re, r):
    _prog(re)
    return _find(re, _read_runes(r), 0) is not None


def Regexp_Find(re, b):
    subj = Subject(byteslice.data(b))
    m = _find(re, subj, 0)
    if m is None:
        return NIL_SLICE
    m = subj.orig(m)
    return _sub_bytes(b, m[0], m[1])


def Regexp_FindIndex(re, b):
    subj = Subject(byteslice.data(b))
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m)[:2])


def Regexp_FindString(re, s):
    subj = Subject(s)
    m = _find(re, subj, 0)
    if m is None:
        return b''
    m = subj.orig(m)
    return s[m[0]:m[1]]


def Regexp_FindStringIndex(re, s):
    subj = Subject(s)
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m)[:2])


def Regexp_FindReaderIndex(re, r):
    _prog(re)
    subj = _read_runes(r)
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m)[:2])


def Regexp_FindSubmatch(re, b):
    subj = Subject(byteslice.data(b))
    m = _find(re, subj, 0)
    if m is None:
        return NIL_SLICE
    return _exact(_bytes_slices(b, subj.orig(m)))


def _exact(items):
    """A slice made with make([]T, len(items))."""
    n = len(items)
    return Slice(items, 0, n, n)


def Regexp_FindSubmatchIndex(re, b):
    subj = Subject(byteslice.data(b))
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m))


def Regexp_FindStringSubmatch(re, s):
    subj = Subject(s)
    m = _find(re, subj, 0)
    if m is None:
        return NIL_SLICE
    return _exact(_str_slices(s, subj.orig(m)))


def Regexp_FindStringSubmatchIndex(re, s):
    subj = Subject(s)
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m))


def Regexp_FindReaderSubmatchIndex(re, r):
    _prog(re)
    subj = _read_runes(r)
    m = _find(re, subj, 0)
    return NIL_SLICE if m is None else _ints(subj.orig(m))


def _pair(m):
    return Slice([m[0], m[1]], 0, 2, 2)


def Regexp_FindAll(re, b, n):
    ms = _all(re, Subject(byteslice.data(b)), n)
    return _collect([_sub_bytes(b, m[0], m[1]) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllIndex(re, b, n):
    ms = _all(re, Subject(byteslice.data(b)), n)
    return _collect([_pair(m) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllString(re, s, n):
    ms = _all(re, Subject(s), n)
    return _collect([s[m[0]:m[1]] for m in ms], 16, b'')


def Regexp_FindAllStringIndex(re, s, n):
    ms = _all(re, Subject(s), n)
    return _collect([_pair(m) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllSubmatch(re, b, n):
    ms = _all(re, Subject(byteslice.data(b)), n)
    return _collect([_exact(_bytes_slices(b, m)) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllSubmatchIndex(re, b, n):
    ms = _all(re, Subject(byteslice.data(b)), n)
    return _collect([_ints(m) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllStringSubmatch(re, s, n):
    ms = _all(re, Subject(s), n)
    return _collect([_exact(_str_slices(s, m)) for m in ms], 24, NIL_SLICE)


def Regexp_FindAllStringSubmatchIndex(re, s, n):
    ms = _all(re, Subject(s), n)
    return _collect([_ints(m) for m in ms], 24, NIL_SLICE)


# ------------------------------------------------------------------ replacing

def _replace_spans(re, subj):
    """Go's replaceAll loop: [(match offsets, replace?)] in input terms. A
    match is replaced unless it is empty and right after the previous one."""
    out = []
    t = subj.text
    end = len(t)
    last_end = 0
    pos = 0
    while pos <= end:
        m = _find(re, subj, pos)
        if m is None:
            break
        out.append((subj.orig(m), m[1] > last_end or m[0] == 0))
        last_end = m[1]
        w = subj.width(pos)
        if pos + w > m[1]:
            pos += w
        elif pos + 1 > m[1]:
            pos += 1
        else:
            pos = m[1]
    return out


def _replace(re, src, subst):
    """The pieces of the result: unmatched text and subst(match) per
    replaced match."""
    pieces = []
    last = 0
    for m, replace in _replace_spans(re, Subject(src)):
        pieces.append(src[last:m[0]])
        if replace:
            pieces.append(subst(m))
        last = m[1]
    pieces.append(src[last:])
    return pieces


def _grown(pieces):
    """A []byte built by appending the pieces to nil one by one."""
    cap = 0
    ln = 0
    for p in pieces:
        if p:
            ln += len(p)
            if ln > cap:
                cap = next_cap(ln, cap, 1, True)
    if ln == 0:
        return NIL_SLICE
    data = b''.join(pieces)
    return Slice(list(data) + [0] * (cap - ln), 0, ln, cap)


def Regexp_ReplaceAllString(re, src, repl):
    names = _names(re)
    if b'$' in repl:
        return b''.join(_replace(re, src, lambda m: b''.join(_expand(repl, src, m, names))))
    return b''.join(_replace(re, src, lambda m: repl))


def Regexp_ReplaceAllLiteralString(re, src, repl):
    return b''.join(_replace(re, src, lambda m: repl))


def Regexp_ReplaceAllStringFunc(re, src, repl):
    return b''.join(_replace(re, src, lambda m: repl(src[m[0]:m[1]])))


def Regexp_ReplaceAll(re, src, repl):
    data = byteslice.data(src)
    tmpl = byteslice.data(repl)
    names = _names(re)
    if b'$' in tmpl:
        pieces = _replace(re, data, lambda m: b''.join(_expand(tmpl, data, m, names)))
    else:
        pieces = _replace(re, data, lambda m: tmpl)
    return _grown(pieces)


def Regexp_ReplaceAllLiteral(re, src, repl):
    data = byteslice.data(src)
    lit = byteslice.data(repl)
    return _grown(_replace(re, data, lambda m: lit))


def Regexp_ReplaceAllFunc(re, src, repl):
    data = byteslice.data(src)

    def call(m):
        arg = Slice(src.a, src.off + m[0], m[1] - m[0], src.cap - m[0])
        return byteslice.data(repl(arg))
    return _grown(_replace(re, data, call))


# ------------------------------------------------------------------ Expand

def _names(re):
    names = re[NAMES]
    return names.tolist() if names.a is not None else []


def _name_end(t, i):
    """End of the run of letters, digits and '_' at t[i:] (Go's rules: Unicode
    letters and digits count)."""
    from . import unicode as U
    n = len(t)
    while i < n:
        r, size = decode_rune(t, i)
        if not (U.is_letter(r) or U.is_digit(r) or r == 0x5f):
            break
        i += size
    return i


def _expand(template, src, m, names):
    """Go's Expand as a list of pieces: $name, ${name}, $1, ${1}, $$; a name
    is the longest run of letters, digits and _ ($1x means ${1x}); an
    unknown or unmatched group gives nothing; a malformed $ stays."""
    out = []
    t = template
    i = 0
    n = len(t)
    while i < n:
        j = t.find(b'$', i)
        if j < 0:
            break
        out.append(t[i:j])
        i = j + 1
        if i < n and t[i] == 0x24:
            out.append(b'$')
            i += 1
            continue
        brace = i < n and t[i] == 0x7b
        k = i + 1 if brace else i
        e = _name_end(t, k)
        if e == k or (brace and (e >= n or t[e] != 0x7d)):
            out.append(b'$')
            continue
        name = t[k:e]
        i = e + 1 if brace else e
        num = _group_number(name)
        if num >= 0:
            if 2 * num + 1 < len(m) and m[2 * num] >= 0:
                out.append(src[m[2 * num]:m[2 * num + 1]])
        else:
            for g, gname in enumerate(names):
                if gname == name and 2 * g + 1 < len(m) and m[2 * g] >= 0:
                    out.append(src[m[2 * g]:m[2 * g + 1]])
                    break
    out.append(t[i:])
    return out


def _group_number(name):
    """The group number a name spells, or -1 (leading zeros and numbers past
    1e8 are names)."""
    num = 0
    for c in name:
        if not 0x30 <= c <= 0x39 or num >= 100000000:
            return -1
        num = num * 10 + c - 0x30
    if name[0] == 0x30 and len(name) > 1:
        return -1
    return num


def _match_list(match):
    return match.tolist() if match.a is not None else []


def Regexp_Expand(re, dst, template, src, match):
    _prog(re)
    pieces = _expand(byteslice.data(template), byteslice.data(src), _match_list(match), _names(re))
    for p in pieces:
        dst = byteslice.append(dst, p)
    return dst


def Regexp_ExpandString(re, dst, template, src, match):
    _prog(re)
    pieces = _expand(template, src, _match_list(match), _names(re))
    for p in pieces:
        dst = byteslice.append(dst, p)
    return dst


# ------------------------------------------------------------------ Split, QuoteMeta

def Regexp_Split(re, s, n):
    if n == 0:
        return NIL_SLICE
    if re is None:
        raise nil_deref()
    if re[EXPR] and not s:
        return Slice([b''], 0, 1, 1)
    matches = _all(re, Subject(s), n)
    out = []
    cap = len(matches)
    beg = end = 0
    for m in matches:
        if n > 0 and len(out) >= n - 1:
            break
        end = m[0]
        if m[1] != 0:
            out.append(s[beg:end])
            if len(out) > cap:
                cap = next_cap(len(out), cap, 16, False)
        beg = m[1]
    if end != len(s):
        out.append(s[beg:])
        if len(out) > cap:
            cap = next_cap(len(out), cap, 16, False)
    k = len(out)
    return Slice(out + [b''] * (cap - k), 0, k, cap)


_SPECIAL = frozenset(b'\\.+*?()|[]{}^$')


def QuoteMeta(s):
    if not any(c in _SPECIAL for c in s):
        return s
    out = bytearray()
    for c in s:
        if c in _SPECIAL:
            out.append(0x5c)
        out.append(c)
    return bytes(out)


# ------------------------------------------------------------------ LiteralPrefix

def Regexp_LiteralPrefix(re):
    from .re_prefix import literal_prefix
    prog = _prog(re)
    if prog._prefix is None:
        prog._prefix = literal_prefix(prog.parsed.tree)
    return prog._prefix

