"""encoding/json's Go-side types as the Python side makes and meets them:
its error values (*SyntaxError, *UnmarshalTypeError, ...: structs declared
in GO_DECLS, built here as their field lists), and the interface types whose
implementations it looks for."""
from __future__ import annotations

from ...runtime import introspect as I
from ..goside import package_func, package_rtype
from ..reflect import type_value, value_value

PKG = 'encoding/json'


def _ptr(name):
    return package_rtype(PKG, name, True)


def marshaler_rt():
    return package_rtype(PKG, 'Marshaler')


def unmarshaler_rt():
    return package_rtype(PKG, 'Unmarshaler')


def text_marshaler_rt():
    return package_rtype('encoding', 'TextMarshaler')


def text_unmarshaler_rt():
    return package_rtype('encoding', 'TextUnmarshaler')


def is_zeroer_rt():
    return package_rtype(PKG, 'isZeroer')


def delim_rt():
    return package_rtype(PKG, 'Delim')


def number_rt():
    return package_rtype(PKG, 'Number')


def syntax_error(msg, offset):
    return (_ptr('SyntaxError'), [msg.encode() if isinstance(msg, str) else msg, offset])


def unmarshal_type_error(what, rt, offset, struct=b'', field=b'', err=None):
    """*UnmarshalTypeError: what ("string", "number 300") could not go into rt."""
    return (_ptr('UnmarshalTypeError'), [what, type_value(rt), offset, struct, field, err])


def invalid_unmarshal_error(rt):
    return (_ptr('InvalidUnmarshalError'), [type_value(rt)])


def unsupported_type(rt):
    return (_ptr('UnsupportedTypeError'), [type_value(rt)])


def unsupported_value(rt, v, text):
    return (_ptr('UnsupportedValueError'), [value_value(I.Value(rt, [v], 0)), text.encode()])


def unsupported_value_text(text):
    """*UnsupportedValueError about no particular value."""
    return (_ptr('UnsupportedValueError'), [[None], text.encode() if isinstance(text, str) else text])


def marshaler_error(rt, err, source):
    return (_ptr('MarshalerError'), [type_value(rt), err, source.encode()])


def new_error(msg):
    """errors.New(msg) (what Go's fmt.Errorf without %w gives too)."""
    return package_func('errors', 'New')(msg)


def error_text(err):
    """err.Error() of a Go error value."""
    return I.method(err[0], 'Error')(err[1])


def bytes_of(b):
    """A []byte result as Python bytes."""
    return bytes(b.a[b.off:b.off + b.len]) if b.a is not None else b''
