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
    """fatal error: ... (not recoverable). The report shows the running
    goroutine's stack (trace_state: the scheduler), every goroutine's for a
    deadlock, or that of trace_g, a parked goroutine (when the error comes
    from the scheduler itself, as a timer starting a nil func)."""

    def __init__(self, msg, trace_state=None, extra='', trace_g=None):
        super().__init__(msg)
        self.msg = msg
        self.trace_state = trace_state
        self.extra = extra
        self.trace_g = trace_g


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


def panic_at(_gopos, p):
    """Raise p as happening at _gopos (file, line, function): code on a hot
    path calls this only when it fails, so the trace has the position
    (runtime/traceback.py reads the parameter) at no cost otherwise."""
    raise p


def runtime_panic(msg, sigsegv=False):
    """A runtime error (its dynamic type runtime.errorString, as Go's
    nil dereference, division by zero, negative shift... have)."""
    from .rtypes import RUNTIME_ERROR
    return GoPanic((RUNTIME_ERROR, RuntimeErrorValue(msg, sigsegv)))


def bounds_panic(msg):
    """An index, slice or slice-to-array conversion out of range: its
    dynamic type is runtime.boundsError."""
    from .rtypes import BOUNDS_ERROR
    return GoPanic((BOUNDS_ERROR, RuntimeErrorValue(msg)))


def unhashable(type_name):
    """Hashing a key whose dynamic type has no ==: Go's runtime error."""
    p = runtime_panic(f'hash of unhashable type {type_name}')
    p.unhashable = type_name
    return p


def unhashable_key(type_name):
    """A lookup or delete with an unhashable key in a nil or empty map: such
    a map checks the key without hashing it (internal/runtime/maps
    mapKeyError), and the panic is that package's unhashableTypeError."""
    from .rtypes import UNHASHABLE_KEY_ERROR
    return GoPanic((UNHASHABLE_KEY_ERROR, type_name))


def key_for_empty_map(kin, k):
    """kin(k) for a lookup or delete in a nil or empty map (unhashable_key)."""
    try:
        return kin(k)
    except GoPanic as p:
        name = getattr(p, 'unhashable', None)
        if name is None:
            raise
        raise unhashable_key(name) from None


def index_error(i, n):
    if i < 0:
        return bounds_panic(f'index out of range [{i}]')
    return bounds_panic(f'index out of range [{i}] with length {n}')


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
    return bounds_panic('slice bounds out of range ' + (neg if x < 0 else pos).format(x=x, y=y))


# Go panics with one shared value for every nil dereference (memoryError) and
# division by zero (divideError): a recovered one panicking again is
# `[recovered, repanicked]`.
_MEMORY_ERROR = RuntimeErrorValue('invalid memory address or nil pointer dereference', True)
_DIVIDE_ERROR = RuntimeErrorValue('integer divide by zero')


def nil_deref():
    from .rtypes import RUNTIME_ERROR
    return GoPanic((RUNTIME_ERROR, _MEMORY_ERROR))


def div_zero():
    from .rtypes import RUNTIME_ERROR
    return GoPanic((RUNTIME_ERROR, _DIVIDE_ERROR))


def nil_map_write():
    return GoPanic(_plain_error('assignment to entry in nil map'))


def _plain_error(msg):
    from .rtypes import PLAIN_ERROR
    return (PLAIN_ERROR, msg)


def go_exception(e):
    """What Go does where a Python exception escaped a Go operation: a
    GoPanic or GoFatal for the kinds it can stand for, None for others (a
    bug in minigo, reported as such).

    Python code of the standard library that meets a nil Go value (None)
    where it expects a pointer, map, slice backing or function raises
    TypeError or AttributeError about NoneType: in Go that is a nil pointer
    dereference. MemoryError is Go's `fatal error: runtime: out of memory`.
    """
    if isinstance(e, (GoPanic, GoFatal, RecursionError)):
        return None
    if isinstance(e, (TypeError, AttributeError)) and 'NoneType' in str(e):
        return nil_deref()
    if isinstance(e, MemoryError):
        from .alloc import out_of_memory
        return out_of_memory()
    return None


def as_go(e):
    """go_exception(e) carrying e's traceback (for the goroutine trace), or None."""
    p = go_exception(e)
    if p is not None:
        p.__cause__ = None
        p.__suppress_context__ = True
        p = p.with_traceback(e.__traceback__)
    return p


def go_entry(fn, nargs):
    """fn (a goroutine's or main's function) with Python exceptions that stand
    for Go panics raised as those panics."""
    if nargs == 0:
        def entry():
            try:
                return fn()
            except Exception as e:
                p = as_go(e)
                if p is None:
                    raise
                raise p from None
    elif nargs == 1:
        def entry(a):
            try:
                return fn(a)
            except Exception as e:
                p = as_go(e)
                if p is None:
                    raise
                raise p from None
    elif nargs == 2:
        def entry(a, b):
            try:
                return fn(a, b)
            except Exception as e:
                p = as_go(e)
                if p is None:
                    raise
                raise p from None
    else:
        def entry(*args):
            try:
                return fn(*args)
            except Exception as e:
                p = as_go(e)
                if p is None:
                    raise
                raise p from None
    return entry
