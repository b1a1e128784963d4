"""A REPL session: Go inputs checked and compiled one at a time against a
package that grows as the user types.

One Checker and one Compiler live for the whole session. Declarations
(`func`, `type`, `import`) go into the package as in a file, replacing an
older declaration of the same name. Statements are checked as the body of a
function whose outermost scope is the session's own (the file scope), so a
variable declared at the prompt (`x := 1`, `var y int`) is a package-level
variable of the session: later inputs, functions and goroutines all see the
same variable. A lone expression has its value(s) printed.
"""
from __future__ import annotations

import re

from .. import types as T
from ..errors import ErrorList, Source
from ..syntax import ast as A

# package name -> import path, for importing on first use (`fmt.Println` at the prompt)
AUTO_IMPORTS = {
    'fmt': 'fmt', 'errors': 'errors', 'os': 'os', 'strings': 'strings', 'strconv': 'strconv',
    'math': 'math', 'sort': 'sort', 'slices': 'slices', 'maps': 'maps', 'unicode': 'unicode',
    'utf8': 'unicode/utf8', 'bufio': 'bufio', 'bytes': 'bytes', 'io': 'io', 'cmp': 'cmp',
    'iter': 'iter', 'time': 'time', 'sync': 'sync', 'atomic': 'sync/atomic',
    'context': 'context', 'runtime': 'runtime', 'rand': 'math/rand', 'log': 'log',
    'bits': 'math/bits', 'list': 'container/list', 'flag': 'flag', 'path': 'path',
    'filepath': 'path/filepath', 'fs': 'io/fs', 'syscall': 'syscall',
    'csv': 'encoding/csv', 'flate': 'compress/flate', 'gzip': 'compress/gzip', 'zlib': 'compress/zlib',
    'big': 'math/big', 'tabwriter': 'text/tabwriter', 'image': 'image', 'color': 'image/color',
}

# calls whose results (n int, err error) nobody wants echoed
SILENT_CALLS = {('fmt', n) for n in ('Print', 'Println', 'Printf', 'Fprint', 'Fprintln', 'Fprintf')}

_STRINGS = re.compile(r'`[^`]*`|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/', re.S)
_QUALIFIED = re.compile(r'(?<![\w.])([A-Za-z_]\w*)\s*\.\s*[A-Za-z_]')

# `func name(`, `func (recv) name(`, `type`, `import`; not `func() {...}()`
DECL_START = re.compile(r'\s*(func\s+[A-Za-z_]|func\s*\([^()]*\)\s*[A-Za-z_]|type\b|import\b)')


class InputError(Exception):
    """Compile errors of one input, already formatted."""


