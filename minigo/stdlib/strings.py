"""Package strings, on Python bytes (Go strings are bytes).

The algorithms work on bytes with Go's rules: runes are decoded as Go decodes
them (each invalid byte is U+FFFD of width 1, see text/gostr.py), case
mapping and classification use Go's Unicode tables (stdlib/unicode.py), and
the results keep Go's shape (nil vs empty slices, capacities of Split's
results). The byte-slice versions in bytes.py share the helpers here.
"""
from __future__ import annotations

import re

from ..text import gostr
from ..text.gostr import RUNE_ERROR, decode_rune, encode_rune
from ..runtime.alloc import PY_SLOT, check_string
from ..runtime.values import NIL_SLICE, Slice, _roundupsize, next_cap
from . import unicode as U

GO_DECLS = '''
package strings

import (
	"io"
	"iter"
)

func Clone(s string) string
func Compare(a, b string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsFunc(s string, f func(rune) bool) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func CutLast(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func EqualFold(s, t string) bool
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string]
func FieldsSeq(s string) iter.Seq[string]
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexFunc(s string, f func(rune) bool) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func LastIndexFunc(s string, f func(rune) bool) int
func Lines(s string) iter.Seq[string]
func Map(mapping func(rune) rune, s string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitAfterSeq(s, sep string) iter.Seq[string]
func SplitN(s, sep string, n int) []string
func SplitSeq(s, sep string) iter.Seq[string]
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func ToValidUTF8(s, replacement string) string
func Trim(s, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeft(s, cutset string) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string

// A Builder keeps its bytes in a Python bytearray (buf) and Go's capacity
// (cap); addr detects use of a copied Builder, as in Go.
type Builder struct {
	addr *Builder
	buf  uintptr
	cap  int
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

type Reader struct {
	s        string
	i        int64
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

// implemented once for strings and bytes: stdlib/readers.py
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) UnreadByte() error
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) UnreadRune() error
func (r *Reader) Seek(offset int64, whence int) (int64, error)
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)

// A Replacer holds its pairs and, once used, a compiled matcher (impl).
type Replacer struct {
	oldnew []string
	impl   uintptr
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
'''

MAX_INT = (1 << 63) - 1


def _str_panic(msg):
    from .. import types as T
    from ..runtime.panic import GoPanic
    from ..runtime.rtypes import rtype
    return GoPanic((rtype(T.Typ[T.STRING]), msg))


def _slice(items, cap=None):
    n = len(items)
    if cap is None or cap <= n:
        return Slice(items, 0, n, n)
    return Slice(items + [b''] * (cap - n), 0, n, cap)


def _list(sl):
    a = sl.a
    if a is None:
        return []
    if sl.off == 0 and sl.len == len(a):
        return a
    return a[sl.off:sl.off + sl.len]


# ------------------------------------------------------------------ runes

def runes(s):
    """[(byte index, rune)] as `for i, r := range s`."""
    return list(gostr.runes(s))


def rune_set(chars):
    """The runes of chars as Go decodes them (invalid bytes are RuneError)."""
    if chars.isascii():
        return set(chars)
    return {r for _, r in gostr.runes(chars)}


def index_rune(s, r):
    if 0 <= r < 0x80:
        return s.find(r)
    if r == RUNE_ERROR:
        for i, c in gostr.runes(s):
            if c == RUNE_ERROR:
                return i
        return -1
    if not gostr.valid_rune(r):
        return -1
    return s.find(encode_rune(r))


def index_any(s, chars):
    if not chars or not s:
        return -1
    if chars.isascii():
        if len(chars) == 1:
            return s.find(chars)
        best = -1
        for c in set(chars):
            i = s.find(c)
            if i >= 0 and (best < 0 or i < best):
                best = i
                if i == 0:
                    break
        return best
    rs = rune_set(chars)
    for i, r in gostr.runes(s):
        if r in rs:
            return i
    return -1


def last_index_any(s, chars):
    if not chars or not s:
        return -1
    if chars.isascii():
        return max(s.rfind(c) for c in set(chars))
    rs = rune_set(chars)
    for i, r in reversed(runes(s)):
        if r in rs:
            return i
    return -1


def index_func(s, f, truth=True):
    for i, r in gostr.runes(s):
        if bool(f(r)) == truth:
            return i
    return -1


