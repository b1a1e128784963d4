"""Closures for the hottest stores, specialised by shape.

The general store asks a location closure for a (container, key) pair and
then writes through it: a tuple and two extra calls per store. Here:
`s[i] = v` on a slice, `x op= y` on an int or float local, on a slice element
or on a struct field, and the two-way parallel assignment (`i, j = i+1, j-1`,
`s[i], s[j] = s[j], s[i]`) write directly. Evaluation order, bounds checks and
int wrap-around are those of compile/stmt.py's general forms, which every
other shape still takes.
"""
from __future__ import annotations

from .. import types as T
from ..runtime import rtypes as R
from ..runtime.panic import index_error, nil_deref
from ..syntax import ast as A
from .context import is_aggregate
from .ops import MIN64, MAX64, wrap64



def _slice_index(c, e):
    """(slice closure or slot, index closure or slot) for e = s[i] on a slice
    of non-aggregate elements, as (xs, x, ys, y) with the slot None when the
    operand is not an unboxed local; None when e is not such an index."""
    e = A.unparen(e)
    if not isinstance(e, A.IndexExpr) or len(e.indices) != 1:
        return None
    xt = c.typeof(e.x)
    if isinstance(T.unalias(xt), T.TypeParam):
        return None
    u = xt.underlying()
    if not isinstance(u, T.Slice) or is_aggregate(u.elem):
        return None
    return c.local_slot(e.x), c.expr(e.x), c.local_slot(e.indices[0]), c.expr(e.indices[0])


NO_CONST = object()


def slice_store(c, e, val, site, const=NO_CONST):
    """s[i] = val(fr) for a slice s, or None. As the general assign1: the
    value first, then the slice and the index, then the bounds check.
    const: the value when it is a constant (val is not called then)."""
    parts = _slice_index(c, e)
    if parts is None:
        return None
    xs, x, ys, y = parts
    if xs is not None and ys is not None and const is not NO_CONST:
        def store_slice_llc(fr, _gopos=site):
            s = fr[xs]
            i = fr[ys]
            if i >= s.len or i < 0:
                raise index_error(i, s.len)
            s.a[s.off + i] = const
        return store_slice_llc
    if xs is not None and ys is not None:
        def store_slice_ll(fr, _gopos=site):
            v = val(fr)
            s = fr[xs]
            i = fr[ys]
            if i >= s.len or i < 0:
                raise index_error(i, s.len)
            s.a[s.off + i] = v
        return store_slice_ll
    if xs is not None:
        def store_slice_le(fr, _gopos=site):
            v = val(fr)
            s = fr[xs]
            i = y(fr)
            if i >= s.len or i < 0:
                raise index_error(i, s.len)
            s.a[s.off + i] = v
        return store_slice_le

    def store_slice(fr, _gopos=site):
        v = val(fr)
        s = x(fr)
        i = y(fr)
        if i >= s.len or i < 0:
            raise index_error(i, s.len)
        s.a[s.off + i] = v
    return store_slice


def field_store(c, e, val, site):
    """x.f = val(fr) for a field reached in one step, or None: the value
    first, then the struct (and its nil check), as the general assign1."""
    e = A.unparen(e)
    if not isinstance(e, A.SelectorExpr) or is_aggregate(c.typeof(e)):
        return None
    sel = c.info.selections.get(e)
    if sel is None or len(sel.index) != 1:
        return None
    base, path, (i, deref) = c.field_path(e.x, sel)
    if path:
        return None
    bs = c.local_slot(e.x)
    if bs is not None:
        if deref:
            def store_field_pl(fr, _gopos=site):
                v = val(fr)
                o = fr[bs]
                if o is None:
                    raise nil_deref()
                o[i] = v
            return store_field_pl

        def store_field_l(fr):
            fr[bs][i] = val(fr)
        return store_field_l
    if deref:
        def store_field_p(fr, _gopos=site):
            v = val(fr)
            o = base(fr)
            if o is None:
                raise nil_deref()
            o[i] = v
        return store_field_p
    return None


