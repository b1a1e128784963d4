"""Go's operators on run-time values, chosen by static type at compile time.

`binary_fn(op, kind)` returns a plain Python function (x, y) -> result with
Go's semantics for that kind: sized integers wrap, / and % truncate toward zero
and panic on zero, shifts use Go's rules for large counts, float32 rounds after
every operation. The expression compiler wraps these in closures (and uses
specialised closures for the hottest shapes, see compile/fastops.py).
"""
from __future__ import annotations

import math
import operator
import struct

from ..runtime import rtypes as R
from ..runtime.panic import div_zero, runtime_panic

_pack_f = struct.Struct('<f')


def f32(x):
    try:
        return _pack_f.unpack(_pack_f.pack(x))[0]
    except OverflowError:
        # beyond the largest float32: rounds back to it below the halfway point
        # to 2**128 (ties go to even, i.e. to infinity)
        m = 3.4028234663852886e38 if abs(x) < 3.4028235677973366e38 else float('inf')
        return m if x > 0 else -m


def c64(z):
    return complex(f32(z.real), f32(z.imag))


BITS = {R.INT: 64, R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64, R.UINT: 64, R.UINT8: 8,
        R.UINT16: 16, R.UINT32: 32, R.UINT64: 64, R.UINTPTR: 64}


def wrapper(kind):
    """A function bringing an exact integer into kind's range, or None."""
    bits = BITS.get(kind)
    if bits is None:
        if kind == R.FLOAT32:
            return f32
        if kind == R.COMPLEX64:
            return c64
        return None
    mask = (1 << bits) - 1
    if kind in R.UNSIGNED_KINDS:
        return lambda r: r & mask
    lo = -(1 << (bits - 1))
    hi = (1 << (bits - 1)) - 1

    def wrap(r):
        if lo <= r <= hi:
            return r
        return ((r - lo) & mask) + lo
    return wrap


MIN64 = -(1 << 63)
MAX64 = (1 << 63) - 1
M64 = (1 << 64) - 1


def wrap64(r):
    """An exact integer brought into int64's range, as Go's arithmetic wraps."""
    return ((r - MIN64) & M64) + MIN64


def _quo_int(x, y):
    if x >= 0 and y > 0:        # the common case: Python's floor is Go's truncation
        return x // y
    if y == 0:
        raise div_zero()
    q = abs(x) // abs(y)
    return q if (x >= 0) == (y >= 0) else -q


def _rem_int(x, y):
    if x >= 0 and y > 0:
        return x % y
    if y == 0:
        raise div_zero()
    r = abs(x) % abs(y)
    return r if x >= 0 else -r


def _quo_int64(x, y):
    if x >= 0 and y > 0:
        return x // y
    q = _quo_int(x, y)
    return q if q != 1 << 63 else -(1 << 63)    # MinInt64 / -1 wraps


