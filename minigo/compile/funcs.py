"""Python callables for Go functions: frame set-up, results, defer and recover.

`make_function` returns a factory: given the cells a func literal captured
(empty for top-level functions), it makes the callable. The common shape (no
captures, no defer, no prologue, a few parameters) gets a dedicated trampoline
without *args packing; the rest share a general one.

Defer follows Go's rules: deferred calls run LIFO when the body returns or
panics; during a panic, a deferred call that calls recover() (directly) stops
the panic and the function returns normally with its named results; a panic
inside a deferred call replaces the current one, which Go prints first
(runtime/panic.go printpanics). os.Exit (GoExit) skips deferred calls.
"""
from __future__ import annotations

from ..runtime import sched
from ..runtime.sched import BUDGET, loop_tick

from ..runtime.panic import GoPanic, as_go

# Calls are counted toward preemption inline in the trampolines below, on
# the run's own counter (rt.ncalls, rt held in a closure cell): a call to a
# counting function would cost as much as the counting itself.


def make_function(name, cap_slots, nparams, nslots, body, prologue, reader, ctx, value=None):
    """cap_slots: the frame slots where the captured cells go. Each trampoline
    has a parameter `_gofn` defaulting to the Go name of the function, which
    the panic trace reads off the Python frames (runtime/traceback.py), with
    its file (in a package of several files, the one it is declared in) and
    the line it is declared at."""
    gofn = (ctx.go_name or name, ctx.decl_path or ctx.compiler.src_path, ctx.decl_line)
    rt = ctx.compiler.run
    ncap = len(cap_slots)
    npad = nslots - nparams
    pad = [None] * npad
    has_defer = ctx.has_defer
    defer_slot = ctx.defer_slot
    ret_line_slot = ctx.ret_line_slot
    end_line = ctx.end_line
    ret_slot = ctx.ret_slot
    self_slot = ctx.self_slot_idx

    if isinstance(reader, list):
        readers = reader
        if len(readers) == 1:
            (rs, rboxed), = readers
            if rboxed:
                def read(fr):
                    return fr[rs][0]
            else:
                def read(fr):
                    return fr[rs]
        else:
            def read(fr):
                return tuple(fr[s][0] if b else fr[s] for s, b in readers)
    elif reader is None:
        read = None
    else:
        rs = reader

        def read(fr):
            return fr[rs]

    if prologue:
        ops = prologue

        def run_prologue(fr):
            for op, s, z in ops:
                if op == 'box':
                    fr[s] = [fr[s] if z is None else z()]
                else:
                    fr[s] = z()
    else:
        run_prologue = None

    if value is not None:
        return _valued(nparams, pad, value, gofn, rt)
    if not has_defer:
        if ncap == 0 and run_prologue is None and self_slot is None:
            return _simple(nparams, pad, body, read, reader, ret_slot, gofn, rt)

        def factory(cells):
            # cells (the captured boxes) are kept as given: pairing them with their
            # slots here would cost a tuple per capture per closure created

            me = [None]     # the function itself, only where it names itself

            def invoke(*args, _gofn=gofn):
                rt.ncalls += 1
                if rt.ncalls >= BUDGET:
                    rt.ncalls = 0
                    loop_tick()
                fr = [*args, *pad]
                for s, c in zip(cap_slots, cells):
                    fr[s] = c
                if self_slot is not None:
                    fr[self_slot] = me[0]
                if run_prologue is not None:
                    run_prologue(fr)
                body(fr)
                if read is not None:
                    return read(fr)
            if self_slot is not None:
                me[0] = invoke
            return invoke
        return factory

    def factory(cells):
        # invoke must not name itself unless it has to: a closure referring
        # to itself is a garbage cycle for every func literal made
        me = [None]

        def invoke(*args, _gofn=gofn):
            rt.ncalls += 1
            if rt.ncalls >= BUDGET:
                rt.ncalls = 0
                loop_tick()
            fr = [*args, *pad]
            for s, c in zip(cap_slots, cells):
                fr[s] = c
            if self_slot is not None:
                fr[self_slot] = me[0]
            if run_prologue is not None:
                run_prologue(fr)
            defers = fr[defer_slot] = []
            try:
                body(fr)
            except GoPanic as p:
                run_defers_panicking(defers, p, end_line)
            except Exception as e:
                run_defers_panicking(defers, _panic_for(e), end_line)
            else:
                # the line a trace shows for this function while its deferred
                # calls run: the return statement's, or the closing brace's
                run_defers(defers, fr[ret_line_slot] or end_line)
            if read is not None:
                return read(fr)
        invoke.has_defer = True
        if self_slot is not None:
            me[0] = invoke
        return invoke
    return factory


def _valued(nparams, pad, value, gofn, rt):
    """Trampolines for a body compiled to one value closure
    (StmtMixin.value_body): the frame, then the result of value(fr)."""
    if nparams == 1:
        def factory(cells):
            def invoke(a, _gofn=gofn):
                rt.ncalls += 1
                if rt.ncalls >= BUDGET:
                    rt.ncalls = 0
                    loop_tick()
                return value([a] + pad)
            return invoke
        return factory
    if nparams == 2:
        def factory(cells):
            def invoke(a, b, _gofn=gofn):
                rt.ncalls += 1
                if rt.ncalls >= BUDGET:
                    rt.ncalls = 0
                    loop_tick()
                return value([a, b] + pad)
            return invoke
        return factory

    def factory(cells):
        def invoke(*args, _gofn=gofn):
            rt.ncalls += 1
            if rt.ncalls >= BUDGET:
                rt.ncalls = 0
                loop_tick()
            return value([*args, *pad])
        return invoke
    return factory


