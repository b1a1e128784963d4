"""Expressions: dispatch, operators, untyped constants and their conversion
(after types2 expr.go and const.go).

Untyped expressions are remembered in `self.untyped` until their final type is
known (an assignment, a typed operand on the other side); update_expr_type then
pushes the type down the expression tree, as types2 does, so the compiler sees
every expression with its run-time type.
"""
from __future__ import annotations

from fractions import Fraction

from .. import constant as C
from .. import types as T
from ..syntax import ast as A
from ..syntax import literals as L
from ..syntax.printer import expr_str
from .operand import (BUILTIN, COMMAERR, COMMAOK, CONSTANT, INVALID, MAPINDEX, NOVALUE, TYPEXPR,
                      VALUE, VARIABLE, Operand, composite_kind, operand_string)
from .universe import default_type, ERROR

CONVERSION, EXPRESSION, STATEMENT = range(3)

_UNARY_PRED = {'+': 'numeric', '-': 'numeric', '^': 'integer', '!': 'boolean'}
_BINARY_PRED = {'+': 'numeric_or_string', '-': 'numeric', '*': 'numeric', '/': 'numeric',
                '%': 'integer', '&': 'integer', '|': 'integer', '^': 'integer', '&^': 'integer',
                '&&': 'boolean', '||': 'boolean'}
_OP_NAME2 = {'+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication',
             '<<': 'shift'}
COMPARISONS = {'==', '!=', '<', '<=', '>', '>='}


class Target:
    __slots__ = ('sig', 'desc')

    def __init__(self, sig, desc):
        self.sig = sig
        self.desc = desc


def under_is(t, pred):
    """pred over each type in t's type set (once for ordinary types)."""
    if isinstance(T.unalias(t), T.TypeParam):
        s = T.type_set(T.unalias(t).bound)
        if not s.terms:
            return pred(None)
        return all(pred(term.type.underlying()) for term in s.terms)
    return pred(t.underlying())


def all_pred(kind):
    def check(t):
        return under_is(t, lambda u: u is not None and _basic_pred(u, kind))
    return check


def _basic_pred(u, kind):
    if not isinstance(u, T.Basic):
        return False
    i = u.info
    if kind == 'numeric':
        return bool(i & T.IS_NUMERIC)
    if kind == 'integer':
        return bool(i & T.IS_INTEGER)
    if kind == 'unsigned':
        return bool(i & T.IS_UNSIGNED)
    if kind == 'boolean':
        return bool(i & T.IS_BOOLEAN)
    if kind == 'string':
        return bool(i & T.IS_STRING)
    if kind == 'ordered':
        return bool(i & T.IS_ORDERED)
    if kind == 'numeric_or_string':
        return bool(i & (T.IS_NUMERIC | T.IS_STRING))
    if kind == 'float':
        return bool(i & T.IS_FLOAT)
    if kind == 'complex':
        return bool(i & T.IS_COMPLEX)
    return False


all_numeric = all_pred('numeric')
all_integer = all_pred('integer')
all_unsigned = all_pred('unsigned')
all_boolean = all_pred('boolean')
all_string = all_pred('string')
all_ordered = all_pred('ordered')
all_numeric_or_string = all_pred('numeric_or_string')
PREDICATES = {'numeric': all_numeric, 'integer': all_integer, 'boolean': all_boolean,
              'numeric_or_string': all_numeric_or_string}


def is_non_tparam_interface(t):
    return not isinstance(T.unalias(t), T.TypeParam) and isinstance(t.underlying(), T.Interface)


def max_type(x, y):
    """The 'larger' of two untyped numeric types, or None."""
    if T.is_numeric(x) and T.is_numeric(y):
        return x if x.kind >= y.kind else y
    if x.kind == y.kind:
        return x
    return None


