"""Decoding XML into Go values, as encoding/xml's Decoder.DecodeElement
does: an element into a struct by its fields' tags (attributes, chardata,
comments, innerxml, any, a>b paths, XMLName checks), into slices by
appending, into basic values from their text; Unmarshaler,
UnmarshalerAttr and TextUnmarshaler methods; Go's error values.

Errors stop the decoding: DecodeError carries the Go error value.
"""
from __future__ import annotations

from ...runtime import introspect as I
from ...runtime import rtypes as R
from .. import byteslice
from ..goside import package_func
from . import gotypes as G
from . import scan as S
from . import typeinfo as TI
from .marshal import _is_time

MAX_DEPTH = 10000

_GO_SPACES = '\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009' \
             '\u200a\u2028\u2029\u202f\u205f\u3000'


class DecodeError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err


def _check(err):
    if err is not None:
        raise DecodeError(err)


def _token(d, st):
    t, err = S.token(d, st)
    _check(err)
    return t


def _method_target(v, iface, pkg=G.PKG):
    return G.method_target(v, iface, pkg)


def _call(v, name, *args):
    return I.method(v.rt, name)(v.get(), *args)


def _grow(v):
    """Append a zero element to slice Value v: the new element's Value."""
    from ...compile.builtins import grow_append, zero_filler
    ert = v.rt.elem
    s = v.get()
    n = s.len
    s = grow_append(s, [ert.zero()], ert.size, not ert.has_ptr, zero_filler(ert))
    v.set(s)
    return I.Value(ert, s.a, s.off + n, I.ADDR), n


def _set_len(v, n):
    from ...runtime.values import Slice
    s = v.get()
    v.set(Slice(s.a, s.off, n, s.cap))


def decode_element(d, st, v, start):
    """DecodeElement(v, start): the Go error, or None."""
    if v is None or v[0].kind != R.POINTER:
        return G.new_error('non-pointer passed to Unmarshal')
    if v[1] is None:
        return G.new_error('nil pointer passed to Unmarshal')
    try:
        unmarshal(d, st, I.deref(v[0].elem, v[1]), start)
    except DecodeError as e:
        return e.err
    return None


def _start_of(d, st, start):
    if start is not None:
        return start
    while True:
        t = _token(d, st)
        if t[0] == G.START:
            return t


