"""Package bytes: the strings algorithms (stdlib/strings.py) on []byte, with Go's
result shapes: functions that return parts of their argument return
subslices sharing its backing array (with the capacities Go gives them), and
nil where Go returns nil (Trim of everything, Join of one empty slice...).
Buffer keeps Go's growth policy, so Bytes(), Cap() and aliasing behave as in Go.
"""
from __future__ import annotations

from ..text import gostr
from ..runtime.values import NIL_SLICE, Slice, next_cap
from . import strings as S

GO_DECLS = '''
package bytes

import (
	"errors"
	"io"
	"iter"
)

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

func Clone(b []byte) []byte
func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func ContainsAny(b []byte, chars string) bool
func ContainsFunc(b []byte, f func(rune) bool) bool
func ContainsRune(b []byte, r rune) bool
func Count(s, sep []byte) int
func Cut(s, sep []byte) (before, after []byte, found bool)
func CutLast(s, sep []byte) (before, after []byte, found bool)
func CutPrefix(s, prefix []byte) (after []byte, found bool)
func CutSuffix(s, suffix []byte) (before []byte, found bool)
func Equal(a, b []byte) bool
func EqualFold(s, t []byte) bool
func Fields(s []byte) [][]byte
func FieldsFunc(s []byte, f func(rune) bool) [][]byte
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte]
func FieldsSeq(s []byte) iter.Seq[[]byte]
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int
func IndexFunc(s []byte, f func(r rune) bool) int
func IndexRune(s []byte, r rune) int
func Join(s [][]byte, sep []byte) []byte
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
func LastIndexFunc(s []byte, f func(r rune) bool) int
func Lines(s []byte) iter.Seq[[]byte]
func Map(mapping func(r rune) rune, s []byte) []byte
func Repeat(b []byte, count int) []byte
func Replace(s, old, new []byte, n int) []byte
func ReplaceAll(s, old, new []byte) []byte
func Runes(s []byte) []rune
func Split(s, sep []byte) [][]byte
func SplitAfter(s, sep []byte) [][]byte
func SplitAfterN(s, sep []byte, n int) [][]byte
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte]
func SplitN(s, sep []byte, n int) [][]byte
func SplitSeq(s, sep []byte) iter.Seq[[]byte]
func Title(s []byte) []byte
func ToLower(s []byte) []byte
func ToTitle(s []byte) []byte
func ToUpper(s []byte) []byte
func ToValidUTF8(s, replacement []byte) []byte
func Trim(s []byte, cutset string) []byte
func TrimFunc(s []byte, f func(r rune) bool) []byte
func TrimLeft(s []byte, cutset string) []byte
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte
func TrimPrefix(s, prefix []byte) []byte
func TrimRight(s []byte, cutset string) []byte
func TrimRightFunc(s []byte, f func(r rune) bool) []byte
func TrimSpace(s []byte) []byte
func TrimSuffix(s, suffix []byte) []byte

type readOp int8

type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: exactBytes(s)} }

func exactBytes(s string) []byte

func (b *Buffer) Bytes() []byte           { return b.buf[b.off:] }
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}
func (b *Buffer) Peek(n int) ([]byte, error) {
	if b.Len() < n {
		return b.buf[b.off:], io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}
func (b *Buffer) Len() int       { return len(b.buf) - b.off }
func (b *Buffer) Cap() int       { return cap(b.buf) }
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *Buffer) grow(n int) int

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) Read(p []byte) (n int, err error)
func (b *Buffer) Next(n int) []byte
func (b *Buffer) ReadByte() (byte, error)
func (b *Buffer) ReadRune() (r rune, size int, err error)
func (b *Buffer) readSlice(delim byte) (line []byte, err error)

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = 0
	return nil
}

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

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
'''


# ------------------------------------------------------------------ helpers

def _b(s):
    """The bytes of a []byte."""
    a = s.a
    if a is None or s.len == 0:
        return b''
    return bytes(a[s.off:s.off + s.len])


