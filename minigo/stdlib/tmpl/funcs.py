"""The functions a template calls: Go functions (FuncMap entries, methods,
what `call` is given) and the builtins (and, or, not, len, index, slice,
print, printf, println, html, js, urlquery, eq, ne, lt, le, gt, ge, call).

A Func has Go's view of a signature: its parameter types (the variadic
one's element type last), whether it is variadic, and its result types; a
parameter of type reflect.Value (the builtins' and maybe a user's) takes
the argument's Value itself. Func.invoke takes argument Values and gives
the result Value, raising CallError with the Go error value when the
function returns one or panics (Go's safeCall turns a panic into an error).
"""
from __future__ import annotations

from ...runtime import gofmt
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.context import current
from ...runtime.panic import GoPanic, as_go
from ...runtime.values import NIL_SLICE, Slice
from .. import reflect as RF
from . import escapers, goerr
from . import values as V


class CallError(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err          # the Go error value


def fail(msg):
    raise CallError(goerr.new(msg))


def recovered(p):
    """The error Go's safeCall makes of a recovered panic."""
    v = p.value
    if v is not None and V.implements(v[0], V.rt_error()):
        return v
    return goerr.new(gofmt.sprint([v]))


def guarded(fn, *args):
    """fn(*args) with a Go panic turned into CallError, as safeCall does."""
    try:
        return fn(*args)
    except GoPanic as p:
        if p.goexit:
            raise
        raise CallError(recovered(p)) from None
    except CallError:
        raise
    except Exception as e:
        p = as_go(e)
        if p is None:
            raise
        raise CallError(recovered(p)) from None


class Func:
    """A callable with Go's signature rules (see the module doc)."""
    __slots__ = ('params', 'variadic', 'results', 'impl', 'name')

    def __init__(self, params, variadic, results, impl, name=''):
        self.params = params
        self.variadic = variadic
        self.results = results
        self.impl = impl
        self.name = name

    def good(self, name):
        """goodFunc: '' or why the results do not suit a template."""
        n = len(self.results)
        if n == 1:
            return ''
        if n == 2:
            if self.results[1] is V.rt_error() or self.results[1].name == 'error':
                return ''
            return (f'invalid function signature for {name}: second return value should be error; '
                    f'is {self.results[1].name}')
        return f'function {name} has {n} return values; should be 1 or 2'

    def invoke(self, argv):
        return guarded(self.impl, argv)


class GoFunc(Func):
    """A Go func value (fn a Python callable, None for a nil func) of signature sig."""
    __slots__ = ()

    def __init__(self, sig, fn, name=''):
        params, results = _signature_types(sig)
        super().__init__(params, sig.variadic, results, fn, name)

    def invoke(self, argv):
        fn = self.impl
        if fn is None:
            raise CallError(goerr.new('reflect.Value.Call: call of nil function'))
        params = self.params
        n = len(params)
        fixed = n - 1 if self.variadic else n
        raw = [raw_arg(argv[i], params[i]) for i in range(fixed)]
        if self.variadic:
            extra = [raw_arg(a, params[-1]) for a in argv[fixed:]]
            raw.append(I.make_slice(extra) if extra else NIL_SLICE)
        out = guarded(fn, *raw)
        if len(self.results) == 2:
            out, err = out
            if err is not None:
                raise CallError(err)
        rt = self.results[0]
        if rt is V.VALUE:
            return RF._v(out)
        return V.of(rt, out)


def _signature_types(sig):
    """(parameter types with the variadic one's element last, result types), cached per run."""
    cache = current().state('tmpl.signatures', dict)
    hit = cache.get(id(sig))
    if hit is not None and hit[0] is sig:
        return hit[1], hit[2]
    params = [_param_rt(p.type) for p in sig.params.vars]
    if sig.variadic:
        params[-1] = params[-1].elem
    results = [_param_rt(r.type) for r in sig.results.vars]
    cache[id(sig)] = (sig, params, results)      # sig kept alive: its id stays its own
    return params, results


def _param_rt(t):
    rt = R.rtype(t)
    return V.VALUE if V.is_reflect_value(rt) else rt


def raw_arg(v, prt):
    """Argument Value v as the raw value a parameter of type prt receives."""
    if prt is V.VALUE:
        return RF.value_value(v)
    if v.rt is None:
        return prt.zero()
    if prt.kind == R.INTERFACE and v.rt.kind != R.INTERFACE:
        return v.interface()
    x = v.get()
    return v.rt.copy(x) if v.rt.aggregate else x


def func_of(iface, name=''):
    """The Func of an interface value holding a func."""
    rt, fn = iface
    return GoFunc(rt.sig, fn, name)


def method_of(v, name):
    """v's exported method name bound to v, as a Func (None if v has none)."""
    rt = v.rt
    if rt is None or rt.kind == R.INTERFACE or not name[:1].isupper():
        return None
    fn = I.method(rt, name)
    if fn is None:
        return None
    recv = v.get()
    if rt.aggregate:
        recv = rt.copy(recv)        # a value receiver gets a copy
    return GoFunc(_method_signature(rt, name), lambda *a: fn(recv, *a), name)


def _method_signature(rt, name):
    cache = current().state('tmpl.method_signatures', dict)
    sig = cache.get((rt, name))
    if sig is None:
        sig = cache[(rt, name)] = RF.method_signature(rt, name)
    return sig


# ------------------------------------------------------------------ builtins

def _ifaces(argv):
    return [a.interface() if a.rt is not None else None for a in argv]


def eval_args(argv):
    """One string argument as it is; anything else printed as print would
    (pointers followed, String and Error methods used)."""
    ifaces = _ifaces(argv)
    if len(ifaces) == 1 and ifaces[0] is not None and ifaces[0][0] is V.rt_string():
        return ifaces[0][1]
    args = []
    for iface in ifaces:
        if iface is not None:
            p, ok = V.printable(V.from_iface(iface))
            if ok:
                iface = p
        args.append(iface)
    return gofmt.sprint(args)


def _print(argv):
    return V.string(gofmt.sprint(_ifaces(argv)))


def _println(argv):
    return V.string(gofmt.sprintln(_ifaces(argv)))


def _printf(argv):
    return V.string(gofmt.sprintf(argv[0].get(), _ifaces(argv[1:]))[0])


def _html(argv):
    return V.string(escapers.html_escape(eval_args(argv)))


def _js(argv):
    return V.string(escapers.js_escape(eval_args(argv)))


def _urlquery(argv):
    return V.string(escapers.query_escape(eval_args(argv)))


def _not(argv):
    return V.of(V.rt_bool(), not V.truth(argv[0]))


_INT_LIKE = R.INTEGER_KINDS


def prepare_arg(v, rt):
    """An argument Value made to fit parameter type rt, or CallError."""
    if v.rt is None:
        if not V.can_be_nil(rt):
            fail(f'value is nil; should be of type {rt.name}')
        return V.zero(rt)
    if RF.assignable(v.rt, rt):
        return v
    if v.rt.kind in _INT_LIKE and rt.kind in _INT_LIKE:
        return V.of(rt, RF.convert_raw(v.rt, rt, v.get()))
    fail(f'value has type {v.rt.name}; should be {rt.name}')


def index_arg(v, cap):
    k = v.kind
    if k in R.INTEGER_KINDS:
        x = v.get()
    elif k == R.INVALID:
        fail('cannot index slice/array with nil')
    else:
        fail(f'cannot index slice/array with type {v.rt.name}')
    if x < 0 or x > cap:
        fail(f'index out of range: {x}')
    return x


_INDEX_PANIC = {R.SLICE: 'slice', R.ARRAY: 'array', R.STRING: 'string'}


def _map_key(v, key_rt):
    if key_rt.kind == R.INTERFACE and v.rt.kind != R.INTERFACE:
        return v.interface()
    return v.get()


def _index(argv):
    item = V.indirect_interface(argv[0])
    if item.rt is None:
        fail('index of untyped nil')
    for ix in argv[1:]:
        ix = V.indirect_interface(ix)
        item, is_nil = V.indirect(item)
        if is_nil:
            fail('index of nil pointer')
        k = item.kind
        if k in _INDEX_PANIC:
            n = item.length()
            x = index_arg(ix, n)
            if x >= n:
                fail(f'reflect: {_INDEX_PANIC[k]} index out of range')
            item = item.index(x)
        elif k == R.MAP:
            key = prepare_arg(ix, item.rt.key)
            found = item.map_index(_map_key(key, item.rt.key))
            item = found if found.rt is not None else V.zero(item.rt.elem)
        else:
            fail(f"can't index item of type {item.rt.name}")
    return item


def _slice(argv):
    item = V.indirect_interface(argv[0])
    if item.rt is None:
        fail('slice of untyped nil')
    item, is_nil = V.indirect(item)
    if is_nil:
        fail('slice of nil pointer')
    idx = argv[1:]
    if len(idx) > 3:
        fail(f'too many slice indexes: {len(idx)}')
    k = item.kind
    if k == R.STRING:
        if len(idx) == 3:
            fail('cannot 3-index slice a string')
        cap = item.length()
    elif k in (R.ARRAY, R.SLICE):
        cap = item.cap()
    else:
        fail(f"can't slice item of type {item.rt.name}")
    bounds = [0, item.length(), None]
    for i, v in enumerate(idx):
        bounds[i] = index_arg(v, cap)
    i, j, m = bounds
    if i > j:
        fail(f'invalid slice index: {i} > {j}')
    if len(idx) == 3 and j > m:
        fail(f'invalid slice index: {j} > {m}')
    return slice_value(item, i, j, m if len(idx) == 3 else None)


def slice_value(v, i, j, m):
    """reflect's v.Slice(i, j) / v.Slice3(i, j, m) (bounds checked)."""
    k = v.kind
    if k == R.STRING:
        return V.of(v.rt, v.get()[i:j])
    if k == R.SLICE:
        s = v.get()
        cap = (m if m is not None else s.cap) - i
        return V.of(v.rt, Slice(s.a, s.off + i, j - i, cap))
    if not v.can_addr():
        fail('reflect.Value.Slice: slice of unaddressable array')
    from ... import types as T
    cap = (m if m is not None else v.rt.len) - i
    return V.of(R.rtype(T.Slice(v.rt.elem.t)), Slice(v.get(), i, j - i, cap))


_LEN_KINDS = frozenset({R.ARRAY, R.CHAN, R.MAP, R.SLICE, R.STRING})


def _len(argv):
    item, is_nil = V.indirect(argv[0])
    if is_nil:
        fail('len of nil pointer')
    if item.kind in _LEN_KINDS:
        return V.of(V.rt_int(), item.length())
    if item.rt is None:
        fail('reflect: call of reflect.Value.Type on zero Value')
    fail(f'len of type {item.rt.name}')


# ---- comparison

BOOL_K, COMPLEX_K, INT_K, FLOAT_K, STRING_K, UINT_K = range(1, 7)


def basic_kind(v):
    k = v.kind
    if k == R.BOOL:
        return BOOL_K
    if k in R.SIGNED_KINDS:
        return INT_K
    if k in R.UNSIGNED_KINDS:
        return UINT_K
    if k in R.FLOAT_KINDS:
        return FLOAT_K
    if k in R.COMPLEX_KINDS:
        return COMPLEX_K
    if k == R.STRING:
        return STRING_K
    return 0


def _fmt(verb, v):
    """fmt's %s or %v of a reflect.Value."""
    if v.rt is None:
        return '<invalid reflect.Value>'
    return gofmt.sprintf(verb, [v.interface()])[0].decode('utf-8', 'surrogateescape')


def _is_nil(v):
    return v.rt is None or v.kind in (R.CHAN, R.FUNC, R.INTERFACE, R.MAP, R.POINTER, R.SLICE) and v.is_nil()


def equal(a, b):
    """eq's test of two arguments (CallError when they cannot be compared)."""
    b = V.indirect_interface(b)
    k1, k2 = basic_kind(a), basic_kind(b)
    if k1 != k2:
        if k1 == INT_K and k2 == UINT_K:
            return a.get() >= 0 and a.get() == b.get()
        if k1 == UINT_K and k2 == INT_K:
            return b.get() >= 0 and a.get() == b.get()
        if a.rt is not None and b.rt is not None:
            fail(f'incompatible types for comparison: {a.rt.name} and {b.rt.name}')
        return False
    if k1:
        return a.get() == b.get()
    if a.kind != b.kind and a.rt is not None and b.rt is not None:
        fail(f'non-comparable types {_fmt(b"%s", a)}: {a.rt.name}, {b.rt.name}: {_fmt(b"%v", b)}')
    if _is_nil(a) or _is_nil(b):
        return _is_nil(a) == _is_nil(b)
    if not b.rt.comparable:
        fail(f'non-comparable type {_fmt(b"%s", b)}: {b.rt.name}')
    if a.rt is not b.rt:
        return False
    return a.rt.eq(a.get(), b.get())


def _eq(argv):
    a = V.indirect_interface(argv[0])
    if len(argv) < 2:
        fail('missing argument for comparison')
    return V.of(V.rt_bool(), any(equal(a, b) for b in argv[1:]))


def less(a, b):
    a = V.indirect_interface(a)
    k1 = basic_kind(a)
    if not k1:
        fail('invalid type for comparison')
    b = V.indirect_interface(b)
    k2 = basic_kind(b)
    if not k2:
        fail('invalid type for comparison')
    if k1 != k2:
        if k1 == INT_K and k2 == UINT_K:
            return a.get() < 0 or a.get() < b.get()
        if k1 == UINT_K and k2 == INT_K:
            return b.get() >= 0 and a.get() < b.get()
        fail(f'incompatible types for comparison: {a.rt.name} and {b.rt.name}')
    if k1 in (BOOL_K, COMPLEX_K):
        fail('invalid type for comparison')
    return a.get() < b.get()


def _cmp(test):
    def builtin(argv):
        return V.of(V.rt_bool(), test(*argv))
    return builtin


def _ne(a, b):
    return not equal(V.indirect_interface(a), b)


def _le(a, b):
    return less(a, b) or equal(V.indirect_interface(a), b)


def _gt(a, b):
    return not _le(a, b)


def _ge(a, b):
    return not less(a, b)


def _special(argv):
    raise AssertionError('and, or and call are evaluated by the executor')


# name: (parameter types, variadic, result types, implementation); 'value' is
# reflect.Value, 'any' interface{}
_BUILTINS = {
    'and': (('value', 'value'), True, ('value',), _special),
    'or': (('value', 'value'), True, ('value',), _special),
    'call': (('value', 'value'), True, ('value',), _special),
    'html': (('any',), True, ('string',), _html),
    'index': (('value', 'value'), True, ('value', 'error'), _index),
    'slice': (('value', 'value'), True, ('value', 'error'), _slice),
    'js': (('any',), True, ('string',), _js),
    'len': (('value',), False, ('int', 'error'), _len),
    'not': (('value',), False, ('bool',), _not),
    'print': (('any',), True, ('string',), _print),
    'printf': (('string', 'any'), True, ('string',), _printf),
    'println': (('any',), True, ('string',), _println),
    'urlquery': (('any',), True, ('string',), _urlquery),
    'eq': (('value', 'value'), True, ('bool', 'error'), _eq),
    'ge': (('value', 'value'), False, ('bool', 'error'), _cmp(_ge)),
    'gt': (('value', 'value'), False, ('bool', 'error'), _cmp(_gt)),
    'le': (('value', 'value'), False, ('bool', 'error'), _cmp(_le)),
    'lt': (('value', 'value'), False, ('bool', 'error'), _cmp(less)),
    'ne': (('value', 'value'), False, ('bool', 'error'), _cmp(_ne)),
}

BUILTIN_NAMES = frozenset(_BUILTINS)

_TYPES = {'value': lambda: V.VALUE, 'any': V.rt_any, 'string': V.rt_string, 'int': V.rt_int,
          'bool': V.rt_bool, 'error': V.rt_error}


def builtin(name):
    """The builtin function name as a Func (None if there is none)."""
    spec = _BUILTINS.get(name)
    if spec is None:
        return None
    params, variadic, results, impl = spec
    return Func([_TYPES[p]() for p in params], variadic, [_TYPES[r]() for r in results], impl, name)


def call_builtin(name, fn, args):
    """call: fn (a Value) called with args, checked as Go's call builtin checks them."""
    fn = V.indirect_interface(fn)
    if fn.rt is None:
        fail('call of nil')
    if fn.kind != R.FUNC:
        fail(f'non-function {name} of type {fn.rt.name}')
    f = GoFunc(fn.rt.sig, fn.get(), name)
    why = f.good(name)
    if why:
        fail(why)
    n = len(f.params)
    if f.variadic:
        if len(args) < n - 1:
            fail(f'wrong number of args for {name}: got {len(args)} want at least {n - 1}')
    elif len(args) != n:
        fail(f'wrong number of args for {name}: got {len(args)} want {n}')
    argv = []
    for i, a in enumerate(args):
        a = V.indirect_interface(a)
        prt = f.params[min(i, n - 1)] if f.variadic else f.params[i]
        try:
            if prt is V.VALUE:
                fail(f'value has type {V.type_name(a)}; should be reflect.Value')
            argv.append(prepare_arg(a, prt))
        except CallError as e:
            raise CallError(goerr.wrap(f'arg {i}: ', e.err)) from None
    return f.invoke(argv)
