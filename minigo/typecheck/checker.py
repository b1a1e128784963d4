"""The type checker's core: error reporting, scopes, what gets recorded for the
compiler, and the order of work (after types2's check.go).

Work order matters because gc stops at the tenth error: package-level objects
are collected, then checked in source order (types first), function bodies are
checked afterwards in order (a func literal's body after its enclosing body),
unused variables are reported at the end of each function body, unused
imports last. Errors are kept in that discovery order; ErrorList sorts them.

The checker is split into mixins by concern, one module each, as types2 is
split into files: decl, typexpr, expr, call, builtins, index, literals,
assign, stmt, lookup, generics.
"""
from __future__ import annotations

from .. import types as T
from ..errors import ErrorList
from ..syntax import ast as A
from .assign import AssignMixin
from .builtins import BuiltinMixin
from .call import CallMixin
from .decl import DeclMixin
from .expr import ExprMixin
from .generics import GenericMixin
from .index import IndexMixin
from .literals import LiteralMixin
from .lookup import LookupMixin
from .operand import CONSTANT, INVALID, Operand
from .stmt import StmtMixin
from .typexpr import TypeExprMixin
from .universe import UNIVERSE


class TooManyErrors(Exception):
    pass


class TV:
    """What the checker learned about one expression."""
    __slots__ = ('mode', 'type', 'val')

    def __init__(self, mode, typ, val):
        self.mode = mode
        self.type = typ
        self.val = val

    def __repr__(self):
        return f'TV({self.mode}, {self.type}, {self.val!r})'


FIELD_VAL, METHOD_VAL, METHOD_EXPR = range(3)


class Selection:
    __slots__ = ('kind', 'recv', 'obj', 'index', 'indirect')

    def __init__(self, kind, recv, obj, index, indirect):
        self.kind = kind
        self.recv = recv
        self.obj = obj
        self.index = index
        self.indirect = indirect


class Info:
    """The checker's results, keyed by AST node (nodes hash by identity)."""

    def __init__(self):
        self.types = {}        # Expr -> TV
        self.defs = {}         # Ident -> Object (None for `_` and package names)
        self.uses = {}         # Ident -> Object
        self.selections = {}   # SelectorExpr -> Selection
        self.implicits = {}    # CaseClause -> Var (type switch), ImportSpec -> PkgName
        self.instances = {}    # Ident/SelectorExpr -> (targs, instantiated type)
        self.init_order = []   # (list of Var, init expr or None) for package-level vars
        self.funcs = []        # (Func, FuncDecl) with bodies, in source order
        self.methods = {}      # Named -> list of Func declared on it
        self.comma_ok = set()  # exprs used in a comma-ok assignment
        self.labels = {}
        # check_body(func): check a function's body not yet checked (a
        # standard package's, checked on first use: Checker.lazy_bodies)
        self.check_body = None


class DeclInfo:
    __slots__ = ('lhs', 'vtype', 'init', 'inherited', 'tdecl', 'fdecl', 'deps', 'spec', 'iota',
                 'file_scope')

    def __init__(self, **kw):
        self.lhs = None
        self.vtype = None
        self.init = None
        self.inherited = False
        self.tdecl = None
        self.fdecl = None
        self.deps = []
        self.spec = None
        self.iota = None
        self.file_scope = None
        for k, v in kw.items():
            setattr(self, k, v)