class ExprMixin:

    # ------------------------------------------------------------ entry points

    def expr(self, target, x: Operand, e):
        self.raw_expr(target, x, e, None, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def generic_expr(self, x, e, hint=None):
        self.raw_expr(None, x, e, hint, True)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def expr_or_type(self, x, e, allow_generic=False):
        self.raw_expr(None, x, e, None, allow_generic)
        self.exclude(x, (NOVALUE,))
        self.single_value(x)

    def expr_with_hint(self, x, e, hint):
        self.raw_expr(None, x, e, hint, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def multi_expr(self, e, allow_comma_ok):
        x = Operand()
        self.raw_expr(None, x, e, None, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        if isinstance(x.type, T.Tuple) and x.valid():
            out = []
            for i, v in enumerate(x.type.vars):
                out.append(Operand(VALUE, A.Ident(e.pos, _nth(i + 1, 'function result')), v.type))
            return out, False
        out = [x]
        if allow_comma_ok and x.mode in (MAPINDEX, COMMAOK, COMMAERR):
            if x.mode == COMMAERR:
                x2 = Operand(VALUE, A.Ident(e.pos, 'err value of (comma, err) expression'), ERROR)
            else:
                x2 = Operand(VALUE, A.Ident(e.pos, 'ok value of (comma, ok) expression'), T.Typ[T.UNTYPED_BOOL])
            out.append(x2)
            return out, True
        return out, False

    def expr_list(self, elist):
        if len(elist) == 1:
            return self.multi_expr(elist[0], False)[0]
        out = []
        for e in elist:
            x = Operand()
            self.expr(None, x, e)
            out.append(x)
        return out

    def exclude(self, x, modes):
        if x.mode in modes:
            if x.mode == NOVALUE:
                msg = '%s used as value' if TYPEXPR in modes else '%s used as value or type'
            elif x.mode == BUILTIN:
                msg = '%s must be called'
            else:
                msg = '%s is not an expression'
            self.errorf(x, msg % operand_string(x, self.qualifier))
            x.invalidate()

    def single_value(self, x):
        if x.mode == VALUE and isinstance(x.type, T.Tuple):
            self.errorf(x, f'multiple-value {operand_string(x, self.qualifier)} in single-value context')
            x.invalidate()

    def opstr(self, x):
        return operand_string(x, self.qualifier)

    def new_target(self, typ, desc):
        if typ is not None:
            u = typ.underlying() if typ is not T.INVALID_T else None
            if isinstance(u, T.Signature):
                return Target(u, desc)
        return None

    # ------------------------------------------------------------ dispatch

    def raw_expr(self, target, x: Operand, e, hint, allow_generic):
        kind = self.expr_internal(target, x, e, hint)
        if not allow_generic:
            self.non_generic(target, x)
        self.record(x)
        return kind

    def non_generic(self, target, x):
        if not x.valid() or x.mode == NOVALUE:
            return
        what = ''
        t = x.type
        if isinstance(t, (T.Named, T.Alias)) and self.is_generic_type(T.unalias(t) if isinstance(t, T.Alias) else t):
            what = 'type'
        elif isinstance(t, T.Signature) and t.tparams:
            if target is not None:
                self.func_inst(target, x.pos(), x, None, True)
                return
            what = 'function'
        if what:
            self.errorf(x.expr, f'cannot use generic {what} {expr_str(x.expr)} without instantiation')
            x.invalidate()
            x.type = T.INVALID_T

    def expr_internal(self, target, x: Operand, e, hint):
        x.mode = INVALID
        x.type = T.INVALID_T
        x.val = None
        te = type(e)
        if te is A.Ident:
            self.ident(x, e, False)
        elif te is A.BasicLit:
            self.basic_lit(x, e)
        elif te is A.FuncLit:
            self.func_lit(x, e)
        elif te is A.CompositeLit:
            self.composite_lit(x, e, hint)
        elif te is A.ParenExpr:
            kind = self.raw_expr(None, x, e.x, None, False)
            x.expr = e
            return kind
        elif te is A.SelectorExpr:
            self.selector(x, e, False)
        elif te is A.IndexExpr:
            if self.index_expr(x, e):
                self.func_inst(target, e.pos, x, e, True)
            if not x.valid():
                x.expr = e
                return STATEMENT
        elif te is A.SliceExpr:
            self.slice_expr(x, e)
        elif te is A.TypeAssertExpr:
            return self.type_assert_expr(x, e)
        elif te is A.CallExpr:
            return self.call_expr(x, e)
        elif te is A.StarExpr:
            self.star_expr(x, e)
        elif te is A.UnaryExpr:
            self.unary(x, e)
            if not x.valid():
                x.expr = e
                return STATEMENT
            if e.op == '<-':
                x.expr = e
                return STATEMENT
        elif te is A.BinaryExpr:
            self.binary(x, e, e.x, e.y, e.op, e.op_pos)
        elif te is A.KeyValueExpr:
            self.errorf(e, 'no key:value expected')
            x.invalidate()
        elif te in (A.ArrayType, A.StructType, A.FuncType, A.InterfaceType, A.MapType, A.ChanType):
            x.mode = TYPEXPR
            x.type = self.typ(e)
        elif te is A.Ellipsis:
            self.errorf(e, 'invalid use of ...')
            x.invalidate()
        else:
            self.errorf(e, f'unexpected expression {te.__name__}')
            x.invalidate()
        x.expr = e
        if not x.valid():
            return STATEMENT
        return EXPRESSION

    def basic_lit(self, x, e: A.BasicLit):
        # types2 basicLit: a literal the scanner reported is invalid; numbers
        # are bounded in length, in range (big.Float's) and, for integers, in bits.
        if isinstance(e.val, L.Bad):
            bad = e.val
            if bad.msg and not getattr(self, 'scan_errors_seeded', False):
                self.errorf(bad.pos, bad.msg)     # File.errors was not passed on
            x.invalidate()
            return
        if e.kind in ('INT', 'FLOAT', 'IMAG') and len(e.value) > L.LIMIT:
            self.errorf(e, f'excessively long constant: {e.value[:10]}... ({len(e.value)} chars)')
            x.invalidate()
            return
        if e.val is L.MALFORMED:
            self.errorf(e, f'malformed constant: {e.value}')
            x.invalidate()
            return
        kind = {'INT': T.UNTYPED_INT, 'FLOAT': T.UNTYPED_FLOAT, 'IMAG': T.UNTYPED_COMPLEX,
                'CHAR': T.UNTYPED_RUNE, 'STRING': T.UNTYPED_STRING}[e.kind]
        val = e.val
        if e.kind == 'IMAG':
            val = C.Cplx(0, val if isinstance(val, C.BigFloat) else Fraction(val))   # a float part
        x.mode = CONSTANT
        x.type = T.Typ[kind]
        x.val = val
        x.expr = e
        if e.kind == 'INT':
            self.overflow(x, e.pos)

    def star_expr(self, x, e: A.StarExpr):
        self.expr_or_type(x, e.x, False)
        if x.mode == INVALID:
            return
        if x.mode == TYPEXPR:
            self.valid_var_type(e.x, x.type)
            x.type = T.Pointer(x.type)
            return
        u = self.core_of(x.type)
        if not isinstance(u, T.Pointer):
            self.errorf(x, f'invalid operation: cannot indirect {self.opstr(x)}')
            x.invalidate()
            return
        x.mode = VARIABLE
        x.type = u.elem

    def core_of(self, t):
        t = T.unalias(t)
        if isinstance(t, T.TypeParam):
            return T.core_type(t)
        return t.underlying()

    def type_assert_expr(self, x, e: A.TypeAssertExpr):
        self.expr(None, x, e.x)
        if not x.valid():
            x.expr = e
            return STATEMENT
        if e.type is None:
            self.errorf(e, 'invalid syntax tree: use of .(type) outside type switch')
            x.invalidate()
            x.expr = e
            return STATEMENT
        if isinstance(T.unalias(x.type), T.TypeParam):
            self.errorf(x, f'invalid operation: cannot use type assertion on type parameter value {self.opstr(x)}')
            x.invalidate()
            x.expr = e
            return STATEMENT
        if not isinstance(x.type.underlying(), T.Interface):
            self.errorf(x, f'invalid operation: {self.opstr(x)} is not an interface')
            x.invalidate()
            x.expr = e
            return STATEMENT
        typ = self.var_type(e.type)
        if typ is T.INVALID_T:
            x.invalidate()
            x.expr = e
            return STATEMENT
        self.type_assertion(e, x, typ, False)
        x.mode = COMMAOK
        x.type = typ
        x.expr = e
        return EXPRESSION

    def type_assertion(self, e, x, typ, type_switch):
        cause = []
        if self.assertable_to(x.type, typ, cause):
            return
        c = cause[0] if cause else ''
        if type_switch:
            self.errorf(e, f'impossible type switch case: {expr_str(e)}\n\t{self.opstr(x)} cannot have '
                        f'dynamic type {self.sprintf_type(typ)} {c}')
            return
        self.errorf(e, f'impossible type assertion: {expr_str(e)}\n\t{self.sprintf_type(typ)} does not '
                    f'implement {self.sprintf_type(x.type)} {c}')

    # ------------------------------------------------------------ unary

    def unary(self, x, e: A.UnaryExpr):
        self.expr(None, x, e.x)
        if not x.valid():
            return
        op = e.op
        if op == '&':
            inner = e.x
            while isinstance(inner, A.ParenExpr):
                inner = inner.x
            if not isinstance(inner, A.CompositeLit) and x.mode != VARIABLE:
                self.errorf(x, f'invalid operation: cannot take address of {self.opstr(x)}')
                x.invalidate()
                return
            x.mode = VALUE
            x.type = T.Pointer(x.type)
            return
        if op == '<-':
            elem = self.chan_elem(x, x, True)
            if elem is not None:
                x.mode = COMMAOK
                x.type = elem
                return
            x.invalidate()
            return
        if op == '~':
            if not all_integer(x.type):
                self.errorf(e, 'cannot use ~ outside of interface or type constraint')
                x.invalidate()
                return
            self.errorf(e, 'cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)')
            op = '^'
        if not self.op_check(_UNARY_PRED, x, op):
            x.invalidate()
            return
        if x.mode == CONSTANT:
            if x.val is None:
                return
            t = x.type.underlying() if isinstance(x.type.underlying(), T.Basic) else None
            x.val = C.unary(op, x.val, t)
            x.expr = e
            self.overflow(x, e.pos)
            return
        x.mode = VALUE

    def op_check(self, table, x, op):
        pred = table.get(op)
        if pred is None:
            self.errorf(x, f'unknown operator {op}')
            return False
        if not PREDICATES[pred](x.type):
            self.errorf(x, f'invalid operation: operator {op} not defined on {self.opstr(x)}')
            return False
        return True

    def chan_elem(self, at, x, recv):
        t = T.unalias(x.type)
        u = T.core_type(t) if isinstance(t, T.TypeParam) else t.underlying()
        cause = None
        if u is None:
            cause = 'no specific channel type'
        elif not isinstance(u, T.Chan):
            cause = f'non-channel {self.sprintf_type(x.type)}'
        elif recv and u.dir == T.SEND:
            cause = f'send-only channel {self.sprintf_type(x.type)}'
        elif not recv and u.dir == T.RECV:
            cause = f'receive-only channel {self.sprintf_type(x.type)}'
        if cause is None:
            return u.elem
        if recv:
            if isinstance(t, T.TypeParam):
                self.errorf(at, f'invalid operation: cannot receive from {self.opstr(x)}: {cause}')
            else:
                self.errorf(at, f'invalid operation: cannot receive from {cause} {self.opstr(x)}')
        else:
            if isinstance(t, T.TypeParam):
                self.errorf(at, f'invalid operation: cannot send to {self.opstr(x)}: {cause}')
            else:
                self.errorf(at, f'invalid operation: cannot send to {cause} {self.opstr(x)}')
        return None

    # ------------------------------------------------------------ constants

    def overflow(self, x, op_pos):
        if x.val is None:
            self.errorf(op_pos, 'constant result is not representable')
            return
        if T.is_typed(x.type):
            self.representable(x, x.type.underlying())
            return
        if isinstance(x.val, int) and not isinstance(x.val, bool) and x.val.bit_length() > 512:
            op = ''
            if isinstance(x.expr, A.BinaryExpr):
                op = _OP_NAME2.get(x.expr.op, '')
            elif isinstance(x.expr, A.UnaryExpr) and x.expr.op == '^':
                op = 'bitwise complement'
            if op:
                op += ' '
            self.errorf(op_pos, f'constant {op}overflow')
            x.val = None

    def representation(self, x, typ: T.Basic):
        if x.val is None:
            # unknown (an overflow already reported): no follow-up error
            return None, None
        v = C.representable(x.val, typ)
        if v is None:
            if T.is_numeric(x.type) and T.is_numeric(typ):
                if not T.is_integer(x.type) and T.is_integer(typ):
                    return None, 'truncated'
                return None, 'overflows'
            return None, 'invalid'
        return v, None

    def representable(self, x, typ):
        v, code = self.representation(x, typ)
        if code is not None:
            self.invalid_conversion(code, x, typ)
            x.invalidate()
            return
        x.val = v

    def invalid_conversion(self, code, x, target):
        if code == 'truncated':
            self.errorf(x, f'{self.opstr(x)} truncated to {self.sprintf_type(target)}')
        elif code == 'overflows':
            self.errorf(x, f'{self.opstr(x)} overflows {self.sprintf_type(target)}')
        else:
            self.errorf(x, f'cannot convert {self.opstr(x)} to type {self.sprintf_type(target)}')

    def implicit_type_and_value(self, x, target):
        """(new type, new constant value, error code) for untyped x used as target."""
        if not x.valid() or T.is_typed(x.type) or target is T.INVALID_T:
            return x.type, None, None
        if T.is_untyped(target):
            m = max_type(x.type, target)
            if m is not None:
                return m, None, None
            return None, None, 'invalid'
        if x.is_nil():
            if T.has_nil(target):
                return target, None, None
            return None, None, 'invalid'
        tt = T.unalias(target)
        u = target.underlying()
        if isinstance(tt, T.TypeParam):
            s = T.type_set(tt.bound)
            if not s.terms:
                return None, None, 'invalid'
            for term in s.terms:
                t2, _, code = self.implicit_type_and_value(x, term.type)
                if t2 is None:
                    return None, None, 'invalid'
            return target, None, None
        if isinstance(u, T.Basic):
            if x.mode == CONSTANT:
                v, code = self.representation(x, u)
                if code is not None:
                    return None, None, code
                return target, v, None
            k = x.type.kind
            if k == T.UNTYPED_BOOL:
                if not T.is_boolean(target):
                    return None, None, 'invalid'
            elif k in (T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT, T.UNTYPED_COMPLEX):
                if not T.is_numeric(target):
                    return None, None, 'invalid'
            elif k == T.UNTYPED_STRING:
                if not T.is_string(target):
                    return None, None, 'invalid'
            else:
                return None, None, 'invalid'
            return target, None, None
        if isinstance(u, T.Interface):
            s = T.type_set(u)
            if s.methods or s.terms is not None or s.comparable:
                return None, None, 'invalid'
            return default_type(x.type), None, None
        return None, None, 'invalid'

    def convert_untyped(self, x, target):
        new_t, val, code = self.implicit_type_and_value(x, target)
        if code is not None:
            t = target
            if not isinstance(T.unalias(target), T.TypeParam):
                t = target.underlying() if target is not T.INVALID_T else target
            self.invalid_conversion(code, x, t)
            x.invalidate()
            return
        if val is not None:
            x.val = val
            self.update_expr_val(x.expr, val)
        if new_t is not x.type:
            x.type = new_t
            self.update_expr_type(x.expr, new_t, False)

    def update_expr_val(self, e, val):
        info = self.untyped.get(e)
        if info is not None:
            info[2] = val

    def update_expr_type(self, e, typ, final):
        """Give untyped e, and the untyped operands it was computed from, typ
        (types2 updateExprType). Operands before the expression, the left
        before the right, as types2's recursion; an explicit stack here."""
        work = [(e, None)]
        while work:
            e, old = work.pop()
            if old is not None:
                self._update_one(e, old, typ, final)
                continue
            old = self.untyped.get(e)
            if old is None:
                continue
            work.append((e, old))
            te = type(e)
            if te is A.ParenExpr:
                work.append((e.x, None))
            elif te is A.UnaryExpr:
                # constant operands never materialize (an unknown constant's value is None)
                if old[0] != CONSTANT:
                    work.append((e.x, None))
            elif te is A.BinaryExpr:
                if old[0] != CONSTANT:
                    if e.op in COMPARISONS:
                        pass
                    elif e.op in ('<<', '>>'):
                        work.append((e.x, None))
                    else:
                        work.append((e.y, None))
                        work.append((e.x, None))

    def _update_one(self, e, old, typ, final):
        if not final and T.is_untyped(typ):
            old[1] = typ.underlying()
            return
        del self.untyped[e]
        if old[3]:
            if not all_integer(typ):
                self.errorf(e, f'invalid operation: shifted operand {expr_str(e)} (type '
                            f'{self.sprintf_type(typ)}) must be integer')
                return
        if old[2] is not None:
            c = Operand(old[0], e, old[1], old[2])
            self.convert_untyped(c, typ)
            if not c.valid():
                return
            old[2] = c.val
        self.record_tv(e, old[0], typ, old[2])

    # ------------------------------------------------------------ binary

    def binary(self, x, e, lhs, rhs, op, op_pos):
        # A left operand that is itself a binary expression (`a + b + c + ...`:
        # generated tables have chains thousands long, each a level deeper to
        # the left) is checked here in a loop, innermost first, each step
        # doing what self.expr(None, x, lhs) does for it by recursion.
        chain = []
        while type(lhs) is A.BinaryExpr:
            chain.append((e, rhs, op, op_pos))
            e, lhs, rhs, op, op_pos = lhs, lhs.x, lhs.y, lhs.op, lhs.op_pos
        self.expr(None, x, lhs)
        while True:
            self._binary(x, e, lhs, rhs, op, op_pos)
            if not chain:
                return
            # the tail of expr_internal, raw_expr and expr for the operand just done
            x.expr = e
            self.non_generic(None, x)
            self.record(x)
            self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
            self.single_value(x)
            lhs = e
            e, rhs, op, op_pos = chain.pop()

    def _binary(self, x, e, lhs, rhs, op, op_pos):
        """x op rhs, x being lhs already checked."""
        y = Operand()
        self.expr(None, y, rhs)
        if not x.valid():
            return
        if not y.valid():
            x.invalidate()
            x.expr = y.expr
            return
        if op in ('<<', '>>'):
            self.shift(x, y, e, op, op_pos)
            return
        self.match_types(x, y)
        if not x.valid():
            return
        if op in COMPARISONS:
            self.comparison(x, y, op, False)
            return
        if not T.identical(x.type, y.type):
            if x.type is not T.INVALID_T and y.type is not T.INVALID_T:
                if e is not None:
                    self.errorf(x, f'invalid operation: {expr_str(e)} (mismatched types '
                                f'{self.sprintf_type(x.type)} and {self.sprintf_type(y.type)})')
                else:
                    self.errorf(x, f'invalid operation: {expr_str(lhs)} {op}= {expr_str(rhs)} (mismatched types '
                                f'{self.sprintf_type(x.type)} and {self.sprintf_type(y.type)})')
            x.invalidate()
            return
        if not self.op_check(_BINARY_PRED, x, op):
            x.invalidate()
            return
        if op in ('/', '%'):
            if (x.mode == CONSTANT or all_integer(x.type)) and y.mode == CONSTANT and _is_zero(y.val):
                self.errorf(y, 'invalid operation: division by zero')
                x.invalidate()
                return
        if x.mode == CONSTANT and y.mode == CONSTANT:
            if x.val is None or y.val is None:
                x.val = None
                return
            try:
                x.val = C.binary(x.val, op, y.val, integer_div=T.is_integer(x.type))
            except C.DivByZero:
                self.errorf(y, 'invalid operation: division by zero')
                x.invalidate()
                return
            if T.is_untyped(x.type) and isinstance(x.type, T.Basic):
                x.val = C.make_for_kind(x.val, x.type.kind)
            elif T.is_integer(x.type) and isinstance(x.val, Fraction):
                x.val = C.to_int(x.val)
            x.expr = e
            self.overflow(x, op_pos)
            return
        x.mode = VALUE

    def match_types(self, x, y):
        def may_convert(a, b):
            if T.is_typed(a.type) and T.is_typed(b.type):
                return False
            if all_numeric(a.type) != all_numeric(b.type):
                return False
            if is_non_tparam_interface(a.type) or is_non_tparam_interface(b.type):
                return True
            if all_boolean(a.type) != all_boolean(b.type):
                return False
            if all_string(a.type) != all_string(b.type):
                return False
            if a.is_nil():
                return T.has_nil(b.type)
            if b.is_nil():
                return T.has_nil(a.type)
            if isinstance(a.type.underlying(), T.Pointer) or isinstance(b.type.underlying(), T.Pointer):
                return False
            return True

        if may_convert(x, y):
            self.convert_untyped(x, y.type)
            if not x.valid():
                return
            self.convert_untyped(y, x.type)
            if not y.valid():
                x.invalidate()

    def comparison(self, x, y, op, switch_case):
        if x.type is T.INVALID_T or y.type is T.INVALID_T:
            x.invalidate()
            return
        if switch_case:
            op = '=='
        err_op = x
        cause = ''
        ok = self.assignable_to(x, y.type, None)
        if not ok:
            ok = self.assignable_to(y, x.type, None)
        if not ok:
            err_op = y
            cause = f'mismatched types {self.sprintf_type(x.type)} and {self.sprintf_type(y.type)}'
        else:
            if op in ('==', '!='):
                if x.is_nil() or y.is_nil():
                    typ = y.type if x.is_nil() else x.type
                    if not T.has_nil(typ):
                        err_op = y
                        ok = False
                elif not self.comparable(x.type):
                    err_op = x
                    cause = self.incomparable_cause(x.type)
                    ok = False
                elif not self.comparable(y.type):
                    err_op = y
                    cause = self.incomparable_cause(y.type)
                    ok = False
            else:
                if not all_ordered(x.type):
                    err_op = x
                    ok = False
                elif not all_ordered(y.type):
                    err_op = y
                    ok = False
        if ok:
            if x.mode == CONSTANT and y.mode == CONSTANT:
                if x.val is not None and y.val is not None:
                    x.val = C.compare(x.val, op, y.val)
                else:
                    x.val = None
            else:
                x.mode = VALUE
                self.update_expr_type(x.expr, default_type(x.type), True)
                self.update_expr_type(y.expr, default_type(y.type), True)
            x.type = T.Typ[T.UNTYPED_BOOL]
            return
        if not cause:
            if isinstance(T.unalias(x.type), T.TypeParam) or isinstance(T.unalias(y.type), T.TypeParam):
                if not isinstance(T.unalias(x.type), T.TypeParam):
                    err_op = y
                cause = f'type parameter {self.sprintf_type(err_op.type)} cannot use operator {op}'
            else:
                what = composite_kind(err_op.type)
                if not what:
                    what = self.sprintf_type(err_op.type)
                cause = f'operator {op} not defined on {what}'
        if switch_case:
            self.errorf(x, f'invalid case {expr_str(x.expr)} in switch on {expr_str(y.expr)} ({cause})')
        else:
            self.errorf(err_op, f'invalid operation: {expr_str(x.expr)} {op} {expr_str(y.expr)} ({cause})')
        x.invalidate()

    def incomparable_cause(self, typ):
        u = typ.underlying()
        if isinstance(u, (T.Slice, T.Signature, T.Map)):
            return f'{composite_kind(typ)} can only be compared to nil'
        return self.comparable_cause(typ)

    def shift(self, x, y, e, op, op_pos):
        xval = None
        if x.mode == CONSTANT and x.val is not None:
            xval = C.to_int(x.val)
        if all_integer(x.type) or (T.is_untyped(x.type) and xval is not None):
            pass
        else:
            self.errorf(x, f'invalid operation: shifted operand {self.opstr(x)} must be integer')
            x.invalidate()
            return
        yval = None
        if y.mode == CONSTANT:
            yval = C.to_int(y.val) if y.val is not None else None
            if yval is not None and yval < 0:
                self.errorf(y, f'invalid operation: negative shift count {self.opstr(y)}')
                x.invalidate()
                return
            if T.is_untyped(y.type):
                self.representable(y, T.Typ[T.UINT])
                if not y.valid():
                    x.invalidate()
                    return
        else:
            if all_integer(y.type):
                pass
            elif T.is_untyped(y.type):
                self.convert_untyped(y, T.Typ[T.UINT])
                if not y.valid():
                    x.invalidate()
                    return
            else:
                self.errorf(y, f'invalid operation: shift count {self.opstr(y)} must be integer')
                x.invalidate()
                return
        if x.mode == CONSTANT:
            if y.mode == CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                    if not T.is_integer(x.type):
                        x.type = T.Typ[T.UNTYPED_INT]
                    return
                s = yval
                if s is None or s > 1023 - 1 + 52:
                    self.errorf(y, f'invalid operation: invalid shift count {self.opstr(y)}')
                    x.invalidate()
                    return
                if not T.is_integer(x.type):
                    x.type = T.Typ[T.UNTYPED_INT]
                x.val = C.shift(xval, op, s)
                x.expr = e
                self.overflow(x, op_pos)
                return
            if T.is_untyped(x.type):
                info = self.untyped.get(x.expr)
                if info is not None:
                    info[3] = True
                x.mode = VALUE
                return
        if not all_integer(x.type):
            self.errorf(x, f'invalid operation: shifted operand {self.opstr(x)} must be integer')
            x.invalidate()
            return
        x.mode = VALUE


def _is_zero(v):
    if v is None:
        return False
    if isinstance(v, C.Cplx):
        return v.re == 0 and v.im == 0
    if isinstance(v, (bool, bytes)):
        return False
    return v == 0


def _nth(n, what):
    ext = {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th')
    return f'{n}{ext} {what}'