def _sub(s, i, j, full=False):
    """s[i:j], or s[i:j:j] when full."""
    if s.a is None:
        return NIL_SLICE
    return Slice(s.a, s.off + i, j - i, (j - i) if full else s.cap - i)


def _new(data):
    n = len(data)
    return Slice(list(data), 0, n, n)


def _new_append(data):
    """append([]byte(nil or empty), data...): Go's growth gives the capacity."""
    n = len(data)
    if n == 0:
        return Slice([], 0, 0, 0)
    c = next_cap(n, 0, 1, True)
    return Slice(list(data) + [0] * (c - n), 0, n, c)


def _mapped(src_len, out):
    """The result of Go's Map: make([]byte, 0, len(s)) grown by one append
    per output rune (so its capacity follows append's growth)."""
    n = len(out)
    cap = src_len
    if n > cap:
        ln = 0
        for ch in out.decode('utf-8'):
            o = ord(ch)
            k = 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
            if ln + k > cap:
                cap = next_cap(ln + k, cap, 1, True)
            ln += k
    return Slice(list(out) + [0] * (cap - n), 0, n, cap)


def _slices(items):
    n = len(items)
    return Slice(items, 0, n, n)


def _trimmed(s, a, b, nil_if_empty):
    if a >= b and nil_if_empty:
        return NIL_SLICE
    return _sub(s, a, b)


def _str_panic(msg):
    return S._str_panic(msg)


# ------------------------------------------------------------------ the Go API

def Clone(b):
    if b.a is None:
        return NIL_SLICE
    return _new_append(_b(b))


def Compare(a, b):
    x, y = _b(a), _b(b)
    return (x > y) - (x < y)


def Contains(b, sub):
    return _b(sub) in _b(b)


def ContainsAny(b, chars):
    return S.index_any(_b(b), chars) >= 0


def ContainsFunc(b, f):
    return S.index_func(_b(b), f) >= 0


def ContainsRune(b, r):
    return S.index_rune(_b(b), r) >= 0


def Count(s, sep):
    return S.count(_b(s), _b(sep))


def Cut(s, sep):
    x, p = _b(s), _b(sep)
    i = x.find(p)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + len(p), len(x)), True
    return s, NIL_SLICE, False


def CutLast(s, sep):
    x, p = _b(s), _b(sep)
    i = x.rfind(p)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + len(p), len(x)), True
    return s, NIL_SLICE, False


def CutPrefix(s, prefix):
    x, p = _b(s), _b(prefix)
    if x.startswith(p):
        return _sub(s, len(p), len(x)), True
    return s, False


def CutSuffix(s, suffix):
    x, p = _b(s), _b(suffix)
    if x.endswith(p):
        return _sub(s, 0, len(x) - len(p)), True
    return s, False


def Equal(a, b):
    return a.len == b.len and _b(a) == _b(b)


def EqualFold(s, t):
    return S.equal_fold(_b(s), _b(t))


def Fields(s):
    return _slices([_sub(s, a, b, True) for a, b in S.field_spans(_b(s))])


def FieldsFunc(s, f):
    return _slices([_sub(s, a, b, True) for a, b in S.fields_func_spans(_b(s), f)])


def FieldsSeq(s):
    x = _b(s)
    return S._seq(lambda: (_sub(s, a, b, True) for a, b in S.field_spans(x)))


def FieldsFuncSeq(s, f):
    x = _b(s)

    def gen():
        start = -1
        for i, r in gostr.runes(x):
            if f(r):
                if start >= 0:
                    yield _sub(s, start, i, True)
                    start = -1
            elif start < 0:
                start = i
        if start >= 0:
            yield _sub(s, start, len(x), True)
    return S._seq(gen)


def HasPrefix(s, prefix):
    return _b(s).startswith(_b(prefix))


def HasSuffix(s, suffix):
    return _b(s).endswith(_b(suffix))


def Index(s, sep):
    return _b(s).find(_b(sep))


def IndexAny(s, chars):
    return S.index_any(_b(s), chars)


