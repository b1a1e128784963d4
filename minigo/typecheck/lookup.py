"""Field and method lookup through embedding, method sets, interface
satisfaction and comparability (after types2 lookup.go, instantiate.go
implements, predicates.go)."""
from __future__ import annotations

from .. import types as T


def deref(t):
    tt = T.unalias(t)
    if isinstance(tt, T.Pointer):
        return tt.elem, True
    return t, False


def named_methods(named):
    """Methods of a named type, substituted for an instance."""
    if named.orig is named or named.targs is None:
        return named.methods
    return named.orig.methods


def lookup_field_or_method(typ, addressable, name, fold_case=False):
    """(obj, index path, indirect) as types2's lookupFieldOrMethod: obj None and
    index set means ambiguous; obj None and indirect means a pointer receiver
    method on a non-addressable value."""
    tt = T.unalias(typ)
    if isinstance(tt, T.Named):
        p = tt.underlying()
        if isinstance(p, T.Pointer):
            obj, index, indirect = _lookup_impl(p, False, name, fold_case)
            if isinstance(obj, T.Func):
                return None, None, False
            return obj, index, indirect
    return _lookup_impl(typ, addressable, name, fold_case)


def _same(a, b, fold):
    return a == b or (fold and a.lower() == b.lower())


def _lookup_impl(typ, addressable, name, fold_case):
    if name == '_':
        return None, None, False
    typ, is_ptr = deref(typ)
    if is_ptr and isinstance(typ.underlying(), T.Interface):
        return None, None, False
    current = [(typ, [], is_ptr, False)]
    seen = []
    obj = None
    index = None
    indirect = False
    while current:
        nxt = []
        for (t, idx, ind, multiples) in current:
            t = T.unalias(t)
            if isinstance(t, T.Named):
                if any(T.identical(t, s) for s in seen):
                    continue
                seen.append(t)
                for i, m in enumerate(named_methods(t)):
                    if _same(m.name, name, fold_case):
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = m
                        indirect = ind
                        break
                else:
                    m = None
                if m is not None:
                    continue
            u = t.underlying()
            if isinstance(u, T.Struct):
                for i, f in enumerate(u.fields):
                    if _same(f.name, name, fold_case):
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = f
                        indirect = ind
                        continue
                    if obj is None and f.embedded:
                        ft, p = deref(f.type)
                        nxt.append((ft, idx + [i], ind or p, multiples))
            elif isinstance(u, T.Interface):
                s = T.type_set(u)
                for i, m in enumerate(s.methods):
                    if _same(m.name, name, fold_case):
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = m
                        indirect = ind
        if obj is not None:
            if isinstance(obj, T.Func) and obj.ptr_recv and not indirect and not addressable:
                return None, None, True
            return obj, index, indirect
        current = _consolidate(nxt)
    return None, None, False


def _consolidate(lst):
    if len(lst) <= 1:
        return lst
    out = []
    for e in lst:
        for j, o in enumerate(out):
            if T.identical(o[0], e[0]):
                out[j] = (o[0], o[1], o[2], True)
                break
        else:
            out.append(e)
    return out


