"""select statements: evaluate every case's channel (and send value) in source
order, let runtime/chan.select choose, then bind the received values and run
the chosen clause."""
from __future__ import annotations

from .. import types as T
from ..runtime import chan
from ..syntax import ast as A
from .signals import BREAK


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


def compile_select(c, s, label):
    cases = []       # (kind, chan closure, value closure)
    clauses = []     # (setter for the received value/ok or None, body)
    positions = []   # each case's position
    default_body = None
    for cc in s.body:
        comm = cc.comm
        if comm is None:
            default_body = c.block(cc.body)
            continue
        positions.append(comm.pos)
        if isinstance(comm, A.SendStmt):
            ct = c.typeof(comm.chan)
            u = ct.underlying()
            if isinstance(T.unalias(ct), T.TypeParam):
                u = T.core_type(T.unalias(ct))
            cases.append((chan.SEND, c.expr(comm.chan), c.expr_to(comm.value, u.elem)))
            clauses.append((None, c.block(cc.body)))
            continue
        if isinstance(comm, A.ExprStmt):
            rx = _unparen(comm.x)
            cases.append((chan.RECV, c.expr(rx.x), None))
            clauses.append((None, c.block(cc.body)))
            continue
        # v [, ok] = / := <-ch
        rx = _unparen(comm.rhs[0])
        cases.append((chan.RECV, c.expr(rx.x), None))
        setters = []
        elem_t = c.typeof(rx)
        for i, e in enumerate(comm.lhs):
            if isinstance(e, A.Ident) and e.name == '_':
                setters.append(None)
                continue
            if comm.tok == ':=':
                v = c.info.defs.get(e)
                if v is None:
                    setters.append(c.storer(e))
                else:
                    st = c.declare_setter(v)
                    if i == 0 and T.is_interface(v.type) and not T.is_interface(elem_t):
                        from ..runtime import rtypes as R
                        rt = R.rtype(c.sub(elem_t))
                        c.ensure_methods(rt)
                        st = _boxing(st, rt)
                    setters.append(st)
            else:
                st = c.storer(e)
                lt = c.typeof(e)
                if i == 0 and T.is_interface(lt) and not T.is_interface(elem_t):
                    from ..runtime import rtypes as R
                    rt = R.rtype(c.sub(elem_t))
                    c.ensure_methods(rt)
                    st = _boxing(st, rt)
                setters.append(st)
        clauses.append((setters, c.block(cc.body)))
    has_default = default_body is not None
    brk = label.brk if label else None
    choose = _chooser(cases, has_default, c.site(positions[0] if len(cases) == 1 else s.pos))

    def select_stmt(fr):
        i, val, ok = choose(fr)
        if i < 0:
            sig = default_body(fr)
        else:
            setters, body = clauses[i]
            if setters:
                setters[0] is not None and setters[0](fr, val)
                if len(setters) > 1 and setters[1] is not None:
                    setters[1](fr, ok)
            sig = body(fr)
        if sig is BREAK or sig is brk:
            return None
        return sig
    return select_stmt


def _chooser(cases, has_default, site):
    """fr -> (chosen case or -1 for default, received value, ok). gc
    compiles a select of one case as that channel operation (a trace shows
    the case's line and, blocked, `chan receive`), or with a default as its
    non-blocking form; a select of several cases is at the select's line."""
    if len(cases) == 1 and not has_default:
        kind, chf, vf = cases[0]
        if kind == chan.SEND:
            def send1(fr):
                ch = chf(fr)
                chan.send(ch, vf(fr), site)
                return 0, None, True
            return send1

        def recv1(fr):
            val, ok = chan.recv2(chf(fr), None, site)
            return 0, val, ok
        return recv1

    def choose(fr):
        evaluated = [(k, ch(fr), v(fr) if v is not None else None) for k, ch, v in cases]
        return chan.select(evaluated, has_default, site)
    return choose


def _boxing(st, rt):
    return lambda fr, x: st(fr, (rt, x))