def IndexByte(b, c):
    a = b.a
    if a is None:
        return -1
    try:
        return a.index(c, b.off, b.off + b.len) - b.off
    except ValueError:
        return -1


def IndexFunc(s, f):
    return S.index_func(_b(s), f)


def IndexRune(s, r):
    return S.index_rune(_b(s), r)


def Join(s, sep):
    parts = [_b(x) for x in S._list(s)]
    if not parts:
        return Slice([], 0, 0, 0)
    if len(parts) == 1:
        if not parts[0]:
            return NIL_SLICE
        return _new_append(parts[0])
    return _new(_b(sep).join(parts))


def LastIndex(s, sep):
    return _b(s).rfind(_b(sep))


def LastIndexAny(s, chars):
    return S.last_index_any(_b(s), chars)


def LastIndexByte(s, c):
    return _b(s).rfind(c)


def LastIndexFunc(s, f):
    return S.last_index_func(_b(s), f)


def Lines(s):
    state = [s]

    def seq(yield_):
        while state[0].len > 0:
            t = state[0]
            i = IndexByte(t, 10)
            if i >= 0:
                line, state[0] = _sub(t, 0, i + 1, True), _sub(t, i + 1, t.len)
            else:
                line, state[0] = t, NIL_SLICE
            if not yield_(line):
                return
    return seq


def Map(mapping, s):
    return _mapped(s.len, S.map_runes(mapping, _b(s)))


def Repeat(b, count):
    x = _b(b)
    if count == 0:
        return Slice([], 0, 0, 0)
    r = S.repeat(x, count, 'bytes')
    return _new(r)


def Replace(s, old, new, n):
    x = _b(s)
    o = _b(old)
    if n == 0 or S.count(x, o) == 0:
        if not x:
            return NIL_SLICE
        return _new_append(x)
    return _new(S.replace(x, o, _b(new), n) if o != _b(new) else x)


def ReplaceAll(s, old, new):
    return Replace(s, old, new, -1)


def Runes(s):
    return _new(gostr.to_runes(_b(s)))


def _split(s, sep, sep_save, n):
    if n == 0:
        return NIL_SLICE
    x = _b(s)
    p = _b(sep)
    if not p:
        # explode: each UTF-8 sequence s[i:i+size:i+size], the last piece the rest;
        # Go sizes the result by bytes, not runes
        ln = len(x)
        if n <= 0 or n > ln:
            n = ln
        out = []
        pos = 0
        while pos < ln:
            if len(out) + 1 >= n:
                out.append(_sub(s, pos, ln))
                break
            _, size = gostr.decode_rune(x, pos)
            out.append(_sub(s, pos, pos + size, True))
            pos += size
        k = len(out)
        return Slice(out + [NIL_SLICE] * (n - k), 0, k, n)
    spans, cap = S.split_spans(x, p, sep_save, n)
    out = [_sub(s, a, b, True) for a, b in spans[:-1]]
    a, b = spans[-1]
    out.append(_sub(s, a, b))
    if cap > len(out):
        k = len(out)
        out.extend([NIL_SLICE] * (cap - k))
        return Slice(out, 0, k, cap)
    return _slices(out)


def Split(s, sep):
    return _split(s, sep, 0, -1)


def SplitAfter(s, sep):
    return _split(s, sep, sep.len, -1)


def SplitAfterN(s, sep, n):
    return _split(s, sep, sep.len, n)


def SplitN(s, sep, n):
    return _split(s, sep, 0, n)


def _split_seq(s, sep, sep_save):
    state = [s]
    p = _b(sep)

    def seq(yield_):
        t = state[0]
        if not p:
            x = _b(t)
            pos = 0
            while pos < len(x):
                _, size = gostr.decode_rune(x, pos)
                piece = _sub(t, pos, pos + size, True)
                pos += size
                state[0] = _sub(t, pos, len(x))
                if not yield_(piece):
                    return
            return
        while True:
            x = _b(t)
            i = x.find(p)
            if i < 0:
                break
            frag = _sub(t, 0, i + sep_save, True)
            t = _sub(t, i + len(p), len(x))
            state[0] = t
            if not yield_(frag):
                return
        yield_(t)
    return seq


