"""Closures for binary arithmetic and comparisons, specialised by operand shape.

The general closure calls both operand closures and an operator function. The
hot shapes of loops and recursion -- a local variable and a constant, or two
local variables, with int arithmetic or an ordered comparison -- read the
frame slots directly and inline the operator, saving two or three Python calls
per operation. Semantics are those of compile/ops.py.
"""
from __future__ import annotations

import operator

from ..runtime import rtypes as R
from ..syntax import ast as A
from . import ops
from .ops import MIN64, MAX64, M64, wrap64



def arith(c, op, kind, xe, ye, site=None):
    """site: where a division by zero panics (kept in the closure as _gopos)."""
    x = c.expr(xe)
    y = c.expr(ye)
    fn = ops.binary_fn(op, kind)
    xs = c.local_slot(xe)
    ys = c.local_slot(ye)
    okx, cx = c.const_of(xe)
    oky, cy = c.const_of(ye)
    if kind in (R.INT, R.INT64) and op in ('+', '-'):
        if xs is not None and oky:
            if op == '+':
                def add_lc(fr):
                    r = fr[xs] + cy
                    if MIN64 <= r <= MAX64:
                        return r
                    return ((r - MIN64) & M64) + MIN64
                add_lc.local_plus = (xs, cy)    # a call site may add itself
                return add_lc

            def sub_lc(fr):
                r = fr[xs] - cy
                if MIN64 <= r <= MAX64:
                    return r
                return ((r - MIN64) & M64) + MIN64
            sub_lc.local_plus = (xs, -cy)
            return sub_lc
        if xs is not None and ys is not None:
            if op == '+':
                def add_ll(fr):
                    r = fr[xs] + fr[ys]
                    if MIN64 <= r <= MAX64:
                        return r
                    return ((r - MIN64) & M64) + MIN64
                return add_ll

            def sub_ll(fr):
                r = fr[xs] - fr[ys]
                if MIN64 <= r <= MAX64:
                    return r
                return ((r - MIN64) & M64) + MIN64
            return sub_ll
        if oky:
            if op == '+':
                def add_ec(fr):
                    r = x(fr) + cy
                    if MIN64 <= r <= MAX64:
                        return r
                    return ((r - MIN64) & M64) + MIN64
                return add_ec

            def sub_ec(fr):
                r = x(fr) - cy
                if MIN64 <= r <= MAX64:
                    return r
                return ((r - MIN64) & M64) + MIN64
            return sub_ec
        if op == '+':
            def add_ee(fr):
                r = x(fr) + y(fr)
                if MIN64 <= r <= MAX64:
                    return r
                return ((r - MIN64) & M64) + MIN64
            return add_ee

        def sub_ee(fr):
            r = x(fr) - y(fr)
            if MIN64 <= r <= MAX64:
                return r
            return ((r - MIN64) & M64) + MIN64
        return sub_ee
    xk, xv = ('L', xs) if xs is not None else (('C', cx) if okx else ('E', x))
    yk, yv = ('L', ys) if ys is not None else (('C', cy) if oky else ('E', y))
    shape = xk + yk
    if kind == R.FLOAT64 and op in ('+', '-', '*'):
        return _FLOAT_INLINE[op, shape](xv, yv)
    if kind == R.STRING and op == '+' or kind in (R.FLOAT64, R.COMPLEX128) and op in ops.ARITH_OPS:
        return _APPLY[shape](ops.ARITH_OPS[op], xv, yv, None)
    if kind in (R.INT, R.INT64) and op in ('+', '-', '*'):
        return _APPLY_WRAP64[shape](ops.ARITH_OPS[op], xv, yv)
    return _APPLY[shape](fn, xv, yv, site)


# f(x, y) for the operand shapes: L a local's frame slot, C a constant, E a closure
_APPLY = {
    'LL': lambda f, a, b, site: lambda fr, _gopos=site: f(fr[a], fr[b]),
    'LC': lambda f, a, b, site: lambda fr, _gopos=site: f(fr[a], b),
    'LE': lambda f, a, b, site: lambda fr, _gopos=site: f(fr[a], b(fr)),
    'CL': lambda f, a, b, site: lambda fr, _gopos=site: f(a, fr[b]),
    'CE': lambda f, a, b, site: lambda fr, _gopos=site: f(a, b(fr)),
    'EL': lambda f, a, b, site: lambda fr, _gopos=site: f(a(fr), fr[b]),
    'EC': lambda f, a, b, site: lambda fr, _gopos=site: f(a(fr), b),
    'EE': lambda f, a, b, site: lambda fr, _gopos=site: f(a(fr), b(fr)),
}


