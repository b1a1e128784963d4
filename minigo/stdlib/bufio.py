"""Package bufio: Scanner, Reader, Writer, in Python.

Each type's Go struct holds one hidden field with a Python object that keeps
the state (the buffer is a bytearray, so finding a newline or cutting a token
runs at C speed). The algorithms are Go's, step for step: the Scanner's
buffer starts at 4096 bytes and doubles up to the maximum token size (then
"bufio.Scanner: token too long"), the Reader fills its 4096-byte buffer with
one Read at a time, and the Writer only writes to its io.Writer when its
buffer fills or on Flush. Reading from os.Stdin and writing to os.Stdout skip
the method calls and go straight to the process's streams.
"""
from __future__ import annotations

import re

from ..runtime import rtypes as R
from ..runtime.gofmt import methods_of
from ..runtime.panic import GoPanic
from ..runtime.values import NIL_SLICE, Slice

GO_DECLS = '''
package bufio

import (
	"errors"
	"io"
)

const (
	MaxScanTokenSize = 64 * 1024
	defaultBufSize   = 4096
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")

	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
	errNoProgress    = errors.New("multiple Read calls return no data or error")
	errShortWrite    = io.ErrShortWrite
)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

type Scanner struct {
	impl uintptr
}

func NewScanner(r io.Reader) *Scanner
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Buffer(buf []byte, max int)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

type Reader struct {
	impl uintptr
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && b.Size() >= size {
		return b
	}
	return newReader(rd, max(size, 16))
}
func newReader(rd io.Reader, size int) *Reader
func (b *Reader) Size() int
func (b *Reader) Reset(r io.Reader)
func (b *Reader) Buffered() int
func (b *Reader) Peek(n int) ([]byte, error)
func (b *Reader) Discard(n int) (discarded int, err error)
func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) UnreadByte() error
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) UnreadRune() error
func (b *Reader) ReadSlice(delim byte) (line []byte, err error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) WriteTo(w io.Writer) (n int64, err error)

type Writer struct {
	impl uintptr
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && b.Size() >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return newWriter(w, size)
}
func newWriter(w io.Writer, size int) *Writer
func (b *Writer) Size() int
func (b *Writer) Reset(w io.Writer)
func (b *Writer) Flush() error
func (b *Writer) Available() int
func (b *Writer) AvailableBuffer() []byte
func (b *Writer) Buffered() int
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error)

type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
'''

MAX_SCAN_TOKEN_SIZE = 64 * 1024
START_BUF_SIZE = 4096
MAX_EMPTY = 100
MAX_INT = (1 << 63) - 1
RUNE_ERROR = 0xFFFD
ERROR_RUNE_BYTES = b'\xef\xbf\xbd'

# ---------------------------------------------------------------- Go values

def _err(name):
    from .goside import package_var
    return package_var('bufio', name)


def _eof():
    from .goside import package_var
    return package_var('io', 'EOF')


def _same(e, target):
    """err == target for error interface values."""
    if e is target:
        return True
    if e is None or target is None:
        return False
    return e[0] is target[0] and e[0].eq(e[1], target[1])


def _str_panic(msg):
    from .. import types as T
    return GoPanic((R.rtype(T.Typ[T.STRING]), msg.encode()))


def _err_panic(name):
    return GoPanic(_err(name))


def _os_file_rt():
    from .goside import package_rtype
    return package_rtype('os', 'File', pointer=True)


def _method(iface, name):
    if iface is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    rt, v = iface
    f = methods_of(rt).get(name)
    if f is None:
        return None
    return lambda *args: f(v, *args)


def _byte_slice(data):
    lst = list(data)
    return Slice(lst, 0, len(lst), len(lst))


def _slice_bytes(s):
    if s.len == 0:
        return b''
    return bytes(s.a[s.off:s.off + s.len])


