"""Built-in functions: argument rules and result types (after types2 builtins.go)."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax.printer import expr_str
from .expr import EXPRESSION, STATEMENT, all_ordered, all_string, under_is
from .operand import (BUILTIN, CONSTANT, INVALID, NOVALUE, TYPEXPR, VALUE, Operand)
from .universe import EMPTY_IFACE

# name -> (number of arguments, variadic)
BUILTIN_ARGS = {
    'append': (1, True), 'cap': (1, False), 'clear': (1, False), 'close': (1, False),
    'complex': (2, False), 'copy': (2, False), 'delete': (2, False), 'imag': (1, False),
    'len': (1, False), 'make': (1, True), 'max': (1, True), 'min': (1, True), 'new': (1, False),
    'panic': (1, False), 'print': (0, True), 'println': (0, True), 'real': (1, False),
    'recover': (0, False),
}
# What a call of each builtin counts as in statement context.
BUILTIN_KIND = {
    'append': EXPRESSION, 'cap': EXPRESSION, 'clear': STATEMENT, 'close': STATEMENT,
    'complex': EXPRESSION, 'copy': STATEMENT, 'delete': STATEMENT, 'imag': EXPRESSION,
    'len': EXPRESSION, 'make': EXPRESSION, 'max': EXPRESSION, 'min': EXPRESSION, 'new': EXPRESSION,
    'panic': STATEMENT, 'print': STATEMENT, 'println': STATEMENT, 'real': EXPRESSION,
    'recover': STATEMENT,
}

BYTE_SLICE = T.Slice(T.Byte)


def _type_set_unders(t):
    t = T.unalias(t)
    if isinstance(t, T.TypeParam):
        s = T.type_set(t.bound)
        if not s.terms:
            return [None]
        return [term.type.underlying() for term in s.terms]
    return [t.underlying()]


class BuiltinMixin:

    def slice_elem(self, x):
        elem = None
        for u in _type_set_unders(x.type):
            if not isinstance(u, T.Slice):
                if x.is_nil():
                    return None, 'argument must be a slice; have untyped nil'
                return None, f'argument must be a slice; have {self.opstr(x)}'
            if elem is not None and not T.identical(elem, u.elem):
                return None, f'mismatched slice element types {self.sprintf_type(elem)} and ' \
                             f'{self.sprintf_type(u.elem)} in {self.opstr(x)}'
            elem = u.elem
        return elem, None

    def builtin(self, x: Operand, call, name):
        args_list = call.args
        if call.ellipsis and name != 'append':
            self.errorf(call, f'invalid operation: invalid use of ... with built-in {name}')
            self.use(*args_list)
            return False
        args = []
        if name in ('make', 'new'):
            nargs = len(args_list)
        else:
            args = self.expr_list(args_list) if args_list else []
            nargs = len(args)
            for a in args:
                if not a.valid():
                    return False
            if nargs > 0:
                x.assign_from(args[0])
        want, variadic = BUILTIN_ARGS[name]
        msg = ''
        if nargs < want:
            msg = 'not enough'
        elif not variadic and nargs > want:
            msg = 'too many'
        if msg:
            self.errorf(call, f'invalid operation: {msg} arguments for {expr_str(call)} '
                        f'(expected {want}, found {nargs})')
            return False
        return getattr(self, 'builtin_' + name)(x, call, args, nargs)

    def record_builtin(self, call, res, *params):
        sig = T.Signature(T.Tuple([T.Var('', p, kind=T.PARAM) for p in params]),
                          T.Tuple([T.Var('', res, kind=T.RESULT)] if res is not None else []))
        self.record_tv(call.fun, BUILTIN, sig, None)

    def builtin_append(self, x, call, args, nargs):
        elem, err = self.slice_elem(x)
        if err:
            self.errorf(x, f'invalid append: {err}')
            return False
        if nargs == 2 and call.ellipsis:
            if self.assignable_to(x, BYTE_SLICE, None):
                y = args[1]
                unders = _type_set_unders(y.type)
                if all(u is not None and T.is_string(u) or isinstance(u, T.Slice) and T.identical(u.elem, T.Byte)
                       for u in unders) and any(u is not None and isinstance(u, T.Basic) and T.is_string(u)
                                                for u in unders):
                    x.mode = VALUE
                    return True
        sig = T.Signature(T.Tuple([T.Var('', x.type, kind=T.PARAM), T.Var('', T.Slice(elem), kind=T.PARAM)]),
                          T.Tuple([T.Var('', x.type, kind=T.RESULT)]), variadic=True)
        typ = x.type
        if self.arguments(call, sig, None, None, args) is None:
            return False
        x.mode = VALUE
        x.type = typ
        return True

    def builtin_len(self, x, call, args, nargs, name='len'):
        mode = INVALID
        val = None
        t = x.type.underlying()
        if isinstance(t, T.Pointer) and isinstance(t.elem.underlying(), T.Array):
            t = t.elem.underlying()
        if isinstance(t, T.Basic):
            if t.info & T.IS_STRING and name == 'len':
                if x.mode == CONSTANT:
                    mode = CONSTANT
                    val = len(x.val)
                else:
                    mode = VALUE
        elif isinstance(t, T.Array):
            mode = VALUE
            if not self.has_call_or_recv(call.args[0]):
                mode = CONSTANT
                val = t.len
        elif isinstance(t, (T.Slice, T.Chan)):
            mode = VALUE
        elif isinstance(t, T.Map):
            if name == 'len':
                mode = VALUE
        elif isinstance(t, T.Interface) and isinstance(T.unalias(x.type), T.TypeParam):
            def ok(u):
                if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
                    u = u.elem.underlying()
                if isinstance(u, T.Basic):
                    return bool(u.info & T.IS_STRING) and name == 'len'
                if isinstance(u, (T.Array, T.Slice, T.Chan)):
                    return True
                if isinstance(u, T.Map):
                    return name == 'len'
                return False
            if under_is(x.type, lambda u: u is not None and ok(u)):
                mode = VALUE
        if mode == INVALID:
            if x.type.underlying() is not T.INVALID_T:
                self.errorf(x, f'invalid argument: {self.opstr(x)} for built-in {name}')
            return False
        x.mode = mode
        x.type = T.Typ[T.INT]
        x.val = val
        return True

    def builtin_cap(self, x, call, args, nargs):
        return self.builtin_len(x, call, args, nargs, 'cap')

    def has_call_or_recv(self, e):
        from ..syntax import ast as A
        found = []

        def visit(n):
            if found:
                return
            if isinstance(n, A.CallExpr):
                tv = self.info.types.get(n.fun)
                if tv is None or tv.mode != TYPEXPR:
                    found.append(n)
                    return
            if isinstance(n, A.UnaryExpr) and n.op == '<-':
                found.append(n)
                return
            if isinstance(n, A.FuncLit):
                return
            if isinstance(n, A.Node):
                for _, v in n.children():
                    if isinstance(v, A.Node):
                        visit(v)
                    elif isinstance(v, list):
                        for i in v:
                            if isinstance(i, A.Node):
                                visit(i)
        visit(e)
        return bool(found)

    def builtin_clear(self, x, call, args, nargs):
        def ok(u):
            if isinstance(u, (T.Map, T.Slice)):
                return True
            self.errorf(x, f'invalid argument: cannot clear {self.opstr(x)}: argument must be (or constrained by) map or slice')
            return False
        if not under_is(x.type, ok):
            return False
        x.mode = NOVALUE
        self.record_builtin(call, None, x.type)
        return True

    def builtin_close(self, x, call, args, nargs):
        def ok(u):
            if not isinstance(u, T.Chan):
                self.errorf(x, f'invalid operation: cannot close non-channel {self.opstr(x)}')
                return False
            if u.dir == T.RECV:
                self.errorf(x, f'invalid operation: cannot close receive-only channel {self.opstr(x)}')
                return False
            return True
        if not under_is(x.type, ok):
            return False
        x.mode = NOVALUE
        self.record_builtin(call, None, x.type)
        return True

    def builtin_complex(self, x, call, args, nargs):
        y = args[1]
        d = (1 if T.is_untyped(x.type) else 0) | (2 if T.is_untyped(y.type) else 0)
        if d == 1:
            self.convert_untyped(x, y.type)
        elif d == 2:
            self.convert_untyped(y, x.type)
        elif d == 3:
            if x.mode == CONSTANT and y.mode == CONSTANT:
                for o in (x, y):
                    if T.is_numeric(o.type) and C.to_float(o.val) is not None:
                        o.type = T.Typ[T.UNTYPED_FLOAT]
            else:
                self.convert_untyped(x, T.Typ[T.FLOAT64])
                self.convert_untyped(y, T.Typ[T.FLOAT64])
        if not x.valid() or not y.valid():
            return False
        if not T.identical(x.type, y.type):
            self.errorf(x, f'invalid operation: {expr_str(call)} (mismatched types {self.sprintf_type(x.type)} '
                        f'and {self.sprintf_type(y.type)})')
            return False
        u = x.type.underlying()
        res = None
        if isinstance(u, T.Basic):
            res = {T.FLOAT32: T.Typ[T.COMPLEX64], T.FLOAT64: T.Typ[T.COMPLEX128],
                   T.UNTYPED_FLOAT: T.Typ[T.UNTYPED_COMPLEX]}.get(u.kind)
        if res is None:
            self.errorf(x, f'invalid argument: arguments have type {self.sprintf_type(x.type)}, expected floating-point')
            return False
        if x.mode == CONSTANT and y.mode == CONSTANT:
            x.val = C.Cplx(C.to_float(x.val), C.to_float(y.val))
        else:
            x.mode = VALUE
        x.type = res
        return True

    def builtin_copy(self, x, call, args, nargs):
        dst_e, err = self.slice_elem(x)
        if err:
            self.errorf(x, f'invalid copy: {err}')
            return False
        y = args[1]
        special = False
        if self.assignable_to(x, BYTE_SLICE, None):
            special = all(u is not None and (isinstance(u, T.Slice) and T.identical(u.elem, T.Byte) or T.is_string(u))
                          for u in _type_set_unders(y.type))
        if not special:
            src_e, err = self.slice_elem(y)
            if err:
                if not all_string(y.type):
                    self.errorf(y, f'invalid copy: {err}')
                    return False
                src_e = T.Byte
            if not T.identical(dst_e, src_e):
                self.errorf(x, f'invalid copy: arguments {self.opstr(x)} and {self.opstr(y)} have different '
                            f'element types {self.sprintf_type(dst_e)} and {self.sprintf_type(src_e)}')
                return False
        x.mode = VALUE
        x.type = T.Typ[T.INT]
        return True

    def builtin_delete(self, x, call, args, nargs):
        key = []

        def ok(u):
            if not isinstance(u, T.Map):
                self.errorf(x, f'invalid argument: {self.opstr(x)} is not a map')
                return False
            if key and not T.identical(u.key, key[0]):
                self.errorf(x, f'invalid argument: maps of {self.opstr(x)} must have identical key types')
                return False
            key.append(u.key)
            return True
        if not under_is(x.type, ok):
            return False
        x.assign_from(args[1])
        self.assignment(x, key[0], 'argument to delete')
        if not x.valid():
            return False
        x.mode = NOVALUE
        return True

    def builtin_real(self, x, call, args, nargs, name='real'):
        if T.is_untyped(x.type):
            if x.mode == CONSTANT:
                if T.is_numeric(x.type):
                    x.type = T.Typ[T.UNTYPED_COMPLEX]
            else:
                self.convert_untyped(x, T.Typ[T.COMPLEX128])
                if not x.valid():
                    return False
        u = x.type.underlying()
        res = None
        if isinstance(u, T.Basic):
            res = {T.COMPLEX64: T.Typ[T.FLOAT32], T.COMPLEX128: T.Typ[T.FLOAT64],
                   T.UNTYPED_COMPLEX: T.Typ[T.UNTYPED_FLOAT]}.get(u.kind)
        if res is None:
            self.errorf(x, f'invalid argument: argument has type {self.sprintf_type(x.type)}, expected complex type')
            return False
        if x.mode == CONSTANT:
            c = C.to_complex(x.val)
            x.val = C.to_float(c.re if name == 'real' else c.im)
        else:
            x.mode = VALUE
        x.type = res
        return True

    def builtin_imag(self, x, call, args, nargs):
        return self.builtin_real(x, call, args, nargs, 'imag')

    def builtin_make(self, x, call, args, nargs):
        arg0 = call.args[0]
        typ = self.var_type(arg0)
        if typ is T.INVALID_T:
            return False
        tt = T.unalias(typ)
        u = T.core_type(tt) if isinstance(tt, T.TypeParam) else tt.underlying()
        if u is None:
            self.errorf(arg0, f'invalid argument: cannot make {expr_str(arg0)}: no specific type')
            return False
        if not isinstance(u, (T.Slice, T.Map, T.Chan)):
            self.errorf(arg0, f'invalid argument: cannot make {expr_str(arg0)}: type must be slice, map, or channel')
            return False
        mn = 2 if isinstance(u, T.Slice) else 1
        if nargs < mn or mn + 1 < nargs:
            self.errorf(call, f'invalid operation: {expr_str(call)} expects {mn} or {mn + 1} arguments; found {nargs}')
            return False
        sizes = []
        for a in call.args[1:]:
            t, size = self.index(a, -1)
            if size >= 0:
                sizes.append(size)
        if len(sizes) == 2 and sizes[0] > sizes[1]:
            self.errorf(call.args[1], 'invalid argument: length and capacity swapped')
        x.mode = VALUE
        x.type = typ
        return True

    def builtin_max(self, x, call, args, nargs, name='max'):
        op = '>' if name == 'max' else '<'
        for i, a in enumerate(args):
            if not all_ordered(a.type):
                self.errorf(a, f'invalid argument: {self.opstr(a)} cannot be ordered')
                return False
            if i > 0:
                self.match_types(x, a)
                if not x.valid():
                    return False
                if not T.identical(x.type, a.type):
                    self.errorf(a, f'invalid argument: mismatched types {self.sprintf_type(x.type)} (previous argument) '
                                f'and {self.sprintf_type(a.type)} (type of {expr_str(a.expr)})')
                    return False
                if x.mode == CONSTANT and a.mode == CONSTANT:
                    if C.compare(a.val, op, x.val):
                        x.assign_from(a)
                else:
                    x.mode = VALUE
        if x.mode != CONSTANT:
            x.mode = VALUE
            self.assignment(x, EMPTY_IFACE, f'argument to built-in {name}')
            if not x.valid():
                return False
        for a in args:
            self.update_expr_type(a.expr, x.type, True)
        return True

    def builtin_min(self, x, call, args, nargs):
        return self.builtin_max(x, call, args, nargs, 'min')

    def builtin_new(self, x, call, args, nargs):
        arg = call.args[0]
        self.expr_or_type(x, arg, False)
        self.exclude(x, (NOVALUE, BUILTIN))
        if x.mode == INVALID:
            return False
        if x.mode == TYPEXPR:
            self.valid_var_type(arg, x.type)
        elif T.is_untyped(x.type):
            self.assignment(x, None, 'argument to new')
            if not x.valid():
                return False
        typ = x.type
        x.mode = VALUE
        x.type = T.Pointer(typ)
        return True

    def builtin_panic(self, x, call, args, nargs):
        if self.sig is not None and self.sig.results.vars:
            self.is_panic.add(call)
        self.assignment(x, EMPTY_IFACE, 'argument to panic')
        if not x.valid():
            return False
        x.mode = NOVALUE
        return True

    def builtin_print(self, x, call, args, nargs, name='print'):
        for a in args:
            self.assignment(a, None, f'argument to built-in {name}')
            if not a.valid():
                return False
        x.mode = NOVALUE
        return True

    def builtin_println(self, x, call, args, nargs):
        return self.builtin_print(x, call, args, nargs, 'println')

    def builtin_recover(self, x, call, args, nargs):
        x.mode = VALUE
        x.type = EMPTY_IFACE
        return True
