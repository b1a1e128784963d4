"""The print/println built-ins: Go's runtime print formatting (to stderr)."""
from . import rtypes as R
from .gofmt import fake_address


def _float(x):
    if x != x:
        return 'NaN'
    if x in (float('inf'), float('-inf')):
        return '+Inf' if x > 0 else '-Inf'
    s = '%.6e' % x
    mant, _, exp = s.partition('e')
    sign = exp[0]
    digits = exp[1:].lstrip('0').rjust(3, '0')
    if not mant.startswith('-'):
        mant = '+' + mant
    return f'{mant}e{sign}{digits}'


def print_value(v, rt):
    k = rt.kind
    if k == R.BOOL:
        return 'true' if v else 'false'
    if k in R.INTEGER_KINDS:
        return str(v)
    if k in R.FLOAT_KINDS:
        return _float(v)
    if k in R.COMPLEX_KINDS:
        return f'({_float(v.real)}{_float(v.imag)}i)'
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