def _simple(nparams, pad, body, read, reader, ret_slot, gofn, rt):
    """Trampolines for functions without captures, defers or prologue."""
    single = isinstance(reader, int)
    if nparams == 0:
        def factory(cells):
            if single:
                def invoke(_gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = list(pad)
                    body(fr)
                    return fr[ret_slot]
            else:
                def invoke(_gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = list(pad)
                    body(fr)
                    if read is not None:
                        return read(fr)
            return invoke
        return factory
    if nparams == 1:
        def factory(cells):
            if single:
                def invoke(a, _gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = [a] + pad
                    body(fr)
                    return fr[ret_slot]
            else:
                def invoke(a, _gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = [a] + pad
                    body(fr)
                    if read is not None:
                        return read(fr)
            return invoke
        return factory
    if nparams == 2:
        def factory(cells):
            if single:
                def invoke(a, b, _gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = [a, b] + pad
                    body(fr)
                    return fr[ret_slot]
            else:
                def invoke(a, b, _gofn=gofn):
                    rt.ncalls += 1
                    if rt.ncalls >= BUDGET:
                        rt.ncalls = 0
                        loop_tick()
                    fr = [a, b] + pad
                    body(fr)
                    if read is not None:
                        return read(fr)
            return invoke
        return factory
    if nparams == 3:
        def factory(cells):
            def invoke(a, b, c, _gofn=gofn):
                rt.ncalls += 1
                if rt.ncalls >= BUDGET:
                    rt.ncalls = 0
                    loop_tick()
                fr = [a, b, c] + pad
                body(fr)
                if read is not None:
                    return read(fr)
            return invoke
        return factory

    def factory(cells):
        def invoke(*args, _gofn=gofn):
            rt.ncalls += 1
            if rt.ncalls >= BUDGET:
                rt.ncalls = 0
                loop_tick()
            fr = [*args, *pad]
            body(fr)
            if read is not None:
                return read(fr)
        return invoke
    return factory


# ------------------------------------------------------------------ defer

def _panic_for(e):
    """The Go panic a Python exception in a function with deferred calls
    stands for (runtime/panic.go_exception); re-raises it when it stands for
    none, or for a fatal error, which deferred calls do not see."""
    p = as_go(e)
    if p is None:
        raise e
    if not isinstance(p, GoPanic):
        raise p from None
    return p


def run_defers(defers, _goret=0):
    """Normal return: run deferred calls LIFO. A panic in one of them
    propagates (after the remaining deferred calls run with it). _goret is
    the line the function returned at (runtime/traceback.py reads it)."""
    while defers:
        fn, args = defers.pop()
        try:
            fn(*args)
        except GoPanic as p:
            run_defers_panicking(defers, p, _goret)
            return


def run_defers_panicking(defers, p, end_line):
    """Run deferred calls while panic p unwinds this function. Returns
    normally if one of them recovered p (the function then returns at
    end_line, its closing brace); otherwise re-raises.

    Go runs deferred calls on top of the panicking stack, so a trace taken
    in one of them shows where each panic so far happened. `_gopanics` keeps
    (panic, its traceback as caught here) for runtime/traceback.py: raising
    a panic again from here adds this frame to its traceback out of order."""
    g = sched.current_g()
    _gopanics = [(p, p.__traceback__)]
    while defers:
        fn, args = defers.pop()
        g.panics.append(p)
        g.defer_callee = defer_callee(fn, args)
        try:
            fn(*args)
        except GoPanic as q:
            # A new panic while running deferred calls for p: p is printed first.
            if q is not p:
                if p.recovered and q.value is not None and _same_value(q.value, p.value) and q.prev is None:
                    q.repanicked = True
                    q.prev = p.prev
                elif q.prev is None:
                    q.prev = p
                _gopanics.append((q, q.__traceback__))
            p = q
        finally:
            g.panics.pop()
            g.defer_callee = None
        if p.recovered:
            p.recovered_done = True
            # Remaining deferred calls run as on a normal return, the
            # panics' frames gone from the stack.
            _gopanics.clear()
            run_defers(defers, end_line)
            return
    raise p


def defer_callee(fn, args):
    """The function a deferred call fn(*args) calls directly, the one in which
    recover() recovers: through gc's wrapper (callers.wrapper_call), as Go's
    recover sees through wrapper frames, and through an interface's method
    dispatch (lookup.lookup_method) to the method."""
    fn = getattr(fn, '__wrapped__', fn)
    adapt = getattr(fn, 'adapt', None)
    if adapt is not None and args:
        try:
            fn = adapt(args[0])[0]
        except Exception:
            pass        # a nil receiver: the call itself will panic
    return fn


def _same_value(a, b):
    try:
        return a[0] is b[0] and a[1] is b[1] or (a[0] is b[0] and a[0].comparable and a[0].eq(a[1], b[1]))
    except Exception:
        return False


def do_recover(fr_fn):
    """recover(): the current panic's value if called directly by a deferred
    function while panicking, else nil."""
    g = sched.current_g()
    if not g.panics:
        return None
    p = g.panics[-1]
    if p.recovered or p.goexit or g.defer_callee is not fr_fn:
        return None
    p.recovered = True
    return p.value