def unmarshal(d, st, val, start):
    if st.stk_depth > MAX_DEPTH:
        raise DecodeError(G.new_error('exceeded max depth'))
    start = _start_of(d, st, start)
    if val.kind == R.INTERFACE and not val.is_nil():
        e = val.elem()
        if e.kind == R.POINTER and not e.is_nil():
            val = e
    if val.kind == R.POINTER:
        if val.is_nil():
            val.set(I.new_pointer(val.rt.elem))
        val = val.elem()
    m = _method_target(val, 'Unmarshaler')
    if m is not None:
        return unmarshal_interface(d, st, m, start)
    if _is_time(val.rt):
        return _set_time(val, _text_content(d, st))
    m = _method_target(val, 'TextUnmarshaler', 'encoding')
    if m is not None:
        _check(_call(m, 'UnmarshalText', byteslice.new(_text_content(d, st))))
        return
    save_data = save_comment = save_xml = save_any = None
    sv = ti = None
    save_xml_index = 0
    k = val.kind
    if k == R.INTERFACE:
        _check(S.skip(d, st))
        return
    if k == R.SLICE:
        if val.rt.elem.kind == R.UINT8:
            save_data = val
        else:
            elem, n = _grow(val)
            try:
                unmarshal(d, st, elem, start)
            except DecodeError:
                _set_len(val, n)
                raise
            return
    elif k in R.INTEGER_KINDS or k in R.FLOAT_KINDS or k in (R.BOOL, R.STRING):
        save_data = val
    elif k == R.STRUCT:
        if TI._is_name_type(val.rt):
            val.set(G.go_name(start[1]))
        else:
            sv = val
            try:
                ti = TI.type_info(val.rt)
            except TI.TypeError_ as e:
                raise DecodeError(e.err) from None
            _check_xml_name(ti, sv, start)
            _unmarshal_attrs(d, st, ti, sv, start)
            for f in ti.fields:
                mode = f.flags & TI.F_MODE
                if mode in (TI.F_CDATA, TI.F_CHARDATA):
                    if save_data is None:
                        save_data = TI.field_value(f, sv, True)
                elif mode == TI.F_COMMENT:
                    if save_comment is None:
                        save_comment = TI.field_value(f, sv, True)
                elif mode in (TI.F_ANY, TI.F_ANY | TI.F_ELEMENT):
                    if save_any is None:
                        save_any = TI.field_value(f, sv, True)
                elif mode == TI.F_INNERXML:
                    if save_xml is None:
                        save_xml = TI.field_value(f, sv, True)
                        if st.saved is None:
                            save_xml_index = 0
                            st.saved = bytearray()
                        else:
                            save_xml_index = S.saved_offset(st)
    else:
        raise DecodeError(G.new_error('unknown type ' + val.rt.name))

    data = bytearray()
    comment = bytearray()
    save_xml_data = b''
    while True:
        saved_offset = S.saved_offset(st) if save_xml is not None else 0
        t = _token(d, st)
        kind = t[0]
        if kind == G.START:
            consumed = False
            if sv is not None:
                consumed = unmarshal_path(d, st, ti, sv, [], t)
                if not consumed and save_any is not None:
                    consumed = True
                    unmarshal(d, st, save_any, t)
            if not consumed:
                _check(S.skip(d, st))
        elif kind == G.END:
            if save_xml is not None:
                save_xml_data = bytes(st.saved[save_xml_index:saved_offset])
                if save_xml_index == 0:
                    st.saved = None
            break
        elif kind == G.CHARDATA:
            if save_data is not None:
                data += t[1]
        elif kind == G.COMMENT:
            if save_comment is not None:
                comment += t[1]

    if save_data is not None:
        m = _method_target(save_data, 'TextUnmarshaler', 'encoding')
        if _is_time(save_data.rt):
            _set_time(save_data, bytes(data))
            save_data = None
        elif m is not None:
            _check(_call(m, 'UnmarshalText', byteslice.new(bytes(data))))
            save_data = None
    copy_value(save_data, bytes(data))
    if save_comment is not None:
        if save_comment.kind == R.STRING:
            save_comment.set(bytes(comment))
        elif save_comment.kind == R.SLICE:
            save_comment.set(byteslice.new_or_nil(bytes(comment)))
    if save_xml is not None:
        if save_xml.kind == R.STRING:
            save_xml.set(save_xml_data)
        elif save_xml.kind == R.SLICE and save_xml.rt.elem.kind == R.UINT8:
            save_xml.set(byteslice.new_or_nil(save_xml_data))


def _check_xml_name(ti, sv, start):
    xn = ti.xmlname
    if xn is None:
        return
    space, local = start[1]
    if xn.name and xn.name.encode() != local:
        raise DecodeError(G.unmarshal_error(
            f'expected element type <{xn.name}> but have <{local.decode("utf-8", "surrogateescape")}>'))
    if xn.xmlns and xn.xmlns.encode() != space:
        e = f'expected element <{xn.name}> in name space {xn.xmlns} but have '
        e += 'no name space' if not space else space.decode('utf-8', 'surrogateescape')
        raise DecodeError(G.unmarshal_error(e))
    fv = TI.field_value(xn, sv, True)
    if fv.rt is not None and TI._is_name_type(fv.rt):
        fv.set(G.go_name(start[1]))


def _unmarshal_attrs(d, st, ti, sv, start):
    for a in start[2]:
        (aspace, alocal), _ = a
        handled = False
        any_i = -1
        for i, f in enumerate(ti.fields):
            mode = f.flags & TI.F_MODE
            if mode == TI.F_ATTR:
                strv = TI.field_value(f, sv, True)
                if alocal == f.name.encode() and (not f.xmlns or f.xmlns.encode() == aspace):
                    unmarshal_attr(d, st, strv, a)
                    handled = True
            elif mode == TI.F_ANY | TI.F_ATTR:
                if any_i == -1:
                    any_i = i
        if not handled and any_i >= 0:
            unmarshal_attr(d, st, TI.field_value(ti.fields[any_i], sv, True), a)


def unmarshal_attr(d, st, val, attr):
    if val.kind == R.POINTER:
        if val.is_nil():
            val.set(I.new_pointer(val.rt.elem))
        val = val.elem()
    m = _method_target(val, 'UnmarshalerAttr')
    if m is not None:
        _check(_call(m, 'UnmarshalXMLAttr', [G.go_name(attr[0]), attr[1]]))
        return
    if _is_time(val.rt):
        return _set_time(val, attr[1])
    m = _method_target(val, 'TextUnmarshaler', 'encoding')
    if m is not None:
        _check(_call(m, 'UnmarshalText', byteslice.new(attr[1])))
        return
    if val.kind == R.SLICE and val.rt.elem.kind != R.UINT8:
        elem, n = _grow(val)
        try:
            unmarshal_attr(d, st, elem, attr)
        except DecodeError:
            _set_len(val, n)
            raise
        return
    if val.rt.named and val.rt.pkg_path == G.PKG and val.rt.name == 'xml.Attr':
        val.set([G.go_name(attr[0]), attr[1]])
        return
    copy_value(val, attr[1])