def assign_locals2(c, lhs, vals):
    """a, b = x, y for two unboxed non-aggregate locals, or None."""
    slots = [c.local_slot(e) for e in lhs]
    if None in slots or any(is_aggregate(c.typeof(e)) for e in lhs):
        return None
    s0, s1 = slots
    v0, v1 = vals
    # values that are an int local plus a constant say so (fastops.arith)
    steps = [getattr(v, 'local_plus', None) for v in vals]
    if None not in steps:
        # i, j = i+1, j-1: both sums here, wrapped as Go wraps int64
        (x0, k0), (x1, k1) = steps

        def step2_locals(fr):
            a = fr[x0] + k0
            b = fr[x1] + k1
            fr[s0] = a if MIN64 <= a <= MAX64 else wrap64(a)
            fr[s1] = b if MIN64 <= b <= MAX64 else wrap64(b)
        return step2_locals

    def assign2_locals(fr):
        a = v0(fr)
        b = v1(fr)
        fr[s0] = a
        fr[s1] = b
    return assign2_locals


def swap(c, lhs, rhs, site):
    """s[i], s[j] = s[j], s[i] with s, i and j unboxed locals, or None. In
    gc's order: s[i] is read early (the first store could change it), then
    s[j]; both checks done, the stores cannot fail."""
    if len(rhs) != 2 or c.has_call(rhs[0]) or c.has_call(rhs[1]):
        return None
    parts = [_slice_index(c, e) for e in (*lhs, *rhs)]
    if None in parts:
        return None
    slots = [(p[0], p[2]) for p in parts]
    (s0, i0), (s1, i1), (s2, i2), (s3, i3) = slots
    if None in (s0, i0) or not (s0 == s1 == s2 == s3) or (i0, i1) != (i3, i2) or i0 is None or i1 is None:
        return None
    ss, si, sj = s0, i0, i1

    def swap_elems(fr, _gopos=site):
        s = fr[ss]
        i = fr[si]
        j = fr[sj]
        n = s.len
        if i >= n or i < 0:
            raise index_error(i, n)
        if j >= n or j < 0:
            raise index_error(j, n)
        a = s.a
        i += s.off
        j += s.off
        a[i], a[j] = a[j], a[i]
    return swap_elems


def assign_slices2(c, lhs, vals, second, site):
    """s[i], t[j] = x, y on slices in gc's order (compile/parallel.py;
    second: the second pair's early flags): early copies first, then each
    pair's value, operands, bounds check and store; or None."""
    parts = [_slice_index(c, e) for e in lhs]
    if None in parts:
        return None
    (_, x0, _, i0), (_, x1, _, i1) = parts
    v0, v1 = vals
    ops_early, val_early = second

    def assign2_slices(fr, _gopos=site):
        if ops_early:
            t = x1(fr)
            j = i1(fr)
        if val_early:
            b = v1(fr)
        a = v0(fr)
        s = x0(fr)
        i = i0(fr)
        if i >= s.len or i < 0:
            raise index_error(i, s.len)
        s.a[s.off + i] = a
        if not val_early:
            b = v1(fr)
        if not ops_early:
            t = x1(fr)
            j = i1(fr)
        if j >= t.len or j < 0:
            raise index_error(j, t.len)
        t.a[t.off + j] = b
    return assign2_slices


