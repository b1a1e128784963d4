"""Expressions printed the way cmd/compile prints them inside error messages
(syntax.String in short form: literal bodies become `{…}`)."""
from __future__ import annotations

from . import ast as A

# Binary operator precedence, for parenthesising as the source must have been.
PREC = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
        '+': 4, '-': 4, '|': 4, '^': 4, '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5,
        '&': 5, '&^': 5}


def expr_str(x) -> str:
    """x as cmd/compile prints it. An explicit work stack rather than
    recursion: generated code has `"a" + "b" + ...` chains thousands long."""
    out = []
    work = [x]                  # what is still to print, the next part last
    while work:
        p = work.pop()
        if type(p) is str:
            out.append(p)
        elif p is not None:
            parts = _parts(p)
            parts.reverse()
            work.extend(parts)
    return ''.join(out)


def _list(parts, xs, sep=', '):
    for i, x in enumerate(xs):
        if i:
            parts.append(sep)
        parts.append(x)


def _fields(parts, fields, sep=', '):
    for i, f in enumerate(fields):
        if i:
            parts.append(sep)
        if f.names:
            parts.append(', '.join(n.name for n in f.names))
            parts.append(' ')
        parts.append(f.type)


def _sig(parts, ft):
    parts.append('(')
    _fields(parts, ft.params)
    parts.append(')')
    res = ft.results
    if res:
        parts.append(' ')
        if len(res) == 1 and not res[0].names:
            parts.append(res[0].type)
        else:
            parts.append('(')
            _fields(parts, res)
            parts.append(')')


def _parts(x):
    """x's text as a list of strings and the subexpressions between them."""
    t = type(x)
    if t is A.Ident:
        return [x.name]
    if t is A.BasicLit:
        return [x.value]
    if t is A.BinaryExpr:
        return [x.x, f' {x.op} ', x.y]
    if t is A.UnaryExpr:
        return [x.op, x.x]
    if t is A.StarExpr:
        return ['*', x.x]
    if t is A.ParenExpr:
        return ['(', x.x, ')']
    if t is A.SelectorExpr:
        return [x.x, '.', x.sel.name]
    if t is A.IndexExpr:
        parts = [x.x, '[']
        _list(parts, x.indices)
        parts.append(']')
        return parts
    if t is A.SliceExpr:
        parts = [x.x, '[', x.low, ':', x.high]
        if x.slice3:
            parts += [':', x.max]
        parts.append(']')
        return parts
    if t is A.TypeAssertExpr:
        return [x.x, '.(', 'type' if x.type is None else x.type, ')']
    if t is A.CallExpr:
        parts = [x.fun, '(']
        _list(parts, x.args)
        if x.ellipsis:
            parts.append('...')
        parts.append(')')
        return parts
    if t is A.CompositeLit:
        return [x.type, '{…}' if x.elts else '{}']
    if t is A.FuncLit:
        parts = ['func']
        _sig(parts, x.type)
        parts.append(' {…}' if x.body.stmts else ' {}')
        return parts
    if t is A.KeyValueExpr:
        return [x.key, ': ', x.value]
    if t is A.Ellipsis:
        return ['...', x.elt]
    if t is A.ArrayType:
        return ['[', x.len, ']', x.elt]
    if t is A.MapType:
        return ['map[', x.key, ']', x.value]
    if t is A.ChanType:
        if x.dir == A.RECV:
            head = '<-chan '
        elif x.dir == A.SEND:
            head = 'chan<- '
        else:
            head = 'chan '
        return [head, x.value]
    if t is A.FuncType:
        parts = ['func']
        _sig(parts, x)
        return parts
    if t is A.StructType:
        parts = ['struct{']
        _fields(parts, x.fields, '; ')
        parts.append('}')
        return parts
    if t is A.InterfaceType:
        parts = ['interface{']
        items = []
        for m in x.methods:
            item = [m.names[0].name]
            _sig(item, m.type)
            items.append(item)
        items.extend([e] for e in x.embeds)
        for i, item in enumerate(items):
            if i:
                parts.append('; ')
            parts.extend(item)
        parts.append('}')
        return parts
    return [f'<{t.__name__}>']
