"""Identifiers and type expressions: what a name denotes, and the Type a type
expression describes (arrays, structs, funcs, interfaces, generic instances)."""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .operand import (BUILTIN, CONSTANT, INVALID, NILVALUE, TYPEXPR, VALUE, VARIABLE, Operand,
                      operand_string)
from .universe import IOTA


class TypeExprMixin:

    # ------------------------------------------------------------ identifiers

    def ident(self, x: Operand, e: A.Ident, want_type: bool):
        x.mode = INVALID
        x.expr = e
        x.type = T.INVALID_T
        name = e.name
        if name == '_':
            # at the REPL prompt `_` is the last value printed
            scope, obj = self.file_scope, self.repl_last
            if obj is None or want_type:
                self.record_def(e, None)
                self.errorf(e, 'cannot use _ as value or type')
                return
        else:
            scope, obj = self.scope.lookup_parent(name)
        if obj is None:
            self.errorf(e, f'undefined: {name}')
            return
        self.record_use(e, obj)
        typ = obj.type
        if scope is self.pkg_scope and obj in self.obj_map:
            if typ is None or obj.color != 2:   # (a grey object is in a cycle: see cycle_error)
                self.obj_decl(obj)
                typ = obj.type
            if self.decl is not None and isinstance(obj, (T.Var, T.Func, T.Const)):
                self.decl.deps.append(obj)
        if isinstance(obj, T.PkgName):
            self.errorf(e, f'use of package {obj.name} not in selector')
            return
        if isinstance(obj, T.Const):
            if typ is None or typ is T.INVALID_T:
                return
            if obj is IOTA:
                if self.iota is None:
                    self.errorf(e, 'cannot use iota outside constant declaration')
                    return
                x.val = self.iota
            else:
                x.val = obj.val
            x.mode = CONSTANT
        elif isinstance(obj, T.TypeName):
            x.mode = TYPEXPR
            if typ is None:
                typ = T.INVALID_T
        elif isinstance(obj, T.Var):
            if obj.pkg is self.pkg:
                obj.used = True
            if typ is None:
                return
            x.mode = VARIABLE
        elif isinstance(obj, T.Func):
            x.mode = VALUE
        elif isinstance(obj, T.Builtin):
            x.mode = BUILTIN
            x.id = obj.name
            typ = T.INVALID_T
        elif isinstance(obj, T.Nil):
            x.mode = NILVALUE
        else:
            return
        x.type = typ if typ is not None else T.INVALID_T

    # ------------------------------------------------------------ type expressions

    def typ(self, e) -> T.Type:
        return self.defined_type(e, None)

    def var_type(self, e) -> T.Type:
        t = self.defined_type(e, None)
        self.valid_var_type(e, t)
        return t

    def valid_var_type(self, e, t):
        if isinstance(t, T.TypeParam):
            return
        # later (as types2's varType): an interface's embeddings may still be
        # being declared (type Stmt interface{ Expr }, Expr mentioning Stmt)
        self.later(lambda: self.check_var_type_set(e, t))

    def check_var_type_set(self, e, t):
        u = t.underlying() if not isinstance(t, T.Alias) else T.unalias(t).underlying()
        if isinstance(u, T.Interface) and not isinstance(T.unalias(t), T.TypeParam):
            s = T.type_set(u)
            if s.comparable and s.terms is None:
                self.soft_errorf(e, f'cannot use type {self.sprintf_type(t)} outside a type constraint: '
                                 f'interface is (or embeds) comparable')
            elif s.terms is not None:
                self.soft_errorf(e, f'cannot use type {self.sprintf_type(t)} outside a type constraint: '
                                 f'interface contains type constraints')

    def defined_type(self, e, def_obj) -> T.Type:
        t = self.typ_internal(e, def_obj)
        self.record_tv(e, TYPEXPR, t, None)
        return t

    def generic_type(self, e):
        """A type expression that may denote a generic (uninstantiated) type."""
        x = Operand()
        self.raw_expr(None, x, e, None, True)
        if x.mode == TYPEXPR:
            return x.type
        if x.mode != INVALID:
            self.errorf(x, f'{operand_string(x, self.qualifier)} is not a type')
        return T.INVALID_T

    def typ_internal(self, e, def_obj) -> T.Type:
        te = type(e)
        if te is A.Ident or te is A.SelectorExpr:
            x = Operand()
            if te is A.Ident:
                self.ident(x, e, True)
            else:
                self.selector(x, e, True)
            if x.mode == TYPEXPR:
                t = x.type
                if self.is_generic_type(t):
                    self.errorf(e, f'cannot use generic type {self.sprintf_type(t)} without instantiation')
                    return T.INVALID_T
                return t
            if x.mode == INVALID:
                return T.INVALID_T
            if x.mode == NILVALUE:
                self.errorf(e, f'nil is not a type')
                return T.INVALID_T
            self.errorf(x, f'{operand_string(x, self.qualifier)} is not a type'
                        if te is A.SelectorExpr or not isinstance(self.info.uses.get(e), (T.Var, T.Const, T.Func))
                        else f'{e.name} ({self.object_kind(self.info.uses.get(e))}) is not a type')
            return T.INVALID_T
        if te is A.IndexExpr:
            return self.instantiated_type(e.x, e.indices, def_obj, e)
        if te is A.ParenExpr:
            return self.defined_type(e.x, def_obj)
        if te is A.ArrayType:
            if e.len is None:
                return T.Slice(self.var_type(e.elt))
            if isinstance(e.len, A.Ellipsis):
                self.errorf(e.len, 'invalid use of [...] array (outside a composite literal)')
                self.var_type(e.elt)
                return T.INVALID_T
            n = self.array_length(e.len)
            elem = self.var_type(e.elt)
            if n < 0:
                return T.INVALID_T
            return T.Array(elem, n)
        if te is A.Ellipsis:
            if not e.misplaced:
                self.errorf(e, 'invalid use of ...')
            return T.INVALID_T
        if te is A.StructType:
            return self.struct_type(e)
        if te is A.StarExpr:
            base = self.var_type(e.x)
            return T.Pointer(base)
        if te is A.FuncType:
            sig = T.Signature(T.Tuple(), T.Tuple())
            self.func_type(sig, None, None, e, None)
            return sig
        if te is A.InterfaceType:
            return self.interface_type(e, def_obj)
        if te is A.MapType:
            key = self.var_type(e.key)
            elem = self.var_type(e.value)
            self.later(lambda: self.check_map_key(e, key))
            return T.Map(key, elem)
        if te is A.ChanType:
            elem = self.var_type(e.value)
            return T.Chan(elem, {A.SEND: T.SEND, A.RECV: T.RECV, A.BOTH: T.BOTH}[e.dir])
        if te is A.UnaryExpr and e.op == '~' or te is A.BinaryExpr and e.op == '|':
            self.errorf(e, f'{expr_str(e)} is not a type')
            return T.INVALID_T
        x = Operand()
        self.raw_expr(None, x, e, None, False)
        if x.mode == TYPEXPR:
            return x.type
        if x.mode != INVALID:
            self.errorf(x, f'{expr_str(e)} is not a type')
        return T.INVALID_T

    @staticmethod
    def object_kind(obj):
        return {T.Var: 'variable', T.Const: 'constant', T.Func: 'value', T.PkgName: 'package',
                T.Builtin: 'built-in', T.TypeName: 'type'}.get(type(obj), 'object')

    @staticmethod
    def is_generic_type(t):
        return isinstance(t, T.Named) and bool(t.tparams) and t.targs is None or \
            isinstance(t, T.Alias) and bool(t.tparams)

    def check_map_key(self, e, key):
        if not self.comparable(key) and not isinstance(key, T.TypeParam):
            why = ''
            if isinstance(key, T.TypeParam):
                why = ' (missing comparable constraint)'
            self.errorf(e.key, f'invalid map key type {self.sprintf_type(key)}{why}')

    def array_length(self, e) -> int:
        if isinstance(e, A.Ident):
            obj = self.lookup(e.name)
            if obj is None:
                self.errorf(e, f'undefined array length {e.name} or missing type constraint')
                return -1
            if not isinstance(obj, T.Const):
                self.errorf(e, f'invalid array length {e.name}')
                return -1
        x = Operand()
        self.expr(None, x, e)
        if x.mode != CONSTANT:
            if x.mode != INVALID:
                self.errorf(x, f'array length {operand_string(x, self.qualifier)} must be constant')
            return -1
        if T.is_untyped(x.type) or T.is_integer(x.type):
            from .. import constant as C
            v = C.to_int(x.val)
            if v is not None:
                if v >= 0 and v < (1 << 63):
                    return v
                self.errorf(x, f'invalid array length {operand_string(x, self.qualifier)}'
                            if v < 0 else f'array length {operand_string(x, self.qualifier)} must be non-negative')
                return -1
        if T.is_integer(x.type) or T.is_untyped(x.type):
            msg = f'array length {operand_string(x, self.qualifier)} must be integer'
        else:
            msg = f'array length {operand_string(x, self.qualifier)} must be integer'
        self.errorf(x, msg)
        return -1

    # ------------------------------------------------------------ structs

    def struct_type(self, e: A.StructType):
        fields = []
        tags = []
        seen = {}

        def add(name, typ, pos, embedded, tag):
            v = T.Var(name, typ, pos, self.pkg, kind=T.FIELD, embedded=embedded)
            if name != '_':
                alt = seen.get(name)
                if alt is not None:
                    self.errorf(pos, f'{name} redeclared\n\t{self.src.where(alt.pos)}: other declaration of {name}')
                    return
                seen[name] = v
            fields.append(v)
            tags.append(tag.val.decode('utf-8', 'replace') if tag is not None else None)

        for f in e.fields:
            typ = self.var_type(f.type)
            if f.names:
                for n in f.names:
                    add(n.name, typ, n.pos, False, f.tag)
                    self.record_def(n, fields[-1] if fields and fields[-1].name == n.name else None)
            else:
                name = self.embedded_name(f.type)
                add(name, typ, f.type.pos if not isinstance(f.type, A.StarExpr) else f.type.x.pos, True, f.tag)
                self.later(lambda f=f, typ=typ: self.check_embedded(f.type, typ))
        return T.Struct(fields, tags)

    @staticmethod
    def embedded_name(te):
        while True:
            if isinstance(te, A.StarExpr):
                te = te.x
            elif isinstance(te, A.IndexExpr):
                te = te.x
            elif isinstance(te, A.ParenExpr):
                te = te.x
            else:
                break
        if isinstance(te, A.SelectorExpr):
            return te.sel.name
        if isinstance(te, A.Ident):
            return te.name
        return '_'

    def check_embedded(self, te, typ):
        t = T.unalias(typ)
        is_ptr = False
        if isinstance(t, T.Pointer):
            is_ptr = True
            t = T.unalias(t.elem)
        if t is T.INVALID_T:
            return
        if isinstance(t, T.TypeParam):
            self.errorf(te, 'embedded field type cannot be a (pointer to a) type parameter')
            return
        u = t.underlying()
        if isinstance(u, T.Pointer):
            self.errorf(te, 'embedded field type cannot be a pointer')
        elif is_ptr and isinstance(u, T.Interface):
            self.errorf(te, 'embedded field type cannot be a pointer to an interface')

    # ------------------------------------------------------------ interfaces

    def interface_type(self, e: A.InterfaceType, def_obj):
        ityp = T.Interface()
        recv_t = def_obj.type if def_obj is not None and def_obj.type is not None else ityp
        seen = {}
        for m in e.methods:
            name = m.names[0]
            if name.name == '_':
                self.errorf(name, 'methods must have a unique non-blank name')
                continue
            sig = T.Signature(T.Tuple(), T.Tuple())
            self.func_type(sig, None, None, m.type, None)
            sig.recv = T.Var('', recv_t, name.pos, self.pkg, kind=T.RECV_VAR)
            f = T.Func(name.name, sig, name.pos, self.pkg)
            if name.name in seen:
                self.errorf(name, f'duplicate method {name.name}\n\t{self.src.where(seen[name.name].pos)}: '
                            f'other declaration of method {name.name}')
                continue
            seen[name.name] = f
            ityp.methods.append(f)
            self.record_def(name, f)
        for emb in e.embeds:
            ityp.embeddeds.append(self.embedded_elem(emb))
        ityp.methods.sort(key=lambda f: f.name)
        return ityp

    def embedded_elem(self, e):
        if isinstance(e, A.BinaryExpr) and e.op == '|' or isinstance(e, A.UnaryExpr) and e.op == '~':
            return self.union(e)
        t = self.typ(e)
        return t

    def union(self, e):
        terms = []

        def flatten(x):
            if isinstance(x, A.BinaryExpr) and x.op == '|':
                flatten(x.x)
                flatten(x.y)
            else:
                terms.append(x)
        flatten(e)
        out = []
        for x in terms:
            tilde = False
            te = x
            if isinstance(x, A.UnaryExpr) and x.op == '~':
                tilde = True
                te = x.x
            t = self.typ(te)
            if t is T.INVALID_T:
                continue
            if tilde:
                u = t.underlying()
                if isinstance(T.unalias(t), T.Interface) or (isinstance(u, T.Interface) and not isinstance(t, T.TypeParam)):
                    self.errorf(x, f'invalid use of ~ ({self.sprintf_type(t)} is an interface)')
                    continue
                if not T.identical(t, u):
                    self.errorf(x, f'invalid use of ~ (underlying type of {self.sprintf_type(t)} is '
                                   f'{self.sprintf_type(u)})')
                    continue
            if len(terms) > 1 and isinstance(t.underlying(), T.Interface) and not isinstance(t, T.TypeParam):
                s = T.type_set(t)
                if s.methods:
                    self.errorf(x, f'cannot use {expr_str(x)} in union ({expr_str(x)} contains methods)')
                    continue
            out.append(T.Term(tilde, t))
        if len(out) == 1 and not out[0].tilde:
            return out[0].type
        return T.Union(out)

    # ------------------------------------------------------------ type parameters

    def collect_type_params(self, fields):
        tparams = []
        for f in fields:
            for n in f.names:
                tn = T.TypeName(n.name, None, n.pos, self.pkg)
                tp = T.TypeParam(tn, len(tparams), None)
                tn.type = tp
                self.declare(self.scope, n, tn)
                tparams.append(tp)
        i = 0
        for f in fields:
            bound = self.bound(f.type)
            if isinstance(T.unalias(bound), T.TypeParam):
                self.errorf(f.type, 'cannot use a type parameter as constraint')
                bound = T.Interface()
            for _ in f.names:
                tparams[i].bound = bound
                i += 1
        return tparams

    def bound(self, e):
        if isinstance(e, A.UnaryExpr) and e.op == '~' or isinstance(e, A.BinaryExpr) and e.op == '|':
            it = T.Interface(embeddeds=[self.union(e)])
            it.implicit = True
            return it
        t = self.typ(e)
        if not isinstance(t.underlying(), T.Interface) and t is not T.INVALID_T:
            it = T.Interface(embeddeds=[t])
            it.implicit = True
            return it
        return t

    # ------------------------------------------------------------ signatures

    def func_type(self, sig: T.Signature, recv, tparams, ftype: A.FuncType, fobj):
        scope = T.Scope(self.scope, is_func=True, kind='function')
        sig.scope = scope
        saved = self.scope
        self.scope = scope
        try:
            if recv:
                self.collect_recv(sig, recv, fobj)
            if tparams:
                sig.tparams = self.collect_type_params(tparams)
            params, variadic = self.collect_params(ftype.params, True, T.PARAM)
            results, _ = self.collect_params(ftype.results, False, T.RESULT)
            sig.params = T.Tuple(params)
            sig.results = T.Tuple(results)
            sig.variadic = variadic
        finally:
            self.scope = saved

    def collect_params(self, fields, variadic_ok, kind):
        out = []
        variadic = False
        for i, f in enumerate(fields):
            te = f.type
            if isinstance(te, A.Ellipsis) and te.elt is not None:
                t = self.var_type(te.elt)
                t = T.Slice(t)
                self.record_tv(te, TYPEXPR, t, None)
                if variadic_ok and i == len(fields) - 1 and len(f.names) <= 1:
                    variadic = True
                elif not te.misplaced:
                    self.soft_errorf(te, 'can only use ... with final parameter in list')
            else:
                t = self.var_type(te)
            if f.names:
                for n in f.names:
                    v = T.Var(n.name, t, n.pos, self.pkg, kind=kind)
                    v.used = True
                    self.declare(self.scope, n, v)
                    out.append(v)
            else:
                v = T.Var('', t, te.pos, self.pkg, kind=kind)
                out.append(v)
        return out, variadic

    def collect_recv(self, sig, recv, fobj):
        f = recv[0]
        te = f.type
        ptr = False
        inner = te
        while isinstance(inner, A.ParenExpr):
            inner = inner.x
        if isinstance(inner, A.StarExpr):
            ptr = True
            inner = inner.x
            while isinstance(inner, A.ParenExpr):
                inner = inner.x
        rtype = T.INVALID_T
        if isinstance(inner, A.IndexExpr):
            # receiver of a generic type: declare the receiver type parameters
            base_t = self.generic_type(inner.x)
            base = T.unalias(base_t)
            if isinstance(base, T.Named) and base.tparams:
                if len(inner.indices) != len(base.tparams):
                    self.errorf(inner, f'receiver declares {len(inner.indices)} type parameter'
                                f'{"s" if len(inner.indices) != 1 else ""}, but receiver base type declares '
                                f'{len(base.tparams)}')
                rparams = []
                for i, idx in enumerate(inner.indices):
                    if not isinstance(idx, A.Ident):
                        self.errorf(idx, f'receiver type parameter {expr_str(idx)} must be an identifier')
                        continue
                    tn = T.TypeName(idx.name, None, idx.pos, self.pkg)
                    bound = base.tparams[i].bound if i < len(base.tparams) else T.Interface()
                    tp = T.TypeParam(tn, i, bound)
                    tn.type = tp
                    self.declare(self.scope, idx, tn)
                    rparams.append(tp)
                sig.rparams = rparams
                # bounds may mention the type parameters: substitute
                smap = dict(zip(base.tparams, rparams))
                for tp in rparams:
                    tp.bound = self.subst(tp.bound, smap)
                rtype = self.instantiate_named(base, rparams)
            elif base is not T.INVALID_T:
                self.errorf(inner.x, f'{self.sprintf_type(base_t)} is not a generic type')
            self.record_tv(inner, TYPEXPR, rtype, None)
        else:
            rtype = self.typ(inner)
        if ptr:
            full = T.Pointer(rtype)
            self.record_tv(te, TYPEXPR, full, None)
        else:
            full = rtype
        name = f.names[0].name if f.names else ''
        pos = f.names[0].pos if f.names else te.pos
        v = T.Var(name, full, pos, self.pkg, kind=T.RECV_VAR)
        v.used = True
        if f.names:
            self.declare(self.scope, f.names[0], v)
        sig.recv = v
        self.later(lambda: self.validate_recv(v, te, rtype, inner))

    def validate_recv(self, v, te, rtype, inner):
        t = T.unalias(rtype)
        if t is T.INVALID_T:
            return
        pos = inner.pos
        if isinstance(t, T.Named):
            if t.obj.pkg is not self.pkg:
                self.errorf(pos, f'cannot define new methods on non-local type {self.sprintf_type(rtype)}')
                return
            u = t.underlying()
            if isinstance(u, T.Pointer):
                self.errorf(pos, f'invalid receiver type {self.sprintf_type(rtype)} (pointer or interface type)')
            elif isinstance(u, T.Interface):
                self.errorf(pos, f'invalid receiver type {self.sprintf_type(rtype)} (pointer or interface type)')
            return
        if isinstance(t, T.Basic):
            self.errorf(pos, f'cannot define new methods on non-local type {self.sprintf_type(rtype)}')
            return
        self.errorf(pos, f'invalid receiver type {self.sprintf_type(rtype)}')
