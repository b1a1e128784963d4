"""A REPL session: Go inputs checked and compiled one at a time against a
package that grows as the user types.

One Checker and one Compiler live for the whole session. Declarations
(`func`, `type`, `import`) go into the package as in a file, replacing an
older declaration of the same name. Statements are checked as the body of a
function whose outermost scope is the session's own (the file scope), so a
variable declared at the prompt (`x := 1`, `var y int`) is a package-level
variable of the session: later inputs, functions and goroutines all see the
same variable. An input ending in an expression has its value(s) printed
(show.py).

An input that fails (a compile error, or a panic, deadlock, os.Exit or
Ctrl-C while it runs) leaves no name behind: the session's scopes, imports
and method sets are put back as they were before it.
"""
from __future__ import annotations

import os
import re

from .. import types as T
from ..errors import ErrorList, FileSet, Source, go_display_path
from ..syntax import ast as A
from .docs import doc_comments
from .report import InputError

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

_STRINGS = re.compile(r'`[^`]*`|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/', re.S)
_QUALIFIED = re.compile(r'(?<![\w.])([A-Za-z_]\w*)\s*\.\s*[A-Za-z_]')

# `func name(`, `func (recv) name(`, `type`, `import`; not `func() {...}()`;
# after comments (a doc comment)
DECL_START = re.compile(r'(?:\s|//[^\n]*|/\*.*?\*/)*'
                        r'(func\s+[A-Za-z_]|func\s*\([^()]*\)\s*[A-Za-z_]|type\b|import\b)', re.S)

DEFER_NOTE = 'note: a defer at the prompt runs when its input ends\n'