def _read_into(rd, buf, pos):
    """rd.Read(buf[pos:]) -> (n, err); buf is a bytearray."""
    space = len(buf) - pos
    if rd is not None and rd[0] is _os_file_rt() and _file_fd(rd[1]) == 0:
        if space == 0:
            return 0, None
        data = _stdin_read(space)
        if not data:
            return 0, _eof()
        buf[pos:pos + len(data)] = data
        return len(data), None
    read = _method(rd, 'Read')
    tmp = [0] * space
    n, err = read(Slice(tmp, 0, space, space))
    if 0 < n <= space:
        buf[pos:pos + n] = bytes(tmp[:n])
    return n, err


def _stdin_read(n):
    """os.Stdin.Read as Go does it: whatever one read(2) returns (all the
    piped input up to n bytes, a line from a terminal). Bytes fmt.Scan has
    already taken from the stream come first."""
    from . import scan
    from ..runtime.output import read_stdin
    st = scan.stdin_buffer()
    if st.buf:
        return scan.stdin_read(n)
    if st.eof:
        return b''
    try:
        data = read_stdin(n)
    except (AttributeError, ValueError, OSError):
        data = b''
    if not data:
        st.eof = True
    return data


def _file_fd(f):
    from .os import file_fd
    return file_fd(f)


def _is_std_file(wr):
    return wr is not None and wr[0] is _os_file_rt() and _file_fd(wr[1]) in (1, 2)


def _write_to(wr, data):
    """wr.Write(data) -> (n, err)."""
    if _is_std_file(wr):
        from ..runtime.output import write_stderr, write_stdout
        if _file_fd(wr[1]) == 1:
            write_stdout(bytes(data))
        else:
            write_stderr(bytes(data))
        return len(data), None
    return _method(wr, 'Write')(_byte_slice(data))


# ---------------------------------------------------------------- UTF-8

def _decode(b, pos, end):
    """(rune, width, full) for the encoding at b[pos:end], as utf8.DecodeRune
    and utf8.FullRune see it (an invalid encoding is a full rune of width 1)."""
    c0 = b[pos]
    if c0 < 0x80:
        return c0, 1, True
    if c0 < 0xC2 or c0 > 0xF4:
        return RUNE_ERROR, 1, True
    if c0 < 0xE0:
        need = 2
    elif c0 < 0xF0:
        need = 3
    else:
        need = 4
    lo, hi = 0x80, 0xBF
    if c0 == 0xE0:
        lo = 0xA0
    elif c0 == 0xED:
        hi = 0x9F
    elif c0 == 0xF0:
        lo = 0x90
    elif c0 == 0xF4:
        hi = 0x8F
    avail = end - pos
    if avail < 2:
        return RUNE_ERROR, 1, False
    c = b[pos + 1]
    if c < lo or c > hi:
        return RUNE_ERROR, 1, True
    for k in range(2, need):
        if avail <= k:
            return RUNE_ERROR, 1, False
        c = b[pos + k]
        if c < 0x80 or c > 0xBF:
            return RUNE_ERROR, 1, True
    return ord(bytes(b[pos:pos + need]).decode('utf-8')), need, True


def _encode_rune(r):
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    return chr(r).encode('utf-8')


# ---------------------------------------------------------------- split functions

# the UTF-8 encodings of the runes ScanWords counts as space
_SPACE = (rb'(?:[ \t\n\x0b\x0c\r]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]'
          rb'|\xe2\x81\x9f|\xe3\x80\x80)')
_SPACES = re.compile(_SPACE + rb'*')
_ONE_SPACE = re.compile(_SPACE)


def _lines(buf, start, end, at_eof):
    """ScanLines on buf[start:end]: (advance, token start, token end); a nil
    token has start None, the error rune token start -1."""
    if at_eof and start == end:
        return 0, None, 0
    i = buf.find(b'\n', start, end)
    if i >= 0:
        j = i - 1 if i > start and buf[i - 1] == 13 else i
        return i + 1 - start, start, j
    if at_eof:
        j = end - 1 if buf[end - 1] == 13 else end
        return end - start, start, j
    return 0, None, 0


