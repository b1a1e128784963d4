"""The XML Encoder: Marshal's walk over Go values (struct fields by their
tags, attributes, chardata/cdata/innerxml/comment fields, parent paths,
omitempty, Marshaler / MarshalerAttr / TextMarshaler methods) and
EncodeToken, writing through a buffer flushed to the io.Writer, with Go's
indentation and name-space prefixes and its error texts.

The state lives in an EncodeState in the Go Encoder's `st` field. Errors
stop the encoding: EncodeError carries the Go error value.
"""
from __future__ import annotations

from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.values import Slice
from ...text.fmtfloat import format_float
from .. import byteslice
from . import gotypes as G
from . import typeinfo as TI
from .scan import in_character_range, is_name, XML_URL

W, ST = range(2)          # Encoder struct fields


class EncodeError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err


class EncodeState:
    def __init__(self):
        self.buf = bytearray()
        self.seq = 0
        self.indent = b''
        self.prefix = b''
        self.depth = 0
        self.indented_in = False
        self.put_newline = False
        self.attr_ns = {}           # prefix -> name space
        self.attr_prefix = {}       # name space -> prefix
        self.prefixes = []
        self.tags = []              # (space, local) of open elements
        self.closed = False
        self.err = None
        self.enc = None             # the Go *Encoder (for MarshalXML)

    # ------------------------------------------------------------ writing

    def write(self, b):
        if self.closed and self.err is None:
            self.err = G.new_error('use of closed Encoder')
        if self.err is None:
            self.buf += b

    def cached_error(self):
        self.write(b'')
        return self.err

    def escape_string(self, s):
        self.write(escape(s, True))

    def write_indent(self, delta):
        if not self.prefix and not self.indent:
            return
        if delta < 0:
            self.depth -= 1
            if self.indented_in:
                self.indented_in = False
                return
            self.indented_in = False
        if self.put_newline:
            self.write(b'\n')
        else:
            self.put_newline = True
        self.write(self.prefix)
        self.write(self.indent * self.depth)
        if delta > 0:
            self.depth += 1
            self.indented_in = True

    # ------------------------------------------------------------ prefixes

    def create_attr_prefix(self, url):
        prefix = self.attr_prefix.get(url)
        if prefix:
            return prefix
        if url == XML_URL:
            return b'xml'
        prefix = url.rstrip(b'/')
        i = prefix.rfind(b'/')
        if i >= 0:
            prefix = prefix[i + 1:]
        if not prefix or not is_name(prefix) or b':' in prefix:
            prefix = b'_'
        if len(prefix) >= 3 and prefix[:3].lower() == b'xml':
            prefix = b'_' + prefix
        if self.attr_ns.get(prefix):
            while True:
                self.seq += 1
                cand = prefix + b'_' + str(self.seq).encode()
                if not self.attr_ns.get(cand):
                    prefix = cand
                    break
        self.attr_prefix[url] = prefix
        self.attr_ns[prefix] = url
        self.write(b'xmlns:' + prefix + b'="' + escape(url, True) + b'" ')
        self.prefixes.append(prefix)
        return prefix

    def pop_prefix(self):
        while self.prefixes:
            prefix = self.prefixes.pop()
            if prefix == b'':
                break
            self.attr_prefix.pop(self.attr_ns.get(prefix), None)
            self.attr_ns.pop(prefix, None)

    # ------------------------------------------------------------ tags

    def write_start(self, name, attrs):
        if not name[1]:
            raise EncodeError(G.new_error('xml: start tag with no name'))
        self.tags.append(name)
        self.prefixes.append(b'')
        self.write_indent(1)
        self.write(b'<' + name[1])
        if name[0]:
            self.write(b' xmlns="' + escape(name[0], True) + b'"')
        for (space, local), value in attrs:
            if not local:
                continue
            self.write(b' ')
            if space:
                self.write(self.create_attr_prefix(space) + b':')
            self.write(local + b'="' + escape(value, True) + b'"')
        self.write(b'>')

    def write_end(self, name):
        if not name[1]:
            raise EncodeError(G.new_error('xml: end tag with no name'))
        if not self.tags or not self.tags[-1][1]:
            raise EncodeError(G.new_error(f'xml: end tag </{_s(name[1])}> without start tag'))
        top = self.tags[-1]
        if top != name:
            if top[1] != name[1]:
                raise EncodeError(G.new_error(
                    f'xml: end tag </{_s(name[1])}> does not match start tag <{_s(top[1])}>'))
            raise EncodeError(G.new_error(
                f'xml: end tag </{_s(name[1])}> in namespace {_s(name[0])} does not match start tag '
                f'<{_s(top[1])}> in namespace {_s(top[0])}'))
        self.tags.pop()
        self.write_indent(-1)
        self.write(b'</' + name[1] + b'>')
        self.pop_prefix()