class Session:
    def __init__(self, runtime, write_out, write_err, paint=None):
        """paint(role, text): colours for the REPL's own words (style.py)."""
        from ..typecheck.checker import Checker
        from ..stdlib import import_package
        self.runtime = runtime
        self.write_out = write_out
        self.write_err = write_err
        self.paint = paint or (lambda role, text: text)
        self.pkg = T.Package('main', 'main')
        self.chk = Checker(Source('<repl>', ''), self.pkg, import_package, repl=True)
        self.chk.repl_scope = self.chk.file_scope
        self.info = self.chk.info
        self.info.package = self.pkg
        self.comp = None
        self.fset = None        # the files of packages loaded by :load DIR (errors.FileSet)
        self.counter = 0
        self.inputs = 0         # inputs run so far: the number traces and :goroutines give them
        self.show_time = False
        self.docs = {}          # name (Type.Method for methods) -> the user's doc comment
        self.told_defer = False

    # ------------------------------------------------------------ inputs

    def compiler(self):
        if self.comp is None:
            from .show import ReplCompiler
            self.comp = ReplCompiler(self.info, self.pkg, self.write_out, self.paint)
            self.comp.run.method_resolver = self.comp.ensure_methods
        self.comp.fileset = self.fset     # a loaded package's code names its own files
        for fobj, fdecl in self.info.funcs:
            self.comp.func_decls[fobj] = fdecl
        return self.comp

    def is_decl(self, text):
        return DECL_START.match(text) is not None

    def eval(self, text, report=None):
        """Check, compile and run one input; a failed one is rolled back.
        Compile errors go to report (default: plain lines on stderr).
        Returns the outcome: ok, error, or how the run ended."""
        if not text.strip():
            return 'ok'
        return self.attempt(lambda: self.prepare(text), _first_line(text), report)

    def attempt(self, prepare, label='', report=None):
        self.inputs += 1
        snap = _Snapshot(self)
        try:
            fn = prepare()
        except InputError as e:
            snap.restore()
            (report or (lambda e: self.write_err(str(e))))(e)
            return 'error'
        except KeyboardInterrupt:       # Ctrl-C while the input compiles
            snap.restore()
            raise
        if fn is None:
            return 'ok'
        outcome = self.runtime.run(fn, label, self.inputs).outcome
        if outcome != 'ok':
            snap.restore()
        return outcome

    def prepare(self, text):
        """A callable running the input (in a goroutine), or None."""
        self.auto_import(text)
        if self.is_decl(text):
            return self.prepare_decls(text)
        return self.prepare_stmts(text)

    # ------------------------------------------------------------ parsing

    def parse(self, prefix, text, suffix='', path=None):
        """Parse prefix+text+suffix; path: the file's name (:load), whose
        text is a whole file, errors named after it."""
        from ..syntax.parser import parse_source
        self.counter += 1
        if path is not None:
            src = Source(path, text)
            where = go_display_path(path) + ':'
        else:
            src = Source(f'<input{self.counter}>', prefix + text + suffix)
            where = ''
        offset = prefix.count('\n') if path is None else 0
        try:
            tree = parse_source(src)
        except ErrorList as el:
            raise InputError.from_errors(el, src, offset, where)
        if tree.errors:     # errors the parse went on after (a bad escape, a misplaced ...)
            raise InputError.from_errors(tree.errors, src, offset, where)
        naming = self.input_naming(offset) if path is None else (os.path.abspath(path), 0)
        self.compiler().name_input(tree, *naming)
        return src, tree, offset, where

    def input_naming(self, offset):
        """(file, line offset) naming the code of the input being parsed in
        traces: `<input N>`, its lines those of the input (offset: the
        session's wrapper lines before it)."""
        return f'<input {self.inputs}>', offset

    def parse_files(self, files):
        """Parse a package's files ((path, text) in name order) into the
        session's FileSet, as one File: their declarations, each import once
        (the session has one file scope)."""
        from ..project.build import merged
        from ..syntax.ast import shift_lines
        from ..syntax.parser import parse_source
        if self.fset is None:
            self.fset = FileSet()
        trees = []
        for path, text in files:
            src = Source(path, text)
            where = src.display + ':'
            try:
                tree = parse_source(src)
            except ErrorList as el:
                raise InputError.from_errors(el, src, 0, where)
            if tree.errors:
                raise InputError.from_errors(tree.errors, src, 0, where)
            trees.append(shift_lines(tree, self.fset.add(src)))
        seen = set()
        for t in trees:
            for d in t.decls:
                if isinstance(d, A.GenDecl) and d.tok == 'import':
                    keep = []
                    for spec in d.specs:
                        key = (spec.name.name if spec.name is not None else None, spec.path.val)
                        if key not in seen:
                            seen.add(key)
                            keep.append(spec)
                    d.specs = keep
        return self.fset, merged(trees), 0, ''

    def begin_check(self, src):
        chk = self.chk
        chk.src = src
        chk.errors = ErrorList(src)
        chk.first_err = None
        chk._last_line = None
        chk._last_msg = None
        chk.delayed = []
        chk.obj_list = []
        # the scopes of earlier inputs' blocks are done with (and their
        # unused variables were reported then)
        chk.file_scope.children = []
        return chk

    def end_check(self, chk, offset, run, where=''):
        from ..typecheck.checker import TooManyErrors
        from ..typecheck.decl import ImportFailure
        try:
            run()
            chk.process_delayed(0)
            chk.record_untyped()
        except TooManyErrors:
            pass
        except ImportFailure as e:
            if e.pos and isinstance(chk.src, FileSet):      # :load DIR: the file it is in
                display, line, col = chk.src.diagnostic_pos(e.pos)
                raise InputError.message(e.msg, line, col, display + ':')
            line, col = chk.src.go_pos(e.pos) if e.pos else (offset + 1, 1)
            raise InputError.message(e.msg, line - offset, col, where)
        if chk.errors:
            raise InputError.from_errors(chk.errors, chk.src, offset, where)

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
        spec_text = f'import {name + " " if name else ""}"{path}"\n'
        src, tree, offset, _ = self.parse('package main\n', spec_text)
        chk = self.begin_check(src)

        def run():
            for d in tree.decls:
                for spec in d.specs:
                    chk.collect_import(spec)
        self.end_check(chk, offset, run)
        for pn in chk.imports:
            pn.used = True

    def imported(self, path):
        for pn in self.chk.imports:
            if pn.imported.path == path:
                return pn
        return None

    # ------------------------------------------------------------ declarations

    def prepare_decls(self, text, path=None, files=None):
        """Declarations typed at the prompt, a whole file (path: :load FILE),
        or a package's files (files: (path, text) pairs, :load DIR)."""
        if files is not None:
            src, tree, offset, where = self.parse_files(files)
        elif path is None:
            src, tree, offset, where = self.parse('package main\n', text)
        else:
            src, tree, offset, where = self.parse('', text, path=path)
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
        self.end_check(chk, offset, run, where)
        for pn in chk.imports:
            pn.used = True
        for named in replaced_methods:
            _forget_method_set(named)
        self.docs.update(doc_comments(src, tree))
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
        from .show import show_stmt
        src, tree, offset, where = self.parse('package main\nfunc _() {\n', text, '\n}\n')
        body = tree.decls[0].body
        stmts = body.stmts
        while stmts and isinstance(stmts[-1], A.EmptyStmt):
            stmts.pop()
        chk = self.begin_check(src)
        # the input's last statement, when an expression, is printed (Go
        # would say it is not used)
        printed = stmts[-1] if stmts and isinstance(stmts[-1], A.ExprStmt) else None
        chk.repl_print = printed
        sig = T.Signature(T.Tuple(), T.Tuple())
        sig.scope = chk.file_scope

        def run():
            chk.func_body(DeclInfo(), '_', sig, body, None)
        try:
            self.end_check(chk, offset, run)
        finally:
            chk.repl_print = None
        if printed is not None:
            show = show_stmt(printed, self.info, self.chk.sprintf_type, self.pkg)
            if show is not None:
                stmts[-1] = show
                if show.last is not None:
                    self.chk.repl_last = show.last
        if not self.told_defer and any(isinstance(s, A.DeferStmt) for s in stmts):
            self.told_defer = True
            self.write_err(self.paint('note', DEFER_NOTE))
        comp = self.compiler()
        return comp.build_function(sig, body, tree.decls[0].type, {}, name='repl')(())

    # ------------------------------------------------------------ files

    def load(self, path, report=None):
        """:load FILE: the file's declarations (its main is not run). :load
        DIR: a package directory's files (not its tests), in name order, as
        one input; errors name the file they are in."""
        import os
        if os.path.isdir(path):
            names = sorted(n for n in os.listdir(path) if n.endswith('.go') and not n.endswith('_test.go'))
            if not names:
                self.write_err(f'no Go files in {os.path.abspath(path)}\n')
                return 'error'
            files = []
            for n in names:
                p = os.path.join(path, n)
                try:
                    with open(p, encoding='utf-8', errors='surrogateescape') as f:
                        files.append((p, f.read()))
                except OSError as e:
                    self.write_err(f'open {p}: {e.strerror.lower() if e.strerror else e}\n')
                    return 'error'
            return self.attempt(lambda: self.prepare_decls(None, files=files), f':load {path}', report)
        try:
            with open(path, encoding='utf-8', errors='surrogateescape') as f:
                text = f.read()
        except OSError as e:
            self.write_err(f'open {path}: {e.strerror.lower() if e.strerror else e}\n')
            return 'error'
        return self.attempt(lambda: self.prepare_decls(text, path=path), f':load {path}', report)

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
        snap = _Snapshot(self)
        try:
            self.auto_import(text)
            src, tree, offset, _ = self.parse('package main\nvar _ = ', text, '\n')
            expr = tree.decls[0].specs[0].values[0]
            chk = self.begin_check(src)

            def run():
                from ..typecheck.operand import Operand
                x = Operand()
                chk.scope = chk.file_scope
                chk.raw_expr(None, x, expr, None, False)
                run.x = x
            self.end_check(chk, offset, run)
        except InputError:
            snap.restore()
            raise
        x = run.x
        if x.type is None:
            return 'no value'
        return self.chk.sprintf_type(x.type)


