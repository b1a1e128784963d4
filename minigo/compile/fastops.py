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
from . import ops

_MIN64 = -(1 << 63)
_MAX64 = (1 << 63) - 1
_M64 = (1 << 64) - 1


def arith(c, op, kind, xe, ye):
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
                    if _MIN64 <= r <= _MAX64:
                        return r
                    return ((r - _MIN64) & _M64) + _MIN64
                return add_lc

            def sub_lc(fr):
                r = fr[xs] - cy
                if _MIN64 <= r <= _MAX64:
                    return r
                return ((r - _MIN64) & _M64) + _MIN64
            return sub_lc
        if xs is not None and ys is not None:
            if op == '+':
                def add_ll(fr):
                    r = fr[xs] + fr[ys]
                    if _MIN64 <= r <= _MAX64:
                        return r
                    return ((r - _MIN64) & _M64) + _MIN64
                return add_ll

            def sub_ll(fr):
                r = fr[xs] - fr[ys]
                if _MIN64 <= r <= _MAX64:
                    return r
                return ((r - _MIN64) & _M64) + _MIN64
            return sub_ll
        if oky:
            if op == '+':
                def add_ec(fr):
                    r = x(fr) + cy
                    if _MIN64 <= r <= _MAX64:
                        return r
                    return ((r - _MIN64) & _M64) + _MIN64
                return add_ec

            def sub_ec(fr):
                r = x(fr) - cy
                if _MIN64 <= r <= _MAX64:
                    return r
                return ((r - _MIN64) & _M64) + _MIN64
            return sub_ec
        if op == '+':
            def add_ee(fr):
                r = x(fr) + y(fr)
                if _MIN64 <= r <= _MAX64:
                    return r
                return ((r - _MIN64) & _M64) + _MIN64
            return add_ee

        def sub_ee(fr):
            r = x(fr) - y(fr)
            if _MIN64 <= r <= _MAX64:
                return r
            return ((r - _MIN64) & _M64) + _MIN64
        return sub_ee
    if kind == R.FLOAT64 and op in ('+', '-', '*'):
        f = {'+': operator.add, '-': operator.sub, '*': operator.mul}[op]
        if op == '+':
            return lambda fr: x(fr) + y(fr)
        if op == '-':
            return lambda fr: x(fr) - y(fr)
        return lambda fr: x(fr) * y(fr)
    if kind == R.STRING and op == '+':
        return lambda fr: x(fr) + y(fr)
    if oky:
        return lambda fr: fn(x(fr), cy)
    return lambda fr: fn(x(fr), y(fr))


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
    return {
        '==': lambda fr: x(fr) == y(fr), '!=': lambda fr: x(fr) != y(fr),
        '<': lambda fr: x(fr) < y(fr), '<=': lambda fr: x(fr) <= y(fr),
        '>': lambda fr: x(fr) > y(fr), '>=': lambda fr: x(fr) >= y(fr),
    }[op]