def _s(b):
    return b.decode('utf-8', 'surrogateescape')


# ------------------------------------------------------------------ escaping

_ESC = {0x22: b'&#34;', 0x27: b'&#39;', 0x26: b'&amp;', 0x3c: b'&lt;', 0x3e: b'&gt;', 0x09: b'&#x9;',
        0x0a: b'&#xA;', 0x0d: b'&#xD;'}


def escape(s, newline):
    """XML text for bytes s (newline: escape \\n too); characters XML does
    not allow, and invalid UTF-8, become U+FFFD."""
    from ...text import gostr
    out = bytearray()
    last = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = gostr.decode_rune(s, i)
        i += w
        esc = _ESC.get(r)
        if esc is None or (r == 0x0a and not newline):
            if r == 0x0a or in_character_range(r) and not (r == 0xFFFD and w == 1):
                continue
            esc = '\ufffd'.encode()
        out += s[last:i - w] + esc
        last = i
    if last == 0:
        return bytes(s)
    return bytes(out + s[last:])


def emit_cdata(s):
    if not s:
        return b''
    return b'<![CDATA[' + s.replace(b']]>', b']]]]><![CDATA[>') + b']]>'


# ------------------------------------------------------------------ interfaces

def _method_of(v, iface_name, pkg=G.PKG):
    """(v or &v, its type) when it implements the interface, else None."""
    t = G.method_target(v, iface_name, pkg)
    return (t, t.rt) if t is not None else None


def _call(v, name, *args):
    return I.method(v.rt, name)(v.get(), *args)


def _is_time(rt):
    return rt.named and rt.pkg_path == 'time' and rt.name == 'time.Time'


def _time_text(v):
    return I.method(v.rt, 'Format')(v.get(), b'2006-01-02T15:04:05.999999999Z07:00')


def type_name(rt):
    from ..reflect import type_name as tn
    return tn(rt).encode('utf-8', 'surrogateescape')


def _unsupported(rt):
    return EncodeError(G.unsupported_type(rt))


# ------------------------------------------------------------------ values

