"""Go's types, as the checker sees them, and their Go spelling.

Shaped after go/types (cmd/compile/internal/types2): Basic, Named, Pointer,
Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple, TypeParam, Union.
The checker's types keep what the source wrote (`byte` stays `byte` in error
messages); `identical` compares structurally. The runtime wants one object per
type so that a type switch is an `is` test: `rtype()` maps any type to its
canonical representative (see runtime/rtypes.py), a separate concern.

Objects (Var, Const, TypeName, Func, PkgName, Builtin, Label) are what
identifiers denote; Scope maps names to objects.
"""
from __future__ import annotations


# ------------------------------------------------------------------ basic kinds

(INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64,
 UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFEPTR,
 UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX,
 UNTYPED_STRING, UNTYPED_NIL) = range(26)

IS_BOOLEAN, IS_INTEGER, IS_UNSIGNED, IS_FLOAT, IS_COMPLEX, IS_STRING, IS_UNTYPED = (
    1, 2, 4, 8, 16, 32, 64)
IS_ORDERED = IS_INTEGER | IS_FLOAT | IS_STRING
IS_NUMERIC = IS_INTEGER | IS_FLOAT | IS_COMPLEX
IS_CONST_TYPE = IS_BOOLEAN | IS_NUMERIC | IS_STRING


class Type:
    __slots__ = ('_rt',)

    def underlying(self) -> 'Type':
        return self

    def __str__(self):
        return type_string(self)

    __repr__ = __str__


class Basic(Type):
    __slots__ = ('kind', 'info', 'name', 'bits')

    def __init__(self, kind, info, name, bits=0):
        self.kind = kind
        self.info = info
        self.name = name
        self.bits = bits


def _basic(kind, info, name, bits=0):
    return Basic(kind, info, name, bits)


Typ = [
    _basic(INVALID, 0, 'invalid type'),
    _basic(BOOL, IS_BOOLEAN, 'bool'),
    _basic(INT, IS_INTEGER, 'int', 64),
    _basic(INT8, IS_INTEGER, 'int8', 8),
    _basic(INT16, IS_INTEGER, 'int16', 16),
    _basic(INT32, IS_INTEGER, 'int32', 32),
    _basic(INT64, IS_INTEGER, 'int64', 64),
    _basic(UINT, IS_INTEGER | IS_UNSIGNED, 'uint', 64),
    _basic(UINT8, IS_INTEGER | IS_UNSIGNED, 'uint8', 8),
    _basic(UINT16, IS_INTEGER | IS_UNSIGNED, 'uint16', 16),
    _basic(UINT32, IS_INTEGER | IS_UNSIGNED, 'uint32', 32),
    _basic(UINT64, IS_INTEGER | IS_UNSIGNED, 'uint64', 64),
    _basic(UINTPTR, IS_INTEGER | IS_UNSIGNED, 'uintptr', 64),
    _basic(FLOAT32, IS_FLOAT, 'float32', 32),
    _basic(FLOAT64, IS_FLOAT, 'float64', 64),
    _basic(COMPLEX64, IS_COMPLEX, 'complex64', 64),
    _basic(COMPLEX128, IS_COMPLEX, 'complex128', 128),
    _basic(STRING, IS_STRING, 'string'),
    _basic(UNSAFEPTR, 0, 'unsafe.Pointer'),
    _basic(UNTYPED_BOOL, IS_BOOLEAN | IS_UNTYPED, 'untyped bool'),
    _basic(UNTYPED_INT, IS_INTEGER | IS_UNTYPED, 'untyped int'),
    _basic(UNTYPED_RUNE, IS_INTEGER | IS_UNTYPED, 'untyped rune'),
    _basic(UNTYPED_FLOAT, IS_FLOAT | IS_UNTYPED, 'untyped float'),
    _basic(UNTYPED_COMPLEX, IS_COMPLEX | IS_UNTYPED, 'untyped complex'),
    _basic(UNTYPED_STRING, IS_STRING | IS_UNTYPED, 'untyped string'),
    _basic(UNTYPED_NIL, IS_UNTYPED, 'untyped nil'),
]
Byte = _basic(UINT8, IS_INTEGER | IS_UNSIGNED, 'byte', 8)
Rune = _basic(INT32, IS_INTEGER, 'rune', 32)

