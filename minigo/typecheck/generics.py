"""Generics: substitution, instantiation of generic types and functions, type
argument inference by unification, and constraint satisfaction (after types2
subst.go, instantiate.go, infer.go, unify.go, in a reduced form)."""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A
from ..syntax.printer import expr_str
from .operand import VALUE, Operand
from .universe import default_type


def type_key(t):
    """A hashable structural identity for a type (identical types, equal keys)."""
    t = T.unalias(t)
    tt = type(t)
    if tt is T.Basic:
        return ('b', t.kind)
    if tt is T.Named:
        if t.targs is not None:
            return ('n', id(t.orig.obj), tuple(type_key(a) for a in t.targs))
        return ('n', id(t.obj))
    if tt is T.TypeParam:
        return ('p', t.id)
    if tt is T.Pointer:
        return ('*', type_key(t.elem))
    if tt is T.Slice:
        return ('[]', type_key(t.elem))
    if tt is T.Array:
        return ('[n]', t.len, type_key(t.elem))
    if tt is T.Map:
        return ('map', type_key(t.key), type_key(t.elem))
    if tt is T.Chan:
        return ('chan', t.dir, type_key(t.elem))
    if tt is T.Struct:
        return ('struct', tuple((f.name, f.embedded, type_key(f.type), t.tags[i] or '')
                                for i, f in enumerate(t.fields)))
    if tt is T.Signature:
        return ('func', tuple(type_key(v.type) for v in t.params.vars),
                tuple(type_key(v.type) for v in t.results.vars), t.variadic)
    if tt is T.Tuple:
        return ('tuple', tuple(type_key(v.type) for v in t.vars))
    if tt is T.Interface:
        s = T.type_set(t)
        return ('iface', tuple((m.name, type_key(m.type)) for m in s.methods),
                None if s.terms is None else tuple((x.tilde, type_key(x.type)) for x in s.terms), s.comparable)
    if tt is T.Union:
        return ('union', tuple((x.tilde, type_key(x.type)) for x in t.terms))
    return ('?', id(t))


def instantiate_named(orig: T.Named, targs, substf):
    # the cache lives on the generic type: it goes when the program that
    # declared it goes (a module-level one kept every checked program alive)
    cache = orig.instances
    if cache is None:
        cache = orig.instances = {}
    key = tuple(type_key(a) for a in targs)
    inst = cache.get(key)
    if inst is not None:
        return inst
    inst = T.Named(orig.obj)
    inst.targs = list(targs)
    inst.orig = orig
    inst.tparams = orig.tparams
    inst.local_id = orig.local_id
    cache[key] = inst

    def resolve(n):
        if orig.under is None and orig.resolver is not None:
            orig.underlying()
        smap = dict(zip(orig.tparams, n.targs))
        n.under = substf(orig.under if orig.under is not None else T.INVALID_T, smap)
    inst.resolver = resolve
    return inst


