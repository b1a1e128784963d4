"""The compressed bytes a flate decompressor reads, taken as Go takes them.

Go's decompressor reads its input one byte at a time through an
io.ByteReader (a bufio.Reader around anything else), so it never takes a
byte past the end of the stream: the gzip or zlib trailer that follows, or
the next gzip member, is still there to read. Python's zlib wants whole
chunks, so a ByteSource hands over what is at hand and takes back what zlib
leaves unused. For the readers whose state minigo keeps in Python
(bufio.Reader, bytes.Reader, strings.Reader, bytes.Buffer) that means
looking into their buffers; any other io.ByteReader is read a byte at a
time, as Go does.
"""
from __future__ import annotations

from ..runtime.gofmt import methods_of
from ..runtime.panic import nil_deref
from ..runtime.values import Slice
from .goside import package_func, package_rtype
from .io_eof import EOF


class BufioSource:
    """Over a bufio.Reader's state: its buffered bytes, filled as ReadByte would."""

    def __init__(self, st):
        self.st = st

    def take(self):
        st = self.st
        while st.r == st.w:
            if st.err is not None:
                return b'', st.read_err()
            st.fill()
        data = bytes(st.buf[st.r:st.w])
        st.r = st.w
        st.last_byte = data[-1]
        st.last_rune_size = -1
        return data, None

    def give_back(self, k):
        if k:
            st = self.st
            st.r -= k
            st.last_byte = st.buf[st.r - 1] if st.r else -1


class ReaderSource:
    """Over a bytes.Reader or strings.Reader: {s, i, prevRune}."""

    def __init__(self, rd):
        self.rd = rd

    def take(self):
        rd = self.rd
        rd[2] = -1
        s, i = rd[0], rd[1]
        if isinstance(s, Slice):
            n = s.len
            data = bytes(s.a[s.off + i:s.off + n]) if i < n else b''
        else:
            n = len(s)
            data = s[i:]
        if i >= n:
            return b'', EOF()
        rd[1] = n
        return data, None

    def give_back(self, k):
        self.rd[1] -= k


class BufferSource:
    """Over a bytes.Buffer: {buf, off, lastRead}."""

    def __init__(self, b):
        self.b = b

    def take(self):
        from .bytes import _reset
        b = self.b
        s, off = b[0], b[1]
        if s.len <= off:
            _reset(b)
            return b'', EOF()
        data = bytes(s.a[s.off + off:s.off + s.len])
        b[1] = s.len
        b[2] = -1
        return data, None

    def give_back(self, k):
        self.b[1] -= k


class ByteReaderSource:
    """Over any other io.ByteReader: one ReadByte call a byte."""

    def __init__(self, iface):
        self.read_byte = methods_of(iface[0])['ReadByte']
        self.v = iface[1]

    def take(self):
        c, err = self.read_byte(self.v)
        if err is not None:
            return b'', err
        return bytes((c,)), None

    def give_back(self, k):
        assert k == 0, 'a byte-at-a-time source never overreads'


def _kinds():
    return {
        package_rtype('bufio', 'Reader', pointer=True): lambda v: BufioSource(_bufio_state(v)),
        package_rtype('bytes', 'Reader', pointer=True): ReaderSource,
        package_rtype('strings', 'Reader', pointer=True): ReaderSource,
        package_rtype('bytes', 'Buffer', pointer=True): BufferSource,
    }


def _bufio_state(v):
    from .bufio import _rd
    return _rd(v)


def is_byte_reader(iface):
    """Does r implement flate.Reader (io.Reader and io.ByteReader)?"""
    if iface is None:
        return False
    ms = methods_of(iface[0])
    return 'Read' in ms and 'ReadByte' in ms


def as_byte_reader(iface):
    """r itself when it is a flate.Reader, else bufio.NewReader(r)."""
    if is_byte_reader(iface):
        return iface
    return (package_rtype('bufio', 'Reader', pointer=True), package_func('bufio', 'NewReader')(iface))


def source_of(iface):
    """The ByteSource over a flate.Reader."""
    if iface is None:
        raise nil_deref()
    rt, v = iface
    if v is None:
        raise nil_deref()
    make = _kinds().get(rt)
    return make(v) if make is not None else ByteReaderSource(iface)