def _text_content(d, st):
    """The element's own character data (TextUnmarshaler's input)."""
    buf = bytearray()
    depth = 1
    while depth > 0:
        t = _token(d, st)
        if t[0] == G.CHARDATA:
            if depth == 1:
                buf += t[1]
        elif t[0] == G.START:
            depth += 1
        elif t[0] == G.END:
            depth -= 1
    return bytes(buf)


def _set_time(val, text):
    t, err = package_func('time', 'Parse')(b'2006-01-02T15:04:05Z07:00', text)
    _check(err)
    val.set(t)


def unmarshal_interface(d, st, v, start):
    from . import go_start
    S.push_eof(st)
    saved = st.in_unmarshal_xml
    st.in_unmarshal_xml = True
    try:
        err = _call(v, 'UnmarshalXML', d, go_start(start[1], start[2]))
    finally:
        st.in_unmarshal_xml = saved
    if err is not None:
        S.pop_eof(st)
        raise DecodeError(err)
    if not S.pop_eof(st):
        from .marshal import receiver_type
        raise DecodeError(G.new_error(
            f'xml: {receiver_type(v.rt)}.UnmarshalXML did not consume entire '
            f'<{start[1][1].decode("utf-8", "surrogateescape")}> element'))


def _trim(src):
    return src.decode('utf-8', 'surrogateescape').strip(_GO_SPACES).encode('utf-8', 'surrogateescape')


_BITS = {R.INT: 64, R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64, R.UINT: 64, R.UINT8: 8, R.UINT16: 16,
         R.UINT32: 32, R.UINT64: 64, R.UINTPTR: 64, R.FLOAT32: 32, R.FLOAT64: 64}


def copy_value(dst, src):
    """Store text src into Value dst as its kind reads it (None: nowhere to store)."""
    if dst is None:
        return
    dst0 = dst
    if dst.kind == R.POINTER:
        if dst.is_nil():
            dst.set(I.new_pointer(dst.rt.elem))
        dst = dst.elem()
    k = dst.kind
    if k in R.SIGNED_KINDS:
        if not src:
            dst.set(0)
            return
        v, err = package_func('strconv', 'ParseInt')(_trim(src), 10, _BITS[k])
        _check(err)
        dst.set(v)
    elif k in R.UNSIGNED_KINDS:
        if not src:
            dst.set(0)
            return
        v, err = package_func('strconv', 'ParseUint')(_trim(src), 10, _BITS[k])
        _check(err)
        dst.set(v)
    elif k in R.FLOAT_KINDS:
        if not src:
            dst.set(0.0)
            return
        v, err = package_func('strconv', 'ParseFloat')(_trim(src), _BITS[k])
        _check(err)
        dst.set(v)
    elif k == R.BOOL:
        if not src:
            dst.set(False)
            return
        v, err = package_func('strconv', 'ParseBool')(_trim(src))
        _check(err)
        dst.set(v)
    elif k == R.STRING:
        dst.set(src)
    elif k == R.SLICE:
        dst.set(byteslice.new(src))
    elif k != R.INVALID:
        raise DecodeError(G.new_error('cannot unmarshal into ' + dst0.rt.name))


def unmarshal_path(d, st, ti, sv, parents, start):
    """Match start against the fields' parent paths: whether it was consumed."""
    recurse = False
    local = start[1][1].decode('utf-8', 'surrogateescape')
    space = start[1][0]
    for f in ti.fields:
        if not f.flags & TI.F_ELEMENT or len(f.parents) < len(parents) or f.xmlns and f.xmlns.encode() != space:
            continue
        if f.parents[:len(parents)] != parents:
            continue
        if len(f.parents) == len(parents) and f.name == local:
            unmarshal(d, st, TI.field_value(f, sv, True), start)
            return True
        if len(f.parents) > len(parents) and f.parents[len(parents)] == local:
            recurse = True
            parents = f.parents[:len(parents) + 1]
            break
    if not recurse:
        return False
    while True:
        t = _token(d, st)
        if t[0] == G.START:
            if not unmarshal_path(d, st, ti, sv, parents, t):
                _check(S.skip(d, st))
        elif t[0] == G.END:
            return True