def marshal_value(p, val, finfo, start):
    """Write Value val (for field finfo, or as start's element)."""
    if start is not None and not start[0][1]:
        raise EncodeError(G.new_error('xml: EncodeElement of StartElement with missing name'))
    if val.rt is None:
        return
    if finfo is not None and finfo.flags & TI.F_OMITEMPTY and is_empty(val):
        return
    while val.kind in (R.INTERFACE, R.POINTER):
        if val.is_nil():
            return
        val = val.elem()
    kind = val.kind
    typ = val.rt
    m = _method_of(val, 'Marshaler')
    if m is not None:
        return marshal_interface(p, m[0], default_start(m[1], finfo, start))
    if _is_time(typ):
        st = default_start(typ, finfo, start)
        p.write_start(*st)
        p.write(escape(_time_text(val), True))
        p.write_end(st[0])
        return
    m = _method_of(val, 'TextMarshaler', 'encoding')
    if m is not None:
        st = default_start(m[1], finfo, start)
        p.write_start(*st)
        text, err = _call(m[0], 'MarshalText')
        if err is not None:
            raise EncodeError(err)
        p.write(escape(byteslice.data(text), True))
        p.write_end(st[0])
        return
    if kind in (R.SLICE, R.ARRAY) and typ.elem.kind != R.UINT8:
        for i in range(val.length()):
            marshal_value(p, val.index(i), finfo, start)
        return
    ti = _type_info(typ)
    name = None
    attrs = []
    if start is not None:
        name = start[0]
        attrs = list(start[1])
    elif ti.xmlname is not None:
        xn = ti.xmlname
        if xn.name:
            name = (xn.xmlns.encode(), xn.name.encode())
        else:
            fv = TI.field_value(xn, val, False)
            if fv.rt is not None and TI._is_name_type(fv.rt):
                n = G.py_name(fv.get())
                if n[1]:
                    name = n
    if (name is None or not name[1]) and finfo is not None:
        name = (finfo.xmlns.encode(), finfo.name.encode())
    if name is None or not name[1]:
        nm = type_name(typ)
        i = nm.find(b'[')
        if i >= 0:
            nm = nm[:i]
        if not nm:
            raise _unsupported(typ)
        name = (name[0] if name else b'', nm)
    for f in ti.fields:
        if not f.flags & TI.F_ATTR:
            continue
        fv = TI.field_value(f, val, False)
        if f.flags & TI.F_OMITEMPTY and (fv.rt is None or is_empty(fv)):
            continue
        if fv.kind == R.INTERFACE and fv.is_nil():
            continue
        marshal_attr(p, attrs, (f.xmlns.encode(), f.name.encode()), fv)
    if (ti.xmlname is not None and not name[0] and not ti.xmlname.xmlns and not ti.xmlname.name
            and p.tags and p.tags[-1][0]):
        attrs.append(((b'', b'xmlns'), b''))
    p.write_start(name, attrs)
    if kind == R.STRUCT:
        marshal_struct(p, ti, val)
    else:
        p.write(escape(marshal_simple(typ, val), True))
    p.write_end(name)
    err = p.cached_error()
    if err is not None:
        raise EncodeError(err)


def _type_info(rt):
    try:
        return TI.type_info(rt)
    except TI.TypeError_ as e:
        raise EncodeError(e.err) from None


def default_start(rt, finfo, start):
    if start is not None:
        return start[0], list(start[1])
    if finfo is not None and finfo.name:
        return (finfo.xmlns.encode(), finfo.name.encode()), []
    if type_name(rt):
        return (b'', type_name(rt)), []
    return (b'', type_name(rt.elem)), []


def marshal_interface(p, v, start):
    from . import go_start
    p.tags.append((b'', b''))
    n = len(p.tags)
    err = _call(v, 'MarshalXML', p.enc, go_start(*start))
    if err is not None:
        raise EncodeError(err)
    if len(p.tags) > n:
        raise EncodeError(G.new_error(
            f'xml: {receiver_type(v.rt)}.MarshalXML wrote invalid XML: <{_s(p.tags[-1][1])}> not closed'))
    del p.tags[n - 1:]


def receiver_type(rt):
    return rt.name if type_name(rt) else '(' + rt.name + ')'