def op_assign_local(c, op, kind, lhs, rhs, fn, site):
    """x op= y for an unboxed local x, or None (not for shifts: their count
    is read differently)."""
    s = c.local_slot(lhs)
    if s is None or is_aggregate(c.typeof(lhs)):
        return None
    ok, cy = c.const_of(rhs)
    ys = c.local_slot(rhs)
    y = c.expr(rhs)
    if kind in (R.INT, R.INT64) and op in ('+', '-'):
        sign = 1 if op == '+' else -1
        if ok:
            k = cy * sign

            def op_local_c(fr):
                r = fr[s] + k
                fr[s] = r if MIN64 <= r <= MAX64 else wrap64(r)
            return op_local_c
        if ys is not None:
            if sign > 0:
                def add_local_l(fr):
                    r = fr[s] + fr[ys]
                    fr[s] = r if MIN64 <= r <= MAX64 else wrap64(r)
                return add_local_l

            def sub_local_l(fr):
                r = fr[s] - fr[ys]
                fr[s] = r if MIN64 <= r <= MAX64 else wrap64(r)
            return sub_local_l
        if sign > 0:
            def add_local(fr):
                r = fr[s] + y(fr)
                fr[s] = r if MIN64 <= r <= MAX64 else wrap64(r)
            return add_local

        def sub_local(fr):
            r = fr[s] - y(fr)
            fr[s] = r if MIN64 <= r <= MAX64 else wrap64(r)
        return sub_local
    if kind == R.FLOAT64 and op in ('+', '-', '*'):
        f = fn                      # operator.add/sub/mul: C functions
        if ys is not None:
            def fop_local_l(fr):
                fr[s] = f(fr[s], fr[ys])
            return fop_local_l

        def fop_local(fr):
            fr[s] = f(fr[s], y(fr))
        return fop_local
    if ok:
        def op_local_const(fr, _gopos=site):
            fr[s] = fn(fr[s], cy)
        return op_local_const
    if ys is not None:
        def op_local_l(fr, _gopos=site):
            fr[s] = fn(fr[s], fr[ys])
        return op_local_l
    return None


def op_assign_slice(c, lhs, rhs, fn, site):
    """s[i] op= y on a slice, or None: the slice, the index and its check,
    then y, as the general location-based form."""
    parts = _slice_index(c, lhs)
    if parts is None:
        return None
    _, x, _, i = parts
    y = c.expr(rhs)

    def op_slice(fr, _gopos=site):
        s = x(fr)
        k = i(fr)
        if k >= s.len or k < 0:
            raise index_error(k, s.len)
        a = s.a
        k += s.off
        a[k] = fn(a[k], y(fr))
    return op_slice


def op_assign_field(c, lhs, rhs, fn, site):
    """x.f op= y for a field reached in one step (through a pointer or not), or None."""
    e = A.unparen(lhs)
    if not isinstance(e, A.SelectorExpr):
        return None
    sel = c.info.selections.get(e)
    if sel is None or len(sel.index) != 1 or is_aggregate(c.typeof(e)):
        return None
    base, path, (i, deref) = c.field_path(e.x, sel)
    if path:
        return None
    y = c.expr(rhs)
    bs = c.local_slot(e.x)
    if bs is not None and deref:
        def op_field_pl(fr, _gopos=site):
            o = fr[bs]
            if o is None:
                raise nil_deref()
            o[i] = fn(o[i], y(fr))
        return op_field_pl
    if deref:
        def op_field_p(fr, _gopos=site):
            o = base(fr)
            if o is None:
                raise nil_deref()
            o[i] = fn(o[i], y(fr))
        return op_field_p

    def op_field(fr, _gopos=site):
        o = base(fr)
        o[i] = fn(o[i], y(fr))
    return op_field


def incdec_field(c, lhs, fn, one, site):
    """x.f++ / x.f-- for a one-step field of a local struct or pointer, or None."""
    e = A.unparen(lhs)
    if not isinstance(e, A.SelectorExpr):
        return None
    sel = c.info.selections.get(e)
    bs = c.local_slot(e.x)
    if sel is None or len(sel.index) != 1 or bs is None:
        return None
    _, path, (i, deref) = c.field_path(e.x, sel)
    if path:
        return None
    if deref:
        def incdec_field_pl(fr, _gopos=site):
            o = fr[bs]
            if o is None:
                raise nil_deref()
            o[i] = fn(o[i], one)
        return incdec_field_pl

    def incdec_field_l(fr):
        o = fr[bs]
        o[i] = fn(o[i], one)
    return incdec_field_l