def subst(t, smap, substf=None):
    """Replace type parameters in t per smap."""
    if not smap:
        return t
    s = substf or (lambda x, m: subst(x, m))
    tt = type(t)
    if tt is T.TypeParam:
        return smap.get(t, t)
    if tt is T.Basic:
        return t
    if tt is T.Alias:
        return subst(t.target, smap)
    if tt is T.Pointer:
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Pointer(e)
    if tt is T.Slice:
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Slice(e)
    if tt is T.Array:
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Array(e, t.len)
    if tt is T.Map:
        k, e = subst(t.key, smap), subst(t.elem, smap)
        return t if (k is t.key and e is t.elem) else T.Map(k, e)
    if tt is T.Chan:
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Chan(e, t.dir)
    if tt is T.Struct:
        changed = False
        fields = []
        for f in t.fields:
            ft = subst(f.type, smap)
            if ft is not f.type:
                changed = True
                nf = T.Var(f.name, ft, f.pos, f.pkg, kind=T.FIELD, embedded=f.embedded)
                nf.origin = f.origin
                fields.append(nf)
            else:
                fields.append(f)
        return T.Struct(fields, t.tags) if changed else t
    if tt is T.Tuple:
        vs = []
        changed = False
        for v in t.vars:
            vt = subst(v.type, smap)
            if vt is not v.type:
                changed = True
                nv = T.Var(v.name, vt, v.pos, v.pkg, kind=v.kind)
                nv.origin = v.origin
                vs.append(nv)
            else:
                vs.append(v)
        return T.Tuple(vs) if changed else t
    if tt is T.Signature:
        p = subst(t.params, smap)
        r = subst(t.results, smap)
        if p is t.params and r is t.results:
            return t
        sig = T.Signature(p, r, t.variadic, t.recv, None)
        return sig
    if tt is T.Interface:
        ms = []
        changed = False
        for m in t.methods:
            mt = subst(m.type, smap)
            if mt is not m.type:
                changed = True
                nm = T.Func(m.name, mt, m.pos, m.pkg)
                nm.origin = m.origin
                ms.append(nm)
            else:
                ms.append(m)
        es = [subst(e, smap) for e in t.embeddeds]
        if any(a is not b for a, b in zip(es, t.embeddeds)):
            changed = True
        if not changed:
            return t
        it = T.Interface(ms, es)
        it.implicit = t.implicit
        return it
    if tt is T.Union:
        terms = [T.Term(x.tilde, subst(x.type, smap)) for x in t.terms]
        return T.Union(terms)
    if tt is T.Named:
        if t.targs is None:
            return t
        new = [subst(a, smap) for a in t.targs]
        if all(a is b for a, b in zip(new, t.targs)):
            return t
        return instantiate_named(t.orig, new, subst)
    return t