class Session:
    def __init__(self, runtime, write_out, write_err):
        from ..typecheck.checker import Checker
        from ..stdlib import import_package
        self.runtime = runtime
        self.write_out = write_out
        self.write_err = write_err
        self.pkg = T.Package('main', 'main')
        self.chk = Checker(Source('<repl>', ''), self.pkg, import_package, repl=True)
        self.chk.repl_scope = self.chk.file_scope
        self.info = self.chk.info
        self.info.package = self.pkg
        self.comp = None
        self.counter = 0
        self.show_time = False

    # ------------------------------------------------------------ inputs

    def compiler(self):
        if self.comp is None:
            from ..compile.compiler import Compiler
            self.comp = Compiler(self.info, self.pkg)
            self.comp.run.method_resolver = self.comp.ensure_methods
        for fobj, fdecl in self.info.funcs:
            self.comp.func_decls[fobj] = fdecl
        return self.comp

    def is_decl(self, text):
        return DECL_START.match(text) is not None

    def eval(self, text):
        """Check, compile and run one input. Errors are printed; returns the job outcome."""
        if not text.strip():
            return 'ok'
        try:
            fn = self.prepare(text)
        except InputError as e:
            self.write_err(str(e))
            return 'error'
        if fn is None:
            return 'ok'
        job = self.runtime.run(fn)
        return job.outcome

    def prepare(self, text):
        """A callable running the input (in a goroutine), or None."""
        self.auto_import(text)
        if self.is_decl(text):
            return self.prepare_decls(text)
        return self.prepare_stmts(text)

    # ------------------------------------------------------------ parsing

    def parse(self, prefix, text, suffix=''):
        from ..syntax.parser import parse_source
        self.counter += 1
        src = Source(f'<input{self.counter}>', prefix + text + suffix)
        offset = prefix.count('\n')
        try:
            tree = parse_source(src)
        except ErrorList as el:
            raise InputError(self.format_errors(el, offset))
        if tree.errors:     # errors the parse went on after (a bad escape, a misplaced ...)
            raise InputError(self.format_errors(tree.errors, offset))
        return src, tree, offset

    @staticmethod
    def format_errors(el, offset):
        lines = []
        for e in el.sorted():
            if e.pos is None:
                lines.append(e.msg)
                continue
            line, col = e.pos
            msg = e.msg
            lines.append(f'{max(1, line - offset)}:{col}: {msg}')
        if el.too_many is not None:
            lines.append('too many errors')
        out = []
        for ln in lines:
            if not out or out[-1] != ln:
                out.append(ln)
        return ''.join(ln + '\n' for ln in out)

    def begin_check(self, src):
        chk = self.chk
        chk.src = src
        chk.errors = ErrorList(src)
        chk.first_err = None
        chk._last_line = None
        chk._last_msg = None
        chk.delayed = []
        chk.obj_list = []
        return chk

    def end_check(self, chk, offset, run):
        from ..typecheck.checker import TooManyErrors
        try:
            run()
            chk.process_delayed(0)
            chk.record_untyped()
        except TooManyErrors:
            pass
        if chk.errors:
            raise InputError(self.format_errors(chk.errors, offset))

    # ------------------------------------------------------------ imports

    def auto_import(self, text):
        code = _STRINGS.sub(' ', text)
        missing = []
        for m in _QUALIFIED.finditer(code):
            name = m.group(1)
            path = AUTO_IMPORTS.get(name)
            if path is None or self.chk.file_scope.lookup_parent(name)[1] is not None:
                continue
            if path not in missing:
                missing.append(path)
        for path in missing:
            self.import_path(path)

    def import_path(self, path, name=None):
        from ..typecheck.decl import ImportFailure
        spec_text = f'import {name + " " if name else ""}"{path}"\n'
        src, tree, offset = self.parse('package main\n', spec_text)
        chk = self.begin_check(src)
        try:
            for d in tree.decls:
                for spec in d.specs:
                    chk.collect_import(spec)
        except ImportFailure as e:
            raise InputError(f'1:{e.pos[1] if e.pos else 1}: {e.msg}\n')
        if chk.errors:
            raise InputError(self.format_errors(chk.errors, offset))
        for pn in chk.imports:
            pn.used = True

    def imported(self, path):
        for pn in self.chk.imports:
            if pn.imported.path == path:
                return pn
        return None

    # ------------------------------------------------------------ declarations

    def prepare_decls(self, text):
        from ..typecheck.decl import ImportFailure
        src, tree, offset = self.parse('package main\n', text)
        chk = self.begin_check(src)
        # imports already in the session are not imported twice
        for d in tree.decls:
            if isinstance(d, A.GenDecl) and d.tok == 'import':
                d.specs = [s for s in d.specs
                           if not (self.imported(s.path.val.decode()) and s.name is None)]
        # a new declaration replaces an old one of the same name
        for d in tree.decls:
            for name in _declared_names(d):
                self.chk.pkg_scope.elems.pop(name, None)
                self.chk.file_scope.elems.pop(name, None)
        replaced_methods = []

        def run():
            chk.collect_objects(tree)
            # methods declared for a type of an earlier input
            for base in list(chk.method_decls):
                tn = chk.pkg_scope.lookup(base)
                if isinstance(tn, T.TypeName) and isinstance(tn.type, T.Named):
                    names = {m.name for m in chk.method_decls[base]}
                    old = [m for m in tn.type.methods if m.name in names]
                    for m in old:
                        tn.type.methods.remove(m)
                    replaced_methods.append(tn.type)
                    chk.collect_methods(tn)
            chk.package_objects()
            chk.compute_init_order()
        try:
            self.end_check(chk, offset, run)
        except ImportFailure as e:
            raise InputError(f'{e.pos[0] - offset}:{e.pos[1]}: {e.msg}\n')
        for pn in chk.imports:
            pn.used = True
        for named in replaced_methods:
            _forget_method_set(named)
        comp = self.compiler()
        inits = [comp.compile_var_init(lhs, init) for lhs, init in self.info.init_order]
        self.info.init_order = []
        if not inits:
            return None

        def run_inits():
            for f in inits:
                f()
        return run_inits

    # ------------------------------------------------------------ statements

    def prepare_stmts(self, text):
        from ..typecheck.checker import DeclInfo
        src, tree, offset = self.parse('package main\nfunc _() {\n', text, '\n}\n')
        body = tree.decls[0].body
        stmts = body.stmts
        chk = self.begin_check(src)
        printed = None
        if len(stmts) == 1 and isinstance(stmts[0], A.ExprStmt):
            printed = stmts[0]
        chk.repl_print = printed
        sig = T.Signature(T.Tuple(), T.Tuple())
        sig.scope = chk.file_scope

        def run():
            chk.func_body(DeclInfo(), '_', sig, body, None)
        try:
            self.end_check(chk, offset, run)
        finally:
            chk.repl_print = None
        comp = self.compiler()
        show = None
        if printed is not None:
            show = self.value_printer(printed.x)
            if show is not None:
                body.stmts = []
        fn = comp.build_function(sig, body, tree.decls[0].type, {}, name='repl')(())
        if show is None:
            return fn

        def run_and_show():
            show()
        return run_and_show

    def value_printer(self, x):
        """A callable evaluating x and printing its value(s), or None when x
        has no value to print (a call of a function without results)."""
        from ..typecheck.universe import default_type
        from ..compile.context import FuncCtx
        from ..runtime import rtypes as R
        from ..runtime.gofmt import sprintf
        from ..typecheck.operand import NOVALUE
        tv = self.info.types.get(x)
        if tv is None or tv.type is None or tv.mode == NOVALUE:
            return None
        if _silent_call(x, self.info):
            return None
        typ = tv.type
        if typ is T.Typ[T.UNTYPED_NIL]:
            return lambda: self.write_out('<nil>\n')
        if isinstance(typ, T.Tuple):
            types = [v.type for v in typ.vars]
        else:
            types = [default_type(typ)]
        if not types or any(t is None for t in types):
            return None
        comp = self.compiler()
        comp.ctx = FuncCtx(comp, None, None, set())
        try:
            if len(types) == 1:
                one = comp.expr_to(x, types[0])
                get = lambda fr: (one(fr),)
            else:
                get = comp.multi_value(x, len(types))
            nslots = comp.ctx.nslots
        finally:
            comp.ctx = None
        rts = [R.rtype(t) for t in types]
        for rt in rts:
            comp.ensure_methods(rt)
        write = self.write_out

        def show():
            vals = get([None] * max(nslots, 1))
            parts = []
            for rt, v in zip(rts, vals):
                verb = b'%q' if rt.kind == R.STRING and not rt.named else b'%v'
                arg = v if T.is_interface(rt.t) else (rt, v)
                s, _ = sprintf(verb, [arg])
                parts.append(s.decode('utf-8', 'replace'))
            write(' '.join(parts) + '\n')
        return show

    # ------------------------------------------------------------ introspection

    def names(self):
        """(name, description) of everything the user declared, for :env."""
        out = []
        for scope in (self.chk.file_scope, self.chk.pkg_scope):
            for name, obj in sorted(scope.elems.items()):
                if name.startswith('_'):
                    continue
                out.append((name, describe(obj)))
        return out

    def type_of(self, text):
        """The type of expression text, as Go writes it."""
        self.auto_import(text)
        src, tree, offset = self.parse('package main\nvar _ = ', text, '\n')
        expr = tree.decls[0].specs[0].values[0]
        chk = self.begin_check(src)

        def run():
            from ..typecheck.operand import Operand
            x = Operand()
            chk.scope = chk.file_scope
            chk.raw_expr(None, x, expr, None, False)
            run.x = x
        self.end_check(chk, offset, run)
        x = run.x
        if x.type is None:
            return 'no value'
        return self.chk.sprintf_type(x.type)


