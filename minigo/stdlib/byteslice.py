"""[]byte values from the Python side: a []byte is a Slice over a list of
ints; these helpers read one as bytes and make or extend one as Go would
(exact capacity for a fresh slice, append's growth for an append)."""
from __future__ import annotations

from ..runtime.values import NIL_SLICE, Slice


def data(s):
    """The bytes a []byte holds."""
    a = s.a
    if a is None or s.len == 0:
        return b''
    return bytes(a[s.off:s.off + s.len])


def new(b):
    """A fresh []byte holding b, len == cap (make([]byte, n) then copy)."""
    n = len(b)
    return Slice(list(b), 0, n, n)


def new_or_nil(b):
    return new(b) if b else NIL_SLICE


def append(dst, b):
    """append(dst, b...)."""
    from ..compile.builtins import grow_append
    if not b:
        return dst
    return grow_append(dst, list(b), 1, True, _zeros)


def copy_into(dst, b):
    """copy(dst, b): the number of bytes copied."""
    n = min(dst.len, len(b))
    if n:
        dst.a[dst.off:dst.off + n] = b[:n]
    return n


def _zeros(n):
    return [0] * n
