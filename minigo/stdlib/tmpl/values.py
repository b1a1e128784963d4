"""What a template's execution handles: Go values as introspect Values (the
invalid Value is Go's zero reflect.Value: a missing map key, nil data), the
marker for an absent final pipeline argument, and the rules text/template
applies to values: indirection, truth, what may be printed and how.
"""
from __future__ import annotations

from ... import types as T
from ...runtime import gofmt
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.context import current
from ...typecheck import universe

INVALID = I.INVALID


class _Missing:
    """No final value: the first command of a pipeline (Go's missingVal)."""

    def __repr__(self):
        return '<missing>'


MISSING = _Missing()


class VALUE:
    """The parameter type reflect.Value: the argument is passed as the Value itself."""
    name = 'reflect.Value'
    kind = R.STRUCT


def rt_int():
    return R.rtype(T.Typ[T.INT])


def rt_string():
    return R.rtype(T.Typ[T.STRING])


def rt_bool():
    return R.rtype(T.Typ[T.BOOL])


def rt_float64():
    return R.rtype(T.Typ[T.FLOAT64])


def rt_complex128():
    return R.rtype(T.Typ[T.COMPLEX128])


def rt_any():
    return R.rtype(universe.EMPTY_IFACE)


def rt_error():
    return R.rtype(universe.ERROR)


def of(rt, raw):
    """A (non-addressable) Value of type rt holding raw."""
    return I.Value(rt, [raw], 0)


def string(b):
    return of(rt_string(), b)


def is_reflect_value(rt):
    return rt is VALUE or (rt.named and rt.pkg_path == 'reflect' and rt.name == 'reflect.Value')


def from_iface(iface):
    """reflect.ValueOf(x) for an interface value x; a reflect.Value stays itself."""
    if iface is None:
        return INVALID
    rt, v = iface
    if is_reflect_value(rt):
        x = v[0]
        return INVALID if x is None else x
    return I.Value(rt, [v], 0)


def type_name(v):
    """v's type as reflect's Type.String prints it (<nil> for the invalid Value)."""
    return v.rt.name if v.rt is not None else '<nil>'


def indirect(v):
    """Through pointers and interfaces: (the value reached, whether a nil stopped it)."""
    while v.rt is not None and v.rt.kind in (R.POINTER, R.INTERFACE):
        if v.is_nil():
            return v, True
        v = v.elem()
    return v, False


def indirect_interface(v):
    if v.rt is None or v.rt.kind != R.INTERFACE:
        return v
    if v.is_nil():
        return INVALID
    return v.elem()


def unwrap_empty_interface(v):
    """A pipeline stage's interface{} result is its dynamic value."""
    if v.rt is not None and v.rt.kind == R.INTERFACE and not v.rt.iface_methods:
        return v.elem()
    return v


_LEN_KINDS = frozenset({R.ARRAY, R.MAP, R.SLICE, R.STRING})
_NIL_KINDS = frozenset({R.CHAN, R.FUNC, R.POINTER, R.UNSAFEPTR, R.INTERFACE})


def is_true(v):
    """(truth, ok): false for zero values, empty containers and nil."""
    if v.rt is None:
        return False, True
    k = v.rt.kind
    if k in _LEN_KINDS:
        return v.length() > 0, True
    if k in _NIL_KINDS:
        return not v.is_nil(), True
    if k == R.STRUCT:
        return True, True
    return v.get() != 0, True


def truth(v):
    return is_true(indirect_interface(v))[0]


def implements(rt, iface_rt):
    return rt.kind != R.INTERFACE and I.implements(rt, iface_rt) or \
        rt.kind == R.INTERFACE and all(m in (rt.iface_methods or ()) for m in iface_rt.iface_methods)


def _stringer_rt():
    from ..goside import package_rtype
    return package_rtype('fmt', 'Stringer')


def _prints_itself(rt):
    """Whether type rt has an Error or String method fmt would use (cached per run)."""
    cache = current().state('tmpl.prints_itself', dict)
    hit = cache.get(rt)
    if hit is None:
        hit = cache[rt] = implements(rt, rt_error()) or implements(rt, _stringer_rt())
    return hit


def printable(v):
    """(interface value fmt prints for v, ok); not ok for a func or chan
    without an Error or String method. Pointers are followed (a nil one
    prints <nil>); an addressable value whose pointer has the method uses it."""
    if v.rt is not None and v.rt.kind == R.POINTER:
        v, _ = indirect(v)
    if v.rt is None:
        return (rt_string(), b'<no value>'), True
    if not _prints_itself(v.rt):
        if v.can_addr() and _prints_itself(I.pointer_to(v.rt)):
            v = v.addr()
        elif v.rt.kind in (R.CHAN, R.FUNC):
            return None, False
    return v.interface(), True


def sprint_value(v):
    """fmt's %v of a reflect.Value (its error messages print values so)."""
    if v.rt is None:
        return '<invalid reflect.Value>'
    return gofmt.sprint([v.interface()]).decode('utf-8', 'surrogateescape')


def value_string(v):
    """reflect.Value's String method: a string's text, else <T Value>."""
    if v.rt is None:
        return '<invalid Value>'
    if v.kind == R.STRING:
        return v.get().decode('utf-8', 'surrogateescape')
    return f'<{v.rt.name} Value>'


def can_be_nil(rt):
    if rt is VALUE:
        return True
    return rt.kind in (R.CHAN, R.FUNC, R.INTERFACE, R.MAP, R.POINTER, R.SLICE)


def zero(rt):
    return of(rt, rt.zero())