# int64 +, -, * (C-level f) with Go's wrap-around, for the shapes above
_APPLY_WRAP64 = {
    'LL': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(fr[a], fr[b])) <= MAX64 else wrap64(r),
    'LC': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(fr[a], b)) <= MAX64 else wrap64(r),
    'LE': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(fr[a], b(fr))) <= MAX64 else wrap64(r),
    'CL': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(a, fr[b])) <= MAX64 else wrap64(r),
    'CE': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(a, b(fr))) <= MAX64 else wrap64(r),
    'EL': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(a(fr), fr[b])) <= MAX64 else wrap64(r),
    'EC': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(a(fr), b)) <= MAX64 else wrap64(r),
    'EE': lambda f, a, b: lambda fr: r if MIN64 <= (r := f(a(fr), b(fr))) <= MAX64 else wrap64(r),
}

# float64 +, -, * inline, for the shapes above
_FLOAT_INLINE = {
    ('+', 'LL'): lambda a, b: lambda fr: fr[a] + fr[b],
    ('+', 'LC'): lambda a, b: lambda fr: fr[a] + b,
    ('+', 'LE'): lambda a, b: lambda fr: fr[a] + b(fr),
    ('+', 'CL'): lambda a, b: lambda fr: a + fr[b],
    ('+', 'CE'): lambda a, b: lambda fr: a + b(fr),
    ('+', 'EL'): lambda a, b: lambda fr: a(fr) + fr[b],
    ('+', 'EC'): lambda a, b: lambda fr: a(fr) + b,
    ('+', 'EE'): lambda a, b: lambda fr: a(fr) + b(fr),
    ('-', 'LL'): lambda a, b: lambda fr: fr[a] - fr[b],
    ('-', 'LC'): lambda a, b: lambda fr: fr[a] - b,
    ('-', 'LE'): lambda a, b: lambda fr: fr[a] - b(fr),
    ('-', 'CL'): lambda a, b: lambda fr: a - fr[b],
    ('-', 'CE'): lambda a, b: lambda fr: a - b(fr),
    ('-', 'EL'): lambda a, b: lambda fr: a(fr) - fr[b],
    ('-', 'EC'): lambda a, b: lambda fr: a(fr) - b,
    ('-', 'EE'): lambda a, b: lambda fr: a(fr) - b(fr),
    ('*', 'LL'): lambda a, b: lambda fr: fr[a] * fr[b],
    ('*', 'LC'): lambda a, b: lambda fr: fr[a] * b,
    ('*', 'LE'): lambda a, b: lambda fr: fr[a] * b(fr),
    ('*', 'CL'): lambda a, b: lambda fr: a * fr[b],
    ('*', 'CE'): lambda a, b: lambda fr: a * b(fr),
    ('*', 'EL'): lambda a, b: lambda fr: a(fr) * fr[b],
    ('*', 'EC'): lambda a, b: lambda fr: a(fr) * b,
    ('*', 'EE'): lambda a, b: lambda fr: a(fr) * b(fr),
}


_CMP = {'==': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le,
        '>': operator.gt, '>=': operator.ge}


