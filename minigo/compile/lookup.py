"""Calling methods: following embedded fields to the receiver a method was
declared on, taking its address or copying it as the receiver kind requires."""
from __future__ import annotations

from .. import types as T
from ..check.lookup import lookup_field_or_method, named_methods
from ..runtime import rtypes as R
from ..runtime.panic import GoPanic, nil_deref, runtime_panic


def method_path(t, index):
    """Embedded-field steps [(field index, through pointer)] before the method."""
    steps = []
    cur = T.unalias(t)
    for i in index[:-1]:
        u = cur.underlying()
        ptr = False
        if isinstance(u, T.Pointer):
            ptr = True
            u = u.elem.underlying()
        steps.append((i, ptr))
        cur = T.unalias(u.fields[i].type)
    return steps, cur


def receiver_adapter(comp, t, index, mobj):
    """A function recv -> (callable, receiver argument) for method mobj found
    at index path from a value of type t."""
    steps, holder = method_path(t, index)
    hu = holder.underlying()
    holder_is_ptr = isinstance(hu, T.Pointer) and not isinstance(holder, T.Named) or isinstance(holder, T.Pointer)
    base = holder
    if isinstance(T.unalias(base), T.Pointer):
        base = T.unalias(base).elem
    base = T.unalias(base)
    if isinstance(base.underlying(), T.Interface) and not isinstance(base, T.TypeParam):
        name = mobj.name

        def via_iface(recv):
            v = _walk(recv, steps)
            if v is None:
                raise nil_deref()
            comp.ensure_methods(v[0])
            return v[0].methods[name], v[1]
        return via_iface
    fn = comp.method_func(mobj, base)
    ptr_recv = mobj.ptr_recv
    agg = isinstance(base.underlying(), (T.Struct, T.Array))
    copy = R.rtype(base).copy
    recv_is_ptr = holder_is_ptr or (not steps and isinstance(T.unalias(t), T.Pointer))
    if steps:
        last_ptr = isinstance(T.unalias(holder), T.Pointer)
    else:
        last_ptr = isinstance(T.unalias(t), T.Pointer)
    mname = f'{R.rtype(base).name}.{mobj.name}'

    if ptr_recv:
        if last_ptr or agg:
            def ptr_method(recv):
                return fn, _walk(recv, steps)
            return ptr_method

        def ptr_method_nonagg(recv):
            return fn, _walk(recv, steps)
        return ptr_method_nonagg
    # value receiver
    if last_ptr:
        def val_via_ptr(recv):
            p = _walk(recv, steps)
            if p is None:
                raise runtime_panic(f'value method {mname} called using nil *{base.obj.name} pointer') \
                    if False else _nil_value_method(mname, base)
            if agg:
                return fn, copy(p)
            return fn, p.c[p.k]
        return val_via_ptr
    if agg:
        return lambda recv: (fn, copy(_walk(recv, steps)))
    return lambda recv: (fn, _walk(recv, steps))


def _nil_value_method(mname, base):
    from ..runtime.panic import GoPanic
    from ..runtime.rtypes import PLAIN_ERROR
    return GoPanic((PLAIN_ERROR, f'value method {mname} called using nil *{base.obj.name} pointer'))


def _walk(v, steps):
    for i, ptr in steps:
        if ptr and v is None:
            raise nil_deref()
        v = v[i]
    return v


def lookup_method(comp, t, name):
    """callable(recv, *args) for method `name` in the method set of t, or None."""
    obj, index, indirect = lookup_field_or_method(t, False, name)
    if not isinstance(obj, T.Func):
        return None
    adapt = receiver_adapter(comp, t, index, obj)

    def call(recv, *args):
        fn, r = adapt(recv)
        return fn(r, *args)
    return call