def last_index_func(s, f, truth=True):
    for i, r in reversed(runes(s)):
        if bool(f(r)) == truth:
            return i
    return -1


def count(s, sep):
    if not sep:
        return gostr.rune_count(s) + 1
    return s.count(sep)


# ------------------------------------------------------------------ splitting

def explode_pieces(s, n):
    """Split(s, "") with at most n pieces (n < 0: all): the UTF-8 sequences."""
    out = []
    if n == 0:
        return out
    pos = 0
    ln = len(s)
    if s.isascii():
        if n < 0 or n >= ln:
            return [s[i:i + 1] for i in range(ln)]
        out = [s[i:i + 1] for i in range(n - 1)]
        out.append(s[n - 1:])
        return out
    while pos < ln:
        if n > 0 and len(out) == n - 1:
            out.append(s[pos:])
            return out
        _, size = decode_rune(s, pos)
        out.append(s[pos:pos + size])
        pos += size
    return out


def split_spans(s, sep, sep_save, n):
    """genSplit: the (start, end) spans of the pieces, and Go's capacity of the result."""
    if n < 0:
        parts = s.split(sep)
        if sep_save:
            out = []
            pos = 0
            for p in parts[:-1]:
                out.append((pos, pos + len(p) + sep_save))
                pos += len(p) + len(sep)
            out.append((pos, len(s)))
            return out, len(out)
        out = []
        pos = 0
        for p in parts:
            out.append((pos, pos + len(p)))
            pos += len(p) + len(sep)
        return out, len(out)
    cap = min(n, len(s) + 1)
    out = []
    pos = 0
    k = cap - 1
    while len(out) < k:
        m = s.find(sep, pos)
        if m < 0:
            break
        out.append((pos, m + sep_save))
        pos = m + len(sep)
    out.append((pos, len(s)))
    return out, cap


def gen_split(s, sep, sep_save, n):
    if n == 0:
        return NIL_SLICE
    if not sep:
        pieces = explode_pieces(s, n)
        return _slice(pieces)
    if n < 0 and not sep_save:
        parts = s.split(sep)
        return _slice(parts)
    spans, cap = split_spans(s, sep, sep_save, n)
    return _slice([s[a:b] for a, b in spans], cap)


_SPACE_ALT = (rb'[\t\n\x0b\x0c\r ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]'
              rb'|\xe2\x81\x9f|\xe3\x80\x80')
_UNI_SPACE = re.compile(b'(?:' + _SPACE_ALT + b')+')
_UNI_SPACE_HINT = re.compile(rb'\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80')
_ASCII_FIELD = re.compile(rb'[^\t\n\x0b\x0c\r ]+')


def fields(s):
    """Fields: split around runs of unicode.IsSpace (the spaces _SPACE_ALT lists)."""
    if s.isascii() or not _UNI_SPACE_HINT.search(s):
        return s.split()
    return [w for w in _UNI_SPACE.split(s) if w]


def field_spans(s):
    if s.isascii() or not _UNI_SPACE_HINT.search(s):
        return [m.span() for m in _ASCII_FIELD.finditer(s)]
    spans = []
    pos = 0
    for m in _UNI_SPACE.finditer(s):
        a, b = m.span()
        if a > pos:
            spans.append((pos, a))
        pos = b
    if pos < len(s):
        spans.append((pos, len(s)))
    return spans