INVALID_T = Typ[INVALID]


# ------------------------------------------------------------------ composite types

class Pointer(Type):
    __slots__ = ('elem',)

    def __init__(self, elem):
        self.elem = elem


class Slice(Type):
    __slots__ = ('elem',)

    def __init__(self, elem):
        self.elem = elem


class Array(Type):
    __slots__ = ('elem', 'len')

    def __init__(self, elem, length):
        self.elem = elem
        self.len = length


class Map(Type):
    __slots__ = ('key', 'elem')

    def __init__(self, key, elem):
        self.key = key
        self.elem = elem


SEND, RECV, BOTH = 1, 2, 3


class Chan(Type):
    __slots__ = ('elem', 'dir')

    def __init__(self, elem, dir=BOTH):
        self.elem = elem
        self.dir = dir


class Struct(Type):
    __slots__ = ('fields', 'tags', '_index')

    def __init__(self, fields, tags=None):
        self.fields = fields            # list of Var (kind FIELD)
        self.tags = tags or [None] * len(fields)
        self._index = None

    def field_index(self, name):
        if self._index is None:
            self._index = {f.name: i for i, f in enumerate(self.fields)}
        return self._index.get(name)


class Tuple(Type):
    __slots__ = ('vars',)

    def __init__(self, vars=()):
        self.vars = list(vars)

    def __len__(self):
        return len(self.vars)

    def types(self):
        return [v.type for v in self.vars]


class Signature(Type):
    __slots__ = ('params', 'results', 'variadic', 'recv', 'tparams', 'rparams', 'scope')

    def __init__(self, params: Tuple, results: Tuple, variadic=False, recv=None, tparams=None):
        self.params = params
        self.results = results
        self.variadic = variadic
        self.recv = recv
        self.tparams = tparams or []    # list of TypeParam
        self.rparams = []               # receiver type parameters of a generic method
        self.scope = None


class Interface(Type):
    """methods: explicitly declared (Func objects); embeddeds: embedded types
    (interfaces, or constraint terms/unions). The type set is computed lazily."""
    __slots__ = ('methods', 'embeddeds', '_tset', 'implicit', 'complete_pos')

    def __init__(self, methods=None, embeddeds=None):
        self.methods = methods or []
        self.embeddeds = embeddeds or []
        self._tset = None
        self.implicit = False   # `~int` written directly as a constraint


class Term:
    __slots__ = ('tilde', 'type')

    def __init__(self, tilde, typ):
        self.tilde = tilde
        self.type = typ

    def __str__(self):
        return ('~' if self.tilde else '') + type_string(self.type)


class Union(Type):
    __slots__ = ('terms',)

    def __init__(self, terms):
        self.terms = terms


class TypeParam(Type):
    __slots__ = ('obj', 'index', 'bound', 'id')
    _next_id = 0

    def __init__(self, obj, index, bound):
        self.obj = obj
        self.index = index
        self.bound = bound
        TypeParam._next_id += 1
        self.id = TypeParam._next_id

    def underlying(self):
        # The underlying type of a type parameter is its constraint interface.
        return self.bound.underlying() if self.bound is not None else INVALID_T


class Named(Type):
    """A defined type. For an instance of a generic type, `orig` is the generic
    type and `targs` its type arguments; methods are then those of orig,
    substituted lazily."""
    __slots__ = ('obj', 'under', 'methods', 'tparams', 'targs', 'orig', 'resolver', 'local_id',
                 '_inst_methods', 'expanding', 'instances')

    def __init__(self, obj, under=None, methods=None):
        self.obj = obj
        self.under = under
        self.methods = methods if methods is not None else []
        self.tparams = []
        self.targs = None
        self.orig = self
        self.resolver = None     # fills `under` for an instance on demand
        self.local_id = 0
        self._inst_methods = None
        self.expanding = False
        self.instances = None    # a generic type's instances by type arguments (generics.py)

    def underlying(self):
        if self.under is None and self.resolver is not None:
            r = self.resolver
            self.resolver = None
            r(self)
        u = self.under
        if u is None:
            return INVALID_T
        return u

    def __str__(self):
        return type_string(self)


