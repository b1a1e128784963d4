"""The checker's operand: an expression's mode, type and constant value, and
types2's way of describing it in messages (`x (variable of type int)`)."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax.printer import expr_str

(INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE,
 COMMAOK, COMMAERR) = range(11)

MODE_STRING = ['invalid operand', 'no value', 'built-in', 'type', 'constant', 'variable',
               'map index expression', 'value', 'nil', 'comma, ok expression',
               'comma, error expression']


class Operand:
    __slots__ = ('mode', 'expr', 'type', 'val', 'id')

    def __init__(self, mode=INVALID, expr=None, typ=None, val=None):
        self.mode = mode
        self.expr = expr
        self.type = typ if typ is not None else T.INVALID_T
        self.val = val
        self.id = None     # builtin name

    def invalidate(self):
        self.mode = INVALID

    def valid(self):
        return self.mode != INVALID

    def is_nil(self):
        return self.mode == NILVALUE

    def pos(self):
        return self.expr.pos if self.expr is not None else None

    def copy(self):
        o = Operand(self.mode, self.expr, self.type, self.val)
        o.id = self.id
        return o

    def assign_from(self, o):
        self.mode, self.expr, self.type, self.val, self.id = o.mode, o.expr, o.type, o.val, o.id

    def __str__(self):
        return operand_string(self)


def composite_kind(t):
    u = t.underlying()
    return {T.Basic: '', T.Array: 'array', T.Slice: 'slice', T.Struct: 'struct', T.Pointer: 'pointer',
            T.Signature: 'func', T.Interface: 'interface', T.Map: 'map', T.Chan: 'chan',
            T.Tuple: 'tuple', T.Union: 'union'}.get(type(u), '')


def operand_string(x: Operand, qualify=None) -> str:
    if x.mode == NILVALUE:
        t = x.type
        if t is None or t is T.INVALID_T:
            return 'nil (with invalid type)'
        if isinstance(t, T.Basic) and t.kind == T.UNTYPED_NIL:
            return 'nil'
        return f'nil (of type {T.type_string(t, qualify)})'
    out = []
    expr = ''
    if x.expr is not None:
        expr = expr_str(x.expr)
    elif x.mode == BUILTIN:
        expr = x.id
    elif x.mode == TYPEXPR:
        expr = T.type_string(x.type, qualify)
    elif x.mode == CONSTANT:
        expr = C.const_string(x.val)
    if expr:
        out.append(expr)
        out.append(' (')
    has_type = False
    if x.mode not in (INVALID, NOVALUE, BUILTIN, TYPEXPR) and x.type is not None:
        if T.is_untyped(x.type):
            out.append(x.type.name)
            out.append(' ')
        else:
            has_type = True
    out.append(MODE_STRING[x.mode])
    if x.mode == CONSTANT:
        s = C.const_string(x.val)
        if s != expr:
            out.append(' ')
            out.append(s)
    if has_type:
        t = x.type
        if t is not T.INVALID_T:
            desc = ''
            if is_generic(t):
                desc = 'generic '
            tp = T.unalias(t)
            if not isinstance(tp, T.TypeParam) and isinstance(t, (T.Alias, T.Named)):
                what = composite_kind(t)
                if not what:
                    u = t.underlying()
                    what = u.name if isinstance(u, T.Basic) else ''
                desc += what + ' '
            out.append(f' of {desc}type ')
            out.append(T.type_string(t, qualify))
            if isinstance(tp, T.TypeParam):
                out.append(' constrained by ')
                out.append(T.type_string(tp.bound, qualify))
        else:
            out.append(' with invalid type')
    if expr:
        out.append(')')
    return ''.join(out)


def is_generic(t):
    t = T.unalias(t) if not isinstance(t, T.Alias) else t
    if isinstance(t, T.Named):
        return bool(t.tparams) and t.targs is None
    return False
