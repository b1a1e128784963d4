"""Counted `for` loops as one closure: `for i := a; i < n; i++` and its kin.

The general three-clause loop calls a condition closure and a post closure
each iteration. When the condition compares an int local with a constant, an
int local or len of a local, and the post statement steps that local by a
constant, both are inlined here. When in addition the body never assigns the
counter or the bound (nor can anything else: the compiler boxes a local that
a closure captures or whose address is taken, and those never take this
path), the iterations are a Python `range`, walked in C.

Semantics are the general loop's: the counter is in its frame slot during
the body and holds Go's value after the loop (the first value that fails the
condition, or the value at a break); a step that would pass the int64 range
takes the while form, which wraps as Go does; the preemption tick comes every
LOOP_TICK_MASK + 1 completed iterations as in stmt.s_ForStmt.
"""
from __future__ import annotations

from .. import types as T
from ..runtime import rtypes as R
from ..syntax import ast as A
from .signals import BREAK, CONTINUE
from .fastops import _CMP
from .ops import MIN64, MAX64, wrap64


# the condition `i OP bound` as a range: the direction the counter must move
_UP = {'<': 0, '<=': 1}         # range end = bound + this
_DOWN = {'>': 0, '>=': -1}


def assigned_vars(info, node):
    """The variables a statement tree assigns to by name (=, op=, ++/--,
    range with =). Address-taking and capture are not looked at: such
    variables are boxed, and boxed variables never reach here."""
    out = set()

    def target(e):
        e = A.unparen(e)
        if isinstance(e, A.Ident):
            v = info.uses.get(e) or info.defs.get(e)
            if v is not None:
                out.add(v)

    def visit(n):
        t = type(n)
        if t is A.AssignStmt:
            for e in n.lhs:
                target(e)
        elif t is A.IncDecStmt:
            target(n.x)
        elif t is A.RangeStmt and n.tok == '=':
            for e in (n.key, n.value):
                if e is not None:
                    target(e)
        for child in A.child_nodes(n):
            visit(child)

    visit(node)
    return out


def _int_local(c, e):
    """(slot, Var) of e if it is an unboxed local of type int/int64."""
    slot = c.local_slot(e)
    if slot is None:
        return None
    if c.rt(c.typeof(e)).kind not in (R.INT, R.INT64):
        return None
    return slot, c.info.uses.get(A.unparen(e))


def _step(c, s, var):
    """The post statement's step on var: +k or -k for a positive constant k,
    ('local', slot, Var) for `var += v` with v an int local, else None."""
    if isinstance(s, A.IncDecStmt):
        if c.info.uses.get(A.unparen(s.x)) is not var:
            return None
        return 1 if s.tok == '++' else -1
    if isinstance(s, A.AssignStmt) and s.tok in ('+=', '-=') and len(s.lhs) == 1:
        if c.info.uses.get(A.unparen(s.lhs[0])) is not var:
            return None
        ok, k = c.const_of(s.rhs[0])
        if not ok and s.tok == '+=':
            loc = _int_local(c, s.rhs[0])
            return ('local',) + loc if loc is not None and loc[1] is not var else None
        if not ok or not isinstance(k, int) or k <= 0:
            return None
        return k if s.tok == '+=' else -k
    return None


def _bound(c, e):
    """The condition's right side: ('const', value), ('local', slot, Var) or
    ('len', slot, Var) for len of a local slice or string; None otherwise."""
    ok, v = c.const_of(e)
    if ok:
        return ('const', v) if isinstance(v, int) and not isinstance(v, bool) else None
    loc = _int_local(c, e)
    if loc is not None:
        return ('local',) + loc
    e = A.unparen(e)
    if isinstance(e, A.CallExpr) and len(e.args) == 1 and isinstance(A.unparen(e.fun), A.Ident) \
            and isinstance(c.info.uses.get(A.unparen(e.fun)), T.Builtin) and A.unparen(e.fun).name == 'len':
        arg = e.args[0]
        slot = c.local_slot(arg)
        if slot is None:
            return None
        u = c.typeof(arg).underlying()
        if isinstance(u, T.Slice):
            return ('len', slot, c.info.uses.get(A.unparen(arg)))
        if isinstance(u, T.Basic) and u.info & T.IS_STRING:
            return ('lenstr', slot, c.info.uses.get(A.unparen(arg)))
    return None