def _words(buf, start, end, at_eof):
    ts = _SPACES.match(buf, start, end).end()
    m = _ONE_SPACE.search(buf, ts, end)
    if m is not None:
        return m.end() - start, ts, m.start()
    if at_eof and end > ts:
        return end - start, ts, end
    return ts - start, None, 0


def _runes(buf, start, end, at_eof):
    if at_eof and start == end:
        return 0, None, 0
    if buf[start] < 0x80:
        return 1, start, start + 1
    r, width, full = _decode(buf, start, end)
    if width > 1:
        return width, start, start + width
    if not at_eof and not full:
        return 0, None, 0
    return 1, -1, 0


def _bytes(buf, start, end, at_eof):
    if at_eof and start == end:
        return 0, None, 0
    return 1, start, start + 1


def _as_split_func(fast):
    """The Go-callable form of a built-in split function: the token is a
    subslice of data, as in Go."""
    def split(data, at_eof):
        raw = bytearray(_slice_bytes(data))
        adv, ts, te = fast(raw, 0, len(raw), at_eof)
        if ts is None:
            return adv, NIL_SLICE, None
        if ts < 0:
            return adv, _byte_slice(ERROR_RUNE_BYTES), None
        return adv, Slice(data.a, data.off + ts, te - ts, data.cap - ts), None
    return split


ScanLines = _as_split_func(_lines)
ScanWords = _as_split_func(_words)
ScanRunes = _as_split_func(_runes)
ScanBytes = _as_split_func(_bytes)

_FAST = {id(ScanLines): _lines, id(ScanWords): _words, id(ScanRunes): _runes, id(ScanBytes): _bytes}


# ---------------------------------------------------------------- Scanner

class _Hidden(int):
    """The Python state kept in a type's hidden uintptr field: an int (that
    fmt can print as one) with attributes."""
    _next = [0xc000100000]

    def __new__(cls, *args):
        _Hidden._next[0] += 0x100
        return int.__new__(cls, _Hidden._next[0])


class _Scanner(_Hidden):

    def __init__(self, r):
        self.r = r
        self.split = ScanLines
        self.fast = _lines
        self.max = MAX_SCAN_TOKEN_SIZE
        self.token = None
        self.buf = bytearray()
        self.start = 0
        self.end = 0
        self.err = None
        self.empties = 0
        self.scan_called = False
        self.done = False

    def set_err(self, err):
        if self.err is None or _same(self.err, _eof()):
            self.err = err


def _sc(s):
    if s is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    st = s[0]
    if not isinstance(st, _Scanner):
        st = s[0] = _Scanner(None)
        st.max = 0   # the zero Scanner's maxTokenSize: its first Scan fails with ErrTooLong
    return st


def NewScanner(r):
    return [_Scanner(r)]


