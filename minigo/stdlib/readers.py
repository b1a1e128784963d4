"""strings.Reader and bytes.Reader: one implementation of their methods.

Both readers are a struct {s; i int64; prevRune int} (a Python list) over a
string (bytes) or a []byte (Slice); only their error texts and how WriteTo
writes differ, so each package binds a ReaderMethods to its own words.
"""
from __future__ import annotations

from ..text import gostr
from ..runtime.gofmt import methods_of
from ..runtime.panic import GoPanic
from ..runtime.values import Slice
from .io_eof import EOF, _new_error, _pkg_global

S, I, PREV = 0, 1, 2     # the Reader struct's fields


def _data(s):
    """(sequence, offset, length) of the reader's string or byte slice."""
    if isinstance(s, Slice):
        return (s.a or ()), s.off, s.len
    return s, 0, len(s)


class ReaderMethods:
    def __init__(self, pkg, what):
        self.pkg = pkg        # 'strings' | 'bytes'
        self.what = what      # 'string' | 'slice', as in "at beginning of string"

    def _err(self, method, msg):
        return _new_error(f'{self.pkg}.Reader.{method}: {msg}'.encode())

    def read(self, r, b):
        a, off, n = _data(r[S])
        i = r[I]
        if i >= n:
            return 0, EOF()
        r[PREV] = -1
        k = min(b.len, n - i)
        b.a[b.off:b.off + k] = a[off + i:off + i + k]
        r[I] = i + k
        return k, None

    def read_at(self, r, b, at):
        if at < 0:
            return 0, self._err('ReadAt', 'negative offset')
        a, off, n = _data(r[S])
        if at >= n:
            return 0, EOF()
        k = min(b.len, n - at)
        b.a[b.off:b.off + k] = a[off + at:off + at + k]
        return k, (EOF() if k < b.len else None)

    def read_byte(self, r):
        r[PREV] = -1
        a, off, n = _data(r[S])
        i = r[I]
        if i >= n:
            return 0, EOF()
        r[I] = i + 1
        return a[off + i], None

    def unread_byte(self, r):
        if r[I] <= 0:
            return self._err('UnreadByte', f'at beginning of {self.what}')
        r[PREV] = -1
        r[I] -= 1
        return None

    def read_rune(self, r):
        a, off, n = _data(r[S])
        i = r[I]
        if i >= n:
            r[PREV] = -1
            return 0, 0, EOF()
        r[PREV] = i
        ch, size = gostr.decode_rune(bytes(a[off + i:off + min(n, i + 4)]))
        r[I] = i + size
        return ch, size, None

    def unread_rune(self, r):
        if r[I] <= 0:
            return self._err('UnreadRune', f'at beginning of {self.what}')
        if r[PREV] < 0:
            return self._err('UnreadRune', 'previous operation was not ReadRune')
        r[I] = r[PREV]
        r[PREV] = -1
        return None

    def seek(self, r, offset, whence):
        r[PREV] = -1
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = r[I] + offset
        elif whence == 2:
            pos = _data(r[S])[2] + offset
        else:
            return 0, self._err('Seek', 'invalid whence')
        if pos < 0:
            return 0, self._err('Seek', 'negative position')
        r[I] = pos
        return pos, None

    def write_to(self, r, w):
        """The rest of the reader to w: io.WriteString for a string, Write
        for a byte slice (sharing its memory, as Go passes r.s[r.i:])."""
        r[PREV] = -1
        s = r[S]
        a, off, n = _data(s)
        i = r[I]
        if i >= n:
            return 0, None
        if isinstance(s, Slice):
            rest = Slice(s.a, off + i, n - i, s.cap - i)
            m, err = methods_of(w[0])['Write'](w[1], rest)
            call = 'Write'
        else:
            rest = s[i:]
            m, err = _pkg_func('io', 'WriteString')(w, rest)
            call = 'WriteString'
        if m > n - i:
            from .. import types as T
            from ..runtime.rtypes import rtype
            msg = f'{self.pkg}.Reader.WriteTo: invalid {call} count'.encode()
            raise GoPanic((rtype(T.Typ[T.STRING]), msg))
        r[I] = i + m
        if m != n - i and err is None:
            err = _pkg_global('io', 'ErrShortWrite')
        return m, err


def _pkg_func(path, name):
    from .goside import package_func
    return package_func(path, name)


def bind(namespace, pkg, what):
    """Define Reader_Read etc. (the bodies of the Reader's declared methods)
    in a stdlib module's namespace."""
    m = ReaderMethods(pkg, what)
    namespace.update(Reader_Read=m.read, Reader_ReadAt=m.read_at, Reader_ReadByte=m.read_byte,
                     Reader_UnreadByte=m.unread_byte, Reader_ReadRune=m.read_rune,
                     Reader_UnreadRune=m.unread_rune, Reader_Seek=m.seek, Reader_WriteTo=m.write_to)