def compare(c, op, xe, ye):
    x = c.expr(xe)
    y = c.expr(ye)
    xs = c.local_slot(xe)
    ys = c.local_slot(ye)
    oky, cy = c.const_of(ye)
    if xs is not None and oky:
        return {
            '==': lambda fr: fr[xs] == cy, '!=': lambda fr: fr[xs] != cy,
            '<': lambda fr: fr[xs] < cy, '<=': lambda fr: fr[xs] <= cy,
            '>': lambda fr: fr[xs] > cy, '>=': lambda fr: fr[xs] >= cy,
        }[op]
    if xs is not None and ys is not None:
        return {
            '==': lambda fr: fr[xs] == fr[ys], '!=': lambda fr: fr[xs] != fr[ys],
            '<': lambda fr: fr[xs] < fr[ys], '<=': lambda fr: fr[xs] <= fr[ys],
            '>': lambda fr: fr[xs] > fr[ys], '>=': lambda fr: fr[xs] >= fr[ys],
        }[op]
    if oky:
        return {
            '==': lambda fr: x(fr) == cy, '!=': lambda fr: x(fr) != cy,
            '<': lambda fr: x(fr) < cy, '<=': lambda fr: x(fr) <= cy,
            '>': lambda fr: x(fr) > cy, '>=': lambda fr: x(fr) >= cy,
        }[op]
    okx, cx = c.const_of(xe)
    if xs is not None or ys is not None or okx:
        xk, xv = ('L', xs) if xs is not None else (('C', cx) if okx else ('E', x))
        yk, yv = ('L', ys) if ys is not None else ('E', y)
        return _APPLY[xk + yk](_CMP[op], xv, yv, None)
    return {
        '==': lambda fr: x(fr) == y(fr), '!=': lambda fr: x(fr) != y(fr),
        '<': lambda fr: x(fr) < y(fr), '<=': lambda fr: x(fr) <= y(fr),
        '>': lambda fr: x(fr) > y(fr), '>=': lambda fr: x(fr) >= y(fr),
    }[op]


def condition(c, cond):
    """cond compiled once, in the form the closures below test it:
    ('cmp', f, xs, ys) / ('cmpc', f, xs, cy) for a local compared with a
    local or a constant (Python's operators), ('not', closure) for !x,
    ('fn', closure) otherwise."""
    e = A.unparen(cond)
    if isinstance(e, A.UnaryExpr) and e.op == '!':
        return ('not', c.cond(e.x))     # !x orders as x does
    if isinstance(e, A.BinaryExpr) and e.op in _CMP and c.plain_comparison(e):
        xs = c.local_slot(e.x)
        ys = c.local_slot(e.y)
        oky, cy = c.const_of(e.y)
        f = _CMP[e.op]
        if xs is not None and ys is not None:
            return ('cmp', f, xs, ys)
        if xs is not None and oky:
            return ('cmpc', f, xs, cy)
    return ('fn', c.cond(cond))


def test_fn(test):
    """The condition as a closure fr -> bool."""
    kind = test[0]
    if kind == 'fn':
        return test[1]
    if kind == 'not':
        t = test[1]
        return lambda fr: not t(fr)
    _, f, xs, y = test
    if kind == 'cmp':
        return lambda fr: f(fr[xs], fr[y])
    return lambda fr: f(fr[xs], y)


def if_closure(test, then, els):
    """`if C { then } else { els }` (els may be None), the test of a
    comparison or a negation made inside the if's own closure."""
    kind = test[0]
    if kind in ('cmp', 'cmpc'):
        _, f, xs, y = test
        if kind == 'cmp':
            if els is None:
                def if_ll(fr):
                    if f(fr[xs], fr[y]):
                        return then(fr)
                return if_ll

            def if_else_ll(fr):
                if f(fr[xs], fr[y]):
                    return then(fr)
                return els(fr)
            return if_else_ll
        if els is None:
            def if_lc(fr):
                if f(fr[xs], y):
                    return then(fr)
            return if_lc

        def if_else_lc(fr):
            if f(fr[xs], y):
                return then(fr)
            return els(fr)
        return if_else_lc
    t = test[1]
    if kind == 'not':
        if els is None:
            def if_not(fr):
                if not t(fr):
                    return then(fr)
            return if_not

        def if_not_else(fr):
            if not t(fr):
                return then(fr)
            return els(fr)
        return if_not_else
    if els is None:
        def if_(fr):
            if t(fr):
                return then(fr)
        return if_

    def if_else(fr):
        if t(fr):
            return then(fr)
        return els(fr)
    return if_else


def pick(test, yes, no):
    """fr -> yes(fr) if the condition (from condition()) holds else no(fr)."""
    kind = test[0]
    if kind in ('cmp', 'cmpc'):
        _, f, xs, y = test
        if kind == 'cmp':
            return lambda fr: yes(fr) if f(fr[xs], fr[y]) else no(fr)
        return lambda fr: yes(fr) if f(fr[xs], y) else no(fr)
    t = test[1]
    if kind == 'not':
        return lambda fr: no(fr) if t(fr) else yes(fr)
    return lambda fr: yes(fr) if t(fr) else no(fr)
