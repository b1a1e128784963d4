"""Calls, conversions and selectors (after types2 call.go and conversions.go)."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .expr import CONVERSION, STATEMENT, is_non_tparam_interface
from .operand import (BUILTIN, CONSTANT, INVALID, NOVALUE, TYPEXPR, VALUE, VARIABLE, Operand)
from .universe import default_type


def types_summary(check, types, variadic, has_dots):
    res = []
    for i, t in enumerate(types):
        if t is None or t is T.INVALID_T:
            s = 'unknown type'
        elif T.is_untyped(t):
            if T.is_numeric(t):
                s = 'number'
            else:
                s = t.name.replace('untyped ', '')
        else:
            s = check.sprintf_type(t)
        if i == len(types) - 1:
            if variadic:
                if isinstance(t, T.Slice):
                    s = check.sprintf_type(t.elem)
                s = '...' + s
            elif has_dots:
                s += '...'
        res.append(s)
    return '(' + ', '.join(res) + ')'


class CallMixin:

    def call_expr(self, x: Operand, call: A.CallExpr):
        inst = None
        if isinstance(call.fun, A.IndexExpr):
            if self.index_expr(x, call.fun):
                inst = call.fun
            x.expr = call.fun
            self.record(x)
        else:
            self.expr_or_type(x, call.fun, True)
        if x.mode == INVALID:
            self.use(*call.args)
            x.expr = call
            return STATEMENT
        if x.mode == TYPEXPR:
            self.non_generic(None, x)
            if not x.valid():
                return CONVERSION
            typ = x.type
            x.invalidate()
            n = len(call.args)
            if n == 0:
                self.errorf(call, f'missing argument in conversion to {self.sprintf_type(typ)}')
            elif n == 1:
                self.expr(self.new_target(typ, 'conversion'), x, call.args[0])
                if x.valid():
                    u = typ.underlying()
                    if isinstance(u, T.Interface) and not isinstance(T.unalias(typ), T.TypeParam) \
                            and not T.type_set(u).is_method_set_only():
                        self.errorf(call, f'cannot use interface {self.sprintf_type(typ)} in conversion '
                                    f'(contains specific type constraints or is comparable)')
                    elif call.ellipsis:
                        self.errorf(call.args[0], f'invalid use of ... in conversion to {self.sprintf_type(typ)}')
                    else:
                        self.conversion(x, typ)
            else:
                self.use(*call.args)
                self.errorf(call.args[-1], f'too many arguments in conversion to {self.sprintf_type(typ)}')
            x.expr = call
            return CONVERSION
        if x.mode == BUILTIN:
            name = x.id
            if not self.builtin(x, call, name):
                x.invalidate()
            x.expr = call
            from .builtins import BUILTIN_KIND
            return BUILTIN_KIND[name]
        # function call
        t = T.unalias(x.type)
        u = T.core_type(t) if isinstance(t, T.TypeParam) else t.underlying()
        if not isinstance(u, T.Signature):
            what = f'{self.sprintf_type(x.type)} is not a function'
            if isinstance(t, T.TypeParam) and u is None:
                what = f'{self.sprintf_type(x.type)} is not a function'
            self.errorf(x, f'invalid operation: cannot call {self.opstr(x)}: {what}')
            x.invalidate()
            x.expr = call
            return STATEMENT
        sig = u
        was_generic = bool(sig.tparams)
        targs = None
        xlist = None
        if inst is not None:
            xlist = inst.indices
            targs = self.type_list(xlist)
            if targs is None:
                self.use(*call.args)
                x.invalidate()
                x.expr = call
                return STATEMENT
            got, want = len(targs), len(sig.tparams)
            if got > want:
                self.errorf(xlist[want], f'got {got} type arguments but want {want}')
                self.use(*call.args)
                x.invalidate()
                x.expr = call
                return STATEMENT
            if got == want and want > 0:
                sig = self.instantiate_signature(inst.pos, inst, sig, targs, xlist)
                targs = None
                xlist = None
        args = self.generic_expr_list(call.args)
        sig = self.arguments(call, sig, targs, xlist, args)
        if sig is None:
            x.invalidate()
            x.expr = call
            return STATEMENT
        if was_generic and not sig.tparams:
            self.record_tv(call.fun, VALUE, sig, None)
        nres = len(sig.results.vars)
        if nres == 0:
            x.mode = NOVALUE
            x.type = T.Tuple()
        elif nres == 1:
            x.mode = VALUE
            x.type = sig.results.vars[0].type
        else:
            x.mode = VALUE
            x.type = sig.results
        x.expr = call
        return STATEMENT

    def generic_expr_list(self, elist):
        if len(elist) == 1:
            e = elist[0]
            x = Operand()
            if isinstance(e, A.IndexExpr) and self.index_expr(x, e):
                self.func_inst(None, x.pos(), x, e, True)
                x.expr = e
                self.record(x)
                return [x]
            self.raw_expr(None, x, e, None, True)
            self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
            if isinstance(x.type, T.Tuple) and x.valid():
                return [Operand(VALUE, e, v.type) for v in x.type.vars]
            return [x]
        out = []
        for e in elist:
            x = Operand()
            if isinstance(e, A.IndexExpr) and self.index_expr(x, e):
                self.func_inst(None, x.pos(), x, e, True)
                x.expr = e
                self.record(x)
            else:
                self.generic_expr(x, e)
            out.append(x)
        return out

    def arguments(self, call, sig, targs, xlist, args):
        nargs = len(args)
        npars = len(sig.params.vars)
        ddd = call.ellipsis is not None
        sig_params = sig.params.vars
        if sig.variadic:
            if ddd:
                if len(call.args) == 1 and nargs > 1:
                    self.errorf(call, f'cannot use ... with {nargs}-valued {expr_str(call.args[0])}')
                    return None
            else:
                if nargs >= npars - 1:
                    last = sig.params.vars[-1]
                    elem = last.type.elem if isinstance(last.type, T.Slice) else T.INVALID_T
                    sig_params = list(sig.params.vars[:-1])
                    while len(sig_params) < nargs:
                        sig_params.append(T.Var(last.name, elem, last.pos, last.pkg, kind=T.PARAM))
                    npars = nargs
                else:
                    npars -= 1
        else:
            if ddd:
                self.errorf(call, f'cannot use ... in call to non-variadic {expr_str(call.fun)}')
                return None
        if nargs != npars:
            at = call
            qual = 'not enough'
            if nargs > npars:
                at = args[npars].expr
                qual = 'too many'
            elif nargs > 0:
                at = args[nargs - 1].expr
            msg = (f'{qual} arguments in call to {expr_str(call.fun)}\n'
                   f'\thave {types_summary(self, [a.type for a in args], False, ddd)}\n'
                   f'\twant {types_summary(self, [p.type for p in sig.params.vars], sig.variadic, False)}')
            self.errorf(at, msg)
            return None
        rsig = sig
        if sig.tparams:
            targs = list(targs or [])
            inferred = self.infer(call, sig.tparams, targs, sig_params, args)
            if inferred is None:
                return None
            rsig = self.instantiate_signature(call.lparen or call.pos, call.fun, sig, inferred, xlist)
            smap = dict(zip(sig.tparams, inferred))
            sig_params = [T.Var(p.name, self.subst(p.type, smap), p.pos, p.pkg, kind=T.PARAM) for p in sig_params]
        if args:
            context = f'argument to {expr_str(call.fun)}'
            for i, a in enumerate(args):
                self.assignment(a, sig_params[i].type, context)
        return rsig

    # ------------------------------------------------------------ conversions

    def conversion(self, x, typ):
        const_arg = x.mode == CONSTANT
        ok = False
        cause = []

        def const_convertible(t_basic):
            if t_basic is None:
                return None
            v = C.representable(x.val, t_basic) if x.val is not None else x.val
            if v is not None or x.val is None:
                return ('ok', v)
            if T.is_integer(x.type) and t_basic.info & T.IS_STRING:
                i = C.to_int(x.val)
                cp = 0xFFFD
                if i is not None and 0 <= i <= 0x10FFFF and not (0xD800 <= i < 0xE000):
                    cp = i
                return ('ok', chr(cp).encode('utf-8'))
            return None

        u = typ.underlying()
        if const_arg and T.is_const_type(typ):
            r = const_convertible(u if isinstance(u, T.Basic) else None)
            if r is not None:
                ok = True
                x.val = r[1]
            elif T.is_integer(x.type) and T.is_integer(typ):
                self.errorf(x, f'constant {C.const_string(x.val)} overflows {self.sprintf_type(typ)}')
                x.invalidate()
                return
        elif const_arg and isinstance(T.unalias(typ), T.TypeParam):
            ok = True
            x.mode = VALUE
        elif self.convertible_to(x, typ, cause):
            ok = True
            x.mode = VALUE
        if not ok:
            if cause and cause[0]:
                self.errorf(x, f'cannot convert {self.opstr(x)} to type {self.sprintf_type(typ)}: {cause[0]}')
            else:
                self.errorf(x, f'cannot convert {self.opstr(x)} to type {self.sprintf_type(typ)}')
            x.invalidate()
            return
        if T.is_untyped(x.type):
            final = typ
            if x.type.kind == T.UNTYPED_NIL:
                pass
            elif is_non_tparam_interface(typ) or (const_arg and not T.is_const_type(typ)):
                final = default_type(x.type)
            elif x.mode == CONSTANT and T.is_integer(x.type) and T.is_string(typ):
                final = x.type
            self.update_expr_type(x.expr, final, True)
        x.type = typ

    def convertible_to(self, x, typ, cause):
        if self.assignable_to(x, typ, cause):
            return True
        V = T.unalias(x.type)
        Tt = T.unalias(typ)
        Vu, Tu = V.underlying(), Tt.underlying()
        Vp = isinstance(V, T.TypeParam)
        Tp = isinstance(Tt, T.TypeParam)
        if not Vp and not Tp and T.identical(Vu, Tu, ignore_tags=True):
            return True
        if isinstance(V, T.Pointer) and isinstance(Tt, T.Pointer):
            if T.identical(V.elem.underlying(), Tt.elem.underlying(), ignore_tags=True) \
                    and not isinstance(V.elem, T.TypeParam) and not isinstance(Tt.elem, T.TypeParam):
                return True

        def int_or_float(u):
            return isinstance(u, T.Basic) and bool(u.info & (T.IS_INTEGER | T.IS_FLOAT))

        def is_cplx(u):
            return isinstance(u, T.Basic) and bool(u.info & T.IS_COMPLEX)

        def is_str(u):
            return isinstance(u, T.Basic) and bool(u.info & T.IS_STRING)

        def bytes_or_runes(u):
            if isinstance(u, T.Slice):
                e = u.elem.underlying()
                return isinstance(e, T.Basic) and e.kind in (T.UINT8, T.INT32)
            return False

        def is_int(u):
            return isinstance(u, T.Basic) and bool(u.info & T.IS_INTEGER)

        if Vp or Tp:
            return self.convertible_tparams(x, V, Tt, cause)
        if int_or_float(Vu) and int_or_float(Tu):
            return True
        if is_cplx(Vu) and is_cplx(Tu):
            return True
        if (is_int(Vu) or bytes_or_runes(Vu)) and is_str(Tu):
            return True
        if is_str(Vu) and bytes_or_runes(Tu):
            return True
        if isinstance(Vu, T.Slice):
            if isinstance(Tu, T.Array) and T.identical(Vu.elem, Tu.elem):
                return True
            if isinstance(Tu, T.Pointer):
                a = Tu.elem.underlying()
                if isinstance(a, T.Array) and T.identical(Vu.elem, a.elem):
                    return True
        return False

    def convertible_tparams(self, x, V, Tt, cause):
        def terms(t):
            if isinstance(t, T.TypeParam):
                s = T.type_set(t.bound)
                return [term.type for term in s.terms] if s.terms else None
            return [t]
        vs, ts = terms(V), terms(Tt)
        if vs is None or ts is None:
            return False
        for v in vs:
            for t in ts:
                y = Operand(VALUE, x.expr, v)
                if not self.convertible_to(y, t, None):
                    if cause is not None:
                        cause.clear()
                        if isinstance(V, T.TypeParam) and isinstance(Tt, T.TypeParam):
                            cause.append(f'cannot convert {self.sprintf_type(v)} (in {self.sprintf_type(V)}) to type '
                                         f'{self.sprintf_type(t)} (in {self.sprintf_type(Tt)})')
                        elif isinstance(V, T.TypeParam):
                            cause.append(f'cannot convert {self.sprintf_type(v)} (in {self.sprintf_type(V)}) to type '
                                         f'{self.sprintf_type(Tt)}')
                        else:
                            cause.append(f'cannot convert {self.sprintf_type(x.type)} to type '
                                         f'{self.sprintf_type(t)} (in {self.sprintf_type(Tt)})')
                    return False
        return True

    # ------------------------------------------------------------ selectors

    def selector(self, x, e: A.SelectorExpr, want_type):
        sel = e.sel.name
        if isinstance(e.x, A.Ident):
            obj = self.lookup(e.x.name)
            if isinstance(obj, T.PkgName):
                self.record_use(e.x, obj)
                obj.used = True
                pkg = obj.imported
                exp = pkg.scope.lookup(sel)
                if exp is not None and not exp.exported():
                    exp = None     # gc reads export data: an unexported name is not there
                if exp is None:
                    if not pkg.fake:
                        # types2: a hint when an exported name matches ignoring case
                        have = next((n for n, o in pkg.scope.elems.items()
                                     if o.exported() and n.lower() == sel.lower()), None)
                        hint = f' (but have {have})' if have else ''
                        self.errorf(e.sel, f'undefined: {expr_str(e)}{hint}')
                    x.invalidate()
                    x.type = T.INVALID_T
                    x.expr = e
                    return
                self.record_use(e.sel, exp)
                if isinstance(exp, T.Const):
                    x.mode = CONSTANT
                    x.type = exp.type
                    x.val = exp.val
                elif isinstance(exp, T.TypeName):
                    x.mode = TYPEXPR
                    x.type = exp.type
                elif isinstance(exp, T.Var):
                    x.mode = VARIABLE
                    x.type = exp.type
                elif isinstance(exp, T.Func):
                    x.mode = VALUE
                    x.type = exp.type
                elif isinstance(exp, T.Builtin):
                    x.mode = BUILTIN
                    x.id = exp.name
                x.expr = e
                return
        self.expr_or_type(x, e.x, False)
        if x.mode == BUILTIN:
            self.errorf(e, f'invalid use of {self.opstr(x)} in selector expression')
            x.invalidate()
        if x.mode == INVALID:
            x.type = T.INVALID_T
            x.expr = e
            return
        if want_type:
            self.errorf(e.sel, f'{expr_str(e)} is not a type')
            x.invalidate()
            x.expr = e
            return
        obj, index, indirect = self.lookup_field_or_method(x.type, x.mode == VARIABLE, sel)
        if obj is None:
            if x.type.underlying() is T.INVALID_T:
                x.invalidate()
                x.expr = e
                return
            if index is not None:
                self.errorf(e.sel, f'ambiguous selector {expr_str(e.x)}.{sel}')
            elif indirect:
                if x.mode == TYPEXPR:
                    ts = self.sprintf_type(x.type)
                    self.errorf(e.sel, f'invalid method expression {ts}.{sel} (needs pointer receiver (*{ts}).{sel})')
                else:
                    self.errorf(e.sel, f'cannot call pointer method {sel} on {self.sprintf_type(x.type)}')
            else:
                if self.is_interface_ptr(x.type):
                    why = self.interface_ptr_error(x.type)
                else:
                    alt, _, _ = self.lookup_field_or_method(x.type, x.mode == VARIABLE, sel, fold_case=True)
                    why = self.lookup_error(x.type, sel, alt)
                self.errorf(e.sel, f'{expr_str(e.x)}.{sel} undefined ({why})')
            x.invalidate()
            x.type = T.INVALID_T
            x.expr = e
            return
        from .checker import FIELD_VAL, METHOD_EXPR, METHOD_VAL
        if isinstance(obj, T.Var):
            if x.mode == TYPEXPR:
                self.errorf(e.x, f'operand for field selector {sel} must be value of type {self.sprintf_type(x.type)}')
                x.invalidate()
                x.expr = e
                return
            self.record_selection(e, FIELD_VAL, x.type, obj, index, indirect)
            x.mode = VARIABLE if (x.mode == VARIABLE or indirect) else VALUE
            x.type = obj.type
        else:
            self.obj_decl(obj)
            if self.decl is not None:
                self.decl.deps.append(obj)
            msig = self.method_signature(obj, x.type)
            if x.mode == TYPEXPR:
                self.record_selection(e, METHOD_EXPR, x.type, obj, index, indirect)
                params = [T.Var(msig.recv.name if msig.recv is not None else '_', x.type, kind=T.PARAM)]
                params += msig.params.vars
                x.mode = VALUE
                x.type = T.Signature(T.Tuple(params), msig.results, msig.variadic,
                                     tparams=msig.tparams)
            else:
                self.record_selection(e, METHOD_VAL, x.type, obj, index, indirect)
                x.mode = VALUE
                # a generic method (Go 1.27) keeps its own type parameters
                x.type = T.Signature(msig.params, msig.results, msig.variadic, tparams=msig.tparams)
        x.expr = e

    # ------------------------------------------------------------ use

    def use(self, *args):
        return self.use_n(args, False)

    def use_lhs(self, *args):
        return self.use_n(args, True)

    def use_n(self, args, lhs):
        ok = True
        for e in args:
            if not self.use1(e, lhs):
                ok = False
        return ok

    def use1(self, e, lhs):
        x = Operand(VALUE)
        inner = e
        while isinstance(inner, A.ParenExpr):
            inner = inner.x
        if inner is None:
            return True
        if isinstance(inner, A.Ident):
            if inner.name == '_':
                return True
            v = None
            v_used = False
            if lhs:
                obj = self.lookup(inner.name)
                if isinstance(obj, T.Var) and obj.pkg is self.pkg:
                    v = obj
                    v_used = v.used
            self.expr_or_type(x, inner, True)
            if v is not None:
                v.used = v_used
        else:
            self.raw_expr(None, x, e, None, True)
        return x.valid()