class Alias(Type):
    """A type alias declared with type parameters or kept for printing (`type A = B`)."""
    __slots__ = ('obj', 'target', 'tparams')

    def __init__(self, obj, target):
        self.obj = obj
        self.target = target
        self.tparams = None     # a generic alias (type A[P any] = ...)

    def underlying(self):
        return self.target.underlying()


def unalias(t):
    while isinstance(t, Alias):
        t = t.target
    return t


# ------------------------------------------------------------------ objects

class Object:
    __slots__ = ('name', 'type', 'pos', 'pkg', 'parent', 'order', 'color', 'decl')

    def __init__(self, name, typ=None, pos=None, pkg=None):
        self.name = name
        self.type = typ
        self.pos = pos
        self.pkg = pkg
        self.parent = None
        self.order = 0
        self.color = 0      # 0 white, 1 grey (being checked), 2 black
        self.decl = None

    def exported(self):
        return self.name[:1].isupper()

    def __repr__(self):
        return f'<{type(self).__name__} {self.name}>'


# Var kinds
LOCAL, PARAM, RESULT, RECV_VAR, FIELD, PKGVAR = range(6)


class Var(Object):
    __slots__ = ('kind', 'embedded', 'used', 'origin', 'is_field')

    def __init__(self, name, typ=None, pos=None, pkg=None, kind=LOCAL, embedded=False):
        super().__init__(name, typ, pos, pkg)
        self.kind = kind
        self.embedded = embedded
        self.used = False
        self.origin = self
        self.is_field = kind == FIELD


class Const(Object):
    __slots__ = ('val',)

    def __init__(self, name, typ=None, pos=None, pkg=None, val=None):
        super().__init__(name, typ, pos, pkg)
        self.val = val


class TypeName(Object):
    __slots__ = ('is_alias',)

    def __init__(self, name, typ=None, pos=None, pkg=None):
        super().__init__(name, typ, pos, pkg)
        self.is_alias = False


class Func(Object):
    """A function or method. `impl` is set for package functions written in Python."""
    __slots__ = ('recv_named', 'impl', 'origin', 'ptr_recv', 'has_body', 'instances')

    def __init__(self, name, sig=None, pos=None, pkg=None):
        super().__init__(name, sig, pos, pkg)
        self.recv_named = None
        self.impl = None
        self.origin = self
        self.ptr_recv = False
        self.has_body = True
        self.instances = None

    @property
    def sig(self):
        return self.type


class PkgName(Object):
    __slots__ = ('imported', 'used')

    def __init__(self, name, imported, pos=None):
        super().__init__(name, INVALID_T, pos)
        self.imported = imported
        self.used = False


class Builtin(Object):
    __slots__ = ('id',)

    def __init__(self, name):
        super().__init__(name, INVALID_T)
        self.id = name


class Nil(Object):
    __slots__ = ()

    def __init__(self):
        super().__init__('nil', Typ[UNTYPED_NIL])


class Label(Object):
    __slots__ = ('used',)

    def __init__(self, name, pos):
        super().__init__(name, INVALID_T, pos)
        self.used = False


class Package:
    def __init__(self, path, name, scope=None):
        self.path = path
        self.name = name
        self.scope = scope
        self.impl = None      # the Python module implementing it, for stdlib packages
        self.fake = False

    def __repr__(self):
        return f'<Package {self.path}>'


class Scope:
    __slots__ = ('parent', 'elems', 'children', 'is_func', 'kind')

    def __init__(self, parent=None, is_func=False, kind=''):
        self.parent = parent
        self.elems = {}
        self.children = []
        self.is_func = is_func
        self.kind = kind
        if parent is not None:
            parent.children.append(self)

    def lookup(self, name):
        return self.elems.get(name)

    def lookup_parent(self, name):
        s = self
        while s is not None:
            o = s.elems.get(name)
            if o is not None:
                return s, o
            s = s.parent
        return None, None

    def insert(self, obj):
        """Insert obj; return the object already there under that name, if any."""
        old = self.elems.get(obj.name)
        if old is not None:
            return old
        self.elems[obj.name] = obj
        if obj.parent is None:
            obj.parent = self
        return None