def marshal_attr(p, attrs, name, val):
    m = _method_of(val, 'MarshalerAttr')
    if m is not None:
        attr, err = _call(m[0], 'MarshalXMLAttr', G.go_name(name))
        if err is not None:
            raise EncodeError(err)
        if attr[0][1]:
            attrs.append((G.py_name(attr[0]), attr[1]))
        return
    if _is_time(val.rt):
        attrs.append((name, _time_text(val)))
        return
    m = _method_of(val, 'TextMarshaler', 'encoding')
    if m is not None:
        text, err = _call(m[0], 'MarshalText')
        if err is not None:
            raise EncodeError(err)
        attrs.append((name, byteslice.data(text)))
        return
    if val.kind in (R.POINTER, R.INTERFACE):
        if val.is_nil():
            return
        val = val.elem()
    if val.kind == R.SLICE and val.rt.elem.kind != R.UINT8:
        for i in range(val.length()):
            marshal_attr(p, attrs, name, val.index(i))
        return
    if val.rt.named and val.rt.pkg_path == G.PKG and val.rt.name == 'xml.Attr':
        a = val.get()
        attrs.append((G.py_name(a[0]), a[1]))
        return
    attrs.append((name, marshal_simple(val.rt, val)))


def marshal_simple(rt, val):
    """The text of a basic value (bytes), or EncodeError for other kinds."""
    k = val.kind
    x = val.get() if k != R.INVALID else None
    if k in R.INTEGER_KINDS:
        return str(x).encode()
    if k in R.FLOAT_KINDS:
        return format_float(x, 'g', -1, 32 if k == R.FLOAT32 else 64).encode()
    if k == R.STRING:
        return x
    if k == R.BOOL:
        return b'true' if x else b'false'
    if k == R.ARRAY and rt.elem.kind == R.UINT8:
        return bytes(x)
    if k == R.SLICE and rt.elem.kind == R.UINT8:
        return byteslice.data(x)
    raise _unsupported(rt)


def _indirect(v):
    while v.kind in (R.INTERFACE, R.POINTER):
        if v.is_nil():
            return v
        v = v.elem()
    return v


def marshal_struct(p, ti, val):
    parents = []          # the parent elements open for a>b paths

    def trim(want):
        split = 0
        while split < len(want) and split < len(parents) and want[split] == parents[split]:
            split += 1
        for nm in reversed(parents[split:]):
            p.write_end((b'', nm.encode()))
        del parents[split:]

    for f in ti.fields:
        if f.flags & TI.F_ATTR:
            continue
        vf = TI.field_value(f, val, False)
        if vf.rt is None:
            continue
        mode = f.flags & TI.F_MODE
        if mode in (TI.F_CDATA, TI.F_CHARDATA):
            emit = emit_cdata if mode == TI.F_CDATA else (lambda b: escape(b, True))
            trim(f.parents)
            m = _method_of(vf, 'TextMarshaler', 'encoding')
            if m is not None:
                data, err = _call(m[0], 'MarshalText')
                if err is not None:
                    raise EncodeError(err)
                p.write(emit(byteslice.data(data)))
                continue
            vf = _indirect(vf)
            k = vf.kind
            if k in R.INTEGER_KINDS or k in R.FLOAT_KINDS or k in (R.BOOL, R.STRING):
                p.write(emit(marshal_simple(vf.rt, vf)))
            elif k == R.SLICE and vf.rt.elem.kind == R.UINT8 and not vf.rt.elem.named:
                p.write(emit(byteslice.data(vf.get())))
            continue
        if mode == TI.F_COMMENT:
            trim(f.parents)
            vf = _indirect(vf)
            k = vf.kind
            if not (k == R.STRING or k == R.SLICE and vf.rt.elem.kind == R.UINT8):
                raise EncodeError(G.new_error(f'xml: bad type for comment field of {val.rt.name}'))
            b = vf.get() if k == R.STRING else byteslice.data(vf.get())
            if not b:
                continue
            p.write_indent(0)
            p.write(b'<!--')
            if b'--' in b:
                raise EncodeError(G.new_error('xml: comments must not contain "--"'))
            p.write(b)
            if b[-1:] == b'-':
                p.write(b' ')
            p.write(b'-->')
            continue
        if mode == TI.F_INNERXML:
            vf = _indirect(vf)
            if vf.kind == R.STRING and not vf.rt.named:
                p.write(vf.get())
                continue
            if vf.kind == R.SLICE and vf.rt.elem.kind == R.UINT8 and not vf.rt.named:
                p.write(byteslice.data(vf.get()))
                continue
        elif mode in (TI.F_ELEMENT, TI.F_ELEMENT | TI.F_ANY):
            trim(f.parents)
            if len(f.parents) > len(parents):
                if vf.kind not in (R.POINTER, R.INTERFACE) or not vf.is_nil():
                    for nm in f.parents[len(parents):]:
                        p.write_start((b'', nm.encode()), [])
                    parents.extend(f.parents[len(parents):])
        marshal_value(p, vf, f, None)
    trim([])
    err = p.cached_error()
    if err is not None:
        raise EncodeError(err)


