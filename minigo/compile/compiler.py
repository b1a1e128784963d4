"""Compile a checked program into Python closures, each node once.

A function becomes a Python callable; its body, a tree of closures
`stmt(fr) -> signal` and `expr(fr) -> value` that read variables from the
frame list `fr` by slot (see context.py). Operations are picked by static type
here, so nothing is dispatched on types while the program runs.

Statements return None to continue, or a control signal: BREAK / CONTINUE (or
a Label's own signal objects for labeled ones), RETURN (results are in the
frame's result slot), FALLTHROUGH, or a Goto object.

Generic functions and methods are compiled once per instantiation, with the
type parameters substituted (`ctx.subst`), so the operations inside are still
chosen statically.
"""
from __future__ import annotations


from .. import constant as C
from ..errors import LINE_STRIDE, FileSet
from .. import types as T
from ..typecheck.generics import subst, type_key
from ..typecheck.operand import CONSTANT
from ..runtime import rtypes as R
from ..runtime.context import current
from ..runtime.panic import go_entry
from ..syntax import ast as A
from .call import CallMixin
from .context import FuncCtx, analyze_escapes, is_aggregate
from .convert import ConvertMixin
from .expr import ExprMixin
from .order import OrderMixin
from .stmt import StmtMixin
from .ops import f32


class Program:
    def __init__(self):
        self.globals = []
        self.var_inits = []     # callables run in order before main
        self.init_funcs = []
        self.main = None
        self.compiler = None