def Scanner_Scan(s):
    st = _sc(s)
    if st.done:
        return False
    st.scan_called = True
    while True:
        if st.end > st.start or st.err is not None:
            at_eof = st.err is not None
            fast = st.fast
            if fast is not None:
                adv, ts, te = fast(st.buf, st.start, st.end, at_eof)
                if ts is None:
                    tok = None
                elif ts < 0:
                    tok = ERROR_RUNE_BYTES
                else:
                    tok = bytes(st.buf[ts:te])
            else:
                n = st.end - st.start
                data = Slice(list(st.buf[st.start:st.end]), 0, n, n)
                adv, tslice, err = st.split(data, at_eof)
                tok = None if tslice.a is None else _slice_bytes(tslice)
                if err is not None:
                    if _same(err, _err('ErrFinalToken')):
                        st.token = tok
                        st.done = True
                        return tok is not None
                    st.set_err(err)
                    return False
            if adv < 0:
                st.set_err(_err('ErrNegativeAdvance'))
                return False
            if adv > st.end - st.start:
                st.set_err(_err('ErrAdvanceTooFar'))
                return False
            st.start += adv
            st.token = tok
            if tok is not None:
                if st.err is None or adv > 0:
                    st.empties = 0
                else:
                    st.empties += 1
                    if st.empties > MAX_EMPTY:
                        raise _str_panic('bufio.Scan: too many empty tokens without progressing')
                return True
        if st.err is not None:
            st.start = 0
            st.end = 0
            return False
        buf = st.buf
        size = len(buf)
        if st.start > 0 and (st.end == size or st.start > size // 2):
            k = st.end - st.start
            buf[0:k] = buf[st.start:st.end]
            st.end = k
            st.start = 0
        if st.end == size:
            if size >= st.max or size > MAX_INT // 2:
                st.set_err(_err('ErrTooLong'))
                return False
            new_size = size * 2
            if new_size == 0:
                new_size = START_BUF_SIZE
            new_size = min(new_size, st.max)
            nb = bytearray(new_size)
            k = st.end - st.start
            nb[0:k] = buf[st.start:st.end]
            st.buf = buf = nb
            st.end = k
            st.start = 0
        loop = 0
        while True:
            n, err = _read_into(st.r, buf, st.end)
            if n < 0 or len(buf) - st.end < n:
                st.set_err(_err('ErrBadReadCount'))
                break
            st.end += n
            if err is not None:
                st.set_err(err)
                break
            if n > 0:
                st.empties = 0
                break
            loop += 1
            if loop > MAX_EMPTY:
                st.set_err(_err('errNoProgress'))
                break


def Scanner_Text(s):
    tok = _sc(s).token
    return tok if tok is not None else b''


def Scanner_Bytes(s):
    tok = _sc(s).token
    if tok is None:
        return NIL_SLICE
    return _byte_slice(tok)


def Scanner_Err(s):
    err = _sc(s).err
    if _same(err, _eof()):
        return None
    return err


def Scanner_Split(s, split):
    st = _sc(s)
    if st.scan_called:
        raise _str_panic('Split called after Scan')
    st.split = split
    st.fast = _FAST.get(id(split)) if split is not None else None


def Scanner_Buffer(s, buf, max_):
    st = _sc(s)
    if st.scan_called:
        raise _str_panic('Buffer called after Scan')
    st.buf = bytearray(buf.cap)
    st.max = max_


# ---------------------------------------------------------------- Reader

class _Reader(_Hidden):

    def __init__(self, buf, rd):
        self.buf = buf
        self.rd = rd
        self.r = 0
        self.w = 0
        self.err = None
        self.last_byte = -1
        self.last_rune_size = -1

    def fill(self):
        if self.r > 0:
            k = self.w - self.r
            self.buf[0:k] = self.buf[self.r:self.w]
            self.w = k
            self.r = 0
        if self.w >= len(self.buf):
            raise _str_panic('bufio: tried to fill full buffer')
        for _ in range(MAX_EMPTY):
            n, err = _read_into(self.rd, self.buf, self.w)
            if n < 0:
                raise _err_panic('errNegativeRead')
            self.w += n
            if err is not None:
                self.err = err
                return
            if n > 0:
                return
        self.err = _err('errNoProgress')

    def read_err(self):
        err = self.err
        self.err = None
        return err

    def read_slice(self, delim):
        """ReadSlice as (start, end, err): the line is buf[start:end]."""
        s = 0
        buf = self.buf
        while True:
            i = buf.find(delim, self.r + s, self.w) if self.w > self.r + s else -1
            if i >= 0:
                start, end = self.r, i + 1
                self.r = i + 1
                err = None
                break
            if self.err is not None:
                start, end = self.r, self.w
                self.r = self.w
                err = self.read_err()
                break
            if self.w - self.r >= len(buf):
                self.r = self.w
                start, end = 0, len(buf)
                err = _err('ErrBufferFull')
                break
            s = self.w - self.r
            self.fill()
        if end > start:
            self.last_byte = buf[end - 1]
            self.last_rune_size = -1
        return start, end, err

    def collect(self, delim):
        parts = []
        while True:
            start, end, e = self.read_slice(delim)
            parts.append(bytes(self.buf[start:end]))
            if e is None:
                return b''.join(parts), None
            if not _same(e, _err('ErrBufferFull')):
                return b''.join(parts), e


def _rd(b):
    if b is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    st = b[0]
    if not isinstance(st, _Reader):
        st = b[0] = _Reader(bytearray(), None)
    return st


def newReader(rd, size):
    return [_Reader(bytearray(size), rd)]


def Reader_Size(b):
    return len(_rd(b).buf)


def Reader_Reset(b, r):
    if r is not None and r[1] is b:
        return
    st = _rd(b)
    buf = st.buf if st.buf else bytearray(4096)
    b[0] = _Reader(buf, r)


def Reader_Buffered(b):
    st = _rd(b)
    return st.w - st.r


def Reader_Peek(b, n):
    st = _rd(b)
    if n < 0:
        return NIL_SLICE, _err('ErrNegativeCount')
    st.last_byte = -1
    st.last_rune_size = -1
    while st.w - st.r < n and st.w - st.r < len(st.buf) and st.err is None:
        st.fill()
    if n > len(st.buf):
        return _byte_slice(st.buf[st.r:st.w]), _err('ErrBufferFull')
    err = None
    avail = st.w - st.r
    if avail < n:
        n = avail
        err = st.read_err()
        if err is None:
            err = _err('ErrBufferFull')
    return _byte_slice(st.buf[st.r:st.r + n]), err


def Reader_Discard(b, n):
    st = _rd(b)
    if n < 0:
        return 0, _err('ErrNegativeCount')
    if n == 0:
        return 0, None
    st.last_byte = -1
    st.last_rune_size = -1
    remain = n
    while True:
        skip = st.w - st.r
        if skip == 0:
            st.fill()
            skip = st.w - st.r
        if skip > remain:
            skip = remain
        st.r += skip
        remain -= skip
        if remain == 0:
            return n, None
        if st.err is not None:
            return n - remain, st.read_err()


def Reader_Read(b, p):
    st = _rd(b)
    n = p.len
    if n == 0:
        if st.w - st.r > 0:
            return 0, None
        return 0, st.read_err()
    if st.r == st.w:
        if st.err is not None:
            return 0, st.read_err()
        if n >= len(st.buf):
            tmp = bytearray(n)
            n, st.err = _read_into(st.rd, tmp, 0)
            if n < 0:
                raise _err_panic('errNegativeRead')
            if n > 0:
                p.a[p.off:p.off + n] = list(tmp[:n])
                st.last_byte = tmp[n - 1]
                st.last_rune_size = -1
            return n, st.read_err()
        st.r = 0
        st.w = 0
        n, st.err = _read_into(st.rd, st.buf, 0)
        if n < 0:
            raise _err_panic('errNegativeRead')
        if n == 0:
            return 0, st.read_err()
        st.w += n
    n = min(p.len, st.w - st.r)
    p.a[p.off:p.off + n] = list(st.buf[st.r:st.r + n])
    st.r += n
    st.last_byte = st.buf[st.r - 1]
    st.last_rune_size = -1
    return n, None


def Reader_ReadByte(b):
    st = _rd(b)
    st.last_rune_size = -1
    while st.r == st.w:
        if st.err is not None:
            return 0, st.read_err()
        st.fill()
    c = st.buf[st.r]
    st.r += 1
    st.last_byte = c
    return c, None


def Reader_UnreadByte(b):
    st = _rd(b)
    if st.last_byte < 0 or (st.r == 0 and st.w > 0):
        return _err('ErrInvalidUnreadByte')
    if st.r > 0:
        st.r -= 1
    else:
        st.w = 1
    st.buf[st.r] = st.last_byte
    st.last_byte = -1
    st.last_rune_size = -1
    return None


def Reader_ReadRune(b):
    st = _rd(b)
    while (st.r + 4 > st.w and not (st.w > st.r and _decode(st.buf, st.r, st.w)[2])
           and st.err is None and st.w - st.r < len(st.buf)):
        st.fill()
    st.last_rune_size = -1
    if st.r == st.w:
        return 0, 0, st.read_err()
    r, size, _ = _decode(st.buf, st.r, st.w)
    st.r += size
    st.last_byte = st.buf[st.r - 1]
    st.last_rune_size = size
    return r, size, None


def Reader_UnreadRune(b):
    st = _rd(b)
    if st.last_rune_size < 0 or st.r < st.last_rune_size:
        return _err('ErrInvalidUnreadRune')
    st.r -= st.last_rune_size
    st.last_byte = -1
    st.last_rune_size = -1
    return None


def Reader_ReadSlice(b, delim):
    st = _rd(b)
    start, end, err = st.read_slice(delim)
    return _byte_slice(st.buf[start:end]), err


def Reader_ReadLine(b):
    st = _rd(b)
    start, end, err = st.read_slice(10)
    buf = st.buf
    if _same(err, _err('ErrBufferFull')):
        if end > start and buf[end - 1] == 13:
            if st.r == 0:
                raise _str_panic('bufio: tried to rewind past start of buffer')
            st.r -= 1
            end -= 1
        return _byte_slice(buf[start:end]), True, None
    if end == start:
        if err is not None:
            return NIL_SLICE, False, err
        return _byte_slice(b''), False, err
    err = None
    if buf[end - 1] == 10:
        drop = 1
        if end - start > 1 and buf[end - 2] == 13:
            drop = 2
        end -= drop
    return _byte_slice(buf[start:end]), False, err


def Reader_ReadBytes(b, delim):
    data, err = _rd(b).collect(delim)
    return _byte_slice(data), err


def Reader_ReadString(b, delim):
    return _rd(b).collect(delim)


def Reader_WriteTo(b, w):
    st = _rd(b)
    st.last_byte = -1
    st.last_rune_size = -1
    n = 0
    if st.r < st.w:
        m, err = _write_buf(st, w)
        n += m
        if err is not None:
            return n, err
    wt = _method(st.rd, 'WriteTo')
    if wt is not None:
        m, err = wt(w)
        return n + m, err
    rf = _method(w, 'ReadFrom')
    if rf is not None:
        m, err = rf(st.rd)
        return n + m, err
    if st.w - st.r < len(st.buf):
        st.fill()
    while st.r < st.w:
        m, err = _write_buf(st, w)
        n += m
        if err is not None:
            return n, err
        st.fill()
    if _same(st.err, _eof()):
        st.err = None
    return n, st.read_err()


def _write_buf(st, w):
    n, err = _write_to(w, st.buf[st.r:st.w])
    if n < 0:
        raise _err_panic('errNegativeWrite')
    st.r += n
    return n, err


# ---------------------------------------------------------------- Writer

class _Writer(_Hidden):

    def __init__(self, buf, wr):
        self.err = None
        self.buf = buf
        self.n = 0
        self.wr = wr

    def flush(self):
        if self.err is not None:
            return self.err
        if self.n == 0:
            return None
        n, err = _write_to(self.wr, self.buf[0:self.n])
        if n < self.n and err is None:
            err = _err('errShortWrite')
        if err is not None:
            if 0 < n < self.n:
                self.buf[0:self.n - n] = self.buf[n:self.n]
            self.n -= n
            self.err = err
            return err
        self.n = 0
        return None

    def write(self, p):
        """Write for bytes p (returns nn, err)."""
        nn = 0
        buf = self.buf
        while len(p) > len(buf) - self.n and self.err is None:
            if self.n == 0:
                n, self.err = _write_to(self.wr, p)
            else:
                n = len(buf) - self.n
                buf[self.n:self.n + n] = p[:n]
                self.n += n
                self.flush()
            nn += n
            p = p[n:]
        if self.err is not None:
            return nn, self.err
        n = len(p)
        buf[self.n:self.n + n] = p
        self.n += n
        return nn + n, None


def _wr(b):
    if b is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    st = b[0]
    if not isinstance(st, _Writer):
        st = b[0] = _Writer(bytearray(), None)
    return st


def newWriter(w, size):
    return [_Writer(bytearray(size), w)]


def Writer_Size(b):
    return len(_wr(b).buf)


def Writer_Reset(b, w):
    if w is not None and w[1] is b:
        return
    st = _wr(b)
    if not st.buf:
        st.buf = bytearray(4096)
    st.err = None
    st.n = 0
    st.wr = w


def Writer_Flush(b):
    return _wr(b).flush()


def Writer_Available(b):
    st = _wr(b)
    return len(st.buf) - st.n


def Writer_AvailableBuffer(b):
    st = _wr(b)
    avail = len(st.buf) - st.n
    return Slice([0] * avail, 0, 0, avail)


def Writer_Buffered(b):
    return _wr(b).n


def Writer_Write(b, p):
    return _wr(b).write(_slice_bytes(p))


def Writer_WriteString(b, s):
    st = _wr(b)
    buf = st.buf
    sw = None
    try_sw = True
    nn = 0
    while len(s) > len(buf) - st.n and st.err is None:
        if st.n == 0 and sw is None and try_sw:
            if _is_std_file(st.wr):
                sw = lambda data: _write_to(st.wr, data)
            else:
                sw = _method(st.wr, 'WriteString')
            try_sw = sw is not None
        if st.n == 0 and try_sw:
            n, st.err = sw(s)
        else:
            n = len(buf) - st.n
            buf[st.n:st.n + n] = s[:n]
            st.n += n
            st.flush()
        nn += n
        s = s[n:]
    if st.err is not None:
        return nn, st.err
    n = len(s)
    buf[st.n:st.n + n] = s
    st.n += n
    return nn + n, None


def Writer_WriteByte(b, c):
    st = _wr(b)
    if st.err is not None:
        return st.err
    if len(st.buf) - st.n <= 0 and st.flush() is not None:
        return st.err
    if st.n >= len(st.buf):   # the zero Writer: no buffer
        from ..runtime.panic import index_error
        raise index_error(st.n, len(st.buf))
    st.buf[st.n] = c
    st.n += 1
    return None


def Writer_WriteRune(b, r):
    st = _wr(b)
    if 0 <= r < 0x80:
        err = Writer_WriteByte(b, r)
        if err is not None:
            return 0, err
        return 1, None
    if st.err is not None:
        return 0, st.err
    enc = _encode_rune(r)
    if len(st.buf) - st.n < 4:
        st.flush()
        if st.err is not None:
            return 0, st.err
        if len(st.buf) - st.n < 4:
            return st.write(enc)
    st.buf[st.n:st.n + len(enc)] = enc
    st.n += len(enc)
    return len(enc), None


def Writer_ReadFrom(b, r):
    st = _wr(b)
    if st.err is not None:
        return 0, st.err
    rf = _method(st.wr, 'ReadFrom')
    n = 0
    err = None
    while True:
        if len(st.buf) - st.n == 0:
            err1 = st.flush()
            if err1 is not None:
                return n, err1
        if rf is not None and st.n == 0:
            nn, err = rf(r)
            st.err = err
            return n + nn, err
        nr = 0
        m = 0
        while nr < MAX_EMPTY:
            m, err = _read_into(r, st.buf, st.n)
            if m != 0 or err is not None:
                break
            nr += 1
        if nr == MAX_EMPTY:
            return n, _err('errNoProgress')
        st.n += m
        n += m
        if err is not None:
            break
    if _same(err, _eof()):
        if len(st.buf) - st.n == 0:
            err = st.flush()
        else:
            err = None
    return n, err