class LookupMixin:

    def lookup_field_or_method(self, typ, addressable, name, fold_case=False):
        # make sure methods of package-level types are collected
        tt = T.unalias(typ)
        base = deref(tt)[0]
        base = T.unalias(base)
        if isinstance(base, T.Named) and base.obj in self.obj_map:
            self.obj_decl(base.obj)
        for m in (named_methods(base) if isinstance(base, T.Named) else []):
            if m.type is None:
                self.obj_decl(m)
        found = lookup_field_or_method(typ, addressable, name, fold_case)
        obj = found[0]
        if not fold_case and obj is not None and not obj.exported() and obj.pkg is not None \
                and obj.pkg is not self.pkg and getattr(obj.pkg, 'local', False):
            # types2 matches unexported names by (package, name): another
            # package's is not found (and the error names it as inaccessible)
            return None, None, False
        return found

    def method_signature(self, m: T.Func, recv_type):
        """The method's signature with receiver type parameters substituted
        for the type arguments of recv_type (a generic type's instance)."""
        sig = m.type
        if sig is None:
            self.obj_decl(m)
            sig = m.type
        if not sig.rparams:
            return sig
        base = T.unalias(deref(T.unalias(recv_type))[0])
        # find the embedded instance that declares m
        inst = self.find_declaring(base, m)
        if inst is None or inst.targs is None:
            return sig
        smap = dict(zip(sig.rparams, inst.targs))
        r = self.subst(sig, smap)
        if sig.tparams and r is not sig and not r.tparams:
            r.tparams = sig.tparams       # a generic method's own type parameters stay
        return r

    def find_declaring(self, t, m, depth=0):
        t = T.unalias(t)
        if depth > 8:
            return None
        if isinstance(t, T.Named):
            if m in named_methods(t):
                return t
        u = t.underlying()
        if isinstance(u, T.Struct):
            for f in u.fields:
                if f.embedded:
                    r = self.find_declaring(deref(f.type)[0], m, depth + 1)
                    if r is not None:
                        return r
        return None

    def lookup_error(self, typ, sel, obj, struct_lit=False):
        missing, misspelled, unexported, inaccessible = range(4)
        e = missing
        alt = ''
        if obj is not None:
            alt = obj.name
            if obj.pkg is self.pkg:
                e = misspelled
            elif sel[:1].isupper():
                if alt[:1].isupper():
                    e = misspelled
                elif sel[1:] == alt[1:]:
                    e = unexported
            elif alt[:1].isupper():
                if sel[1:] == alt[1:]:
                    e = misspelled
            elif sel == alt:
                e = inaccessible
        ts = self.sprintf_type(typ)
        if struct_lit:
            if e == missing:
                return f'unknown field {sel} in struct literal of type {ts}'
            if e == misspelled:
                return f'unknown field {sel} in struct literal of type {ts}, but does have {alt}'
            if e == unexported:
                return f'unknown field {sel} in struct literal of type {ts}, but does have unexported {alt}'
            return f'cannot refer to unexported field {alt} in struct literal of type {ts}'
        what = 'field' if isinstance(obj, T.Var) else 'method' if isinstance(obj, T.Func) else 'object'
        if e == missing:
            return f'type {ts} has no field or method {sel}'
        if e == misspelled:
            return f'type {ts} has no field or method {sel}, but does have {what} {alt}'
        if e == unexported:
            return f'type {ts} has no field or method {sel}, but does have unexported {what} {alt}'
        return f'cannot refer to unexported {what} {alt}'

    def is_interface_ptr(self, t):
        u = t.underlying() if t is not T.INVALID_T else None
        return isinstance(u, T.Pointer) and T.is_interface(u.elem)

    def interface_ptr_error(self, t):
        p = t.underlying()
        if isinstance(T.unalias(p.elem), T.TypeParam):
            return f'type {self.sprintf_type(t)} is pointer to type parameter, not type parameter'
        return f'type {self.sprintf_type(t)} is pointer to interface, not interface'

    def func_string(self, f, sig=None):
        return f.name + _strip_param_names(sig or f.type, self)

    # ------------------------------------------------------------ interfaces

    def missing_method(self, V, Tt, static, cause):
        """(method, wrong_type) of interface T missing from V."""
        s = T.type_set(Tt.underlying())
        methods = s.methods
        if not methods:
            return None, False
        state = None
        m = f = None
        Vu = V.underlying()
        if isinstance(Vu, T.Interface):
            vs = T.type_set(Vu)
            for m in methods:
                f = vs.method(m.name)
                if f is None:
                    if not static:
                        continue
                    state = 'notFound'
                    break
                if not T.identical(f.type, m.type):
                    state = 'wrongSig'
                    break
        else:
            for m in methods:
                obj, index, indirect = self.lookup_field_or_method(V, False, m.name)
                if obj is None:
                    if index is not None:
                        state = 'ambigSel'
                    elif indirect:
                        state = 'ptrRecv'
                    else:
                        state = 'notFound'
                        obj2, _, _ = self.lookup_field_or_method(V, False, m.name, fold_case=True)
                        f = obj2 if isinstance(obj2, T.Func) else None
                        if f is not None:
                            state = 'wrongName'
                            if f.name == m.name:
                                state = 'unexported'
                    break
                if not isinstance(obj, T.Func):
                    state = 'field'
                    f = None
                    break
                f = obj
                fsig = self.method_signature(f, V)
                if not T.identical(_nosig_recv(fsig), _nosig_recv(m.type)):
                    state = 'wrongSig'
                    break
        if state is None:
            return None, False
        if cause is not None:
            if state == 'notFound':
                if self.is_interface_ptr(V):
                    c = '(' + self.interface_ptr_error(V) + ')'
                elif self.is_interface_ptr(Tt):
                    c = '(' + self.interface_ptr_error(Tt) + ')'
                else:
                    c = f'(missing method {m.name})'
            elif state == 'wrongName':
                c = (f'(missing method {m.name})\n\t\thave {self.func_sig_string(f, V)}\n'
                     f'\t\twant {self.func_sig_string(m, None)}')
            elif state == 'unexported':
                c = f'(unexported method {m.name})'
            elif state == 'wrongSig':
                fs, ms = self.func_sig_string(f, V), self.func_sig_string(m, None)
                if fs == ms:
                    c = f'(wrong type for method {m.name})'
                else:
                    c = f'(wrong type for method {m.name})\n\t\thave {fs}\n\t\twant {ms}'
            elif state == 'ambigSel':
                c = f'(ambiguous selector {self.sprintf_type(V)}.{m.name})'
            elif state == 'ptrRecv':
                c = f'(method {m.name} has pointer receiver)'
            elif state == 'field':
                c = f'({self.sprintf_type(V)}.{m.name} is a field, not a method)'
            else:
                c = ''
            cause[:] = [c]
        return m, state in ('wrongSig', 'ptrRecv')

    def func_sig_string(self, f, recv_type):
        sig = f.type if recv_type is None else self.method_signature(f, recv_type)
        out = []
        _write_sig_no_names(out, sig, self.qualifier)
        return f.name + ''.join(out)

    def implements(self, V, Tt, constraint, cause):
        Vu = V.underlying()
        Tu = Tt.underlying()
        if Vu is T.INVALID_T or Tu is T.INVALID_T:
            return True
        if isinstance(Vu, T.Pointer) and Vu.elem.underlying() is T.INVALID_T:
            return True
        verb = 'satisfy' if constraint else 'implement'
        if not isinstance(Tu, T.Interface):
            if cause is not None:
                if self.is_interface_ptr(Tu):
                    detail = self.interface_ptr_error(Tt)
                else:
                    detail = f'{self.sprintf_type(Tt)} is not an interface'
                cause[:] = [f'{self.sprintf_type(V)} does not {verb} {self.sprintf_type(Tt)} ({detail})']
            return False
        ts = T.type_set(Tu)
        if not ts.methods and ts.terms is None and not ts.comparable:
            return True
        Vi = Vu if isinstance(Vu, T.Interface) else None
        if Vi is not None and T.type_set(Vi).terms == []:
            return True
        if ts.terms == []:
            if cause is not None:
                cause[:] = [f'cannot {verb} {self.sprintf_type(Tt)} (empty type set)']
            return False
        c = [] if cause is not None else None
        m, _ = self.missing_method(V, Tt, True, c)
        if m is not None:
            if cause is not None:
                cause[:] = [f'{self.sprintf_type(V)} does not {verb} {self.sprintf_type(Tt)} {c[0] if c else ""}']
            return False

        def check_comparability():
            if not ts.comparable:
                return True
            if self.comparable(V):
                return True
            if constraint and self.comparable(V, dynamic=True):
                return True
            if cause is not None:
                cause[:] = [f'{self.sprintf_type(V)} does not {verb} comparable']
            return False

        if ts.terms is None:
            return check_comparability()
        if Vi is not None:
            vs = T.type_set(Vi)
            if vs.terms is None or not all(any(_includes(t, v.type) for t in ts.terms) for v in vs.terms):
                if cause is not None:
                    cause[:] = [f'{self.sprintf_type(V)} does not {verb} {self.sprintf_type(Tt)}']
                return False
            return check_comparability()
        if not any(_includes(t, V) for t in ts.terms):
            if cause is not None:
                alt = None
                for t in ts.terms:
                    if not t.tilde and T.identical(t.type, t.type.underlying()) and T.identical(t.type, V.underlying()):
                        alt = t.type
                if alt is not None:
                    detail = f'possibly missing ~ for {self.sprintf_type(alt)} in {self.sprintf_type(Tt)}'
                elif _mentions(Tu, V):
                    detail = (f'{self.sprintf_type(Tt)} mentions {self.sprintf_type(V)}, but '
                              f'{self.sprintf_type(V)} is not in the type set of {self.sprintf_type(Tt)}')
                else:
                    terms = ' | '.join(('~' if t.tilde else '') + self.sprintf_type(t.type) for t in ts.terms)
                    detail = f'{self.sprintf_type(V)} missing in {terms}'
                cause[:] = [f'{self.sprintf_type(V)} does not {verb} {self.sprintf_type(Tt)} ({detail})']
            return False
        return check_comparability()

    def assertable_to(self, V, Tt, cause):
        if T.is_interface(Tt):
            return True
        m, _ = self.missing_method(Tt, V, False, cause)
        return m is None

    def comparable(self, t, dynamic=False, seen=None):
        return self.comparable_type(t, dynamic, seen) is None

    def comparable_type(self, t, dynamic=False, seen=None):
        if seen is None:
            seen = set()
        if id(t) in seen:
            return None
        seen.add(id(t))
        tt = T.unalias(t)
        if isinstance(tt, T.TypeParam):
            s = T.type_set(tt.bound)
            if s.comparable:
                return None
            if s.terms and all(self.comparable(term.type, False, seen) for term in s.terms):
                return None
            return 'incomparable types in type set'
        u = t.underlying()
        if isinstance(u, T.Basic):
            if u.kind == T.UNTYPED_NIL:
                return ''
            return None
        if isinstance(u, (T.Pointer, T.Chan)):
            return None
        if isinstance(u, T.Struct):
            for f in u.fields:
                if self.comparable_type(f.type, dynamic, seen) is not None:
                    return f'struct containing {self.sprintf_type(f.type)} cannot be compared'
            return None
        if isinstance(u, T.Array):
            if self.comparable_type(u.elem, dynamic, seen) is not None:
                return f'{self.sprintf_type(t)} cannot be compared'
            return None
        if isinstance(u, T.Interface):
            s = T.type_set(u)
            if dynamic or s.comparable or s.terms is None:
                return None
            if s.terms == []:
                return 'empty type set'
            if all(self.comparable(term.type, False, seen) for term in s.terms):
                return None
            return 'incomparable types in type set'
        return ''

    def comparable_cause(self, t):
        c = self.comparable_type(t)
        return c or ''


