"""The universe scope: predeclared types, constants, nil, and built-in functions."""
from __future__ import annotations

from .. import types as T

UNIVERSE = T.Scope(None, kind='universe')

for _b in T.Typ[T.BOOL:T.UNSAFEPTR]:
    UNIVERSE.insert(T.TypeName(_b.name, _b))
UNIVERSE.insert(T.TypeName('byte', T.Byte))
UNIVERSE.insert(T.TypeName('rune', T.Rune))

# error: interface{ Error() string }
_err_obj = T.TypeName('error')
ERROR = T.Named(_err_obj)
_err_obj.type = ERROR
_err_method = T.Func('Error', T.Signature(T.Tuple(), T.Tuple([T.Var('', T.Typ[T.STRING], kind=T.RESULT)])))
_err_method.type.recv = T.Var('', ERROR, kind=T.RECV_VAR)
ERROR.under = T.Interface([_err_method])
ERROR.methods = []
UNIVERSE.insert(_err_obj)

# comparable: the constraint interface satisfied by comparable types.
_cmp_obj = T.TypeName('comparable')
COMPARABLE = T.Named(_cmp_obj)
_cmp_obj.type = COMPARABLE
_cmp_iface = T.Interface()
_cmp_iface._tset = T.TypeSet([], None, comparable=True)
COMPARABLE.under = _cmp_iface
UNIVERSE.insert(_cmp_obj)

# any: an alias for interface{}.
_any_obj = T.TypeName('any')
EMPTY_IFACE = T.Interface()
ANY = T.Alias(_any_obj, EMPTY_IFACE)
_any_obj.type = ANY
_any_obj.is_alias = True
UNIVERSE.insert(_any_obj)

TRUE = T.Const('true', T.Typ[T.UNTYPED_BOOL], val=True)
FALSE = T.Const('false', T.Typ[T.UNTYPED_BOOL], val=False)
IOTA = T.Const('iota', T.Typ[T.UNTYPED_INT], val=0)
NIL = T.Nil()
for _o in (TRUE, FALSE, IOTA, NIL):
    UNIVERSE.insert(_o)

BUILTINS = ['append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make',
            'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover']
for _name in BUILTINS:
    UNIVERSE.insert(T.Builtin(_name))


def default_type(t):
    """The default type of an untyped constant kind (Go spec: Constants)."""
    if isinstance(t, T.Basic):
        k = t.kind
        if k == T.UNTYPED_BOOL:
            return T.Typ[T.BOOL]
        if k == T.UNTYPED_INT:
            return T.Typ[T.INT]
        if k == T.UNTYPED_RUNE:
            return T.Rune
        if k == T.UNTYPED_FLOAT:
            return T.Typ[T.FLOAT64]
        if k == T.UNTYPED_COMPLEX:
            return T.Typ[T.COMPLEX128]
        if k == T.UNTYPED_STRING:
            return T.Typ[T.STRING]
    return t