def SplitSeq(s, sep):
    return _split_seq(s, sep, 0)


def SplitAfterSeq(s, sep):
    return _split_seq(s, sep, sep.len)


def Title(s):
    return _mapped(s.len, S.title(_b(s)))


def _case(s, fn):
    x = _b(s)
    r = fn(x)
    if x.isascii():
        return _new_append(r) if r == x else _new(r)
    return _mapped(len(x), r)


def ToLower(s):
    return _case(s, S.to_lower)


def ToTitle(s):
    return _case(s, S.to_title)


def ToUpper(s):
    return _case(s, S.to_upper)


def ToValidUTF8(s, replacement):
    x = _b(s)
    r = _b(replacement)
    try:
        x.decode('utf-8')
        out = x
    except UnicodeDecodeError:
        out = S.to_valid_utf8(x, r)
    n = len(out)
    c = max(n, len(x) + len(r))
    return Slice(list(out) + [0] * (c - n), 0, n, c)


def Trim(s, cutset):
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    a, b = S.trim_bounds(_b(s), cutset)
    return _trimmed(s, a, b, True)


def TrimLeft(s, cutset):
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    a, b = S.trim_bounds(_b(s), cutset, right=False)
    return _trimmed(s, a, b, True)


def TrimRight(s, cutset):
    if s.len == 0 or not cutset:
        return s
    a, b = S.trim_bounds(_b(s), cutset, left=False)
    return _sub(s, a, b)


def TrimFunc(s, f):
    a, b = S.trim_func_bounds(_b(s), f)
    return _trimmed(s, a, b, True)


def TrimLeftFunc(s, f):
    a, b = S.trim_func_bounds(_b(s), f, right=False)
    return _trimmed(s, a, b, True)


def TrimRightFunc(s, f):
    a, b = S.trim_func_bounds(_b(s), f, left=False)
    return _sub(s, a, b)


def TrimPrefix(s, prefix):
    x, p = _b(s), _b(prefix)
    if x.startswith(p):
        return _sub(s, len(p), len(x))
    return s


def TrimSuffix(s, suffix):
    x, p = _b(s), _b(suffix)
    if x.endswith(p):
        return _sub(s, 0, len(x) - len(p))
    return s


def TrimSpace(s):
    a, b = S.trim_space_bounds(_b(s))
    return _trimmed(s, a, b, True)


# ------------------------------------------------------------------ Buffer
# b is the struct list [buf, off, lastRead]

SMALL_BUFFER = 64


def _try_reslice(b, n):
    s = b[0]
    ln = s.len
    if n <= s.cap - ln:
        b[0] = Slice(s.a, s.off, ln + n, s.cap)
        return ln, True
    return 0, False


def _grow_slice(s, n):
    c = s.len + n
    if c < 2 * s.cap:
        c = 2 * s.cap
    cap = next_cap(c, 0, 1, True)
    a = _b(s)
    na = list(a) + [0] * (cap - len(a))
    return Slice(na, 0, len(a), cap)


def Buffer_grow(b, n):
    s = b[0]
    m = s.len - b[1]
    if m == 0 and b[1] != 0:
        b[0] = Slice(s.a, s.off, 0, s.cap) if s.a is not None else s
        b[1] = 0
        b[2] = 0
    i, ok = _try_reslice(b, n)
    if ok:
        return i
    s = b[0]
    if s.a is None and n <= SMALL_BUFFER:
        b[0] = Slice([0] * SMALL_BUFFER, 0, n, SMALL_BUFFER)
        return 0
    c = s.cap
    off = b[1]
    if n <= c // 2 - m:
        a = s.a
        a[s.off:s.off + m] = a[s.off + off:s.off + off + m]
        s = Slice(a, s.off, s.len, s.cap)
    elif c > S.MAX_INT - c - n:
        from .io_eof import _pkg_global
        from ..runtime.panic import GoPanic
        raise GoPanic(_pkg_global('bytes', 'ErrTooLarge'))
    else:
        s = _grow_slice(Slice(s.a, s.off + off, s.len - off, s.cap - off) if s.a is not None else s, off + n)
    b[1] = 0
    b[0] = Slice(s.a, s.off, m + n, s.cap)
    return m