def fields_func_spans(s, f):
    spans = []
    start = -1
    for i, r in gostr.runes(s):
        if f(r):
            if start >= 0:
                spans.append((start, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        spans.append((start, len(s)))
    return spans


# ------------------------------------------------------------------ case

def _map_str(s, table):
    return gostr.to_str(s).translate(table).encode('utf-8')


def to_upper(s):
    if s.isascii():
        return s.upper()
    return _map_str(s, U.case_table(U.UPPER))


def to_lower(s):
    if s.isascii():
        return s.lower()
    return _map_str(s, U.case_table(U.LOWER))


def to_title(s):
    if s.isascii():
        return s.upper()
    return _map_str(s, U.case_table(U.TITLE))


def map_runes(mapping, s):
    out = []
    app = out.append
    for _, c in gostr.runes(s):
        r = mapping(c)
        if r >= 0:
            app(encode_rune(r))
    return b''.join(out)


def _is_separator(r):
    if r < 0x80:
        return not (48 <= r <= 57 or 97 <= r <= 122 or 65 <= r <= 90 or r == 95)
    if U.is_letter(r) or U.is_digit(r):
        return False
    return U.is_space(r)


def title(s):
    out = []
    prev = 32
    for _, r in gostr.runes(s):
        if _is_separator(prev):
            out.append(encode_rune(U.to_title(r)))
        else:
            out.append(encode_rune(r))
        prev = r
    return b''.join(out)


def equal_fold(s, t):
    if s == t:
        return True
    if s.isascii() and t.isascii():
        return len(s) == len(t) and s.lower() == t.lower()
    tab = U.case_table('fold')
    return gostr.to_str(s).translate(tab) == gostr.to_str(t).translate(tab)


def to_valid_utf8(s, replacement):
    try:
        s.decode('utf-8')
        return s
    except UnicodeDecodeError:
        pass
    out = []
    invalid = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            j = i + 1
            while j < n and s[j] < 0x80:
                j += 1
            out.append(s[i:j])
            i = j
            invalid = False
            continue
        _, size = decode_rune(s, i)
        if size == 1:
            i += 1
            if not invalid:
                invalid = True
                out.append(replacement)
            continue
        invalid = False
        out.append(s[i:i + size])
        i += size
    return b''.join(out)


# ------------------------------------------------------------------ trimming

def _trim_bounds(s, rs, left, right):
    """Bounds [a, b) of s trimmed of the runes in the set rs."""
    a, b = 0, len(s)
    if not s:
        return a, b
    rl = runes(s)
    k = 0
    if left:
        while k < len(rl) and rl[k][1] in rs:
            k += 1
        if k == len(rl):
            return len(s), len(s)
        a = rl[k][0]
    if right:
        m = len(rl) - 1
        while m >= k and rl[m][1] in rs:
            b = rl[m][0]
            m -= 1
    return a, b


def trim_bounds(s, cutset, left=True, right=True):
    if not s or not cutset:
        return 0, len(s)
    if cutset.isascii():
        if left and right:
            t = s.strip(cutset)
            if not t:
                return len(s), len(s)
            a = len(s) - len(s.lstrip(cutset))
            return a, a + len(t)
        if left:
            return len(s) - len(s.lstrip(cutset)), len(s)
        return 0, len(s.rstrip(cutset))
    return _trim_bounds(s, rune_set(cutset), left, right)


def trim_func_bounds(s, f, left=True, right=True):
    """Bounds of TrimFunc/TrimLeftFunc/TrimRightFunc; f is called in Go's order."""
    a, b = 0, len(s)
    if left:
        i = -1
        for j, r in gostr.runes(s):
            if not f(r):
                i = j
                break
        if i < 0:
            return len(s), len(s)
        a = i
    if right:
        rl = runes(s)
        # runes from a (a rune boundary) backwards
        m = len(rl) - 1
        while m >= 0 and rl[m][0] >= a:
            if not f(rl[m][1]):
                break
            b = rl[m][0]
            m -= 1
        else:
            b = a
    return a, b


def trim_space_bounds(s):
    a = len(s) - len(s.lstrip())
    b = len(s.rstrip())
    if a >= b:
        return 0, 0
    if s[a] < 0x80 and s[b - 1] < 0x80:
        return a, b
    # non-ASCII at an edge: trim Unicode white space
    a2, b2 = trim_func_bounds(s[a:b], U.is_space)
    return a + a2, a + b2


# ------------------------------------------------------------------ replacing

def replace(s, old, new, n):
    if old == new or n == 0:
        return s
    if old:
        return s.replace(old, new, n if n >= 0 else -1)
    m = gostr.rune_count(s) + 1
    if n < 0 or m < n:
        n = m
    out = [new]
    pos = 0
    for _ in range(n - 1):
        _, size = decode_rune(s, pos)
        out.append(s[pos:pos + size])
        out.append(new)
        pos += size
    out.append(s[pos:])
    return b''.join(out)


def repeat(s, count, pkg='strings'):
    if count == 0:
        return s[:0]
    if count == 1:
        return s
    if count < 0:
        raise _str_panic(pkg.encode() + b': negative Repeat count')
    if len(s) * count > MAX_INT:
        raise _str_panic(pkg.encode() + b': Repeat output length overflow')
    check_string(len(s) * count * (PY_SLOT if pkg == 'bytes' else 1))
    return s * count


class Matcher:
    """The matching of a Replacer: at each position the first old string in
    argument order that matches, as Go's replacers choose."""

    def __init__(self, pairs):
        self.map = {}
        for o, nw in pairs:
            self.map.setdefault(o, nw)
        olds = [o for o, _ in pairs]
        seen = set()
        alts = []
        for o in olds:
            if o not in seen:
                seen.add(o)
                alts.append(re.escape(o))
        self.re = re.compile(b'|'.join(alts)) if alts else None

    def replace(self, s):
        if self.re is None:
            return s
        m = self.map
        return self.re.sub(lambda mo: m[mo.group()], s)


# ------------------------------------------------------------------ the Go API

def Clone(s):
    return s


def Compare(a, b):
    return (a > b) - (a < b)


def Contains(s, substr):
    return substr in s


def ContainsAny(s, chars):
    return index_any(s, chars) >= 0


def ContainsFunc(s, f):
    return index_func(s, f) >= 0


def ContainsRune(s, r):
    return index_rune(s, r) >= 0


def Count(s, substr):
    return count(s, substr)


def Cut(s, sep):
    i = s.find(sep)
    if i >= 0:
        return s[:i], s[i + len(sep):], True
    return s, b'', False


def CutLast(s, sep):
    i = s.rfind(sep)
    if i >= 0:
        return s[:i], s[i + len(sep):], True
    return s, b'', False


def CutPrefix(s, prefix):
    if s.startswith(prefix):
        return s[len(prefix):], True
    return s, False


def CutSuffix(s, suffix):
    if s.endswith(suffix):
        return s[:len(s) - len(suffix)], True
    return s, False


def EqualFold(s, t):
    return equal_fold(s, t)


def Fields(s):
    return _slice(fields(s))


def FieldsFunc(s, f):
    return _slice([s[a:b] for a, b in fields_func_spans(s, f)])


def _seq(gen_fn):
    """An iter.Seq over the values gen_fn() produces."""
    def seq(yield_):
        for v in gen_fn():
            if not yield_(v):
                return
    return seq


def FieldsSeq(s):
    return _seq(lambda: fields(s))


def FieldsFuncSeq(s, f):
    def gen():
        start = -1
        for i, r in gostr.runes(s):
            if f(r):
                if start >= 0:
                    yield s[start:i]
                    start = -1
            elif start < 0:
                start = i
        if start >= 0:
            yield s[start:]
    return _seq(gen)


def HasPrefix(s, prefix):
    return s.startswith(prefix)


def HasSuffix(s, suffix):
    return s.endswith(suffix)


def Index(s, substr):
    return s.find(substr)


def IndexAny(s, chars):
    return index_any(s, chars)


def IndexByte(s, c):
    return s.find(c)


def IndexFunc(s, f):
    return index_func(s, f)


def IndexRune(s, r):
    return index_rune(s, r)


def Join(elems, sep):
    return sep.join(_list(elems))


def LastIndex(s, substr):
    return s.rfind(substr)


def LastIndexAny(s, chars):
    return last_index_any(s, chars)


def LastIndexByte(s, c):
    return s.rfind(c)


def LastIndexFunc(s, f):
    return last_index_func(s, f)


def Lines(s):
    state = [s]     # single use, as Go's: the iterator consumes its string

    def seq(yield_):
        while state[0]:
            t = state[0]
            i = t.find(b'\n')
            if i >= 0:
                line, state[0] = t[:i + 1], t[i + 1:]
            else:
                line, state[0] = t, b''
            if not yield_(line):
                return
    return seq


def Map(mapping, s):
    return map_runes(mapping, s)


def Repeat(s, count):
    return repeat(s, count)


def Replace(s, old, new, n):
    return replace(s, old, new, n)


def ReplaceAll(s, old, new):
    return replace(s, old, new, -1)


def Split(s, sep):
    return gen_split(s, sep, 0, -1)


def SplitAfter(s, sep):
    return gen_split(s, sep, len(sep), -1)


def SplitAfterN(s, sep, n):
    return gen_split(s, sep, len(sep), n)


def SplitN(s, sep, n):
    return gen_split(s, sep, 0, n)


def split_seq(s, sep, sep_save):
    state = [s]

    def seq(yield_):
        t = state[0]
        if not sep:
            while t:
                _, size = decode_rune(t, 0)
                piece, t = t[:size], t[size:]
                state[0] = t
                if not yield_(piece):
                    return
            return
        while True:
            i = t.find(sep)
            if i < 0:
                break
            frag = t[:i + sep_save]
            t = t[i + len(sep):]
            state[0] = t
            if not yield_(frag):
                return
        yield_(t)
    return seq


def SplitSeq(s, sep):
    return split_seq(s, sep, 0)


def SplitAfterSeq(s, sep):
    return split_seq(s, sep, len(sep))


def Title(s):
    return title(s)


def ToLower(s):
    return to_lower(s)


def ToTitle(s):
    return to_title(s)


def ToUpper(s):
    return to_upper(s)


def ToValidUTF8(s, replacement):
    return to_valid_utf8(s, replacement)


def Trim(s, cutset):
    a, b = trim_bounds(s, cutset)
    return s[a:b]


def TrimLeft(s, cutset):
    a, b = trim_bounds(s, cutset, right=False)
    return s[a:b]


def TrimRight(s, cutset):
    a, b = trim_bounds(s, cutset, left=False)
    return s[a:b]


def TrimFunc(s, f):
    a, b = trim_func_bounds(s, f)
    return s[a:b]


def TrimLeftFunc(s, f):
    a, b = trim_func_bounds(s, f, right=False)
    return s[a:b]


def TrimRightFunc(s, f):
    a, b = trim_func_bounds(s, f, left=False)
    return s[a:b]


def TrimPrefix(s, prefix):
    if s.startswith(prefix):
        return s[len(prefix):]
    return s


def TrimSuffix(s, suffix):
    if suffix and s.endswith(suffix):
        return s[:len(s) - len(suffix)]
    return s


def TrimSpace(s):
    a, b = trim_space_bounds(s)
    return s[a:b]


# ------------------------------------------------------------------ Builder

def _copy_check(b):
    addr = b[0]
    if addr is None:
        b[0] = b
    elif addr is not b:
        raise _str_panic(b'strings: illegal use of non-zero Builder copied by value')


def _buf(b):
    buf = b[1]
    if not buf:
        buf = b[1] = bytearray()
    return buf


def _append(b, data):
    """append(b.buf, data...) with Go's capacity growth."""
    buf = _buf(b)
    need = len(buf) + len(data)
    if need > b[2]:
        b[2] = next_cap(need, b[2], 1, True)
    buf.extend(data)


def Builder_String(b):
    buf = b[1]
    return bytes(buf) if buf else b''


def Builder_Len(b):
    buf = b[1]
    return len(buf) if buf else 0


def Builder_Cap(b):
    return b[2]


def Builder_Reset(b):
    b[0] = None
    b[1] = 0
    b[2] = 0


def Builder_Grow(b, n):
    _copy_check(b)
    if n < 0:
        raise _str_panic(b'strings.Builder.Grow: negative count')
    ln = Builder_Len(b)
    if b[2] - ln < n:
        _buf(b)
        b[2] = _roundupsize(2 * b[2] + n, True)


def Builder_Write(b, p):
    _copy_check(b)
    if p.len:
        _append(b, p.a[p.off:p.off + p.len])
    return p.len, None


def Builder_WriteByte(b, c):
    _copy_check(b)
    _append(b, (c,))
    return None


def Builder_WriteRune(b, r):
    _copy_check(b)
    enc = encode_rune(r)
    _append(b, enc)
    return len(enc), None


def Builder_WriteString(b, s):
    _copy_check(b)
    _append(b, s)
    return len(s), None


# ------------------------------------------------------------------ Replacer

def Replacer_Replace(r, s):
    m = r[1]
    if not m:
        olds = _list(r[0])
        m = r[1] = Matcher(list(zip(olds[0::2], olds[1::2])))
        r[0] = NIL_SLICE
    return m.replace(s)


from . import readers as _readers  # noqa: E402
_readers.bind(globals(), 'strings', 'string')
