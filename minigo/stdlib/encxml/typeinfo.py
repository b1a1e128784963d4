"""Which struct fields encoding/xml reads and writes, and how: each field's
element or attribute name (and name space), the `a>b>c` parent path, and its
mode (element, attr, chardata, cdata, innerxml, comment, any, omitempty),
from its `xml:"..."` tag; fields of embedded structs are promoted, a field
shadowed by a shallower one is dropped, and two at the same depth conflict
(a *TagPathError). Go's tag error texts. Cached per run.
"""
from __future__ import annotations

from ...runtime import rtypes as R
from ...runtime.context import current
from ..reflect import tag_get
from . import gotypes as G

F_ELEMENT, F_ATTR, F_CDATA, F_CHARDATA, F_INNERXML, F_COMMENT, F_ANY, F_OMITEMPTY = (1 << i for i in range(8))
F_MODE = F_ELEMENT | F_ATTR | F_CDATA | F_CHARDATA | F_INNERXML | F_COMMENT | F_ANY

_FLAGS = {'attr': F_ATTR, 'cdata': F_CDATA, 'chardata': F_CHARDATA, 'innerxml': F_INNERXML,
          'comment': F_COMMENT, 'any': F_ANY, 'omitempty': F_OMITEMPTY}

XMLNAME = 'XMLName'


class TypeError_(Exception):
    """A struct's tags do not make sense: err is the Go error."""

    def __init__(self, err):
        super().__init__()
        self.err = err


class FieldInfo:
    __slots__ = ('idx', 'name', 'xmlns', 'flags', 'parents')

    def __init__(self, idx):
        self.idx = tuple(idx)
        self.name = ''
        self.xmlns = ''
        self.flags = 0
        self.parents = []

    def copy_under(self, i):
        f = FieldInfo((i,) + self.idx)
        f.name, f.xmlns, f.flags, f.parents = self.name, self.xmlns, self.flags, self.parents
        return f


class TypeInfo:
    __slots__ = ('xmlname', 'fields')

    def __init__(self):
        self.xmlname = None
        self.fields = []


def xml_tag(rt, i):
    return tag_get(rt.tags[i], b'xml').decode('utf-8', 'surrogateescape')


def _is_name_type(rt):
    return rt.named and rt.pkg_path == G.PKG and rt.name == 'xml.Name'


def type_info(rt):
    cache = current().state('xml.typeinfo', dict)
    ti = cache.get(rt)
    if ti is None:
        ti = _build(rt)
        cache[rt] = ti
    return ti


def _build(rt):
    ti = TypeInfo()
    if rt.kind != R.STRUCT or _is_name_type(rt):
        return ti
    for i, fname in enumerate(rt.field_names):
        embedded = rt.embedded[i]
        if (not rt.exported_fields[i] and not embedded) or xml_tag(rt, i) == '-':
            continue
        if embedded:
            t = rt.fields[i]
            if t.kind == R.POINTER:
                t = t.elem
            if t.kind == R.STRUCT:
                inner = type_info(t)
                if ti.xmlname is None:
                    ti.xmlname = inner.xmlname
                for f in inner.fields:
                    add_field(rt, ti, f.copy_under(i))
                continue
        f = field_info(rt, i)
        if fname == XMLNAME:
            ti.xmlname = f
            continue
        add_field(rt, ti, f)
    return ti


def _fail(msg):
    raise TypeError_(G.new_error(msg))


def _q(s):
    from ...text import gostr
    return gostr.quote(s.encode('utf-8', 'surrogateescape'))


