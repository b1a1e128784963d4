"""Allocation sizes: Go's limits, and what minigo cannot hold in memory.

Go refuses an allocation larger than its address space can ever hold with a
run-time panic (`makeslice: len out of range`, `growslice: len out of range`,
`makechan: size out of range`): maxAlloc is 1<<48 bytes on 64-bit Linux. A
smaller request that the machine cannot back ends the program with
`fatal error: runtime: out of memory`, which is not recoverable.

minigo holds a slice as a Python list (8 bytes a slot whatever the element)
and a string as bytes, so it meets the machine's limit sooner than Go for
some element types: a request whose Go size or Python size exceeds the
machine's physical memory is treated as Go treats memory it cannot get,
instead of letting Python raise MemoryError (or swap for minutes).
"""
from __future__ import annotations

import os

MAX_INT = (1 << 63) - 1
MAX_ALLOC = 1 << 48          # runtime.maxAlloc on linux/amd64
HCHAN_SIZE = 96              # a channel's header, counted in makechan's limit
PY_SLOT = 8                  # bytes of a Python list slot


def _phys_mem():
    try:
        return os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES')
    except (ValueError, OSError, AttributeError):
        return 8 << 30


PHYS_MEM = _phys_mem()


def out_of_memory():
    from .context import current
    from .panic import GoFatal
    return GoFatal('runtime: out of memory', trace_state=current().sched, extra='\nruntime stack:\n')


def check_makeslice(ln, cap, esize, lazy=False):
    """make([]T, ln, cap) for an element of esize bytes: Go's panics, then
    memory (not for lazy: a zero-size element's ZeroSizedArray)."""
    from .panic import runtime_panic
    if ln < 0 or ln > cap or cap > MAX_INT or cap * esize > MAX_ALLOC:
        if ln < 0 or ln > MAX_INT or ln * esize > MAX_ALLOC:
            raise runtime_panic('makeslice: len out of range')
        raise runtime_panic('makeslice: cap out of range')
    if lazy:
        return
    if cap * esize > PHYS_MEM or cap * PY_SLOT > PHYS_MEM // 2:
        raise out_of_memory()


def check_makechan(size, esize):
    from .panic import GoPanic
    from .rtypes import PLAIN_ERROR
    if size < 0 or size > MAX_INT or size * esize > MAX_ALLOC - HCHAN_SIZE:
        raise GoPanic((PLAIN_ERROR, 'makechan: size out of range'))
    if size * esize > PHYS_MEM:
        raise out_of_memory()


def growslice_error():
    from .panic import runtime_panic
    return runtime_panic('growslice: len out of range')


def check_grow(new_len, cap, esize):
    """append growing a slice to cap elements (new_len of them in use)."""
    if new_len > MAX_INT or cap * esize > MAX_ALLOC:
        raise growslice_error()
    if cap * esize > PHYS_MEM or cap * PY_SLOT > PHYS_MEM // 2:
        raise out_of_memory()


def check_string(nbytes):
    """A string (or []byte) result of nbytes built in one go (strings.Repeat...)."""
    if nbytes > PHYS_MEM // 2:
        raise out_of_memory()
