"""Statements and function bodies (after types2 stmt.go, range.go, return.go),
and the label/branch checks cmd/compile makes while parsing (syntax/branches.go)."""
from __future__ import annotations

from .. import constant as C
from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .expr import STATEMENT, all_boolean
from .operand import (BUILTIN, CONSTANT, TYPEXPR, VALUE, Operand)

BREAK_OK, CONTINUE_OK, FALLTHROUGH_OK, FINAL_SWITCH_CASE, IN_TYPE_SWITCH = 1, 2, 4, 8, 16


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


class StmtMixin:

    # ------------------------------------------------------------ bodies

    def func_body(self, decl, name, sig, body, iota, outer_scope=None):
        saved = (self.decl, self.scope, self.iota, self.sig, self.errpos)
        self.decl = decl
        self.scope = sig.scope
        self.iota = iota
        self.sig = sig
        self.errpos = None
        try:
            self.stmt_list(0, body.stmts)
            if sig.results.vars and not self.is_terminating_list(body.stmts, ''):
                self.errorf(body.rbrace, 'missing return')
            self.usage(sig.scope)
        finally:
            self.decl, self.scope, self.iota, self.sig, self.errpos = saved

    def usage(self, scope):
        # the REPL prompt's own variables may go unused (a later input uses
        # them); inside blocks and functions Go's rule holds
        if scope is not self.repl_scope:
            unused = [v for v in scope.elems.values()
                      if isinstance(v, T.Var) and v.kind == T.LOCAL and not v.used and v.name != '_']
            unused.sort(key=lambda v: v.pos)
            for v in unused:
                self.soft_errorf(v.pos, f'declared and not used: {v.name}')
        for child in scope.children:
            if not child.is_func:
                self.usage(child)

    def stmt_list(self, ctxt, stmts):
        ok = ctxt & FALLTHROUGH_OK
        inner = ctxt & ~FALLTHROUGH_OK
        lst = list(stmts)
        while lst and isinstance(lst[-1], A.EmptyStmt):
            lst.pop()
        for i, s in enumerate(lst):
            c = inner
            if ok and i + 1 == len(lst):
                c |= FALLTHROUGH_OK
            self.stmt(c, s)

    def simple_stmt(self, s):
        if s is not None:
            self.stmt(0, s)

    # ------------------------------------------------------------ statements

    def stmt(self, ctxt, s):
        top = len(self.delayed)
        try:
            self._stmt(ctxt, s)
        finally:
            self.process_delayed(top)

    def _stmt(self, ctxt, s):
        inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE | IN_TYPE_SWITCH)
        ts = type(s)
        if ts is A.EmptyStmt:
            return
        if ts is A.DeclStmt:
            self.decl_stmt(s.decl)
        elif ts is A.LabeledStmt:
            self.has_label = True
            self.stmt(ctxt, s.stmt)
        elif ts is A.ExprStmt:
            x = Operand()
            kind = self.raw_expr(None, x, s.x, None, False)
            if x.mode == BUILTIN:
                msg = 'must be called'
            elif x.mode == TYPEXPR:
                msg = 'is not an expression'
            else:
                if kind == STATEMENT:
                    return
                if s is self.repl_print:
                    # the REPL prints the value: an untyped one as `_ := x` would hold it
                    if T.is_untyped(x.type) and not x.is_nil():
                        self.assignment(x, None, 'assignment')
                    return
                msg = 'is not used'
            self.errorf(x, f'{self.opstr(x)} {msg}')
        elif ts is A.SendStmt:
            ch = Operand()
            val = Operand()
            self.expr(None, ch, s.chan)
            self.generic_expr(val, s.value)
            if not ch.valid() or not val.valid():
                return
            elem = self.chan_elem(s, ch, False)
            if elem is not None:
                self.assignment(val, elem, 'send')
        elif ts is A.IncDecStmt:
            x = Operand()
            self.expr(None, x, s.x)
            if not x.valid():
                return
            from .expr import all_numeric
            if not all_numeric(x.type):
                self.errorf(s.x, f'invalid operation: {expr_str(s.x)}{s.tok} (non-numeric type '
                            f'{self.sprintf_type(x.type)})')
                return
            self.assign_var(s.x, None, x, 'assignment')
        elif ts is A.AssignStmt:
            if s.tok == '=':
                self.assign_vars(s.lhs, s.rhs)
            elif s.tok == ':=':
                self.short_var_decl(s.tok_pos, s.lhs, s.rhs)
            else:
                if len(s.lhs) != 1 or len(s.rhs) != 1:
                    self.errorf(s, f'assignment operation {s.tok} requires single-valued expressions')
                    return
                x = Operand()
                self.binary(x, None, s.lhs[0], s.rhs[0], s.tok[:-1], s.tok_pos)
                self.assign_var(s.lhs[0], None, x, 'assignment')
        elif ts is A.GoStmt or ts is A.DeferStmt:
            self.suspended_call('go' if ts is A.GoStmt else 'defer', s.call)
        elif ts is A.ReturnStmt:
            res = self.sig.results
            if not s.results and res.vars and res.vars[0].name:
                for obj in res.vars:
                    alt = self.lookup(obj.name)
                    if alt is not None and alt is not obj:
                        self.errorf(s, f'result parameter {obj.name} not in scope at return\n\t'
                                    f'{self.src.where(alt.pos)}: inner declaration of var {obj.name} '
                                    f'{self.sprintf_type(alt.type)}')
            else:
                self.init_vars(res.vars, s.results, s)
        elif ts is A.BranchStmt:
            if s.label is not None:
                self.has_label = True
        elif ts is A.BlockStmt:
            self.open_scope('block')
            try:
                self.stmt_list(inner, s.stmts)
            finally:
                self.close_scope()
        elif ts is A.IfStmt:
            self.open_scope('if')
            try:
                self.simple_stmt(s.init)
                x = Operand()
                self.expr(None, x, s.cond)
                if x.valid() and not all_boolean(x.type):
                    self.errorf(s.cond, 'non-boolean condition in if statement')
                self.stmt(inner, s.body)
                if s.else_ is not None:
                    self.stmt(inner, s.else_)
            finally:
                self.close_scope()
        elif ts is A.SwitchStmt:
            inner |= BREAK_OK
            self.open_scope('switch')
            try:
                self.simple_stmt(s.init)
                self.switch_stmt(inner, s)
            finally:
                self.close_scope()
        elif ts is A.TypeSwitchStmt:
            inner |= BREAK_OK | IN_TYPE_SWITCH
            self.open_scope('switch')
            try:
                self.simple_stmt(s.init)
                self.type_switch_stmt(inner, s)
            finally:
                self.close_scope()
        elif ts is A.SelectStmt:
            inner |= BREAK_OK
            self.multiple_defaults(s.body)
            for clause in s.body:
                valid = False
                rhs = None
                comm = clause.comm
                if comm is None or isinstance(comm, A.SendStmt):
                    valid = True
                elif isinstance(comm, A.AssignStmt):
                    if len(comm.rhs) == 1 and comm.tok in ('=', ':='):
                        rhs = comm.rhs[0]
                elif isinstance(comm, A.ExprStmt):
                    rhs = comm.x
                if rhs is not None:
                    r = _unparen(rhs)
                    if isinstance(r, A.UnaryExpr) and r.op == '<-':
                        valid = True
                if not valid:
                    self.errorf(comm, 'select case must be send or receive (possibly with assignment)')
                    continue
                self.open_scope('case')
                try:
                    if comm is not None:
                        self.stmt(inner, comm)
                    self.stmt_list(inner, clause.body)
                finally:
                    self.close_scope()
        elif ts is A.ForStmt:
            inner |= BREAK_OK | CONTINUE_OK
            self.open_scope('for')
            try:
                self.simple_stmt(s.init)
                if s.cond is not None:
                    x = Operand()
                    self.expr(None, x, s.cond)
                    if x.valid() and not all_boolean(x.type):
                        self.errorf(s.cond, 'non-boolean condition in for statement')
                self.simple_stmt(s.post)
                self.stmt(inner, s.body)
            finally:
                self.close_scope()
        elif ts is A.RangeStmt:
            inner |= BREAK_OK | CONTINUE_OK
            self.range_stmt(inner, s)
        else:
            self.errorf(s, 'invalid statement')

    def suspended_call(self, keyword, call):
        if isinstance(call, A.ParenExpr):
            self.errorf(call, f'expression in {keyword} must not be parenthesized')
            while isinstance(call, A.ParenExpr):
                call = call.x
        if not isinstance(call, A.CallExpr):
            self.errorf(call, f'expression in {keyword} must be function call')
            self.use(call)
            return
        x = Operand()
        kind = self.raw_expr(None, x, call, None, False)
        from .expr import CONVERSION, EXPRESSION
        if kind == CONVERSION:
            msg = 'requires function call, not conversion'
        elif kind == EXPRESSION:
            msg = 'discards result of'
        else:
            return
        self.errorf(x, f'{keyword} {msg} {self.opstr(x)}')

    def multiple_defaults(self, clauses):
        first = None
        for c in clauses:
            is_default = (c.list is None) if isinstance(c, A.CaseClause) else (c.comm is None)
            if is_default:
                if first is not None:
                    self.errorf(c, f'multiple defaults (first at {self.src.where(first.pos)})')
                else:
                    first = c

    # ------------------------------------------------------------ switch

    def switch_stmt(self, inner, s: A.SwitchStmt):
        x = Operand()
        if s.tag is not None:
            self.expr(None, x, s.tag)
            self.assignment(x, None, 'switch expression')
            if x.valid() and not self.comparable(x.type) and not T.has_nil(x.type):
                self.errorf(x, f'cannot switch on {self.opstr(x)} ({self.sprintf_type(x.type)} is not comparable)')
                x.invalidate()
        else:
            x.mode = CONSTANT
            x.type = T.Typ[T.BOOL]
            x.val = True
            pos = s.body[0].pos if s.body else s.rbrace
            x.expr = A.Ident(pos, 'true')
        self.multiple_defaults(s.body)
        seen = {}
        for i, clause in enumerate(s.body):
            c = inner
            if i + 1 < len(s.body):
                c |= FALLTHROUGH_OK
            else:
                c |= FINAL_SWITCH_CASE
            self.case_values(x, clause.list or [], seen)
            self.open_scope('case')
            try:
                self.stmt_list(c, clause.body)
            finally:
                self.close_scope()

    def case_values(self, x, values, seen):
        for e in values:
            v = Operand()
            self.expr(None, v, e)
            if not x.valid() or not v.valid():
                continue
            self.convert_untyped(v, x.type)
            if not v.valid():
                continue
            res = v.copy()
            self.comparison(res, x, '==', True)
            if not res.valid():
                continue
            if v.mode != CONSTANT or v.val is None:
                continue
            key = _go_val(v.val)
            if key is None:
                continue
            dup = None
            for pos, typ in seen.get(key, []):
                if T.identical(v.type, typ):
                    dup = pos
                    break
            if dup is not None:
                self.errorf(v, f'duplicate case {self.opstr(v)} in expression switch\n\t'
                            f'{self.src.where(dup)}: previous case')
                continue
            seen.setdefault(key, []).append((v.pos(), v.type))

    def type_switch_stmt(self, inner, s: A.TypeSwitchStmt):
        guard = s.assign
        lhs = None
        if isinstance(guard, A.AssignStmt):
            lhs = guard.lhs[0]
            guard_x = guard.rhs[0].x
            if lhs.name == '_':
                self.soft_errorf(lhs, 'no new variable on left side of :=')
                lhs = None
            else:
                self.record_def(lhs, None)
        else:
            guard_x = guard.x.x
        sx = None
        x = Operand()
        self.expr(None, x, guard_x)
        if x.valid():
            if isinstance(T.unalias(x.type), T.TypeParam):
                self.errorf(x, f'cannot use type switch on type parameter value {self.opstr(x)}')
            elif T.is_interface(x.type):
                sx = x
            else:
                self.errorf(x, f'{self.opstr(x)} is not an interface')
        self.multiple_defaults(s.body)
        lhs_vars = []
        seen = []
        for clause in s.body:
            typ = self.case_types(sx, clause.list or [], seen)
            self.open_scope('case')
            try:
                if lhs is not None:
                    v = T.Var(lhs.name, typ, lhs.pos, self.pkg)
                    self.scope.insert(v)
                    self.info.implicits[clause] = v
                    lhs_vars.append(v)
                self.stmt_list(inner, clause.body)
            finally:
                self.close_scope()
        if lhs is not None:
            used = any(v.used for v in lhs_vars)
            for v in lhs_vars:
                v.used = True
            if not used:
                self.soft_errorf(lhs, f"{lhs.name} declared and not used")

    def case_types(self, x, types, seen):
        typ = None
        for e in types:
            if self.is_nil_expr(e):
                typ = None
                d = Operand()
                self.expr(None, d, e)
            else:
                typ = self.var_type(e)
                if typ is T.INVALID_T:
                    continue
            dup = None
            for t, other in seen:
                if (typ is None and t is None) or (typ is not None and t is not None and T.identical(typ, t)):
                    dup = other
                    break
            if dup is not None:
                ts = 'nil' if typ is None else self.sprintf_type(typ)
                self.errorf(e, f'duplicate case {ts} in type switch\n\t{self.src.where(dup.pos)}: previous case')
                continue
            seen.append((typ, e))
            if x is not None and typ is not None:
                self.type_assertion(e, x, typ, True)
        if len(types) != 1 or typ is None:
            typ = x.type if x is not None else T.INVALID_T
        return typ

    def is_nil_expr(self, e):
        e = _unparen(e)
        if isinstance(e, A.Ident):
            from .universe import NIL
            return self.lookup(e.name) is NIL
        return False

    # ------------------------------------------------------------ range

    def range_stmt(self, inner, s: A.RangeStmt):
        x = Operand()
        self.expr(None, x, s.x)
        s_key, s_value = s.key, s.value
        key = val = None
        if x.valid():
            k, v, cause, ok = self.range_key_val(x.type)
            if not ok and cause:
                self.soft_errorf(x, f'cannot range over {self.opstr(x)}: {cause}')
            elif not ok:
                self.soft_errorf(x, f'cannot range over {self.opstr(x)}')
            elif k is None and s_key is not None:
                self.soft_errorf(s_key, f'range over {self.opstr(x)} permits no iteration variables')
            elif v is None and s_value is not None:
                self.soft_errorf(s_value, f'range over {self.opstr(x)} permits only one iteration variable')
            key, val = k, v
        self.open_scope('range')
        try:
            lhs = [s_key, s_value]
            rhs = [key, val]
            range_over_int = T.is_integer(x.type)
            if s.tok == ':=':
                vars_ = []
                for i, e in enumerate(lhs):
                    if e is None:
                        continue
                    if isinstance(e, A.Ident):
                        obj = T.Var(e.name, None, e.pos, self.pkg)
                        self.record_def(e, obj)
                        if e.name != '_':
                            vars_.append(obj)
                    else:
                        self.errorf(e, f'cannot declare {expr_str(e)}')
                        obj = T.Var('_', None, e.pos, self.pkg)
                    typ = rhs[i]
                    if typ is None or typ is T.INVALID_T:
                        obj.type = T.INVALID_T
                        obj.used = True
                        continue
                    if range_over_int:
                        self.init_var(obj, x, 'range clause')
                    else:
                        y = Operand(VALUE, e, typ)
                        self.init_var(obj, y, 'assignment')
                if vars_:
                    for obj in vars_:
                        self.scope.insert(obj)
                else:
                    self.errorf(s, 'no new variables on left side of :=')
            elif s_key is not None:
                for i, e in enumerate(lhs):
                    if e is None:
                        continue
                    typ = rhs[i]
                    if typ is None or typ is T.INVALID_T:
                        continue
                    if range_over_int:
                        self.assign_var(e, None, x, 'range clause')
                        if x.valid() and not T.is_integer(x.type):
                            self.soft_errorf(e, f'cannot use iteration variable of type {self.sprintf_type(x.type)}')
                    else:
                        y = Operand(VALUE, e, typ)
                        self.assign_var(e, None, y, 'assignment')
            elif range_over_int:
                self.assignment(x, None, 'range clause')
            self.stmt(inner, s.body)
        finally:
            self.close_scope()

    def range_key_val(self, orig):
        t = T.unalias(orig)
        if isinstance(t, T.TypeParam):
            rtyp = T.core_type(t)
            if rtyp is None:
                return T.INVALID_T, T.INVALID_T, 'no core type', False
        else:
            rtyp = t.underlying()
        if isinstance(rtyp, T.Chan) and rtyp.dir == T.SEND:
            return T.INVALID_T, T.INVALID_T, f'receive from send-only channel {self.sprintf_type(orig)}', False
        if isinstance(rtyp, T.Pointer) and isinstance(rtyp.elem.underlying(), T.Array):
            rtyp = rtyp.elem.underlying()
        if isinstance(rtyp, T.Basic):
            if rtyp.info & T.IS_STRING:
                return T.Typ[T.INT], T.Rune, '', True
            if rtyp.info & T.IS_INTEGER:
                return orig, None, '', True
        elif isinstance(rtyp, (T.Array, T.Slice)):
            return T.Typ[T.INT], rtyp.elem, '', True
        elif isinstance(rtyp, T.Map):
            return rtyp.key, rtyp.elem, '', True
        elif isinstance(rtyp, T.Chan):
            return rtyp.elem, None, '', True
        elif isinstance(rtyp, T.Signature):
            bad = 'func must be func(yield func(...) bool): '
            if len(rtyp.params.vars) != 1:
                return T.INVALID_T, T.INVALID_T, bad + 'wrong argument count', False
            if rtyp.results.vars:
                return T.INVALID_T, T.INVALID_T, bad + 'unexpected results', False
            cb = rtyp.params.vars[0].type.underlying()
            if not isinstance(cb, T.Signature):
                return T.INVALID_T, T.INVALID_T, bad + 'argument is not func', False
            if len(cb.params.vars) > 2:
                return T.INVALID_T, T.INVALID_T, bad + 'yield func has too many parameters', False
            res = cb.results.vars
            if len(res) != 1 or not (isinstance(res[0].type, T.Basic) and res[0].type.kind == T.BOOL):
                if len(res) == 1 and T.is_boolean(res[0].type):
                    return T.INVALID_T, T.INVALID_T, bad + 'yield func returns user-defined boolean, not bool', False
                return T.INVALID_T, T.INVALID_T, bad + 'yield func does not return bool', False
            k = cb.params.vars[0].type if len(cb.params.vars) >= 1 else None
            v = cb.params.vars[1].type if len(cb.params.vars) >= 2 else None
            return k, v, '', True
        return T.INVALID_T, T.INVALID_T, '', False

    # ------------------------------------------------------------ terminating statements

    def is_terminating(self, s, label):
        ts = type(s)
        if ts is A.ReturnStmt:
            return True
        if ts is A.BranchStmt:
            return s.tok in ('goto', 'fallthrough')
        if ts is A.ExprStmt:
            c = _unparen(s.x)
            return isinstance(c, A.CallExpr) and c in self.is_panic
        if ts is A.LabeledStmt:
            return self.is_terminating(s.stmt, s.label.name)
        if ts is A.BlockStmt:
            return self.is_terminating_list(s.stmts, '')
        if ts is A.IfStmt:
            return (s.else_ is not None and self.is_terminating(s.body, '')
                    and self.is_terminating(s.else_, ''))
        if ts is A.SwitchStmt or ts is A.TypeSwitchStmt:
            return self.is_terminating_switch(s.body, label)
        if ts is A.SelectStmt:
            for cc in s.body:
                if not self.is_terminating_list(cc.body, '') or _has_break_list(cc.body, label, True):
                    return False
            return True
        if ts is A.ForStmt:
            if s.cond is None and not _has_break(s.body, label, True):
                return True
            return False
        return False

    def is_terminating_list(self, stmts, label):
        lst = list(stmts)
        while lst and isinstance(lst[-1], A.EmptyStmt):
            lst.pop()
        return bool(lst) and self.is_terminating(lst[-1], label)

    def is_terminating_switch(self, body, label):
        has_default = False
        for cc in body:
            if cc.list is None:
                has_default = True
            if not self.is_terminating_list(cc.body, '') or _has_break_list(cc.body, label, True):
                return False
        return has_default

    # ------------------------------------------------------------ labels and branches

    def check_branches(self, body):
        """Label and break/continue/goto checks, made per function body
        (cmd/compile/internal/syntax/branches.go)."""
        labels = {}
        errs = []

        class Block:
            __slots__ = ('parent', 'start', 'lstmt')

            def __init__(self, parent, start, lstmt):
                self.parent = parent
                self.start = start
                self.lstmt = lstmt

        def declare(b, s):
            name = s.label.name
            alt = labels.get(name)
            if alt is not None:
                errs.append((s.label.pos, f'label {name} already defined at {self.src.where(alt[1].label.pos)}'))
                return alt
            l = [b, s, False]
            labels[name] = l
            return l

        def goto_target(b, name):
            l = labels.get(name)
            if l is not None:
                l[2] = True
                while b is not None:
                    if l[0] is b:
                        return l[1]
                    b = b.parent
            return None

        def enclosing_target(b, name):
            l = labels.get(name)
            if l is not None:
                l[2] = True
                while b is not None:
                    if l[1] is b.lstmt:
                        return l[1]
                    b = b.parent
                return 'invalid'
            return None

        def block_branches(parent, breaks, continues, case_index, switch, lstmt, start, stmts):
            b = Block(parent, start, lstmt)
            var_pos = None
            var_name = None
            fwd_gotos = []
            bad_gotos = []
            lst = list(stmts)
            while lst and isinstance(lst[-1], A.EmptyStmt):
                lst.pop()

            def inner(brk, cont, ci, sw, st, body):
                fwd_gotos.extend(block_branches(b, brk, cont, ci, sw, lstmt_now[0], st, body))

            lstmt_now = [None]
            for idx, s in enumerate(lst):
                lstmt_now[0] = None
                while isinstance(s, A.LabeledStmt):
                    name = s.label.name
                    if name != '_':
                        l = declare(b, s)
                        keep = []
                        for fwd in fwd_gotos:
                            if fwd.label.name == name:
                                l[2] = True
                                if var_pos is not None and fwd in bad_gotos:
                                    errs.append((fwd.label.pos, f'goto {name} jumps over declaration of '
                                                 f'{var_name} at {self.src.where(var_pos)}'))
                            else:
                                keep.append(fwd)
                        fwd_gotos[:] = keep
                        lstmt_now[0] = s
                    s = s.stmt
                t = type(s)
                if t is A.DeclStmt:
                    if s.decl.tok == 'var':
                        var_pos = s.decl.pos
                        var_name = s.decl.specs[0].names[0].name
                        bad_gotos = list(fwd_gotos)
                elif t is A.BranchStmt:
                    if s.label is None:
                        if s.tok == 'break':
                            if breaks is None:
                                errs.append((s.pos, 'break is not in a loop, switch, or select'))
                        elif s.tok == 'continue':
                            if continues is None:
                                errs.append((s.pos, 'continue is not in a loop'))
                        elif s.tok == 'fallthrough':
                            msg = 'fallthrough statement out of place'
                            ok = False
                            if isinstance(breaks, (A.SwitchStmt, A.TypeSwitchStmt)):
                                if isinstance(breaks, A.TypeSwitchStmt):
                                    msg = 'cannot fallthrough in type switch'
                                elif case_index < 0 or idx + 1 < len(lst):
                                    pass
                                elif case_index + 1 == len(breaks.body):
                                    msg = 'cannot fallthrough final case in switch'
                                else:
                                    ok = True
                            if not ok:
                                errs.append((s.pos, msg))
                        continue
                    name = s.label.name
                    if s.tok == 'break':
                        tgt = enclosing_target(b, name)
                        if tgt is None:
                            errs.append((s.label.pos, f'break label not defined: {name}'))
                        elif tgt == 'invalid' or not isinstance(
                                tgt.stmt, (A.SwitchStmt, A.TypeSwitchStmt, A.SelectStmt, A.ForStmt, A.RangeStmt)):
                            errs.append((s.label.pos, f'invalid break label {name}'))
                    elif s.tok == 'continue':
                        tgt = enclosing_target(b, name)
                        if tgt is None:
                            errs.append((s.label.pos, f'continue label not defined: {name}'))
                        elif tgt == 'invalid' or not isinstance(tgt.stmt, (A.ForStmt, A.RangeStmt)):
                            errs.append((s.label.pos, f'invalid continue label {name}'))
                    elif s.tok == 'goto':
                        if goto_target(b, name) is None:
                            fwd_gotos.append(s)
                elif t is A.AssignStmt:
                    if s.tok == ':=':
                        var_pos = s.tok_pos
                        var_name = ', '.join(expr_str(e) for e in s.lhs)
                        bad_gotos = list(fwd_gotos)
                elif t is A.BlockStmt:
                    inner(breaks, continues, -1, switch, s.pos, s.stmts)
                elif t is A.IfStmt:
                    inner(breaks, continues, -1, switch, s.body.pos, s.body.stmts)
                    if s.else_ is not None:
                        inner(breaks, continues, -1, switch, s.else_.pos, [s.else_])
                elif t is A.ForStmt or t is A.RangeStmt:
                    inner(s, s, -1, None, s.body.pos, s.body.stmts)
                elif t is A.SwitchStmt or t is A.TypeSwitchStmt:
                    for i, cc in enumerate(s.body):
                        inner(s, continues, i, s, cc.pos, cc.body)
                elif t is A.SelectStmt:
                    for cc in s.body:
                        inner(s, continues, -1, s, cc.pos, cc.body)
            return fwd_gotos

        fwd = block_branches(None, None, None, -1, None, None, body.pos, body.stmts)
        for g in fwd:
            name = g.label.name
            l = labels.get(name)
            if l is not None:
                l[2] = True
                errs.append((g.label.pos, f'goto {name} jumps into block starting at {self.src.where(l[0].start)}'))
            else:
                errs.append((g.label.pos, f'label {name} not defined'))
        for name, l in labels.items():
            if not l[2]:
                errs.append((l[1].label.pos, f'label {name} defined and not used'))
        for pos, msg in errs:
            self.errorf(pos, msg)