def is_empty(v):
    k = v.kind
    if k in (R.ARRAY, R.MAP, R.SLICE, R.STRING):
        return v.length() == 0
    if k in R.INTEGER_KINDS or k in R.FLOAT_KINDS or k in (R.BOOL, R.INTERFACE, R.POINTER):
        return v.is_zero()
    return False


# ------------------------------------------------------------------ tokens

def _valid_directive(d):
    depth = 0
    inquote = 0
    incomment = False
    for i, c in enumerate(d):
        if incomment:
            if c == 0x3e:
                n = i + 1 - 3
                if n >= 0 and d[n:i + 1] == b'-->':
                    incomment = False
        elif inquote:
            if c == inquote:
                inquote = 0
        elif c in (0x27, 0x22):
            inquote = c
        elif c == 0x3c:
            if i + 4 < len(d) and d[i:i + 4] == b'<!--':
                incomment = True
            else:
                depth += 1
        elif c == 0x3e:
            if depth == 0:
                return False
            depth -= 1
    return depth == 0 and inquote == 0 and not incomment


def encode_token(p, tok, flushed_anything):
    """EncodeToken (tok a Python token): raises EncodeError."""
    k = tok[0]
    if k == G.START:
        p.write_start(tok[1], tok[2])
    elif k == G.END:
        p.write_end(tok[1])
    elif k == G.CHARDATA:
        p.write(escape(tok[1], False))
    elif k == G.COMMENT:
        if b'-->' in tok[1]:
            raise EncodeError(G.new_error('xml: EncodeToken of Comment containing --> marker'))
        p.write(b'<!--' + tok[1] + b'-->')
    elif k == G.PROCINST:
        target, inst = tok[1], tok[2]
        if target == b'xml' and p.buf:
            raise EncodeError(G.new_error('xml: EncodeToken of ProcInst xml target only valid for xml '
                                          'declaration, first token encoded'))
        if not is_name(target):
            raise EncodeError(G.new_error('xml: EncodeToken of ProcInst with invalid Target'))
        if b'?>' in inst:
            raise EncodeError(G.new_error('xml: EncodeToken of ProcInst containing ?> marker'))
        p.write(b'<?' + target + (b' ' + inst if inst else b'') + b'?>')
    else:
        if not _valid_directive(tok[1]):
            raise EncodeError(G.new_error('xml: EncodeToken of Directive containing wrong < or > markers'))
        p.write(b'<!' + tok[1] + b'>')
    err = p.cached_error()
    if err is not None:
        raise EncodeError(err)


def flush(p, writer):
    """Write the buffered bytes to the io.Writer: its error, or None."""
    if p.err is not None:
        return p.err
    if not p.buf:
        return None
    if writer is None:
        from ...runtime.panic import nil_deref
        raise nil_deref()
    rt, w = writer
    data = bytes(p.buf)
    p.buf = bytearray()
    n, err = I.method(rt, 'Write')(w, Slice(list(data), 0, len(data), len(data)))
    if err is None and n < len(data):
        err = package_short_write()
    if err is not None:
        p.err = err
        p.buf = bytearray(data[n:]) if 0 < n < len(data) else bytearray(data)
    return err


def package_short_write():
    from ..goside import package_var
    return package_var('io', 'ErrShortWrite')