def field_info(rt, i):
    """The FieldInfo of field i of struct rt (raises TypeError_)."""
    f = FieldInfo((i,))
    fname = rt.field_names[i]
    full_tag = xml_tag(rt, i)
    tag = full_tag
    if ' ' in tag:
        f.xmlns, tag = tag.split(' ', 1)
    tokens = tag.split(',')
    if len(tokens) == 1:
        f.flags = F_ELEMENT
    else:
        tag = tokens[0]
        for flag in tokens[1:]:
            f.flags |= _FLAGS.get(flag, 0)
        mode = f.flags & F_MODE
        valid = True
        if mode == 0:
            f.flags |= F_ELEMENT
        elif mode in (F_ATTR, F_CDATA, F_CHARDATA, F_INNERXML, F_COMMENT, F_ANY, F_ANY | F_ATTR):
            if fname == XMLNAME or tag and mode != F_ATTR:
                valid = False
        else:
            valid = False
        if f.flags & F_MODE == F_ANY:
            f.flags |= F_ELEMENT
        if f.flags & F_OMITEMPTY and not f.flags & (F_ELEMENT | F_ATTR):
            valid = False
        if not valid:
            _fail(f'xml: invalid tag in field {fname} of type {rt.name}: {_q(full_tag)}')
    if f.xmlns and not tag:
        _fail(f'xml: namespace without name in field {fname} of type {rt.name}: {_q(full_tag)}')
    if fname == XMLNAME:
        f.name = tag
        return f
    if not tag:
        xn = lookup_xml_name(rt.fields[i])
        if xn is not None:
            f.xmlns, f.name = xn.xmlns, xn.name
        else:
            f.name = fname
        return f
    parents = tag.split('>')
    if parents[0] == '':
        parents[0] = fname
    if parents[-1] == '':
        _fail(f"xml: trailing '>' in field {fname} of type {rt.name}")
    f.name = parents[-1]
    if len(parents) > 1:
        if not f.flags & F_ELEMENT:
            _fail(f'xml: {tag} chain not valid with {",".join(tokens[1:])} flag')
        f.parents = parents[:-1]
    if f.flags & F_ELEMENT:
        ft = rt.fields[i]
        xn = lookup_xml_name(ft)
        if xn is not None and xn.name != f.name:
            _fail(f'xml: name {_q(f.name)} in tag of {rt.name}.{fname} conflicts with name {_q(xn.name)} '
                  f'in {ft.name}.XMLName')
    return f


def lookup_xml_name(rt):
    """The XMLName field info of struct type rt (through pointers), if it names an element."""
    while rt.kind == R.POINTER:
        rt = rt.elem
    if rt.kind != R.STRUCT:
        return None
    for i, fname in enumerate(rt.field_names):
        if fname != XMLNAME:
            continue
        try:
            f = field_info(rt, i)
        except TypeError_:
            return None
        return f if f.name else None
    return None


def add_field(rt, ti, newf):
    conflicts = []
    for i, oldf in enumerate(ti.fields):
        if oldf.flags & F_MODE != newf.flags & F_MODE:
            continue
        if oldf.xmlns and newf.xmlns and oldf.xmlns != newf.xmlns:
            continue
        m = min(len(newf.parents), len(oldf.parents))
        if oldf.parents[:m] != newf.parents[:m]:
            continue
        if len(oldf.parents) > len(newf.parents):
            if oldf.parents[len(newf.parents)] == newf.name:
                conflicts.append(i)
        elif len(oldf.parents) < len(newf.parents):
            if newf.parents[len(oldf.parents)] == oldf.name:
                conflicts.append(i)
        elif newf.name == oldf.name and newf.xmlns == oldf.xmlns:
            conflicts.append(i)
    if not conflicts:
        ti.fields.append(newf)
        return
    for i in conflicts:
        if len(ti.fields[i].idx) < len(newf.idx):
            return          # a shallower field wins
    for i in conflicts:
        oldf = ti.fields[i]
        if len(oldf.idx) == len(newf.idx):
            n1, t1 = _field_by_index(rt, oldf.idx)
            n2, t2 = _field_by_index(rt, newf.idx)
            raise TypeError_(G.tag_path_error(rt, n1, t1, n2, t2))
    for i in reversed(conflicts):
        del ti.fields[i]
    ti.fields.append(newf)


def _field_by_index(rt, idx):
    for i in idx[:-1]:
        rt = rt.fields[i]
        if rt.kind == R.POINTER:
            rt = rt.elem
    return rt.field_names[idx[-1]], xml_tag(rt, idx[-1])


def field_value(f, v, init_nil):
    """The field's Value within struct Value v (through embedded pointers:
    a nil one is allocated when init_nil, else the invalid Value)."""
    from ...runtime import introspect as I
    for n, x in enumerate(f.idx):
        if n > 0:
            if v.kind == R.POINTER and v.rt.elem.kind == R.STRUCT:
                if v.is_nil():
                    if not init_nil:
                        return I.INVALID
                    v.set(I.new_pointer(v.rt.elem))
                v = v.elem()
        v = v.field(x)
    return v
