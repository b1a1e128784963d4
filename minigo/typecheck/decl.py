"""Declarations: collecting package-level objects, checking them in order
(with on-demand checking when one refers to another), local declarations,
methods, the package's variable initialization order and unused imports."""
from __future__ import annotations


from .. import types as T
from ..syntax import ast as A
from .operand import Operand

WHITE, GREY, BLACK = 0, 1, 2


# first elements of the real standard library's import paths (go1.27)
STD_ROOTS = frozenset('''archive bufio bytes cmp compress container context crypto database debug
embed encoding errors expvar flag fmt go hash html image index io iter log maps math mime net os path
plugin reflect regexp runtime slices sort strconv strings structs sync syscall testing text time
unicode unique unsafe weak'''.split())


class ImportFailure(Exception):
    def __init__(self, pos, path, msg):
        super().__init__(msg)
        self.pos = pos
        self.path = path
        self.msg = msg


class DeclMixin:

    # ------------------------------------------------------------ collection

    def collect_objects(self, f: A.File, last=True):
        """Declare f's package-level objects; last: f is the package's last
        file, so imports can be checked against the whole package scope."""
        from .checker import DeclInfo
        pkg_scope = self.pkg_scope
        for decl in f.decls:
            if isinstance(decl, A.GenDecl):
                if decl.tok == 'import':
                    for spec in decl.specs:
                        self.collect_import(spec)
                elif decl.tok == 'const':
                    for spec in decl.specs:
                        self.arity(spec, spec.names, spec.values, True, spec.implicit)
                        for i, name in enumerate(spec.names):
                            obj = T.Const(name.name, None, name.pos, self.pkg, val=spec.iota)
                            init = spec.values[i] if i < len(spec.values) else None
                            d = DeclInfo(vtype=spec.type, init=init, inherited=spec.implicit,
                                         iota=spec.iota, spec=spec)
                            self.declare_pkg_obj(name, obj, d)
                elif decl.tok == 'var':
                    for spec in decl.specs:
                        lhs = [T.Var(n.name, None, n.pos, self.pkg, kind=T.PKGVAR) for n in spec.names]
                        d1 = None
                        if len(spec.values) == 1 and len(spec.names) > 1:
                            d1 = DeclInfo(lhs=lhs, vtype=spec.type, init=spec.values[0], spec=spec)
                        for i, name in enumerate(spec.names):
                            obj = lhs[i]
                            if d1 is not None:
                                d = d1
                            else:
                                init = spec.values[i] if i < len(spec.values) else None
                                d = DeclInfo(vtype=spec.type, init=init, spec=spec)
                            self.declare_pkg_obj(name, obj, d)
                        if spec.type is None or spec.values:
                            self.arity(spec, spec.names, spec.values, False, False)
                        self.info.init_order.append(None)  # placeholder; computed later
                elif decl.tok == 'type':
                    for spec in decl.specs:
                        obj = T.TypeName(spec.name.name, None, spec.name.pos, self.pkg)
                        self.declare_pkg_obj(spec.name, obj, DeclInfo(tdecl=spec))
            elif isinstance(decl, A.FuncDecl):
                self.collect_func(decl)
        self.info.init_order = []
        if last:
            self.check_import_shadowing()

    def check_import_shadowing(self):
        """Package-level objects (of any file) must not shadow a file's imports."""
        for pn in self.imports:
            alt = self.pkg_scope.lookup(pn.name)
            if alt is not None:
                self.errorf(alt.pos, f'{alt.name} already declared through import of package '
                            f'{pn.imported.name} ("{pn.imported.path}")\n\t'
                            f'{self.src.where(pn.pos)}: other declaration of {pn.name}')

    def arity(self, spec, names, inits, const_decl, inherited):
        l, r = len(names), len(inits)
        if l < r:
            n = inits[l]
            if inherited:
                self.errorf(spec.pos, f'extra init expr at {self.src.where(n.pos)}')
            else:
                from ..syntax.printer import expr_str
                self.errorf(n, f'extra init expr {expr_str(n)}')
        elif l > r and (const_decl or r != 1) and (r > 0 or const_decl):
            n = names[r]
            self.errorf(n, f'missing init expr for {n.name}')

    def collect_import(self, spec: A.ImportSpec):
        path = spec.path.val.decode('utf-8', 'replace')
        pkg = self.importer(path)
        if pkg is None:
            if path.split('/')[0] in STD_ROOTS:
                msg = f'package {path} is in Go\'s standard library but not supported by minigo'
            elif '.' in path.split('/')[0]:
                msg = (f'no required module provides package {path}: go.mod file not found in '
                       "current directory or any parent directory; see 'go help modules'")
            else:
                msg = f'package {path} is not in std'
            raise ImportFailure(spec.path.pos, path, msg)
        if spec.name is not None and spec.name.name == '_':
            return
        if spec.name is not None and spec.name.name == '.':
            for name, obj in pkg.scope.elems.items():
                if obj.exported():
                    self.file_scope.insert(obj)
            return
        name = spec.name.name if spec.name is not None else pkg.name
        pos = spec.name.pos if spec.name is not None else spec.path.pos
        pn = T.PkgName(name, pkg, pos)
        pn.pkg = self.pkg
        pn.decl = spec
        alt = self.file_scope.insert(pn)
        if alt is not None:
            self.errorf(pos, f'{name} redeclared in this block\n\t{self.src.where(alt.pos)}: '
                        f'other declaration of {name}')
            return
        if spec.name is not None:
            self.record_def(spec.name, pn)
        self.info.implicits[spec] = pn
        self.imports.append(pn)

    def declare_pkg_obj(self, ident, obj, d):
        if ident.name == 'init':
            self.errorf(ident, 'cannot declare init - must be func')
            return
        if ident.name == 'main' and self.pkg.name == 'main':
            self.errorf(ident, 'cannot declare main - must be func')
            return
        self.declare(self.pkg_scope, ident, obj)
        d.file_scope = self.file_scope
        self.obj_map[obj] = d
        obj.order = len(self.obj_map)
        obj.decl = d
        self.obj_list.append(obj)

    def collect_func(self, decl: A.FuncDecl):
        from .checker import DeclInfo
        name = decl.name.name
        obj = T.Func(name, None, decl.name.pos, self.pkg)
        obj.has_body = decl.body is not None
        d = DeclInfo(fdecl=decl, file_scope=self.file_scope)
        if decl.recv is None:
            if name == 'init' or (name == 'main' and self.pkg.name == 'main'):
                if decl.type.type_params:
                    self.soft_errorf(decl.type.type_params[0].pos, f'func {name} must have no type parameters')
                if decl.type.params or decl.type.results:
                    self.soft_errorf(decl.name, f'func {name} must have no arguments and no return values')
            if name == 'init':
                if decl.body is None:
                    self.soft_errorf(obj.pos, 'func init must have a body')
                self.record_def(decl.name, obj)
                self.obj_map[obj] = d
                obj.order = len(self.obj_map)
                obj.decl = d
                self.obj_list.append(obj)
                return
            self.declare(self.pkg_scope, decl.name, obj)
            self.obj_map[obj] = d
            obj.order = len(self.obj_map)
            obj.decl = d
            self.obj_list.append(obj)
        else:
            self.record_def(decl.name, obj)
            base = self.recv_base_name(decl.recv)
            self.obj_map[obj] = d
            obj.order = len(self.obj_map)
            obj.decl = d
            self.obj_list.append(obj)
            if base is not None and name != '_':
                self.method_decls.setdefault(base, []).append(obj)

    @staticmethod
    def recv_base_name(recv):
        if not recv:
            return None
        t = recv[0].type
        while True:
            if isinstance(t, A.ParenExpr):
                t = t.x
            elif isinstance(t, A.StarExpr):
                t = t.x
            elif isinstance(t, A.IndexExpr):
                t = t.x
            else:
                break
        if isinstance(t, A.Ident):
            return t.name
        return None

    # ------------------------------------------------------------ package objects

    def resolve_alias_receivers(self):
        """Methods declared on an alias (of an alias ...) of a defined type belong
        to that type: rekey method_decls by the defined type's name (syntactically,
        like types2's resolveBaseTypeName)."""
        for base in list(self.method_decls):
            name, seen, target = base, set(), None
            while name not in seen:
                seen.add(name)
                obj = self.pkg_scope.lookup(name)
                d = self.obj_map.get(obj) if isinstance(obj, T.TypeName) else None
                if d is None or d.tdecl is None:
                    break
                if not d.tdecl.assign:
                    target = name
                    break
                t = d.tdecl.type
                while isinstance(t, (A.ParenExpr, A.StarExpr)):
                    t = t.x
                if d.tdecl.type_params or not isinstance(t, A.Ident):
                    break
                name = t.name
            if target is not None and target != base:
                self.method_decls.setdefault(target, []).extend(self.method_decls.pop(base))

    def package_objects(self):
        self.resolve_alias_receivers()
        objs = list(self.obj_list)
        types_first = [o for o in objs if isinstance(o, T.TypeName) and not self.obj_map[o].tdecl.assign]
        aliases = [o for o in objs if isinstance(o, T.TypeName) and self.obj_map[o].tdecl.assign]
        others = [o for o in objs if not isinstance(o, T.TypeName)]
        for o in types_first + aliases + others:
            self.obj_decl(o)
        # methods on undeclared or non-local receiver base types still get checked
        for base, methods in list(self.method_decls.items()):
            for m in methods:
                self.obj_decl(m)

    def obj_decl(self, obj):
        if obj.color == BLACK:
            return
        d = self.obj_map.get(obj)
        if d is None:
            return
        if obj.color == GREY:
            self.cycle_error(obj)
            return
        obj.color = GREY
        self.obj_path.append(obj)
        saved = (self.decl, self.scope, self.iota, self.errpos, self.sig)
        self.decl = d
        self.scope = d.file_scope or self.file_scope
        self.iota = None
        self.errpos = None
        self.sig = None
        try:
            if isinstance(obj, T.Const):
                self.const_decl(obj, d.vtype, d.init, d.inherited)
            elif isinstance(obj, T.Var):
                self.var_decl(obj, d.lhs, d.vtype, d.init)
                if d.lhs:
                    for v in d.lhs:
                        v.color = BLACK
            elif isinstance(obj, T.TypeName):
                self.type_decl(obj, d.tdecl)
            elif isinstance(obj, T.Func):
                self.func_decl(obj, d)
        finally:
            self.decl, self.scope, self.iota, self.errpos, self.sig = saved
            self.obj_path.pop()
            obj.color = BLACK

    def cycle_error(self, obj):
        """obj is referred to while being declared (types2 validCycle): cycles
        of only constants and variables are left to the initialization order
        check; cycles of types through at least one defined type are fine."""
        path = self.obj_path
        cycle = path[path.index(obj):] if obj in path else [obj]
        nval = sum(isinstance(o, (T.Const, T.Var)) for o in cycle)
        ndef = sum(isinstance(o, T.TypeName) and not self._is_alias_decl(o) for o in cycle)
        valid = nval == len(cycle) or (nval == 0 and ndef > 0)
        if not valid:
            first = min(range(len(cycle)), key=lambda i: cycle[i].pos or (0, 0))
            self.report_cycle(cycle[first:] + cycle[:first], 'invalid recursive type'
                              if isinstance(cycle[first], T.TypeName) else 'invalid cycle in declaration')
        if isinstance(obj, (T.Const, T.Var)) and (not valid or obj.type is None):
            obj.type = T.INVALID_T
        elif isinstance(obj, T.TypeName) and not valid:
            obj.type = T.INVALID_T

    def _is_alias_decl(self, obj):
        d = self.obj_map.get(obj)
        if d is not None and d.tdecl is not None:
            return d.tdecl.assign   # package level: from the syntax, set up or not
        return obj.is_alias

    def report_cycle(self, cycle, what):
        """`what X` then `A refers to B` lines, each at the referring object."""
        if len(cycle) == 1:
            self.errorf(cycle[0], f'{what}: {cycle[0].name} refers to itself')
            return
        joiner = {'invalid recursive type': ' ', 'initialization cycle': ' for '}.get(what, ' of ')
        msg = f'{what}{joiner}{cycle[0].name}'
        for i, o in enumerate(cycle):
            nxt = cycle[(i + 1) % len(cycle)]
            msg += f'\n\t{self.src.where(o.pos)}: {o.name} refers to {nxt.name}'
        self.errorf(cycle[0], msg)

    # ------------------------------------------------------------ consts and vars

    def const_decl(self, obj: T.Const, typ, init, inherited):
        saved = (self.iota, self.errpos)
        self.iota = obj.val
        self.errpos = None
        obj.val = None
        try:
            if typ is not None:
                t = self.typ(typ)
                if not T.is_const_type(t):
                    if t.underlying() is not T.INVALID_T:
                        self.errorf(typ, f'invalid constant type {self.sprintf_type(t)}')
                    obj.type = T.INVALID_T
                    return
                obj.type = t
            x = Operand()
            if init is not None:
                if inherited:
                    self.errpos = obj.pos
                self.expr(None, x, init)
            self.init_const(obj, x)
        finally:
            self.iota, self.errpos = saved

    def var_decl(self, obj: T.Var, lhs, typ, init):
        if typ is not None:
            obj.type = self.var_type(typ)
        if init is None:
            if typ is None:
                obj.type = T.INVALID_T
            return
        if lhs is None or len(lhs) == 1:
            x = Operand()
            self.expr(self.new_target(obj.type, obj.name), x, init)
            self.init_var(obj, x, 'variable declaration')
            return
        if typ is not None:
            for v in lhs:
                v.type = obj.type
        self.init_vars(lhs, [init], None)

    # ------------------------------------------------------------ types

    def type_decl(self, obj: T.TypeName, spec: A.TypeSpec):
        if spec.assign:
            obj.is_alias = True
            alias = T.Alias(obj, None)
            obj.type = alias
            if spec.type_params:
                self.open_scope('type parameters')
                try:
                    alias.tparams = self.collect_type_params(spec.type_params)
                    rhs = self.typ(spec.type)
                finally:
                    self.close_scope()
            else:
                rhs = self.typ(spec.type)
            alias.target = rhs
            return
        named = T.Named(obj)
        obj.type = named
        if spec.type_params:
            self.open_scope('type parameters')
            try:
                named.tparams = self.collect_type_params(spec.type_params)
                rhs = self.defined_type(spec.type, obj)
            finally:
                self.close_scope()
        else:
            rhs = self.defined_type(spec.type, obj)
        if isinstance(T.unalias(rhs), T.TypeParam):
            self.errorf(spec.type, 'cannot use a type parameter as RHS in type declaration')
            rhs = T.INVALID_T
        u = rhs.underlying() if rhs is not named else T.INVALID_T
        if u is None:
            u = T.INVALID_T
        named.under = u
        if isinstance(u, T.Named):  # pragma: no cover - underlying() never returns Named
            named.under = u.underlying()
        self.later(lambda: self.valid_type(named, spec))
        self.collect_methods(obj)

    def valid_type(self, named, spec):
        """Reject types that contain themselves by value: type T struct{ x T }."""
        path = []
        found = []

        def visit(t):
            t = T.unalias(t)
            if isinstance(t, T.Named):
                if t is named or (t.orig is named.orig and t is not named and False):
                    found[:] = [named.obj] + [p.obj for p in path]
                    return True
                if t in path:
                    return False
                path.append(t)
                try:
                    return visit(t.underlying())
                finally:
                    path.pop()
            if isinstance(t, T.Array):
                return visit(t.elem)
            if isinstance(t, T.Struct):
                return any(visit(f.type) for f in t.fields)
            return False

        if visit(named.underlying()):
            first = min(range(len(found)), key=lambda i: found[i].pos or (0, 0))
            self.report_cycle(found[first:] + found[:first], 'invalid recursive type')
            named.under = T.INVALID_T

    def collect_methods(self, obj: T.TypeName):
        methods = self.method_decls.pop(obj.name, None)
        if not methods:
            return
        base = obj.type if isinstance(obj.type, T.Named) else None
        seen = {}
        for m in base.methods if base else ():
            seen[m.name] = m
        for m in methods:
            alt = seen.get(m.name)
            if alt is not None:
                self.errorf(m.pos, f'method {obj.name}.{m.name} already declared at {self.src.where(alt.pos)}')
                continue
            seen[m.name] = m
            if base is not None:
                base.methods.append(m)
                m.recv_named = base
        if base is not None:
            self.later(lambda: self.check_field_uniqueness(base))

    def check_field_uniqueness(self, base):
        u = base.underlying()
        if isinstance(u, T.Struct):
            names = {m.name: m for m in base.methods}
            for f in u.fields:
                m = names.get(f.name)
                if m is not None and f.name != '_':
                    self.errorf(m.pos, f'field and method with the same name {f.name}\n\t'
                                f'{self.src.where(f.pos)}: other declaration of {f.name}')

    # ------------------------------------------------------------ functions

    def func_decl(self, obj: T.Func, d):
        fdecl = d.fdecl
        sig = T.Signature(T.Tuple(), T.Tuple())
        obj.type = sig
        self.func_type(sig, fdecl.recv, fdecl.type.type_params, fdecl.type, obj)
        if fdecl.recv is not None and sig.recv is not None:
            rt = sig.recv.type
            if isinstance(rt, T.Pointer):
                obj.ptr_recv = True
        if fdecl.type.type_params and fdecl.body is None and not getattr(self, 'is_stdlib', False):
            self.soft_errorf(fdecl, 'generic function is missing function body')
        if fdecl.body is not None:
            self.info.funcs.append((obj, fdecl))
            if self.lazy_bodies is not None:
                self.lazy_bodies[obj] = d
            else:
                self.later(lambda: self.func_body(d, obj.name, sig, fdecl.body, None))

    # ------------------------------------------------------------ local declarations

    def decl_stmt(self, decl: A.GenDecl):
        for spec in decl.specs:
            if decl.tok == 'const':
                top = len(self.delayed)
                lhs = []
                for i, name in enumerate(spec.names):
                    obj = T.Const(name.name, None, name.pos, self.pkg, val=spec.iota)
                    lhs.append(obj)
                    init = spec.values[i] if i < len(spec.values) else None
                    self.const_decl(obj, spec.type, init, spec.implicit)
                self.arity(spec, spec.names, spec.values, True, spec.implicit)
                self.process_delayed(top)
                for name, obj in zip(spec.names, lhs):
                    self.declare(self.scope, name, obj)
            elif decl.tok == 'var':
                top = len(self.delayed)
                lhs0 = [T.Var(n.name, None, n.pos, self.pkg) for n in spec.names]
                values = spec.values
                for i, obj in enumerate(lhs0):
                    lhs = None
                    init = None
                    if len(values) == len(spec.names):
                        init = values[i]
                    elif len(values) == 1:
                        lhs = lhs0
                        init = values[0]
                    elif i < len(values):
                        init = values[i]
                    self.var_decl(obj, lhs, spec.type, init)
                    if len(values) == 1:
                        break
                if spec.type is None or values:
                    self.arity(spec, spec.names, values, False, False)
                self.process_delayed(top)
                for name, obj in zip(spec.names, lhs0):
                    if obj.type is None:
                        obj.type = T.INVALID_T
                    self.declare(self.scope, name, obj)
            elif decl.tok == 'type':
                obj = T.TypeName(spec.name.name, None, spec.name.pos, self.pkg)
                self.declare(self.scope, spec.name, obj)
                obj.color = GREY
                self.type_decl(obj, spec)
                if isinstance(obj.type, T.Named):
                    obj.type.local_id = id(spec)
                obj.color = BLACK

    # ------------------------------------------------------------ init order and imports

    def compute_init_order(self):
        """Package variables in dependency order, otherwise in declaration order
        (Go spec: Package initialization)."""
        order = []
        done = set()
        visiting = set()

        def deps_of(obj):
            d = self.obj_map.get(obj)
            return d.deps if d is not None else []

        def visit(obj):
            if obj in done or obj in visiting:
                return
            visiting.add(obj)
            for dep in deps_of(obj):
                if isinstance(dep, (T.Var, T.Func)):
                    visit(dep)
            visiting.discard(obj)
            done.add(obj)
            if isinstance(obj, T.Var):
                d = self.obj_map[obj]
                if d.lhs:
                    if d.lhs[0] is obj or not any(v in emitted for v in d.lhs):
                        if not any(v in emitted for v in d.lhs):
                            for v in d.lhs:
                                emitted.add(v)
                            order.append((d.lhs, d.init))
                else:
                    emitted.add(obj)
                    order.append(([obj], d.init))

        emitted = set()
        for obj in self.obj_list:
            if isinstance(obj, T.Var):
                visit(obj)
        seq = self.init_cycles()
        if seq is not None:
            # types2's order: of the variables whose dependencies are all
            # initialised, the earliest in declaration order goes first
            order = []
            emitted = set()
            for obj in seq:
                d = self.obj_map.get(obj)
                if not isinstance(obj, T.Var) or obj in emitted or d is None:
                    continue
                lhs = d.lhs if d.lhs else [obj]
                emitted.update(lhs)
                order.append((lhs, d.init))
        self.info.init_order = order

    def init_cycles(self):
        """Report initialization cycles as types2's initOrder does: take nodes
        (constants, variables; functions spliced out) with the fewest pending
        dependencies first; one still depending on others is in a cycle."""
        import heapq
        deps = {}
        for obj, d in self.obj_map.items():
            if isinstance(obj, (T.Const, T.Var, T.Func)):
                deps[obj] = [x for x in dict.fromkeys(d.deps) if x in self.obj_map]
        if not any(deps.values()):
            return None
        succ = {o: set(ds) for o, ds in deps.items()}
        pred = {o: set() for o in deps}
        for o, ds in succ.items():
            for x in ds:
                pred.setdefault(x, set()).add(o)
        funcs = sorted((o for o in deps if isinstance(o, T.Func)),
                       key=lambda n: len(pred[n]) * len(succ.get(n, ())))
        for n in funcs:
            for p in pred[n]:
                if p is not n:
                    for x in succ[n]:
                        if x is not n:
                            succ[p].add(x)
                            pred[x].add(p)
                    succ[p].discard(n)
            for x in succ[n]:
                pred[x].discard(n)
        nodes = [o for o in deps if not isinstance(o, T.Func)]
        ndeps = {o: len(succ[o]) for o in nodes}
        heap = [(ndeps[o], o.order, id(o), o) for o in nodes]
        heapq.heapify(heap)
        done = set()
        seq = []
        while heap:
            k, _, _, n = heapq.heappop(heap)
            if n in done or k != ndeps[n]:
                continue
            done.add(n)
            seq.append(n)
            if k > 0:
                cycle = self._find_path(deps, n, n, set())
                if cycle is not None:
                    cycle.reverse()
                    self.report_cycle([n] + cycle[:-1], 'initialization cycle')
            for p in pred[n]:
                if p in ndeps and p not in done:
                    ndeps[p] -= 1
                    heapq.heappush(heap, (ndeps[p], p.order, id(p), p))
        return seq

    def _find_path(self, deps, frm, to, seen):
        if frm in seen:
            return None
        seen.add(frm)
        for d in sorted(deps.get(frm, ()), key=lambda o: o.order):
            if d is to:
                return [d]
            p = self._find_path(deps, d, to, seen)
            if p is not None:
                return p + [d]
        return None

    def unused_imports(self):
        if self.repl:
            return
        for pn in self.imports:
            if not pn.used:
                path = pn.imported.path
                spec = pn.decl
                if spec.name is not None:
                    self.soft_errorf(pn.pos, f'"{path}" imported as {pn.name} and not used')
                else:
                    self.soft_errorf(pn.pos, f'"{path}" imported and not used')