class _Snapshot:
    """What an input may change in the session, to put back if it fails."""

    def __init__(self, session):
        chk = session.chk
        self.session = session
        self.pkg = dict(chk.pkg_scope.elems)
        self.file = dict(chk.file_scope.elems)
        self.imports = list(chk.imports)
        self.nfuncs = len(chk.info.funcs)
        self.last = chk.repl_last
        self.docs = dict(session.docs)
        self.methods = {tn.type: list(tn.type.methods) for tn in self.pkg.values()
                        if isinstance(tn, T.TypeName) and isinstance(tn.type, T.Named)}

    def restore(self):
        chk = self.session.chk
        for scope, elems in ((chk.pkg_scope, self.pkg), (chk.file_scope, self.file)):
            scope.elems.clear()
            scope.elems.update(elems)
        chk.imports[:] = self.imports
        del chk.info.funcs[self.nfuncs:]
        chk.info.init_order = []
        chk.method_decls = {}
        chk.repl_last = self.last
        self.session.docs = self.docs
        for named, methods in self.methods.items():
            if named.methods != methods:
                named.methods[:] = methods
                _forget_method_set(named)


def _first_line(text):
    line = text.strip().split('\n', 1)[0]
    return line if len(line) <= 40 else line[:37] + '...'


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


def _forget_method_set(named):
    """A type gained or replaced methods: rebuild its runtime method set."""
    from ..runtime import rtypes as R
    for t in (named, T.Pointer(named)):
        rt = R.rtype(t)
        rt.methods = {}
        rt.method_set_ready = False