class Compiler(ExprMixin, StmtMixin, CallMixin, ConvertMixin, OrderMixin):
    # stores may bypass storer/prepared_store (compile/faststores.py); a
    # compiler that instruments those (race.RaceCompiler) says no
    direct_stores = True

    def __init__(self, info, pkg, prog=None):
        self.info = info
        self.pkg = pkg
        self.run = current()         # compiled closures belong to this run
        self.prog = prog or Program()
        self.prog.compiler = self
        self.G = self.prog.globals
        self.gslot = {}             # package-level Var -> index in G
        self.holders = {}           # (Func, type args key) -> [callable]
        self.ctx = None
        self.pkg_compilers = {}
        self.methods_done = set()
        # Func -> FuncDecl; a standard package's bodies are checked on first use
        check_body = getattr(info, 'check_body', None)
        self.func_decls = {} if check_body is None else _CheckedDecls(check_body)
        src = getattr(pkg, 'src', None)
        self.src_path = src.path if src is not None else 'prog.go'   # call sites name it
        self.line_offset = 0        # lines of wrapper before the named source (name_source)
        self.init_count = 0         # func inits named so far (main.init.0, main.init.1...)
        self.sites_off = False      # compiling a deferred builtin: no positions (call_site)
        # a package of several files: positions say which file (errors.FileSet)
        self.fileset = src if isinstance(src, FileSet) else None
        for fobj, fdecl in info.funcs:
            self.func_decls[fobj] = fdecl
        if not hasattr(pkg, 'info'):
            # the user's package: a standard generic function instantiated with
            # one of its types (errors.AsType[*MyErr]) reaches its methods here
            self.run.compilers[pkg.path] = self

    def name_source(self, path, line_offset=0):
        """How traces and race reports name the code compiled from now on:
        the file path, and line_offset lines of wrapper before its first line
        (the REPL compiles each input, `<input N>`, inside a wrapper)."""
        self.src_path = path
        self.line_offset = line_offset

    def locate(self, pos):
        """(file path, line) of a source position, as Go's runtime names it:
        in a package of several files (a FileSet, whose files' lines start at
        k * LINE_STRIDE) the file it is in; otherwise the named source, less
        its wrapper lines (name_source)."""
        if self.fileset is not None and pos[0] >= LINE_STRIDE:
            return self.fileset.locate(pos)
        return self.src_path, pos[0] - self.line_offset

    def site(self, pos, func=None):
        """(file, line, function) of a source position, as a Go trace prints
        it; func defaults to the function being compiled."""
        if func is None:
            func = self.ctx.go_name if self.ctx is not None and self.ctx.go_name else f'{self.pkg_go_name()}.init'
        return (*self.locate(pos), func)

    def pkg_go_name(self):
        """The package as Go's runtime names its functions: main, or a
        package of the module by its import path (example.com/m/cache)."""
        if self.pkg is None:
            return 'main'
        return self.pkg.path if getattr(self.pkg, 'local', False) else self.pkg.name

    # ------------------------------------------------------------ program

    def compile_program(self, tree):
        for decl in tree.decls:
            if isinstance(decl, A.GenDecl) and decl.tok == 'var':
                for spec in decl.specs:
                    for name in spec.names:
                        v = self.info.defs.get(name)
                        if isinstance(v, T.Var):
                            self.global_slot(v)
        for lhs, init in self.info.init_order:
            self.prog.var_inits.append(go_entry(self.compile_var_init(lhs, init), 0))
        for fobj, fdecl in self.info.funcs:
            if fdecl.recv is None and fobj.name == 'init':
                self.prog.init_funcs.append(go_entry(self.func_value(fobj), 0))
        main = self.pkg.scope.lookup('main')
        if isinstance(main, T.Func):
            self.prog.main = go_entry(self.func_value(main), 0)
        return self.prog

    def set_global(self, name, value):
        v = self.pkg.scope.lookup(name)
        self.G[self.global_slot(v)] = value

    def global_slot(self, v):
        i = self.gslot.get(v)
        if i is None:
            i = len(self.G)
            self.gslot[v] = i
            self.G.append(R.rtype(v.type).zero() if v.type is not T.INVALID_T else None)
        return i

    def compile_var_init(self, lhs, init):
        saved = self.ctx
        self.ctx = FuncCtx(self, None, None, set())
        try:
            G = self.G
            if init is None:
                return lambda: None
            slots = [self.global_slot(v) for v in lhs]
            if len(lhs) == 1:
                f = self.expr_to(init, lhs[0].type)
                s = slots[0]
                nslots = self.ctx
                n = self.ctx.nslots

                def run():
                    fr = [None] * n
                    G[s] = f(fr)
                return run
            # n:1 (multi-value call or comma-ok)
            multi = self.multi_value(init, len(lhs), [v.type for v in lhs])
            n = self.ctx.nslots

            def run():
                fr = [None] * n
                vals = multi(fr)
                for s, val in zip(slots, vals):
                    if s is not None:
                        G[s] = val
            return run
        finally:
            self.ctx = saved

    # ------------------------------------------------------------ types and constants

    def typeof(self, e):
        tv = self.info.types.get(e)
        if tv is None:
            return None
        t = tv.type
        if self.ctx is not None and self.ctx.subst:
            t = subst(t, self.ctx.subst)
        return t

    def sub(self, t):
        if self.ctx is not None and self.ctx.subst:
            return subst(t, self.ctx.subst)
        return t

    def rt(self, t):
        return R.rtype(self.sub(t))

    def const_of(self, e):
        """(True, runtime value) if e is a constant expression."""
        tv = self.info.types.get(e)
        if tv is None or tv.mode != CONSTANT or tv.val is None:
            return False, None
        return True, self.const_value(tv.val, self.sub(tv.type))

    def const_value(self, val, t):
        u = t.underlying()
        if isinstance(T.unalias(t), T.TypeParam):
            u = T.core_type(T.unalias(t)) or u
        if isinstance(u, T.Basic):
            info = u.info
            if info & T.IS_BOOLEAN:
                return bool(val)
            if info & T.IS_STRING:
                return val
            if info & T.IS_INTEGER:
                return C.to_int(val)
            if info & T.IS_FLOAT:
                f = C.to_float(val)
                x = f.numerator / f.denominator
                return f32(x) if u.kind == T.FLOAT32 else x
            if info & T.IS_COMPLEX:
                c = C.to_complex(val)
                z = complex(c.re.numerator / c.re.denominator, c.im.numerator / c.im.denominator)
                if u.kind == T.COMPLEX64:
                    z = complex(f32(z.real), f32(z.imag))
                return z
        if isinstance(u, T.Interface):
            # an untyped constant used as an interface: its default type
            from ..typecheck.universe import default_type
            dt = default_type(_untyped_of(val))
            return (R.rtype(dt), self.const_value(val, dt))
        return val

    # ------------------------------------------------------------ functions

    def func_value(self, fobj, targs=None):
        """The Python callable for a package-level function (or instance)."""
        h = self.holder(fobj, targs)
        if h[0] is None:
            self.compile_func(fobj, targs, h)
        return h[0]

    def holder(self, fobj, targs=None):
        key = (fobj, tuple(type_key(t) for t in targs) if targs else None)
        h = self.holders.get(key)
        if h is None:
            h = [None]
            self.holders[key] = h
        return h

    def callee_holder(self, fobj, targs=None):
        """A holder filled now or, for a function being compiled (recursion), later."""
        if fobj.pkg is not self.pkg and fobj.pkg is not None:
            return self.package_compiler(fobj.pkg).callee_holder(fobj, targs)
        h = self.holder(fobj, targs)
        if h[0] is None and len(h) == 1:   # not yet compiled, nor being compiled (recursion)
            self.compile_func(fobj, targs, h)
        return h

    def package_compiler(self, pkg):
        c = self.pkg_compilers.get(pkg.path)
        if c is None:
            c = pkg_compiler(pkg, self.prog)
            self.pkg_compilers[pkg.path] = c
        return c

    def compile_func(self, fobj, targs, h):
        fdecl = self.func_decls.get(fobj)
        if fdecl is None:
            fn = self.external_func(fobj)
            if getattr(fn, 'generic_factory', False):
                # a generic function written in Python gets its type arguments
                # (as RTypes) once per instantiation and returns the callable
                from ..runtime.rtypes import rtype
                fn = fn(*[rtype(t) for t in (targs or ())])
            h[0] = fn
            return
        sig = fobj.type
        smap = {}
        if targs:
            smap = dict(zip(sig.tparams, targs))
        h.append(True)   # marks "compiling" for recursion
        saved = self.ctx
        try:
            factory = self.build_function(sig, fdecl.body, fdecl.type, smap, recv=fdecl.recv,
                                          name=fobj.name, parent=None, rsubst=None)
            h[0] = factory(())
        finally:
            self.ctx = saved
            del h[1:]

    def go_func_name(self, name, sig, parent):
        """Go's runtime name of a function: main.f, main.T.M, main.(*T).M,
        main.f.func1 for a literal in f, main.f.func1.func2 for one nested in
        that, main.init.0 for the first func init, main.g[...] and
        main.(*L[...]).M for generic code."""
        if parent is not None:
            parent.lit_count += 1
            # a closure nested in a closure is outer.funcN too in a default
            # (inlining) build; only -gcflags=-l builds say outer.N
            return f'{parent.go_name}.func{parent.lit_count}'
        pkg = self.pkg_go_name()      # a package of the module: example.com/m/cache.New
        recv = sig.recv if sig is not None else None
        if recv is not None:
            t = recv.type
            ptr = isinstance(t, T.Pointer)
            base = T.unalias(t.elem if ptr else t)
            tname = getattr(getattr(base, 'obj', None), 'name', base)
            if getattr(base, 'tparams', None) or getattr(base, 'targs', None):
                tname = f'{tname}[...]'
            return f'{pkg}.(*{tname}).{name}' if ptr else f'{pkg}.{tname}.{name}'
        if name == 'init':
            self.init_count += 1
            return f'{pkg}.init.{self.init_count - 1}'
        if sig is not None and sig.tparams:
            return f'{pkg}.{name}[...]'
        return f'{pkg}.{name}'

    def external_func(self, fobj):
        impl = self.pkg.impl
        fn = getattr(impl, fobj.name, None) if impl is not None else None
        if fn is None:
            raise NotImplementedError(f'{self.pkg.path}.{fobj.name} is not implemented')
        return fn

    def build_function(self, sig, body, ftype, smap, recv=None, name='', parent=None, rsubst=None,
                       method_recv_var=None):
        """Compile a function body into a Python callable taking the Go
        arguments (receiver first for methods) positionally."""
        params = []
        if recv is not None and sig.recv is not None:
            params.append(sig.recv)
        params.extend(sig.params.vars)
        boxed = parent.boxed if parent is not None else set()
        boxed |= analyze_escapes(self.info, body, params + list(sig.results.vars))
        ctx = FuncCtx(self, parent, sig, boxed, subst=dict(smap) if smap else (parent.subst if parent else {}))
        if parent is not None and parent.subst and smap:
            merged = dict(parent.subst)
            merged.update(smap)
            ctx.subst = merged
        ctx.go_name = self.go_func_name(name, sig, parent)
        if ftype is not None and ftype.pos:
            ctx.decl_path, ctx.decl_line = self.locate(ftype.pos)
        ctx.body = body
        saved = self.ctx
        self.ctx = ctx
        try:
            param_slots = [ctx.declare(p) for p in params]
            results = sig.results.vars
            ctx.result_vars = results
            ctx.named_results = bool(results) and bool(results[0].name)
            result_slots = []
            if ctx.named_results:
                result_slots = [ctx.declare(v) for v in results]
            ctx.ret_slot = ctx.new_slot()
            ctx.has_defer = _has_defer(body)
            if ctx.has_defer:
                ctx.defer_slot = ctx.new_slot()
                ctx.ret_line_slot = ctx.new_slot()
                ctx.end_line = self.locate(body.rbrace)[1] if body.rbrace else 0
            value_fn = None
            if not ctx.has_defer and parent is None and len(results) == 1 and not ctx.named_results \
                    and not any(p in boxed and not is_aggregate(p.type) for p in params):
                value_fn = self.value_body(body.stmts, results[0].type)
            body_fn = self.block(body.stmts) if value_fn is None else None
            captures = list(ctx.captures)
            ncap = len(captures)
            nslots = ctx.nslots
            # prologue: box parameters that closures capture; zero named results
            prologue = []
            for p, s in zip(params, param_slots):
                if p in boxed and not is_aggregate(p.type):
                    prologue.append(('box', s, None))
            for v, s in zip(results, result_slots):
                z = self.rt(v.type).zero
                prologue.append(('box' if v in boxed and not is_aggregate(v.type) else 'set', s, z))
            result_reader = self.result_reader(ctx, results, result_slots)
            if ctx.has_defer and results and not ctx.named_results:
                # a recovered panic returns the zero values of unnamed results
                zs = [self.rt(v.type).zero for v in results]
                rs = ctx.ret_slot
                if len(zs) == 1:
                    prologue.append(('set', rs, zs[0]))
                else:
                    prologue.append(('set', rs, lambda: tuple(z() for z in zs)))
            if value_fn is not None and ctx.self_slot_idx is not None:
                # the value calls recover(), which needs the function itself
                # in its frame: the general trampoline after all (rare; the
                # other conditions of _valued were checked above)
                body_fn = self.block(body.stmts)
                value_fn = None
                nslots = ctx.nslots
            from .funcs import make_function
            factory = make_function(name, [ctx.slots[v] for v in captures], len(params), nslots, body_fn,
                                    prologue, result_reader, ctx, value=value_fn)
            return factory if not captures else (factory, captures)
        finally:
            self.ctx = saved

    def result_reader(self, ctx, results, result_slots):
        if not results:
            return None
        if not ctx.named_results:
            return ctx.ret_slot
        readers = []
        for v, s in zip(results, result_slots):
            readers.append((s, v in ctx.boxed and not is_aggregate(v.type)))
        return readers