class Checker(DeclMixin, TypeExprMixin, ExprMixin, CallMixin, BuiltinMixin, IndexMixin,
              LiteralMixin, AssignMixin, StmtMixin, LookupMixin, GenericMixin):

    def __init__(self, src, pkg: T.Package, importer, repl=False):
        self.src = src
        self.pkg = pkg
        self.importer = importer
        self.repl = repl
        self.repl_scope = None     # the scope of statements typed at the REPL prompt
        self.repl_print = None     # the expression statement whose value the REPL prints
        self.repl_last = None      # the REPL's `_`: a Var holding the last value printed
        self.errors = ErrorList(src)
        self.info = Info()
        if pkg.scope is None:
            pkg.scope = T.Scope(UNIVERSE, kind='package')
        self.pkg_scope = pkg.scope
        self.file_scope = T.Scope(self.pkg_scope, kind='file')
        self.scope = self.file_scope
        self.delayed = []
        self.untyped = {}          # Expr -> [mode, type, val, is_lhs]
        self.obj_map = {}          # package-level Object -> DeclInfo
        self.obj_list = []
        self.obj_path = []         # package-level objects being declared, outermost first
        self.used_pkgs = set()
        self.imports = []          # PkgName objects of this file
        self.method_decls = {}     # base type name -> list of (Func, FuncDecl)
        self.first_err = None
        self._last_line = None
        self._last_msg = None
        # environment of the function body being checked
        self.decl = None
        self.iota = None
        self.errpos = None
        self.sig = None
        self.has_label = False
        self.func_lit_depth = 0
        self.inst_cache = {}
        self.is_panic = set()
        # Func -> DeclInfo of bodies left to check_body, when not None: the
        # standard packages' (stdlib.build_package). A program reaches a few
        # of their functions; checking every body at every start was most
        # of the time fmt and its imports took to check.
        self.lazy_bodies = None

    # ------------------------------------------------------------ errors

    @staticmethod
    def pos_of(at):
        if isinstance(at, tuple):
            return at
        if isinstance(at, Operand):
            return at.expr.pos if at.expr is not None else None
        if isinstance(at, T.Object):
            return at.pos
        return getattr(at, 'pos', None)

    def errorf(self, at, msg, soft=False):
        pos = self.pos_of(at)
        if self.errpos is not None and self.iota is not None:
            # An error in an implicitly repeated constant expression is
            # reported at the constant's name (types2 handleError).
            pos = self.errpos
        if self.first_err is not None and (msg.find('invalid operand') > 0 or msg.find('invalid type') > 0):
            return
        line = pos[0] if pos else None
        if line == self._last_line and msg == self._last_msg:
            return
        self._last_line, self._last_msg = line, msg
        if self.first_err is None:
            self.first_err = msg
        self.errors.add(pos, msg, soft)
        if len(self.errors) >= ErrorList.MAX:
            self.errors.too_many = pos
            raise TooManyErrors()

    def soft_errorf(self, at, msg):
        self.errorf(at, msg, soft=True)

    def qualifier(self, pkg):
        if pkg is None or pkg is self.pkg:
            return ''
        return pkg.name + '.'

    def sprintf_type(self, t):
        return T.type_string(t, self.qualifier)

    # ------------------------------------------------------------ recording

    def record(self, x: Operand):
        if x.expr is None:
            return
        typ = x.type
        val = x.val if x.mode == CONSTANT else None
        if x.mode != INVALID and isinstance(typ, T.Basic) and typ.info & T.IS_UNTYPED:
            self.untyped[x.expr] = [x.mode, typ, val, False]
        else:
            self.record_tv(x.expr, x.mode, typ, val)

    def record_tv(self, e, mode, typ, val):
        if mode == 0:
            return
        self.info.types[e] = TV(mode, typ, val)

    def record_def(self, ident, obj):
        self.info.defs[ident] = obj

    def record_use(self, ident, obj):
        self.info.uses[ident] = obj

    def record_selection(self, e, kind, recv, obj, index, indirect):
        self.info.selections[e] = Selection(kind, recv, obj, index, indirect)

    def record_untyped(self):
        for e, (mode, typ, val, _) in self.untyped.items():
            self.record_tv(e, mode, typ, val)
        self.untyped = {}

    # ------------------------------------------------------------ scopes

    def open_scope(self, kind=''):
        self.scope = T.Scope(self.scope, kind=kind)
        return self.scope

    def close_scope(self):
        self.scope = self.scope.parent

    def lookup(self, name):
        _, obj = self.scope.lookup_parent(name)
        return obj

    def declare(self, scope, ident, obj):
        if scope is self.repl_scope and obj.name != '_':
            # the REPL prompt's statements: names are replaced, variables live on
            scope.elems.pop(obj.name, None)
            if isinstance(obj, T.Var):
                obj.kind = T.PKGVAR
        if obj.name != '_':
            alt = scope.insert(obj)
            if alt is not None:
                self.report_redeclared(obj, alt)
                return
        if ident is not None:
            self.record_def(ident, obj)

    def report_redeclared(self, obj, alt):
        msg = f'{obj.name} redeclared in this block'
        if alt.pos is not None:
            msg += f'\n\t{self.src.where(alt.pos)}: other declaration of {obj.name}'
        self.errorf(obj.pos, msg)

    # ------------------------------------------------------------ delayed actions

    def later(self, fn):
        self.delayed.append(fn)

    def process_delayed(self, top):
        i = top
        while i < len(self.delayed):
            fn = self.delayed[i]
            i += 1
            fn()
        del self.delayed[top:]

    # ------------------------------------------------------------ bodies checked on first use

    def check_body(self, fobj):
        """Check the body of fobj if it is one left for later (lazy_bodies),
        as process_delayed would have, and record what it found."""
        d = self.lazy_bodies.get(fobj) if self.lazy_bodies else None
        if d is None:
            return
        top = len(self.delayed)
        try:
            self.func_body(d, fobj.name, fobj.type, d.fdecl.body, None)
            self.process_delayed(top)
        except TooManyErrors:
            pass
        self.record_untyped()
        # only now: a caller that finds it gone may compile the body (stdlib
        # _check_body looks without the lock)
        del self.lazy_bodies[fobj]
        if self.errors:
            raise self.errors

    def bodies_for_init(self):
        """Check now the bodies that package variables' initialisers reach:
        the initialisation order follows the dependencies found in them.
        (Those of the other functions do not change it: compute_init_order
        and init_cycles only follow dependencies from variables.)"""
        work = [dep for obj, d in self.obj_map.items() if isinstance(obj, T.Var) for dep in d.deps]
        while work:
            obj = work.pop()
            if isinstance(obj, T.Func) and obj in self.lazy_bodies:
                d = self.lazy_bodies[obj]
                self.check_body(obj)
                work.extend(d.deps)

    # ------------------------------------------------------------ entry point

    def check_file(self, f: A.File):
        return self.check_files([f])

    def check_files(self, files):
        """Check a package's files, given in the order the compiler is given
        them (which orders package variables and init functions): each file
        has a scope of its own for its imports, under the package scope."""
        try:
            for i, f in enumerate(files):
                if i:
                    self.file_scope = T.Scope(self.pkg_scope, kind='file')
                    self.scope = self.file_scope
                self.collect_objects(f, last=i == len(files) - 1)
            self.package_objects()
            self.process_delayed(0)
            if self.lazy_bodies is not None:
                self.bodies_for_init()
            self.compute_init_order()
            if self.lazy_bodies is None:    # bodies not checked yet may use the imports
                self.unused_imports()
            self.record_untyped()
        except TooManyErrors:
            pass
        if self.errors:
            raise self.errors
        return self.info