def counted_for(c, s, init, body, brk, cont, tick, mask):
    """One closure for a counted three-clause loop, or None when s is not one."""
    if s.cond is None or s.post is None:
        return None
    cond = A.unparen(s.cond)
    if not isinstance(cond, A.BinaryExpr) or cond.op not in ('<', '<=', '>', '>=', '!='):
        return None
    counter = _int_local(c, cond.x)
    if counter is None:
        return None
    si, var = counter
    step = _step(c, s.post, var)
    bound = _bound(c, cond.y)
    if step is None or bound is None:
        return None
    op = cond.op
    assigned = assigned_vars(c.info, s.body)
    if type(step) is tuple:
        # a step held in a local: a range when the body leaves it alone and
        # it is positive when the loop starts (else the general loop)
        if op not in _UP or step[2] in assigned or var in assigned or \
                (bound[0] != 'const' and bound[2] in assigned):
            return None
        return _range_form(si, op, step, bound, init, body, brk, cont, tick, mask)
    if (op in _UP and step < 0) or (op in _DOWN and step > 0) or (op == '!=' and step not in (1, -1)):
        return None
    if var in assigned or (bound[0] != 'const' and bound[2] in assigned):
        return _while_form(si, op, step, bound, init, body, brk, cont, tick, mask)
    return _range_form(si, op, step, bound, init, body, brk, cont, tick, mask)


def _bound_reader(bound):
    kind = bound[0]
    if kind == 'const':
        v = bound[1]
        return lambda fr: v
    sb = bound[1]
    if kind == 'local':
        return lambda fr: fr[sb]
    if kind == 'len':
        return lambda fr: fr[sb].len
    return lambda fr: len(fr[sb])


def _range_form(si, op, step_of, bound, init, body, brk, cont, tick, mask):
    read_bound = _bound_reader(bound)
    if type(step_of) is tuple:
        step_slot = step_of[1]
        up = True
    else:
        step_slot = None
        step = step_of
        up = step > 0
    adjust = _UP.get(op, _DOWN.get(op, 0))

    def for_range(fr):
        if init is not None:
            init(fr)
        start = fr[si]
        b = read_bound(fr)
        step = fr[step_slot] if step_slot is not None else step_of
        if step <= 0 and step_slot is not None:
            return _while_loop(fr, si, op, step, read_bound, body, brk, cont, tick, mask)
        if op == '!=':
            # only a counter that reaches the bound is a range; one that
            # starts past it runs until it wraps, as the while form does
            if (b < start) if up else (b > start):
                return _while_loop(fr, si, op, step, read_bound, body, brk, cont, tick, mask)
            end = b
        else:
            end = b + adjust
            if up and end - 1 + step > MAX64 or not up and end + 1 + step < MIN64:
                # the last step would wrap: Go's loop goes on from the other end
                return _while_loop(fr, si, op, step, read_bound, body, brk, cont, tick, mask)
        n = 0
        i = start
        for i in range(start, end, step):
            fr[si] = i
            sig = body(fr)
            if sig is not None:
                if sig is BREAK or sig is brk:
                    return None
                if sig is not CONTINUE and sig is not cont:
                    return sig
            n += 1
            if not n & mask:
                tick()
        if n:
            fr[si] = i + step       # the post statement's last step
        return None
    return for_range


def _while_form(si, op, step, bound, init, body, brk, cont, tick, mask):
    read_bound = _bound_reader(bound)

    def for_while(fr):
        if init is not None:
            init(fr)
        return _while_loop(fr, si, op, step, read_bound, body, brk, cont, tick, mask)
    return for_while


def _while_loop(fr, si, op, step, read_bound, body, brk, cont, tick, mask):
    n = 0
    test = _CMP[op]
    while test(fr[si], read_bound(fr)):
        sig = body(fr)
        if sig is not None:
            if sig is BREAK or sig is brk:
                break
            if sig is not CONTINUE and sig is not cont:
                return sig
        v = fr[si] + step
        fr[si] = v if MIN64 <= v <= MAX64 else wrap64(v)
        n += 1
        if not n & mask:
            tick()
    return None


def compared_for(c, s, init, body, post, brk, cont, tick, mask):
    """A three-clause (or condition-only) loop whose condition compares
    anything with a local or a constant (Python's operators: ints, floats,
    strings): the comparison inside the loop's closure. None otherwise."""
    cond = A.unparen(s.cond) if s.cond is not None else None
    if not isinstance(cond, A.BinaryExpr) or cond.op not in _CMP or not c.plain_comparison(cond):
        return None
    xs = c.local_slot(cond.x)
    ys = c.local_slot(cond.y)
    oky, cy = c.const_of(cond.y)
    if ys is None and not oky:
        return None
    f = _CMP[cond.op]
    # any left operand (a[i] < pivot) through its closure; a right side that
    # is a local or a constant adds nothing to reorder
    x = c.ordered_expr(cond.x) if xs is None else None

    def for_cmp(fr):
        if init is not None:
            init(fr)
        n = 0
        while f(fr[xs] if x is None else x(fr), fr[ys] if ys is not None else cy):
            sig = body(fr)
            if sig is not None:
                if sig is BREAK or sig is brk:
                    break
                if sig is not CONTINUE and sig is not cont:
                    return sig
            if post is not None:
                post(fr)
            n += 1
            if not n & mask:
                tick()
        return None
    return for_cmp
