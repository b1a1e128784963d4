"""Index and slice expressions (after types2 index.go)."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax import ast as A
from .expr import under_is
from .operand import CONSTANT, INVALID, MAPINDEX, TYPEXPR, VALUE, VARIABLE, Operand


class IndexMixin:

    def index_expr(self, x, e: A.IndexExpr):
        """Check x[i]; returns True if e is a generic function instantiation
        still to be completed by func_inst."""
        self.expr_or_type(x, e.x, True)
        if x.mode == INVALID:
            self.use(*e.indices)
            return False
        if x.mode == TYPEXPR:
            x.invalidate()
            x.type = self.var_type(e)
            if x.type is not T.INVALID_T:
                x.mode = TYPEXPR
            return False
        if x.mode == VALUE:
            u = x.type.underlying() if x.type is not T.INVALID_T else None
            if isinstance(x.type, T.Signature) and x.type.tparams:
                return True
        self.non_generic(None, x)
        if not x.valid():
            return False
        valid = False
        length = -1
        typ = x.type.underlying()
        if isinstance(typ, T.Basic):
            if typ.info & T.IS_STRING:
                valid = True
                if x.mode == CONSTANT:
                    length = len(x.val)
                x.mode = VALUE
                x.type = T.Byte
        elif isinstance(typ, T.Array):
            valid = True
            length = typ.len
            if x.mode != VARIABLE:
                x.mode = VALUE
            x.type = typ.elem
        elif isinstance(typ, T.Pointer):
            a = typ.elem.underlying()
            if isinstance(a, T.Array):
                valid = True
                length = a.len
                x.mode = VARIABLE
                x.type = a.elem
        elif isinstance(typ, T.Slice):
            valid = True
            x.mode = VARIABLE
            x.type = typ.elem
        elif isinstance(typ, T.Map):
            index = self.single_index(e)
            if index is None:
                x.invalidate()
                return False
            key = Operand()
            self.generic_expr(key, index)
            self.assignment(key, typ.key, 'map index')
            x.mode = MAPINDEX
            x.type = typ.elem
            x.expr = e
            return False
        elif isinstance(typ, T.Interface) and isinstance(T.unalias(x.type), T.TypeParam):
            state = {'key': None, 'elem': None, 'len': -1, 'mode': VARIABLE}

            def ok(u):
                l = -1
                k = el = None
                if u is None:
                    return False
                if isinstance(u, T.Basic) and u.info & T.IS_STRING:
                    el = T.Byte
                    state['mode'] = VALUE
                elif isinstance(u, T.Array):
                    l = u.len
                    el = u.elem
                    if x.mode != VARIABLE:
                        state['mode'] = VALUE
                elif isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
                    a = u.elem.underlying()
                    l = a.len
                    el = a.elem
                elif isinstance(u, T.Slice):
                    el = u.elem
                elif isinstance(u, T.Map):
                    k = u.key
                    el = u.elem
                if el is None:
                    return False
                if state['elem'] is None:
                    state['len'] = l
                    state['key'], state['elem'] = k, el
                    return True
                if (state['key'] is None) != (k is None) or (k is not None and not T.identical(state['key'], k)):
                    return False
                if not T.identical(state['elem'], el):
                    return False
                if 0 <= l < state['len']:
                    state['len'] = l
                return True
            if under_is(x.type, ok):
                if state['key'] is not None:
                    index = self.single_index(e)
                    if index is None:
                        x.invalidate()
                        return False
                    k = Operand()
                    self.generic_expr(k, index)
                    self.assignment(k, state['key'], 'map index')
                    x.mode = MAPINDEX
                    x.type = state['elem']
                    x.expr = e
                    return False
                valid = True
                length = state['len']
                x.mode = state['mode']
                x.type = state['elem']
        if not valid:
            self.errorf(e.lbrack, f'invalid operation: cannot index {self.opstr(x)}')
            self.use(*e.indices)
            x.invalidate()
            return False
        index = self.single_index(e)
        if index is None:
            x.invalidate()
            return False
        self.index(index, length)
        return False

    def single_index(self, e):
        if len(e.indices) > 1:
            self.errorf(e.indices[1], 'invalid operation: more than one index')
        return e.indices[0]

    def index(self, index, mx):
        """Check an index expression; returns (type, constant value or -1)."""
        x = Operand()
        self.expr(None, x, index)
        if not self.is_valid_index(x, 'index', False):
            return T.INVALID_T, -1
        if x.mode != CONSTANT:
            return x.type, -1
        if x.val is None:
            return T.INVALID_T, -1
        v = C.to_int(x.val)
        if mx >= 0 and v >= mx:
            self.errorf(x, f'invalid argument: index {C.const_string(x.val)} out of bounds [0:{mx}]')
            return T.INVALID_T, -1
        return x.type, v

    def is_valid_index(self, x, what, allow_negative):
        if not x.valid():
            return False
        self.convert_untyped(x, T.Typ[T.INT])
        if not x.valid():
            return False
        from .expr import all_integer
        if not all_integer(x.type):
            self.errorf(x, f'invalid argument: {what} {self.opstr(x)} must be integer')
            return False
        if x.mode == CONSTANT and x.val is not None:
            v = C.to_int(x.val)
            if not allow_negative and v is not None and v < 0:
                self.errorf(x, f'invalid argument: {what} {self.opstr(x)} must not be negative')
                return False
            if v is not None and v >= (1 << 63):
                self.errorf(x, f'invalid argument: {what} {self.opstr(x)} overflows int')
                return False
        return True

    def slice_expr(self, x, e: A.SliceExpr):
        self.expr(None, x, e.x)
        if not x.valid():
            self.use(*[i for i in (e.low, e.high, e.max) if i is not None])
            return
        t = T.unalias(x.type)
        if isinstance(t, T.TypeParam):
            cu = T.core_type(t)
            if cu is None:
                s = T.type_set(t.bound)
                if not s.terms:
                    self.errorf(x, f'cannot slice {self.opstr(x)}: no specific type in {self.sprintf_type(x.type)}')
                    x.invalidate()
                    return
                if all(T.is_string(term.type) for term in s.terms):
                    cu = T.Typ[T.STRING]
                else:
                    self.errorf(x, f'cannot slice {self.opstr(x)}: {self.sprintf_type(s.terms[0].type)} and '
                                f'{self.sprintf_type(s.terms[1].type)} have different underlying types')
                    x.invalidate()
                    return
        else:
            cu = t.underlying()
        valid = False
        length = -1
        if isinstance(cu, T.Basic) and cu.info & T.IS_STRING:
            if e.slice3:
                self.errorf(e.max or e, 'invalid operation: 3-index slice of string')
                x.invalidate()
                return
            valid = True
            if x.mode == CONSTANT:
                length = len(x.val)
            if T.is_untyped(x.type):
                x.type = T.Typ[T.STRING]
        elif isinstance(cu, T.Array):
            valid = True
            length = cu.len
            if x.mode != VARIABLE:
                self.errorf(x, f'cannot slice unaddressable value {self.opstr(x)}')
                x.invalidate()
                return
            x.type = T.Slice(cu.elem)
        elif isinstance(cu, T.Pointer):
            a = cu.elem.underlying()
            if isinstance(a, T.Array):
                valid = True
                length = a.len
                x.type = T.Slice(a.elem)
        elif isinstance(cu, T.Slice):
            valid = True
        if not valid:
            self.errorf(x, f'cannot slice {self.opstr(x)}')
            x.invalidate()
            return
        x.mode = VALUE
        if e.slice3 and (e.high is None or e.max is None):
            self.errorf(e, '2nd and 3rd index required in 3-index slice')
            x.invalidate()
            return
        parts = [e.low, e.high, e.max] if e.slice3 else [e.low, e.high]
        ind = []
        for i, ex in enumerate(parts):
            v = -1
            if ex is not None:
                mx = length + 1 if length >= 0 else -1
                _, r = self.index(ex, mx)
                if r >= 0:
                    v = r
            elif i == 0:
                v = 0
            elif length >= 0:
                v = length
            ind.append(v)
        for i in range(len(ind) - 1):
            a = ind[i]
            if a > 0:
                found = False
                for j in range(i + 1, len(ind)):
                    b = ind[j]
                    if 0 <= b < a:
                        self.errorf(parts[j], f'invalid slice indices: {b} < {a}')
                        found = True
                        break
                if found:
                    break