class GenericMixin:

    def subst(self, t, smap):
        return subst(t, smap)

    def instantiate_named(self, orig, targs):
        return instantiate_named(orig, targs, subst)

    def type_list(self, exprs):
        out = []
        for e in exprs:
            t = self.var_type(e)
            if t is T.INVALID_T:
                return None
            out.append(t)
        return out

    def instantiated_type(self, xe, index_exprs, def_obj, e):
        gtype = self.generic_type(xe)
        if gtype is T.INVALID_T:
            return T.INVALID_T
        if isinstance(gtype, T.Alias) and gtype.tparams:
            # a generic alias: its target with the type arguments substituted
            targs = self.type_list(index_exprs)
            if targs is None:
                return T.INVALID_T
            tps = gtype.tparams
            if len(targs) != len(tps):
                got, want = len(targs), len(tps)
                qual = 'not enough' if got < want else 'too many'
                self.errorf(index_exprs[-1] if got > want else e,
                            f'{qual} type arguments for type {gtype.obj.name}: have {got}, want {want}')
                return T.INVALID_T
            self.later(lambda: self.verify_instance(e.pos, tps, targs, index_exprs))
            return subst(gtype.target, dict(zip(tps, targs)))
        orig = T.unalias(gtype)
        if not isinstance(orig, T.Named) or not orig.tparams:
            self.errorf(xe, f'{expr_str(xe)} is not a generic type'
                        if not isinstance(orig, T.Named) else f'{self.sprintf_type(gtype)} is not a generic type')
            return T.INVALID_T
        targs = self.type_list(index_exprs)
        if targs is None:
            return T.INVALID_T
        if len(targs) != len(orig.tparams):
            got, want = len(targs), len(orig.tparams)
            qual = 'not enough' if got < want else 'too many'
            self.errorf(index_exprs[-1] if got > want else e,
                        f'{qual} type arguments for type {orig.obj.name}: have {got}, want {want}')
            return T.INVALID_T
        inst = self.instantiate_named(orig, targs)
        self.info.instances[xe] = (targs, inst)
        self.later(lambda: self.verify_instance(e.pos, orig.tparams, targs, index_exprs))
        return inst

    def instantiate_signature(self, pos, expr, sig, targs, xlist):
        smap = dict(zip(sig.tparams, targs))
        inst = subst(T.Signature(sig.params, sig.results, sig.variadic), smap)
        if inst is sig:
            inst = T.Signature(sig.params, sig.results, sig.variadic)
        target = expr
        while isinstance(target, (A.IndexExpr, A.ParenExpr)):
            target = target.x
        self.info.instances[target] = (list(targs), inst)
        tparams = list(sig.tparams)
        self.later(lambda: self.verify_instance(pos, tparams, targs, xlist))
        return inst

    def verify_instance(self, pos, tparams, targs, xlist):
        smap = dict(zip(tparams, targs))
        for i, (tp, ta) in enumerate(zip(tparams, targs)):
            bound = subst(tp.bound, smap) if tp.bound is not None else None
            if bound is None:
                continue
            cause = []
            if not self.implements(ta, bound, True, cause):
                p = xlist[i].pos if xlist and i < len(xlist) else pos
                self.soft_errorf(p, cause[0] if cause else
                                 f'{self.sprintf_type(ta)} does not satisfy {self.sprintf_type(bound)}')
                return

    def func_inst(self, target, pos, x, inst, infer):
        targs = []
        xlist = []
        if inst is not None:
            xlist = inst.indices
            targs = self.type_list(xlist)
            if targs is None:
                x.invalidate()
                return None
        sig = x.type
        got, want = len(targs), len(sig.tparams)
        if got > want:
            self.errorf(xlist[got - 1], f'got {got} type arguments but want {want}')
            x.invalidate()
            return None
        if got < want:
            if not infer:
                return targs
            params = []
            args = []
            if target is not None and sig.tparams:
                gsig = T.Signature(sig.params, sig.results, sig.variadic)
                params = [T.Var('', gsig, kind=T.PARAM)]
                args = [Operand(VALUE, A.Ident(pos, target.desc), target.sig)]
            full = self.infer_types(inst if inst is not None else x.expr, sig.tparams, targs, params, args,
                                    x.expr)
            if full is None:
                x.invalidate()
                return None
            targs = full
        sig2 = self.instantiate_signature(pos, x.expr, sig, targs, xlist)
        x.type = sig2
        x.mode = VALUE
        return None

    # ------------------------------------------------------------ inference

    def infer(self, call, tparams, targs, params, args):
        return self.infer_types(call, tparams, targs, params, args, call.fun)

    def infer_types(self, at, tparams, targs, params, args, fun_expr):
        n = len(tparams)
        bound = {}
        for i, t in enumerate(targs):
            if t is not None and i < n:
                bound[tparams[i]] = t
        if len(targs) >= n and all(t is not None for t in targs[:n]):
            return list(targs[:n])
        tpset = set(tparams)
        untyped = []
        for i, (p, a) in enumerate(zip(params, args)):
            if not a.valid():
                continue
            ptype = p.type
            if not self.mentions(ptype, tpset):
                continue
            if T.is_untyped(a.type) and isinstance(a.type, T.Basic):
                # untyped constants give a default type; untyped nil gives nothing
                if isinstance(ptype, T.TypeParam) and ptype in tpset and a.type.kind != T.UNTYPED_NIL:
                    untyped.append((ptype, a))
                continue
            if isinstance(a.type, T.Signature) and a.type.tparams:
                continue
            if not self.unify(ptype, a.type, bound, tpset, inexact=True):
                pt = subst(ptype, bound)
                self.errorf(a, f'in call to {expr_str(fun_expr)}, type {self.sprintf_type(a.type)} of '
                            f'{expr_str(a.expr)} does not match {self.sprintf_type(pt)}'
                            + self._cannot_infer_suffix(ptype, tpset, bound))
                return None
        # untyped constants: the default type of the largest kind per type parameter
        by_tp = {}
        for tp, a in untyped:
            if tp in bound:
                continue
            prev = by_tp.get(tp)
            if prev is None or (a.type.kind > prev.type.kind and T.is_numeric(a.type) and T.is_numeric(prev.type)):
                by_tp[tp] = a
            elif T.is_numeric(a.type) != T.is_numeric(prev.type) or (
                    not T.is_numeric(a.type) and a.type.kind != prev.type.kind):
                self.errorf(a, f'default type {self.sprintf_type(default_type(a.type))} of {expr_str(a.expr)} '
                            f'does not match inferred type {self.sprintf_type(default_type(prev.type))} for '
                            f'{tp.obj.name}')
                return None
        # core types of constraints
        for _ in range(2):
            for tp in tparams:
                core = self.constraint_core(tp)
                if core is None:
                    continue
                if tp in bound:
                    b = bound[tp]
                    bu = b.underlying()
                    if isinstance(T.unalias(b), T.TypeParam) and b not in tpset:
                        bu = T.core_type(T.unalias(b)) or bu   # an outer type parameter: its core type
                    self.unify(core, bu if not isinstance(core, T.Named) else b,
                               bound, tpset, inexact=True)
                elif not self.mentions(core, {tp}):
                    u = subst(core, bound)
                    if not self.mentions(u, tpset):
                        single = self._single_term(tp)
                        if single is not None and not single.tilde:
                            bound[tp] = u
        # an inferred (typed) type argument must have the constraint's methods
        # (types2 infer.go checks it here, before untyped defaults)
        for tp in tparams:
            b = bound.get(tp)
            if b is None or tp.bound is None or self.constraint_core(tp) is not None \
                    or self.mentions(b, tpset):
                continue
            constraint = subst(tp.bound, bound)
            if self.mentions(constraint, tpset):
                continue
            cause = []
            m, _ = self.missing_method(b, constraint, True, cause)
            if m is not None:
                pos = at.lparen if isinstance(at, A.CallExpr) else at
                self.errorf(pos, f'in call to {expr_str(fun_expr)}, {tp.obj.name} (type {self.sprintf_type(b)}) '
                                 f'does not satisfy {self.sprintf_type(tp.bound)} {cause[0] if cause else ""}'.rstrip())
                return None
        for tp, a in by_tp.items():
            if tp not in bound:
                bound[tp] = default_type(a.type)
        # substitute inferred type arguments into each other
        for _ in range(n):
            for tp in list(bound):
                bound[tp] = subst(bound[tp], bound)
        missing = [tp for tp in tparams if tp not in bound]
        if missing:
            tp = missing[0]
            self.errorf(at.lparen if isinstance(at, A.CallExpr) else at, f'in call to {expr_str(fun_expr)}, cannot infer {tp.obj.name} '
                            f'(declared at {self.declared_at(tp.obj)})')
            return None
        return [bound[tp] for tp in tparams]

    def declared_at(self, obj):
        """Where obj is declared, as gc names it: a standard package's own
        declarations are in GOROOT/src (minigo's Go text for them is not)."""
        pkg = obj.pkg
        if pkg is not None and pkg is not self.pkg:
            return getattr(pkg, 'declared_at', {}).get(obj, f'$GOROOT/src/{pkg.path}')
        return self.src.where(obj.pos)

    def _cannot_infer_suffix(self, ptype, tpset, bound):
        return ''

    def _single_term(self, tp):
        s = T.type_set(tp.bound) if tp.bound is not None else None
        if s is not None and s.terms and len(s.terms) == 1:
            return s.terms[0]
        return None

    def constraint_core(self, tp):
        if tp.bound is None:
            return None
        s = T.type_set(tp.bound)
        if not s.terms or len(s.terms) != 1:
            return None
        return s.terms[0].type

    def mentions(self, t, tpset):
        t = T.unalias(t)
        tt = type(t)
        if tt is T.TypeParam:
            return t in tpset
        if tt in (T.Pointer, T.Slice, T.Array, T.Chan):
            return self.mentions(t.elem, tpset)
        if tt is T.Map:
            return self.mentions(t.key, tpset) or self.mentions(t.elem, tpset)
        if tt is T.Signature:
            return any(self.mentions(v.type, tpset) for v in t.params.vars + t.results.vars)
        if tt is T.Struct:
            return any(self.mentions(f.type, tpset) for f in t.fields)
        if tt is T.Named:
            return t.targs is not None and any(self.mentions(a, tpset) for a in t.targs)
        if tt is T.Interface:
            return any(self.mentions(m.type, tpset) for m in t.methods) or \
                any(self.mentions(e, tpset) for e in t.embeddeds)
        if tt is T.Union:
            return any(self.mentions(x.type, tpset) for x in t.terms)
        return False

    def unify(self, x, y, bound, tpset, inexact=False):
        x = T.unalias(x)
        y = T.unalias(y)
        if isinstance(x, T.TypeParam) and x in tpset:
            b = bound.get(x)
            if b is None:
                bound[x] = y
                return True
            if T.identical(b, y):
                return True
            if inexact:
                # a defined type and a type literal with the same underlying type unify
                if isinstance(b, T.Named) and not isinstance(y, T.Named) and T.identical(b.underlying(), y):
                    return True
                if isinstance(y, T.Named) and not isinstance(b, T.Named) and T.identical(b, y.underlying()):
                    bound[x] = y
                    return True
                # directional channels
                bu, yu = b.underlying(), y.underlying()
                if isinstance(bu, T.Chan) and isinstance(yu, T.Chan) and T.identical(bu.elem, yu.elem):
                    if bu.dir == T.BOTH:
                        bound[x] = y
                    return True
            return self.unify(b, y, bound, tpset, False) if self.mentions(b, tpset) else False
        if isinstance(y, T.TypeParam) and y in tpset:
            return self.unify(y, x, bound, tpset, inexact)
        if not self.mentions(x, tpset):
            if T.identical(x, y):
                return True
            if inexact:
                return True   # assignability is checked after inference
            return False
        tx = type(x)
        if inexact and tx is not T.Named and isinstance(y, T.Named):
            y = y.underlying()
        if inexact and tx is T.Named and not isinstance(y, (T.Named, T.TypeParam)) and \
                not isinstance(x.underlying(), T.Interface):
            # a defined type (iter.Seq[V]) against a type literal (a func literal's type)
            return self.unify(x.underlying(), y, bound, tpset, inexact)
        if tx is not type(y):
            if inexact and isinstance(y, T.Named):
                return self.unify(x, y.underlying(), bound, tpset, inexact)
            return False
        if tx is T.Pointer or tx is T.Slice:
            return self.unify(x.elem, y.elem, bound, tpset, False)
        if tx is T.Array:
            return x.len == y.len and self.unify(x.elem, y.elem, bound, tpset, False)
        if tx is T.Map:
            return self.unify(x.key, y.key, bound, tpset, False) and self.unify(x.elem, y.elem, bound, tpset, False)
        if tx is T.Chan:
            return (x.dir == y.dir or inexact) and self.unify(x.elem, y.elem, bound, tpset, False)
        if tx is T.Signature:
            if len(x.params.vars) != len(y.params.vars) or len(x.results.vars) != len(y.results.vars):
                return False
            for a, b in zip(x.params.vars + x.results.vars, y.params.vars + y.results.vars):
                if not self.unify(a.type, b.type, bound, tpset, False):
                    return False
            return x.variadic == y.variadic
        if tx is T.Struct:
            if len(x.fields) != len(y.fields):
                return False
            return all(f.name == g.name and self.unify(f.type, g.type, bound, tpset, False)
                       for f, g in zip(x.fields, y.fields))
        if tx is T.Named:
            if x.orig is not y.orig or x.targs is None or y.targs is None:
                if inexact:
                    return True
                return False
            return all(self.unify(a, b, bound, tpset, False) for a, b in zip(x.targs, y.targs))
        if tx is T.Interface:
            return True
        return T.identical(x, y)