def _go_val(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return ('i', v)
    if isinstance(v, C.Fraction):
        if v.denominator == 1:
            return ('i', int(v))
        return ('f', float(v))
    if isinstance(v, bytes):
        return ('s', v)
    return None


def _has_break(s, label, implicit):
    """Whether s contains a break that leaves the enclosing statement."""
    t = type(s)
    if t is A.BranchStmt:
        if s.tok == 'break':
            if s.label is None:
                return implicit
            return s.label.name == label
        return False
    if t is A.LabeledStmt:
        return _has_break(s.stmt, label, implicit)
    if t is A.BlockStmt:
        return _has_break_list(s.stmts, label, implicit)
    if t is A.IfStmt:
        return _has_break(s.body, label, implicit) or (s.else_ is not None and _has_break(s.else_, label, implicit))
    if t in (A.SwitchStmt, A.TypeSwitchStmt, A.SelectStmt):
        if label == '':
            return False
        for cc in s.body:
            if _has_break_list(cc.body, label, False):
                return True
        return False
    if t in (A.ForStmt, A.RangeStmt):
        if label == '':
            return False
        return _has_break(s.body, label, False)
    if t is A.CaseClause or t is A.CommClause:
        return _has_break_list(s.body, label, implicit)
    return False


def _has_break_list(stmts, label, implicit):
    return any(_has_break(s, label, implicit) for s in stmts)
