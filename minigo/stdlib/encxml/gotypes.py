"""encoding/xml's Go-side types as the Python side makes and reads them:
tokens (StartElement, EndElement, CharData, Comment, ProcInst, Directive)
as interface values, names and attributes, and the error values."""
from __future__ import annotations

from ...runtime import introspect as I
from .. import byteslice
from ..goside import package_func, package_rtype, package_var

PKG = 'encoding/xml'


def rt(name, pointer=False):
    return package_rtype(PKG, name, pointer)


# ------------------------------------------------------------------ names and tokens
# A name is (space, local) as bytes; an attribute ((space, local), value).

def go_name(n):
    return [n[0], n[1]]


def py_name(v):
    return (v[0], v[1])


def go_attrs(attrs):
    return I.make_slice([[go_name(n), v] for n, v in attrs])


def py_attrs(s):
    return [(py_name(a[0]), a[1]) for a in I.slice_items(s)]


def start_element(name, attrs):
    return (rt('StartElement'), [go_name(name), go_attrs(attrs)])


def end_element(name):
    return (rt('EndElement'), [go_name(name)])


def char_data(b):
    return (rt('CharData'), byteslice.new(b))


def comment(b):
    return (rt('Comment'), byteslice.new(b))


def directive(b):
    return (rt('Directive'), byteslice.new(b))


def proc_inst(target, inst):
    return (rt('ProcInst'), [target, byteslice.new(inst)])


# token kinds, for the Python side's own token tuples (OTHER: a value of
# another type a TokenReader gave, kept as its interface value)
START, END, CHARDATA, COMMENT, PROCINST, DIRECTIVE, OTHER = range(7)


def to_go(tok):
    """A Python token (kind, ...) as the Go interface value."""
    k = tok[0]
    if k == START:
        return start_element(tok[1], tok[2])
    if k == END:
        return end_element(tok[1])
    if k == CHARDATA:
        return char_data(tok[1])
    if k == COMMENT:
        return comment(tok[1])
    if k == PROCINST:
        return proc_inst(tok[1], tok[2])
    if k == OTHER:
        return tok[1]
    return directive(tok[1])


_KINDS = {'StartElement': START, 'EndElement': END, 'CharData': CHARDATA, 'Comment': COMMENT,
          'ProcInst': PROCINST, 'Directive': DIRECTIVE}


def from_go(iface):
    """A Go token interface value as a Python token, or None for other types."""
    if iface is None:
        return None
    t, v = iface
    if not (t.named and t.pkg_path == PKG):
        return None
    k = _KINDS.get(t.name[len('xml.'):])
    if k == START:
        return (START, py_name(v[0]), py_attrs(v[1]))
    if k == END:
        return (END, py_name(v[0]))
    if k == PROCINST:
        return (PROCINST, v[0], byteslice.data(v[1]))
    if k is None:
        return None
    return (k, byteslice.data(v))


# ------------------------------------------------------------------ methods

def implements(t, iface, pkg=PKG):
    """Whether type t implements interface pkg.iface (cached per run)."""
    from ...runtime.context import current
    cache = current().state('xml.implements', dict)
    key = (t, iface, pkg)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = I.implements(t, package_rtype(pkg, iface))
    return hit


def method_target(v, iface, pkg=PKG):
    """v, or &v when v is addressable, whichever implements the interface
    first (as encoding/xml tries them), or None."""
    if v.can_interface() and implements(v.rt, iface, pkg):
        return v
    if v.can_addr():
        p = I.pointer_to(v.rt)
        if implements(p, iface, pkg):
            return v.addr()
    return None


# ------------------------------------------------------------------ errors

def new_error(msg):
    return package_func('errors', 'New')(msg if isinstance(msg, bytes) else msg.encode('utf-8', 'surrogateescape'))


def syntax_error(msg, line):
    return (rt('SyntaxError', True), [msg if isinstance(msg, bytes) else msg.encode('utf-8', 'surrogateescape'),
                                      line])


def unsupported_type(t):
    from ..reflect import type_value
    return (rt('UnsupportedTypeError', True), [type_value(t)])


def unmarshal_error(msg):
    return (rt('UnmarshalError'), msg.encode('utf-8', 'surrogateescape'))


def tag_path_error(struct_rt, f1, t1, f2, t2):
    from ..reflect import type_value
    enc = [x.encode('utf-8', 'surrogateescape') for x in (f1, t1, f2, t2)]
    return (rt('TagPathError', True), [type_value(struct_rt)] + enc)


def eof():
    return package_var('io', 'EOF')


def is_eof(err):
    e = eof()
    return err is not None and err[0] is e[0] and err[1] is e[1]
