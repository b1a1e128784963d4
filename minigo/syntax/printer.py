"""Expressions printed the way cmd/compile prints them inside error messages
(syntax.String in short form: literal bodies become `{…}`)."""
from __future__ import annotations

from . import ast as A

# Binary operator precedence, for parenthesising as the source must have been.
PREC = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
        '+': 4, '-': 4, '|': 4, '^': 4, '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5,
        '&': 5, '&^': 5}


def expr_str(x) -> str:
    out = []
    _w(out, x)
    return ''.join(out)


def _list(out, xs, sep=', '):
    for i, x in enumerate(xs):
        if i:
            out.append(sep)
        _w(out, x)


def _fields(out, fields, sep=', '):
    for i, f in enumerate(fields):
        if i:
            out.append(sep)
        if f.names:
            out.append(', '.join(n.name for n in f.names))
            out.append(' ')
        _w(out, f.type)


def _sig(out, ft):
    out.append('(')
    _fields(out, ft.params)
    out.append(')')
    res = ft.results
    if res:
        out.append(' ')
        if len(res) == 1 and not res[0].names:
            _w(out, res[0].type)
        else:
            out.append('(')
            _fields(out, res)
            out.append(')')


def _w(out, x):
    if x is None:
        return
    t = type(x)
    if t is A.Ident:
        out.append(x.name)
    elif t is A.BasicLit:
        out.append(x.value)
    elif t is A.BinaryExpr:
        _w(out, x.x)
        out.append(f' {x.op} ')
        _w(out, x.y)
    elif t is A.UnaryExpr:
        out.append(x.op)
        _w(out, x.x)
    elif t is A.StarExpr:
        out.append('*')
        _w(out, x.x)
    elif t is A.ParenExpr:
        out.append('(')
        _w(out, x.x)
        out.append(')')
    elif t is A.SelectorExpr:
        _w(out, x.x)
        out.append('.')
        out.append(x.sel.name)
    elif t is A.IndexExpr:
        _w(out, x.x)
        out.append('[')
        _list(out, x.indices)
        out.append(']')
    elif t is A.SliceExpr:
        _w(out, x.x)
        out.append('[')
        _w(out, x.low)
        out.append(':')
        _w(out, x.high)
        if x.slice3:
            out.append(':')
            _w(out, x.max)
        out.append(']')
    elif t is A.TypeAssertExpr:
        _w(out, x.x)
        out.append('.(')
        if x.type is None:
            out.append('type')
        else:
            _w(out, x.type)
        out.append(')')
    elif t is A.CallExpr:
        _w(out, x.fun)
        out.append('(')
        _list(out, x.args)
        if x.ellipsis:
            out.append('...')
        out.append(')')
    elif t is A.CompositeLit:
        _w(out, x.type)
        out.append('{…}' if x.elts else '{}')
    elif t is A.FuncLit:
        out.append('func')
        _sig(out, x.type)
        out.append(' {…}' if x.body.stmts else ' {}')
    elif t is A.KeyValueExpr:
        _w(out, x.key)
        out.append(': ')
        _w(out, x.value)
    elif t is A.Ellipsis:
        out.append('...')
        _w(out, x.elt)
    elif t is A.ArrayType:
        out.append('[')
        _w(out, x.len)
        out.append(']')
        _w(out, x.elt)
    elif t is A.MapType:
        out.append('map[')
        _w(out, x.key)
        out.append(']')
        _w(out, x.value)
    elif t is A.ChanType:
        if x.dir == A.RECV:
            out.append('<-chan ')
        elif x.dir == A.SEND:
            out.append('chan<- ')
        else:
            out.append('chan ')
        _w(out, x.value)
    elif t is A.FuncType:
        out.append('func')
        _sig(out, x)
    elif t is A.StructType:
        out.append('struct{')
        _fields(out, x.fields, '; ')
        out.append('}')
    elif t is A.InterfaceType:
        out.append('interface{')
        items = []
        for m in x.methods:
            s = []
            s.append(m.names[0].name)
            _sig(s, m.type)
            items.append(''.join(s))
        for e in x.embeds:
            items.append(expr_str(e))
        out.append('; '.join(items))
        out.append('}')
    else:
        out.append(f'<{t.__name__}>')