# ------------------------------------------------------------------ predicates

def under(t):
    return t.underlying()


def is_basic(t, info):
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & info)


def is_untyped(t):
    return isinstance(t, Basic) and bool(t.info & IS_UNTYPED)


def is_typed(t):
    return not is_untyped(t)


def is_integer(t):
    return is_basic(t, IS_INTEGER)


def is_unsigned(t):
    return is_basic(t, IS_UNSIGNED)


def is_float(t):
    return is_basic(t, IS_FLOAT)


def is_complex(t):
    return is_basic(t, IS_COMPLEX)


def is_numeric(t):
    return is_basic(t, IS_NUMERIC)


def is_string(t):
    return is_basic(t, IS_STRING)


def is_boolean(t):
    return is_basic(t, IS_BOOLEAN)


def is_const_type(t):
    return is_basic(t, IS_CONST_TYPE)


def is_interface(t):
    return isinstance(t.underlying(), Interface) and not isinstance(t, TypeParam)


def is_type_param(t):
    return isinstance(unalias(t), TypeParam)


def has_nil(t):
    """Whether nil is a value of t."""
    u = t.underlying()
    if isinstance(t, TypeParam):
        return all(has_nil(term.type) for term in type_set(t.bound).terms or []) and bool(type_set(t.bound).terms)
    if isinstance(u, Basic):
        return u.kind == UNSAFEPTR
    return isinstance(u, (Slice, Pointer, Signature, Map, Chan, Interface))


def identical(x, y, ignore_tags=False):
    if x is y:
        return True
    x = unalias(x)
    y = unalias(y)
    if x is y:
        return True
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is Basic:
        return x.kind == y.kind
    if tx is Named:
        if x.orig is not y.orig or x.targs is None or y.targs is None:
            return False
        return len(x.targs) == len(y.targs) and all(identical(a, b) for a, b in zip(x.targs, y.targs))
    if tx is Pointer or tx is Slice:
        return identical(x.elem, y.elem)
    if tx is Array:
        return x.len == y.len and identical(x.elem, y.elem)
    if tx is Map:
        return identical(x.key, y.key) and identical(x.elem, y.elem)
    if tx is Chan:
        return x.dir == y.dir and identical(x.elem, y.elem)
    if tx is Struct:
        if len(x.fields) != len(y.fields):
            return False
        for i, (f, g) in enumerate(zip(x.fields, y.fields)):
            if f.embedded != g.embedded or f.name != g.name or not identical(f.type, g.type):
                return False
            if not ignore_tags and (x.tags[i] or '') != (y.tags[i] or ''):
                return False
        return True
    if tx is Tuple:
        return len(x.vars) == len(y.vars) and all(identical(a.type, b.type) for a, b in zip(x.vars, y.vars))
    if tx is Signature:
        if x.tparams or y.tparams:
            if len(x.tparams) != len(y.tparams):
                return False
        return (x.variadic == y.variadic and identical(x.params, y.params)
                and identical(x.results, y.results))
    if tx is Interface:
        sx, sy = type_set(x), type_set(y)
        if len(sx.methods) != len(sy.methods):
            return False
        if (sx.terms is None) != (sy.terms is None):
            return False
        if sx.terms is not None:
            if len(sx.terms) != len(sy.terms):
                return False
            for a in sx.terms:
                if not any(a.tilde == b.tilde and identical(a.type, b.type) for b in sy.terms):
                    return False
        ym = {m.name: m for m in sy.methods}
        for m in sx.methods:
            n = ym.get(m.name)
            if n is None or not identical(m.type, n.type):
                return False
        return sx.comparable == sy.comparable
    if tx is TypeParam:
        return False
    if tx is Union:
        return len(x.terms) == len(y.terms) and all(
            a.tilde == b.tilde and identical(a.type, b.type) for a, b in zip(x.terms, y.terms))
    return False