class _CheckedDecls(dict):
    """Func -> FuncDecl of a standard package, whose bodies the checker left
    to check on first use (typecheck Checker.lazy_bodies): get() has it
    checked before the compiler reads the body's types."""
    __slots__ = ('check_body',)

    def __init__(self, check_body):
        super().__init__()
        self.check_body = check_body

    def get(self, fobj, default=None):
        fdecl = dict.get(self, fobj, default)
        if fdecl is not None:
            self.check_body(fobj)
        return fdecl


def _untyped_of(val):
    from .. import types as T
    if isinstance(val, bool):
        return T.Typ[T.UNTYPED_BOOL]
    if isinstance(val, int):
        return T.Typ[T.UNTYPED_INT]
    if isinstance(val, C.Fraction):
        return T.Typ[T.UNTYPED_FLOAT]
    if isinstance(val, C.Cplx):
        return T.Typ[T.UNTYPED_COMPLEX]
    return T.Typ[T.UNTYPED_STRING]


def _has_defer(body):
    found = []

    def visit(n):
        if found:
            return
        if isinstance(n, A.DeferStmt):
            found.append(n)
            return
        if isinstance(n, A.FuncLit):
            return
        for _, c in n.children():
            if isinstance(c, A.Node):
                visit(c)
            elif isinstance(c, list):
                for x in c:
                    if isinstance(x, A.Node):
                        visit(x)
    visit(body)
    return bool(found)


def pkg_compiler(pkg, prog=None):
    """The run's compiler for a standard package's Go code (functions with
    bodies), created on first use; its package variables are initialised at once."""
    compilers = current().compilers
    c = compilers.get(pkg.path)
    if c is None:
        c = Compiler(pkg.info, pkg, Program())
        compilers[pkg.path] = c
        c.compile_program(pkg.tree)
        for run in c.prog.var_inits:
            run()
        for f in c.prog.init_funcs:
            f()
        hook = getattr(pkg.impl, 'init_package', None)
        if hook is not None:
            hook(c)
    return c
