"""Go panics and exits as Python exceptions, and Go's wording for run-time errors.

A Go panic is GoPanic carrying the panic value (a Go interface value). Run-time
errors (index out of range, nil dereference...) are panics whose value is a
runtime.Error, printed as `panic: runtime error: ...`; `[signal SIGSEGV ...]`
follows for nil dereferences as in Go. Fatal errors (deadlock, concurrent map
writes, unlock of unlocked mutex) cannot be recovered: GoFatal. os.Exit is
GoExit, which deferred calls never see.
"""
from __future__ import annotations


class GoPanic(Exception):
    def __init__(self, value, goexit=False):
        super().__init__()
        self.value = value          # Go interface value: (RType, v) or None
        self.recovered = False
        self.repanicked = False
        self.prev = None            # the panic this one happened during (printed first)
        self.goexit = goexit        # runtime.Goexit unwinding, not a panic

    def __str__(self):
        from .gofmt import panic_value_string
        return panic_value_string(self.value)


class GoFatal(Exception):
    """fatal error: ... (not recoverable)."""

    def __init__(self, msg, trace_state=None, extra=''):
        super().__init__(msg)
        self.msg = msg
        self.trace_state = trace_state
        self.extra = extra


class GoExit(BaseException):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class RuntimeErrorValue:
    """The dynamic value of a runtime.Error panic."""
    __slots__ = ('msg', 'sigsegv')

    def __init__(self, msg, sigsegv=False):
        self.msg = msg
        self.sigsegv = sigsegv

    def error(self):
        return 'runtime error: ' + self.msg


def runtime_panic(msg, sigsegv=False):
    from .rtypes import RUNTIME_ERROR
    return GoPanic((RUNTIME_ERROR, RuntimeErrorValue(msg, sigsegv)))


def index_error(i, n):
    if i < 0:
        return runtime_panic(f'index out of range [{i}]')
    return runtime_panic(f'index out of range [{i}] with length {n}')


# Go's boundsError wordings: (form for x >= 0, form for negative x)
_SLICE_BOUNDS = {
    'Alen': ('[:{x}] with length {y}', '[:{x}]'),
    'Acap': ('[:{x}] with capacity {y}', '[:{x}]'),
    'B': ('[{x}:{y}]', '[{x}:]'),
    '3Alen': ('[::{x}] with length {y}', '[::{x}]'),
    '3Acap': ('[::{x}] with capacity {y}', '[::{x}]'),
    '3B': ('[:{x}:{y}]', '[:{x}:]'),
    '3C': ('[{x}:{y}:]', '[{x}::]'),
}


def slice_error(form, x, y):
    """runtime error: slice bounds out of range ... (form: a key of _SLICE_BOUNDS)."""
    pos, neg = _SLICE_BOUNDS[form]
    return runtime_panic('slice bounds out of range ' + (neg if x < 0 else pos).format(x=x, y=y))


def nil_deref():
    return runtime_panic('invalid memory address or nil pointer dereference', sigsegv=True)


def div_zero():
    return runtime_panic('integer divide by zero')


def nil_map_write():
    return GoPanic(_plain_error('assignment to entry in nil map'))


def _plain_error(msg):
    from .rtypes import PLAIN_ERROR
    return (PLAIN_ERROR, msg)