def _write(b, data):
    b[2] = 0
    n = len(data)
    m, ok = _try_reslice(b, n)
    if not ok:
        m = Buffer_grow(b, n)
    s = b[0]
    start = s.off + m
    s.a[start:start + n] = data
    return n, None


def Buffer_Write(b, p):
    return _write(b, p.a[p.off:p.off + p.len] if p.len else [])


def Buffer_WriteString(b, s):
    return _write(b, s)


def Buffer_WriteByte(b, c):
    _write(b, (c,))
    return None


def Buffer_WriteRune(b, r):
    if 0 <= r < 0x80:
        _write(b, (r,))
        return 1, None
    enc = gostr.encode_rune(r)
    # Go reserves UTFMax bytes first: the growth is decided on 4
    b[2] = 0
    m, ok = _try_reslice(b, 4)
    if not ok:
        m = Buffer_grow(b, 4)
    s = b[0]
    start = s.off + m
    s.a[start:start + len(enc)] = enc
    b[0] = Slice(s.a, s.off, m + len(enc), s.cap)
    return len(enc), None


def _reset(b):
    s = b[0]
    if s.a is not None:
        b[0] = Slice(s.a, s.off, 0, s.cap)
    b[1] = 0
    b[2] = 0


def _eof():
    from .io_eof import EOF
    return EOF()


def Buffer_Read(b, p):
    b[2] = 0
    s = b[0]
    off = b[1]
    if s.len <= off:
        _reset(b)
        if p.len == 0:
            return 0, None
        return 0, _eof()
    n = min(p.len, s.len - off)
    start = s.off + off
    p.a[p.off:p.off + n] = s.a[start:start + n]
    b[1] = off + n
    if n > 0:
        b[2] = -1
    return n, None


def Buffer_Next(b, n):
    b[2] = 0
    s = b[0]
    off = b[1]
    m = s.len - off
    if n > m:
        n = m
    if n < 0:   # b.buf[b.off:b.off+n]
        from ..runtime.panic import slice_error
        raise slice_error('Acap', off + n, s.cap) if off + n < 0 else slice_error('B', off, off + n)
    data = Slice(s.a, s.off + off, n, s.cap - off) if s.a is not None else s
    b[1] = off + n
    if n > 0:
        b[2] = -1
    return data


def Buffer_ReadByte(b):
    s = b[0]
    off = b[1]
    if s.len <= off:
        _reset(b)
        return 0, _eof()
    c = s.a[s.off + off]
    b[1] = off + 1
    b[2] = -1
    return c, None


def Buffer_ReadRune(b):
    s = b[0]
    off = b[1]
    if s.len <= off:
        _reset(b)
        return 0, 0, _eof()
    start = s.off + off
    c = s.a[start]
    if c < 0x80:
        b[1] = off + 1
        b[2] = 1
        return c, 1, None
    r, n = gostr.decode_rune(bytes(s.a[start:min(start + 4, s.off + s.len)]), 0)
    b[1] = off + n
    b[2] = n
    return r, n, None


def Buffer_readSlice(b, delim):
    s = b[0]
    off = b[1]
    err = None
    a = s.a
    if a is None:
        end = 0
        i = -1
    else:
        try:
            i = a.index(delim, s.off + off, s.off + s.len) - s.off
        except ValueError:
            i = -1
    if i < 0:
        end = s.len
        err = _eof()
    else:
        end = i + 1
    line = Slice(a, s.off + off, end - off, s.cap - off) if a is not None else s
    b[1] = end
    b[2] = -1
    return line, err


def exactBytes(s):
    """[]byte(s) as NewBufferString gets it in Go: capacity len(s)."""
    return _new(s)


from . import readers as _readers  # noqa: E402
_readers.bind(globals(), 'bytes', 'slice')
