"""The print/println built-ins: Go's runtime print formatting (to stderr)."""
from . import rtypes as R
from .gofmt import fake_address
from ..text.fmtfloat import format_float


def _float(x, bits=64):
    # go1.27's runtime prints floats as strconv.AppendFloat(v, 'g', -1, bits)
    return format_float(x, 'g', -1, bits)


def _complex(c, bits=64):
    im = _float(c.imag, bits)
    if im[0] not in '+-':
        im = '+' + im
    return f'({_float(c.real, bits)}{im}i)'


def print_value(v, rt):
    k = rt.kind
    if k == R.BOOL:
        return 'true' if v else 'false'
    if k in R.INTEGER_KINDS:
        return str(v)
    if k in R.FLOAT_KINDS:
        return _float(v, 32 if k == R.FLOAT32 else 64)
    if k in R.COMPLEX_KINDS:
        return _complex(v, 32 if k == R.COMPLEX64 else 64)
    if k == R.STRING:
        return v.decode('utf-8', 'surrogateescape')
    if k == R.INTERFACE:
        if v is None:
            return '(0x0,0x0)'
        return f'(0x{id(v[0]) & 0xffffff:x},0x{fake_address(v[1]):x})'
    if k == R.SLICE:
        return f'[{v.len}/{v.cap}]0x{fake_address(v) if v.a is not None else 0:x}'
    if v is None:
        return '0x0'
    return f'0x{fake_address(v):x}'
