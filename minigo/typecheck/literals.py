"""Composite and function literals (after types2 literals.go).

Go 1.27 allows promoted fields as keys in struct literals; the selection of
such a key (its embedding path) is recorded for the compiler."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .expr import is_non_tparam_interface
from .operand import CONSTANT, TYPEXPR, VALUE, Operand


def _key_val(v):
    if isinstance(v, C.Cplx):
        if v.im == 0:
            v = v.re
        else:
            return ('c', v.re, v.im)
    if isinstance(v, C.Fraction):
        if v.denominator == 1:
            return int(v)
        return float(v)
    return v


class LiteralMixin:

    def func_lit(self, x, e: A.FuncLit):
        sig = self.typ(e.type)
        if not isinstance(sig, T.Signature):
            x.invalidate()
            return
        decl = self.decl
        iota = self.iota
        scope = self.scope
        self.later(lambda: self.func_body(decl, '<function literal>', sig, e.body, iota, scope))
        x.mode = VALUE
        x.type = sig

    def composite_lit(self, x, e: A.CompositeLit, hint):
        is_elem = False
        if e.type is not None:
            te = e.type
            if isinstance(te, A.ArrayType) and isinstance(te.len, A.Ellipsis):
                typ = T.Array(self.var_type(te.elt), -1)
                base = typ
            else:
                typ = self.typ(te)
                base = typ
        elif hint is not None:
            typ = hint
            base = typ
            u = T.core_type(T.unalias(base)) if isinstance(T.unalias(base), T.TypeParam) else base.underlying()
            if isinstance(u, T.Pointer):
                base = u.elem
            is_elem = True
        else:
            self.errorf(e, 'missing type in composite literal')
            typ = base = T.INVALID_T
        bt = T.unalias(base)
        u = T.core_type(bt) if isinstance(bt, T.TypeParam) else base.underlying()
        if isinstance(u, T.Struct):
            self.struct_lit(x, e, u, base)
        elif isinstance(u, T.Array):
            n = self.indexed_elts(e.elts, u.elem, u.len)
            if u.len < 0:
                u.len = n
                if e.type is not None:
                    self.record_tv(e.type, TYPEXPR, u, None)
        elif isinstance(u, T.Slice):
            self.indexed_elts(e.elts, u.elem, -1)
        elif isinstance(u, T.Map):
            key_iface = is_non_tparam_interface(u.key)
            visited = {}
            for el in e.elts:
                if not isinstance(el, A.KeyValueExpr):
                    self.errorf(el, 'missing key in map literal')
                    continue
                self.generic_expr(x, el.key, u.key)
                self.assignment(x, u.key, 'map literal')
                if not x.valid():
                    continue
                if x.mode == CONSTANT and x.val is not None:
                    k = _key_val(x.val)
                    dup = False
                    if key_iface:
                        for vt in visited.get(k, []):
                            if T.identical(vt, x.type):
                                dup = True
                        visited.setdefault(k, []).append(x.type)
                    else:
                        dup = k in visited
                        visited[k] = None
                    if dup:
                        self.errorf(x, f'duplicate key {C.const_string(x.val)} in map literal')
                        continue
                self.generic_expr(x, el.value, u.elem)
                self.assignment(x, u.elem, 'map literal')
        else:
            for el in e.elts:
                if isinstance(el, A.KeyValueExpr):
                    el = el.value
                self.use(el)
            if u is not T.INVALID_T:
                qual = ' element' if is_elem else ''
                cause = ' (no common underlying type)' if u is None else ''
                self.errorf(e, f'invalid composite literal{qual} type {self.sprintf_type(typ)}{cause}')
                x.invalidate()
                return
        x.mode = VALUE
        x.type = typ

    def struct_lit(self, x, e, utyp, base):
        fields = utyp.fields
        if not e.elts:
            return
        if isinstance(e.elts[0], A.KeyValueExpr):
            visited = {}
            for el in e.elts:
                if not isinstance(el, A.KeyValueExpr):
                    self.errorf(el, 'mixture of field:value and value elements in struct literal')
                    continue
                key = el.key if isinstance(el.key, A.Ident) else None
                self.generic_expr(x, el.value)
                if key is None:
                    self.errorf(el, f'invalid field name {expr_str(el.key)} in struct literal')
                    continue
                obj, index, indirect = self.lookup_field_or_method(utyp, False, key.name)
                if obj is None:
                    alt, _, _ = self.lookup_field_or_method(utyp, False, key.name, fold_case=True)
                    self.errorf(el.key, self.lookup_error(base, key.name, alt, struct_lit=True))
                    continue
                if not isinstance(obj, T.Var):
                    self.errorf(el.key, f'{key.name} is not a field')
                    continue
                if indirect:
                    self.errorf(el.key, f'invalid implicit pointer indirection to reach {key.name}')
                    continue
                self.record_use(key, obj)
                from .checker import FIELD_VAL
                self.record_selection(el, FIELD_VAL, base, obj, index, False)
                self.assignment(x, obj.type, 'struct literal')
                path = tuple(index)
                for p, fobj in visited.items():
                    if p == path:
                        self.errorf(el, f'duplicate field name {obj.name} in struct literal')
                        break
                    if path[:len(p)] == p:
                        self.errorf(el, f'cannot specify promoted field {obj.name} and enclosing embedded '
                                        f'field {fobj.name}')
                        break
                    if p[:len(path)] == path:
                        self.errorf(el, f'cannot specify embedded field {obj.name} and enclosed promoted '
                                        f'field {fobj.name}')
                        break
                else:
                    visited[path] = obj
        else:
            for i, el in enumerate(e.elts):
                if isinstance(el, A.KeyValueExpr):
                    self.errorf(el, 'mixture of field:value and value elements in struct literal')
                    continue
                self.generic_expr(x, el)
                if i >= len(fields):
                    self.errorf(x, f'too many values in struct literal of type {self.sprintf_type(base)}')
                    break
                fld = fields[i]
                if not fld.exported() and fld.pkg is not self.pkg:
                    self.errorf(x, f'implicit assignment to unexported field {fld.name} in struct literal of '
                                f'type {self.sprintf_type(base)}')
                    continue
                self.assignment(x, fld.type, 'struct literal')
            if len(e.elts) < len(fields):
                hint = ''
                for f in fields:
                    if not f.exported() and f.pkg is not self.pkg:
                        hint = ' (type has unexported fields - use key:value pairs)'
                        break
                self.errorf(e.rbrace, f'too few values in struct literal of type {self.sprintf_type(base)}{hint}')

    def indexed_elts(self, elts, typ, length):
        visited = set()
        index = 0
        mx = 0
        for e in elts:
            valid_index = False
            ev = e
            if isinstance(e, A.KeyValueExpr):
                t, i = self.index(e.key, length)
                if t is not T.INVALID_T:
                    if i >= 0:
                        index = i
                        valid_index = True
                    else:
                        self.errorf(e, f'index {expr_str(e.key)} must be integer constant')
                ev = e.value
            elif length >= 0 and index >= length:
                self.errorf(e, f'index {index} is out of bounds (>= {length})')
            else:
                valid_index = True
            if valid_index:
                if index in visited:
                    self.errorf(e, f'duplicate index {index} in array or slice literal')
                visited.add(index)
            index += 1
            if index > mx:
                mx = index
            x = Operand()
            self.generic_expr(x, ev, typ)
            self.assignment(x, typ, 'array or slice literal')
        return mx
