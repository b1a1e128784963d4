"""Assignability and assignments, declarations with initializers, := and
return values (after types2 assignments.go and operand.go assignableTo)."""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .call import types_summary
from .expr import is_non_tparam_interface
from .operand import (COMMAERR, COMMAOK, CONSTANT, INVALID, MAPINDEX, NILVALUE, VALUE, VARIABLE,
                      Operand)
from .universe import default_type


def _has_name(t):
    return isinstance(t, (T.Basic, T.Named, T.TypeParam)) or isinstance(t, T.Alias)


class AssignMixin:

    def assignable_to(self, x: Operand, typ, cause):
        """Whether x can be assigned to a variable of type typ. cause: a list
        that receives an explanation, or None."""
        if not x.valid() or typ is T.INVALID_T or x.type is T.INVALID_T:
            return True
        V = T.unalias(x.type)
        Tt = T.unalias(typ)
        if T.identical(V, Tt):
            return True
        Vu = V.underlying()
        Tu = Tt.underlying()
        Vp = V if isinstance(V, T.TypeParam) else None
        Tp = Tt if isinstance(Tt, T.TypeParam) else None
        if T.is_untyped(Vu) and isinstance(V, T.Basic):
            if Tp is not None:
                s = T.type_set(Tp.bound)
                if not s.terms:
                    return False
                return all(self.implicit_type_and_value(x, term.type)[0] is not None for term in s.terms)
            new_t, _, _ = self.implicit_type_and_value(x, typ)
            return new_t is not None
        if T.identical(Vu, Tu) and (not _has_name(V) or not _has_name(Tt)) and Vp is None and Tp is None:
            return True
        if isinstance(Tu, T.Interface) and Tp is None or self.is_interface_ptr(Tu):
            c = [] if cause is not None else None
            if self.implements(V, Tt, False, c):
                return True
            if Vp is None:
                if cause is not None and c:
                    cause[:] = c
                return False
        if isinstance(Vu, T.Interface) and Vp is None:
            if self.implements(Tt, V, False, None):
                if cause is not None:
                    cause[:] = ['need type assertion']
                return False
        if isinstance(Vu, T.Chan) and Vu.dir == T.BOTH:
            if isinstance(Tu, T.Chan) and T.identical(Vu.elem, Tu.elem):
                return not _has_name(V) or not _has_name(Tt)
        if Vp is None and Tp is None:
            return False
        if not _has_name(V) and Tp is not None:
            s = T.type_set(Tp.bound)
            if not s.terms:
                return False
            for term in s.terms:
                if not self.assignable_to(x, term.type, cause):
                    if cause is not None:
                        cause[:] = [f'cannot assign {self.sprintf_type(x.type)} to {self.sprintf_type(term.type)} '
                                    f'(in {self.sprintf_type(Tp)})']
                    return False
            return True
        if Vp is not None and not _has_name(Tt):
            s = T.type_set(Vp.bound)
            if not s.terms:
                return False
            for term in s.terms:
                y = Operand(x.mode, x.expr, term.type, x.val)
                if not self.assignable_to(y, typ, cause):
                    if cause is not None:
                        cause[:] = [f'cannot assign {self.sprintf_type(term.type)} (in {self.sprintf_type(Vp)}) '
                                    f'to {self.sprintf_type(typ)}']
                    return False
            return True
        return False

    def assignment(self, x: Operand, typ, context):
        self.single_value(x)
        if x.mode == INVALID:
            return
        if x.mode not in (CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK, COMMAERR):
            self.errorf(x, f'cannot assign {self.opstr(x)} to {self.sprintf_type(typ)} in {context}')
            x.invalidate()
            return
        if T.is_untyped(x.type) and isinstance(x.type, T.Basic):
            target = typ
            if x.is_nil():
                if typ is None:
                    self.errorf(x, f'use of untyped nil in {context}')
                    x.invalidate()
                    return
            elif typ is None or is_non_tparam_interface(typ):
                target = default_type(x.type)
            new_t, val, code = self.implicit_type_and_value(x, target)
            if code is not None:
                msg = f'cannot use {self.opstr(x)} as {self.sprintf_type(target)} value in {context}'
                if code == 'truncated':
                    msg += ' (truncated)'
                elif code == 'overflows':
                    msg += ' (overflows)'
                self.errorf(x, msg)
                x.invalidate()
                return
            if val is not None:
                x.val = val
                self.update_expr_val(x.expr, val)
            if new_t is not x.type:
                x.type = new_t
                self.update_expr_type(x.expr, new_t, False)
        self.non_generic(self.new_target(typ, context) if typ is not None else None, x)
        if not x.valid():
            return
        if typ is None:
            return
        cause = []
        if not self.assignable_to(x, typ, cause):
            if cause and cause[0]:
                self.errorf(x, f'cannot use {self.opstr(x)} as {self.sprintf_type(typ)} value in {context}: {cause[0]}')
            else:
                self.errorf(x, f'cannot use {self.opstr(x)} as {self.sprintf_type(typ)} value in {context}')
            x.invalidate()

    def init_const(self, lhs: T.Const, x: Operand):
        if not x.valid() or x.type is T.INVALID_T or lhs.type is T.INVALID_T:
            if lhs.type is None:
                lhs.type = T.INVALID_T
            return
        if x.mode != CONSTANT:
            self.errorf(x, f'{self.opstr(x)} is not constant')
            if lhs.type is None:
                lhs.type = T.INVALID_T
            return
        if lhs.type is None:
            lhs.type = x.type
        self.assignment(x, lhs.type, 'constant declaration')
        if not x.valid():
            return
        lhs.val = x.val

    def init_var(self, lhs: T.Var, x: Operand, context):
        if not x.valid() or x.type is T.INVALID_T or lhs.type is T.INVALID_T:
            if lhs.type is None:
                lhs.type = T.INVALID_T
            x.invalidate()
            return
        if lhs.type is None:
            typ = x.type
            if T.is_untyped(typ) and isinstance(typ, T.Basic):
                if typ.kind == T.UNTYPED_NIL:
                    self.errorf(x, f'use of untyped nil in {context}')
                    lhs.type = T.INVALID_T
                    x.invalidate()
                    return
                typ = default_type(typ)
            lhs.type = typ
        self.assignment(x, lhs.type, context)

    def lhs_var(self, lhs):
        inner = lhs
        while isinstance(inner, A.ParenExpr):
            inner = inner.x
        if isinstance(inner, A.Ident) and inner.name == '_':
            self.record_def(inner, None)
            return None
        v = None
        v_used = False
        if isinstance(inner, A.Ident):
            obj = self.lookup(inner.name)
            if isinstance(obj, T.Var) and obj.pkg is self.pkg:
                v = obj
                v_used = v.used
        x = Operand()
        self.expr(None, x, lhs)
        if v is not None:
            v.used = v_used
        if not x.valid() or x.type is T.INVALID_T:
            return T.INVALID_T
        if x.mode in (VARIABLE, MAPINDEX):
            return x.type
        if isinstance(x.expr, A.SelectorExpr):
            op = Operand()
            self.expr(None, op, x.expr.x)
            if op.mode == MAPINDEX:
                self.errorf(x, f'cannot assign to struct field {expr_str(x.expr)} in map')
                return T.INVALID_T
        self.errorf(x, f'cannot assign to {expr_str(x.expr)} (neither addressable nor a map index expression)')
        return T.INVALID_T

    def assign_var(self, lhs, rhs, x, context):
        typ = self.lhs_var(lhs)
        if typ is T.INVALID_T:
            if x is not None:
                x.invalidate()
            else:
                self.use(rhs)
            return
        if x is None:
            target = None
            if typ is not None and isinstance(typ.underlying(), T.Signature):
                target = self.new_target(typ, expr_str(lhs))
            x = Operand()
            self.expr(target, x, rhs)
        if typ is None and context == 'assignment':
            context = 'assignment to _ identifier'
        self.assignment(x, typ, context)

    def assign_error(self, rhs, l, r):
        vars_ = f'{l} variable' + ('s' if l != 1 else '')
        vals = f'{r} value' + ('s' if r != 1 else '')
        rhs0 = rhs[0]
        if len(rhs) == 1:
            inner = rhs0
            while isinstance(inner, A.ParenExpr):
                inner = inner.x
            if isinstance(inner, A.CallExpr):
                self.errorf(rhs0, f'assignment mismatch: {vars_} but {expr_str(inner.fun)} returns {vals}')
                return
        self.errorf(rhs0, f'assignment mismatch: {vars_} but {vals}')

    def return_error(self, at, lhs, rhs):
        l, r = len(lhs), len(rhs)
        qual = 'not enough'
        if r > l:
            at = rhs[l]
            qual = 'too many'
        elif r > 0:
            at = rhs[r - 1]
        self.errorf(at, f'{qual} return values\n\thave {types_summary(self, [x.type for x in rhs], False, False)}\n'
                        f'\twant {types_summary(self, [v.type for v in lhs], False, False)}')

    def init_vars(self, lhs, orig_rhs, return_stmt):
        l, r = len(lhs), len(orig_rhs)
        context = 'assignment'
        if return_stmt is not None:
            context = 'return statement'
        elif l > 1:
            context = 'multiple assignment'
        is_call = False
        if r == 1:
            inner = orig_rhs[0]
            while isinstance(inner, A.ParenExpr):
                inner = inner.x
            is_call = isinstance(inner, A.CallExpr)
        if l == r and not is_call:
            for i, v in enumerate(lhs):
                desc = v.name
                if return_stmt is not None and not desc:
                    desc = 'result variable'
                x = Operand()
                self.expr(self.new_target(v.type, desc), x, orig_rhs[i])
                self.init_var(v, x, context)
            return
        if r != 1:
            if self.use(*orig_rhs):
                if return_stmt is not None:
                    rhs = self.expr_list(orig_rhs)
                    self.return_error(return_stmt, lhs, rhs)
                else:
                    self.assign_error(orig_rhs, l, r)
            for v in lhs:
                if v.type is None:
                    v.type = T.INVALID_T
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2 and return_stmt is None)
        r = len(rhs)
        if l == r:
            for i, v in enumerate(lhs):
                self.init_var(v, rhs[i], context)
            if comma_ok and rhs[0].mode != INVALID and rhs[1].mode != INVALID:
                self.info.comma_ok.add(orig_rhs[0])
            return
        if rhs[0].mode != INVALID:
            if return_stmt is not None:
                self.return_error(return_stmt, lhs, rhs)
            else:
                self.assign_error(orig_rhs, l, r)
        for v in lhs:
            if v.type is None:
                v.type = T.INVALID_T

    def assign_vars(self, lhs, orig_rhs):
        l, r = len(lhs), len(orig_rhs)
        context = 'multiple assignment' if l > 1 else 'assignment'
        is_call = False
        if r == 1:
            inner = orig_rhs[0]
            while isinstance(inner, A.ParenExpr):
                inner = inner.x
            is_call = isinstance(inner, A.CallExpr)
        if l == r and not is_call:
            for i, e in enumerate(lhs):
                self.assign_var(e, orig_rhs[i], None, context)
            return
        if r != 1:
            ok_l = self.use_lhs(*lhs)
            ok_r = self.use(*orig_rhs)
            if ok_l and ok_r:
                self.assign_error(orig_rhs, l, r)
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2)
        r = len(rhs)
        if l == r:
            for i, e in enumerate(lhs):
                self.assign_var(e, None, rhs[i], context)
            if comma_ok and rhs[0].mode != INVALID and rhs[1].mode != INVALID:
                self.info.comma_ok.add(orig_rhs[0])
            return
        if rhs[0].mode != INVALID:
            self.assign_error(orig_rhs, l, r)
        self.use_lhs(*lhs)

    def short_var_decl(self, pos, lhs, rhs):
        top = len(self.delayed)
        scope = self.scope
        seen = set()
        lhs_vars = [None] * len(lhs)
        new_vars = []
        has_err = False
        for i, e in enumerate(lhs):
            if not isinstance(e, A.Ident):
                self.use_lhs(e)
                self.errorf(e, f'non-name {expr_str(e)} on left side of :=')
                has_err = True
                continue
            name = e.name
            if name != '_':
                if name in seen:
                    self.errorf(e, f'{name} repeated on left side of :=')
                    has_err = True
                    continue
                seen.add(name)
            # at the REPL prompt, := always declares afresh (the old name is replaced)
            alt = scope.lookup(name) if scope is not self.repl_scope else None
            if alt is not None:
                self.record_use(e, alt)
                if isinstance(alt, T.Var):
                    lhs_vars[i] = alt
                else:
                    self.errorf(e, f'cannot assign to {name}')
                    has_err = True
                continue
            obj = T.Var(name, None, e.pos, self.pkg)
            lhs_vars[i] = obj
            if name != '_':
                new_vars.append(obj)
            self.record_def(e, obj)
        for i, v in enumerate(lhs_vars):
            if v is None:
                lhs_vars[i] = T.Var('_', None, lhs[i].pos, self.pkg)
        self.init_vars(lhs_vars, rhs, None)
        self.process_delayed(top)
        for e, v in zip(lhs, lhs_vars):
            # a redeclared (reused) variable is an operand like in `=`
            if self.info.uses.get(e) is v and e not in self.info.types and v.type is not None:
                self.record_tv(e, VARIABLE, v.type, None)
        if not new_vars and not has_err:
            self.soft_errorf(pos, 'no new variables on left side of :=')
            return
        for v in new_vars:
            if v.type is None:
                v.type = T.INVALID_T
            if scope is self.repl_scope:
                scope.elems.pop(v.name, None)
                v.kind = T.PKGVAR
            alt = scope.insert(v)