def _quo_float(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        if x != x or x == 0:
            return math.nan
        return math.inf if math.copysign(1.0, x) * math.copysign(1.0, y) > 0 else -math.inf


def _fdiv(a, b):
    return _quo_float(a, b)


def _quo_complex(n, m):
    """Go's complex128div (Smith's algorithm, then C99 G.5.1 fix-ups), so the
    last bits agree with Go rather than with Python's complex division."""
    a, b = n.real, n.imag
    c, d = m.real, m.imag
    if abs(c) >= abs(d):
        ratio = _fdiv(d, c)
        denom = c + ratio * d
        e = _fdiv(a + b * ratio, denom)
        f = _fdiv(b - a * ratio, denom)
    else:
        ratio = _fdiv(c, d)
        denom = d + ratio * c
        e = _fdiv(a * ratio + b, denom)
        f = _fdiv(b * ratio - a, denom)
    if e != e and f != f:
        inf = math.inf
        if c == 0 and d == 0 and (a == a or b == b):
            e = math.copysign(inf, c) * a
            f = math.copysign(inf, c) * b
        elif (math.isinf(a) or math.isinf(b)) and math.isfinite(c) and math.isfinite(d):
            a = math.copysign(1.0 if math.isinf(a) else 0.0, a)
            b = math.copysign(1.0 if math.isinf(b) else 0.0, b)
            e = inf * (a * c + b * d)
            f = inf * (b * c - a * d)
        elif (math.isinf(c) or math.isinf(d)) and math.isfinite(a) and math.isfinite(b):
            c = math.copysign(1.0 if math.isinf(c) else 0.0, c)
            d = math.copysign(1.0 if math.isinf(d) else 0.0, d)
            e = 0 * (a * c + b * d)
            f = 0 * (b * c - a * d)
    return complex(e, f)


def float_min(x, y):
    """Go's min on floats: a NaN wins, and -0 is less than +0."""
    if x != x:
        return x
    if y != y:
        return y
    if x == y == 0.0:
        return x if math.copysign(1.0, x) < 0 else y
    return y if y < x else x


def float_max(x, y):
    """Go's max on floats: a NaN wins, and +0 is greater than -0."""
    if x != x:
        return x
    if y != y:
        return y
    if x == y == 0.0:
        return y if math.copysign(1.0, x) < 0 else x
    return y if y > x else x


def _and_not(x, y):
    return x & ~y


def shift_fn(op, kind, count_signed):
    """x << s / x >> s for an integer kind; s is any integer."""
    wrap = wrapper(kind)
    bits = BITS[kind]
    signed = kind in R.SIGNED_KINDS
    if op == '<<':
        def shl(x, s):
            if s < 0:
                raise runtime_panic('negative shift amount')
            if s >= bits:
                return 0
            return wrap(x << s)
        return shl

    def shr(x, s):
        if s < 0:
            raise runtime_panic('negative shift amount')
        if s >= bits:
            return -1 if (signed and x < 0) else 0
        return x >> s
    return shr


ARITH_OPS = _ARITH = {'+': operator.add, '-': operator.sub, '*': operator.mul, '&': operator.and_,
          '|': operator.or_, '^': operator.xor, '&^': _and_not}
COMPARE = {'==': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le,
           '>': operator.gt, '>=': operator.ge}


def binary_fn(op, kind):
    """(x, y) -> x op y for values of kind (not comparisons, not shifts)."""
    if kind in R.INTEGER_KINDS:
        wrap = wrapper(kind)
        if op == '/':
            if kind in R.UNSIGNED_KINDS:
                def quo(x, y):
                    if y == 0:
                        raise div_zero()
                    return x // y
                return quo
            if kind in (R.INT, R.INT64):
                return _quo_int64
            return lambda x, y: wrap(_quo_int(x, y))
        if op == '%':
            if kind in R.UNSIGNED_KINDS:
                def rem(x, y):
                    if y == 0:
                        raise div_zero()
                    return x % y
                return rem
            return _rem_int
        f = _ARITH[op]
        if op in ('&', '|', '&^') or (op == '^' and kind in R.UNSIGNED_KINDS):
            if op == '&^' and kind in R.SIGNED_KINDS:
                return lambda x, y: x & ~y
            return f
        if op == '^':
            return f   # xor of two in-range signed values stays in range
        return lambda x, y: wrap(f(x, y))
    if kind == R.FLOAT64:
        if op == '/':
            return _quo_float
        return _ARITH[op]
    if kind == R.FLOAT32:
        if op == '/':
            return lambda x, y: f32(_quo_float(x, y))
        f = _ARITH[op]
        return lambda x, y: f32(f(x, y))
    if kind == R.COMPLEX128:
        if op == '/':
            return _quo_complex
        return _ARITH[op]
    if kind == R.COMPLEX64:
        if op == '/':
            return lambda x, y: c64(_quo_complex(x, y))
        f = _ARITH[op]
        return lambda x, y: c64(f(x, y))
    if kind == R.STRING and op == '+':
        return operator.add
    raise NotImplementedError(f'operator {op} on kind {kind}')


def unary_fn(op, kind):
    if op == '-':
        if kind in R.INTEGER_KINDS:
            wrap = wrapper(kind)
            return lambda x: wrap(-x)
        return operator.neg
    if op == '+':
        return lambda x: x
    if op == '!':
        return operator.not_
    if op == '^':
        wrap = wrapper(kind)
        if kind in R.UNSIGNED_KINDS:
            mask = (1 << BITS[kind]) - 1
            return lambda x: x ^ mask
        return operator.invert
    raise NotImplementedError(op)