# ------------------------------------------------------------------ interface type sets

class TypeSet:
    """The methods and (for constraints) the type terms of an interface.
    terms None means "all types"; an empty list means the empty set."""
    __slots__ = ('methods', 'terms', 'comparable', '_mindex')

    def __init__(self, methods, terms, comparable=False):
        self.methods = methods
        self.terms = terms
        self.comparable = comparable
        self._mindex = None

    def method(self, name):
        if self._mindex is None:
            self._mindex = {m.name: m for m in self.methods}
        return self._mindex.get(name)

    def is_method_set_only(self):
        return self.terms is None and not self.comparable


def type_set(t) -> TypeSet:
    u = t.underlying() if not isinstance(t, Interface) else t
    if not isinstance(u, Interface):
        return TypeSet([], None)
    if u._tset is not None:
        return u._tset
    u._tset = TypeSet([], None)   # guard against cycles
    methods = {}
    for m in u.methods:
        methods.setdefault(m.name, m)
    terms = None
    comparable = False
    for e in u.embeddeds:
        e_terms, e_methods, e_cmp = _embedded_set(e)
        for m in e_methods:
            methods.setdefault(m.name, m)
        comparable = comparable or e_cmp
        if e_terms is not None:
            terms = e_terms if terms is None else _intersect(terms, e_terms)
    ms = sorted(methods.values(), key=lambda m: m.name)
    u._tset = TypeSet(ms, terms, comparable)
    return u._tset


def _embedded_set(e):
    """(terms or None, methods, comparable) of one embedded element."""
    e = unalias(e)
    if isinstance(e, Union):
        terms = []
        for term in e.terms:
            tt = unalias(term.type)
            if isinstance(tt.underlying(), Interface) and not isinstance(tt, TypeParam):
                s = type_set(tt)
                if s.terms is None:
                    return None, [], False
                terms.extend(s.terms)
            else:
                terms.append(term)
        return terms, [], False
    if isinstance(e, TypeParam):
        return [Term(False, e)], [], False
    u = e.underlying()
    if isinstance(u, Interface):
        s = type_set(u)
        return s.terms, s.methods, s.comparable
    return [Term(False, e)], [], False


def _intersect(a, b):
    out = []
    for x in a:
        for y in b:
            r = _term_intersect(x, y)
            if r is not None:
                out.append(r)
    return out


def _term_intersect(x, y):
    ux, uy = x.type.underlying(), y.type.underlying()
    if x.tilde and y.tilde:
        return x if identical(ux, uy) else None
    if x.tilde:
        return y if identical(ux, uy) else None
    if y.tilde:
        return x if identical(x.type, y.type) or identical(ux, uy) else None
    return x if identical(x.type, y.type) else None


def core_type(t):
    """The single underlying type of all types in t's type set, or None."""
    if not isinstance(t, TypeParam) and not isinstance(t.underlying(), Interface):
        return t.underlying()
    if isinstance(t, TypeParam):
        s = type_set(t.bound)
    else:
        s = type_set(t)
        if s.terms is None:
            return t.underlying()
    if not s.terms:
        return None
    u = None
    for term in s.terms:
        tu = term.type.underlying()
        if u is None:
            u = tu
        elif not identical(u, tu):
            if isinstance(u, Chan) and isinstance(tu, Chan) and identical(u.elem, tu.elem):
                continue
            return None
    return u


# ------------------------------------------------------------------ printing

def type_string(t, qualify=None) -> str:
    """Go's spelling of a type. qualify(pkg) -> prefix ('' for the package being
    checked, 'main.' at run time for %T)."""
    out = []
    _write_type(out, t, qualify or _default_qualifier, set())
    return ''.join(out)


def _default_qualifier(pkg):
    if pkg is None or pkg.path == 'main':
        return ''
    return pkg.name + '.'


def runtime_qualifier(pkg):
    if pkg is None:
        return ''
    return pkg.name + '.'