def describe(obj):
    kind = {T.Var: 'var', T.Const: 'const', T.TypeName: 'type', T.Func: 'func'}.get(type(obj))
    if isinstance(obj, T.PkgName):
        return f'package {obj.imported.path}'
    t = obj.type
    if isinstance(obj, T.TypeName):
        return f'type {obj.name} {t.underlying() if t is not None else ""}'
    if isinstance(obj, T.Func) and t is not None:
        return f'func {obj.name}{str(t)[4:] if str(t).startswith("func") else t}'
    return f'{kind} {obj.name} {t}'


def _declared_names(d):
    if isinstance(d, A.FuncDecl):
        return [d.name.name] if d.recv is None else []
    if isinstance(d, A.GenDecl):
        if d.tok == 'type':
            return [s.name.name for s in d.specs]
        if d.tok in ('var', 'const'):
            return [n.name for s in d.specs for n in s.names]
    return []


def _silent_call(x, info):
    while isinstance(x, A.ParenExpr):
        x = x.x
    if not isinstance(x, A.CallExpr) or not isinstance(x.fun, A.SelectorExpr):
        return False
    pkg = x.fun.x
    if not isinstance(pkg, A.Ident):
        return False
    pn = info.uses.get(pkg)
    if not isinstance(pn, T.PkgName):
        return False
    return (pn.imported.path, x.fun.sel.name) in SILENT_CALLS


def _forget_method_set(named):
    """A type gained or replaced methods: rebuild its runtime method set."""
    from ..runtime import rtypes as R
    for t in (named, T.Pointer(named)):
        rt = R.rtype(t)
        rt.methods = {}
        rt.method_set_ready = False