def _includes(term, t):
    if term.tilde:
        return T.identical(term.type.underlying(), t.underlying())
    return T.identical(term.type, t)


def _mentions(t, typ):
    """Whether constraint t names typ explicitly (types2 mentions)."""
    if isinstance(t, T.Interface):
        return any(_mentions(e, typ) for e in t.embeddeds)
    if isinstance(t, T.Union):
        return any(_mentions(x.type, typ) for x in t.terms)
    if isinstance(t, T.Term):
        return _mentions(t.type, typ)
    return T.identical(t, typ)


def _nosig_recv(sig):
    return T.Signature(sig.params, sig.results, sig.variadic)


def _write_sig_no_names(out, sig, q):
    out.append('(')
    n = len(sig.params.vars)
    for i, v in enumerate(sig.params.vars):
        if i:
            out.append(', ')
        t = v.type
        if sig.variadic and i == n - 1:
            out.append('...')
            if isinstance(t, T.Slice):
                t = t.elem
        out.append(T.type_string(t, q))
    out.append(')')
    res = sig.results.vars
    if not res:
        return
    out.append(' ')
    if len(res) == 1:
        out.append(T.type_string(res[0].type, q))
        return
    out.append('(')
    out.append(', '.join(T.type_string(v.type, q) for v in res))
    out.append(')')


def _strip_param_names(sig, check):
    out = []
    _write_sig_no_names(out, sig, check.qualifier)
    return ''.join(out)