def _write_tuple(out, tup, variadic, q, seen):
    out.append('(')
    for i, v in enumerate(tup.vars):
        if i:
            out.append(', ')
        if v.name and v.name != '_' or (v.name == '_' and False):
            out.append(v.name)
            out.append(' ')
        elif v.name == '_':
            out.append('_ ')
        t = v.type
        if variadic and i == len(tup.vars) - 1:
            out.append('...')
            if isinstance(t, Slice):
                t = t.elem
        _write_type(out, t, q, seen)
    out.append(')')


def write_signature(out, sig, q, seen):
    _write_tuple(out, sig.params, sig.variadic, q, seen)
    res = sig.results.vars
    if not res:
        return
    out.append(' ')
    if len(res) == 1 and not res[0].name:
        _write_type(out, res[0].type, q, seen)
        return
    _write_tuple(out, sig.results, False, q, seen)


def _write_type(out, t, q, seen):
    tt = type(t)
    if tt is Basic:
        out.append(t.name)
    elif tt is Named:
        if t.obj.pkg is not None:
            out.append(q(t.obj.pkg))
        out.append(t.obj.name)
        if t.targs is not None:
            out.append('[')
            for i, a in enumerate(t.targs):
                if i:
                    out.append(', ')
                _write_type(out, a, q, seen)
            out.append(']')
        elif t.tparams and t.orig is t:
            out.append('[')
            for i, p in enumerate(t.tparams):
                if i:
                    out.append(', ')
                out.append(p.obj.name + ' ')
                _write_type(out, p.bound, q, seen)
            out.append(']')
    elif tt is Alias:
        if t.obj.pkg is not None:
            out.append(q(t.obj.pkg))
        out.append(t.obj.name)
    elif tt is TypeParam:
        out.append(t.obj.name)
    elif tt is Pointer:
        out.append('*')
        _write_type(out, t.elem, q, seen)
    elif tt is Slice:
        out.append('[]')
        _write_type(out, t.elem, q, seen)
    elif tt is Array:
        out.append(f'[{t.len}]')
        _write_type(out, t.elem, q, seen)
    elif tt is Map:
        out.append('map[')
        _write_type(out, t.key, q, seen)
        out.append(']')
        _write_type(out, t.elem, q, seen)
    elif tt is Chan:
        if t.dir == SEND:
            out.append('chan<- ')
        elif t.dir == RECV:
            out.append('<-chan ')
        else:
            out.append('chan ')
        paren = t.dir != SEND and isinstance(t.elem, Chan) and t.elem.dir == RECV
        if paren:
            out.append('(')
        _write_type(out, t.elem, q, seen)
        if paren:
            out.append(')')
    elif tt is Struct:
        out.append('struct{')
        for i, f in enumerate(t.fields):
            if i:
                out.append('; ')
            if not f.embedded:
                out.append(f.name + ' ')
            _write_type(out, f.type, q, seen)
            tag = t.tags[i]
            if tag:
                out.append(' ' + _go_quote(tag))
        out.append('}')
    elif tt is Signature:
        out.append('func')
        write_signature(out, t, q, seen)
    elif tt is Tuple:
        _write_tuple(out, t, False, q, seen)
    elif tt is Interface:
        if t.implicit and len(t.embeddeds) == 1:
            _write_type(out, t.embeddeds[0], q, seen)
            return
        if t in seen:
            out.append('interface{...}')
            return
        seen.add(t)
        out.append('interface{')
        items = []
        for m in t.methods:
            s = [m.name]
            write_signature(s, m.type, q, seen)
            items.append(''.join(s))
        for e in t.embeddeds:
            s = []
            _write_type(s, e, q, seen)
            items.append(''.join(s))
        out.append('; '.join(items))
        out.append('}')
        seen.discard(t)
    elif tt is Union:
        for i, term in enumerate(t.terms):
            if i:
                out.append(' | ')
            if term.tilde:
                out.append('~')
            _write_type(out, term.type, q, seen)
    else:
        out.append(f'<{tt.__name__}>')


def _go_quote(s):
    from .text.gostr import quote
    return quote(s.encode() if isinstance(s, str) else s)
