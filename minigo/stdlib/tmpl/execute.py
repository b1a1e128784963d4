"""Executing a template: walking its tree over a data Value, writing text and
printed values through the io.Writer as they come (so output before an
error is written, as Go's is).

Errors are Go's: an ExecError whose text says where (`template: t:1:2:
executing "t" at <.X>: ...`), or the writer's own error unchanged. A
function's error or panic is wrapped (`error calling f: %w`).
"""
from __future__ import annotations

from ... import types as T
from ...runtime import introspect as I
from ...runtime import rtypes as R
from ...runtime.chan import recv2
from ...runtime.context import current
from ...runtime.gofmt import sorted_map_items, sprint
from ...runtime.panic import GoPanic
from ...runtime.values import Slice
from .. import reflect as RF
from . import funcs as F
from . import goerr
from . import lex as L
from . import values as V
from .store import MAP_ERROR, MAP_ZERO, data_of, lookup, name_of

MAX_EXEC_DEPTH = 100000


class ExecFailure(Exception):
    """Execution stopped with Go error value err (an ExecError or the writer's error)."""

    def __init__(self, err):
        super().__init__()
        self.err = err


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Unwind(GoPanic):
    """{{break}} or an error leaving a range over an iterator: a Go panic
    through the iterator function, as in Go (its deferred calls run)."""

    def __init__(self, exc):
        super().__init__(exc.err if isinstance(exc, ExecFailure) else goerr.new('break'))
        self.exc = exc


def exec_error(tmpl_name, err):
    """template.ExecError{Name, Err} as an error value."""
    from ..goside import package_rtype
    return (package_rtype('text/template', 'ExecError'), [tmpl_name.encode('utf-8', 'surrogateescape'), err])


def error_context(node, tree=None):
    """(file:line:col, the node's text) as Go's ErrorContext gives them (a
    node html/template added has no tree: the executing template's is used)."""
    tree = node.tree or tree
    text = tree.text[:node.pos]
    nl = text.rfind('\n')
    col = L.byte_len(text[nl + 1:]) if nl >= 0 else L.byte_len(text)
    return f'{tree.parse_name}:{text.count(chr(10)) + 1}:{col}', str(node)


class State:
    __slots__ = ('tmpl', 'write', 'node', 'vars', 'depth')

    def __init__(self, tmpl, write, dot, depth=0):
        self.tmpl = tmpl            # the Go *Template executing
        self.write = write          # bytes -> None (raises ExecFailure with the writer's error)
        self.node = None
        self.vars = [['$', dot]]
        self.depth = depth

    # ------------------------------------------------------------ errors

    def fail(self, msg, wrapped=None):
        name = name_of(self.tmpl)
        if self.node is None:
            prefix = f'template: {name}: '
        else:
            loc, ctx = error_context(self.node, data_of(self.tmpl).tree)
            prefix = f'template: {loc}: executing {L.quote(name)} at <{ctx}>: '
        err = goerr.wrap(prefix + msg, wrapped) if wrapped is not None else goerr.new(prefix + msg)
        raise ExecFailure(exec_error(name, err))

    # ------------------------------------------------------------ variables

    def set_var(self, name, value):
        for slot in reversed(self.vars):
            if slot[0] == name:
                slot[1] = value
                return
        self.fail(f'undefined variable: {name}')

    def var_value(self, name):
        for slot in reversed(self.vars):
            if slot[0] == name:
                return slot[1]
        self.fail(f'undefined variable: {name}')

    # ------------------------------------------------------------ walking

    def walk(self, dot, node):
        self.node = node
        walker = _WALKERS[node.kind]
        walker(self, dot, node)

    def walk_action(self, dot, node):
        val = self.eval_pipeline(dot, node.pipe)
        if not node.pipe.decl:
            self.print_value(node, val)

    def walk_list(self, dot, node):
        for n in node.nodes:
            self.walk(dot, n)

    def walk_text(self, dot, node):
        self.write(node.text)

    def walk_if(self, dot, node):
        mark = len(self.vars)
        try:
            val = self.eval_pipeline(dot, node.pipe)
            truth, _ = V.is_true(V.indirect_interface(val))
            if truth:
                self.walk(val if node.kind == 'with' else dot, node.list)
            elif node.else_list is not None:
                self.walk(dot, node.else_list)
        finally:
            del self.vars[mark:]

    def walk_break(self, dot, node):
        raise _Break()

    def walk_continue(self, dot, node):
        raise _Continue()

    def walk_template(self, dot, node):
        tmpl = lookup(self.tmpl, node.name)
        if tmpl is None:
            self.fail(f'template {L.quote(node.name)} not defined')
        if self.depth == MAX_EXEC_DEPTH:
            self.fail(f'exceeded maximum template depth ({MAX_EXEC_DEPTH})')
        dot = self.eval_pipeline(dot, node.pipe)
        State(tmpl, self.write, dot, self.depth + 1).walk(dot, data_of(tmpl).tree.root)

    def walk_range(self, dot, node):
        mark = len(self.vars)
        try:
            self._range(dot, node)
        except _Break:
            pass
        finally:
            del self.vars[mark:]

    def _range(self, dot, r):
        val, _ = V.indirect(self.eval_pipeline(dot, r.pipe))
        mark = len(self.vars)
        decl = r.pipe.decl

        def one(index, elem):
            if decl:
                if r.pipe.is_assign:
                    self.set_var(decl[0].ident[0], index if len(decl) > 1 else elem)
                else:
                    self.vars[-1][1] = elem
            if len(decl) > 1:
                if r.pipe.is_assign:
                    self.set_var(decl[1].ident[0], elem)
                else:
                    self.vars[-2][1] = index
            try:
                self.walk(elem, r.list)
            except _Continue:
                pass
            finally:
                del self.vars[mark:]

        k = val.kind
        ran = False
        if k in R.INTEGER_KINDS:
            if len(decl) > 1:
                self.fail(f"can't use {V.sprint_value(val)} to iterate over more than one variable")
            for i in range(val.get()):
                ran = True
                one(V.INVALID, V.of(val.rt, i))
        elif k in (R.ARRAY, R.SLICE):
            for i in range(val.length()):
                ran = True
                one(V.of(V.rt_int(), i), val.index(i))
        elif k == R.MAP:
            items = sorted_map_items(val.rt, val.get())
            for key, elem in items:
                ran = True
                one(V.of(val.rt.key, key), V.of(val.rt.elem, elem))
        elif k == R.CHAN:
            if not val.is_nil():
                if val.rt.dir == T.SEND:
                    self.fail(f'range over send-only channel {V.sprint_value(val)}')
                i = 0
                while True:
                    x, ok = recv2(val.get())
                    if not ok:
                        break
                    ran = True
                    one(V.of(V.rt_int(), i), V.of(val.rt.elem, x))
                    i += 1
        elif k == R.FUNC:
            ran = self._range_func(val, r, one)
        elif k != R.INVALID:
            self.fail(f"range can't iterate over {V.sprint_value(val)}")
        if not ran and r.else_list is not None:
            self.walk(dot, r.else_list)

    def _range_func(self, val, r, one):
        """Range over an iterator (func(yield func(V) bool) or func(yield func(K, V) bool))."""
        sig = val.rt.sig
        params = sig.params.vars
        yield_sig = params[0].type.underlying() if len(params) == 1 and not sig.results.vars else None
        if not (isinstance(yield_sig, type(sig)) and len(yield_sig.params.vars) in (1, 2)
                and len(yield_sig.results.vars) == 1
                and R.rtype(yield_sig.results.vars[0].type).kind == R.BOOL):
            self.fail(f"range can't iterate over {V.sprint_value(val)}")
        rts = [R.rtype(p.type) for p in yield_sig.params.vars]
        two = len(rts) == 2
        if not two and len(r.pipe.decl) > 1:
            self.fail(f"can't use {V.sprint_value(val)} iterate over more than one variable")
        ran = []

        def yield_(*xs):
            ran.append(True)
            vals = [V.of(rt, x) for rt, x in zip(rts, xs)]
            try:
                if two and len(r.pipe.decl) > 1:
                    one(vals[0], vals[1])
                else:
                    one(V.INVALID, vals[0])
            except (_Break, ExecFailure) as e:
                raise _Unwind(e) from None
            return True
        fn = val.get()
        if fn is None:
            self.fail(f"range can't iterate over {V.sprint_value(val)}")
        try:
            fn(yield_)
        except _Unwind as u:
            raise u.exc from None
        return bool(ran)

    # ------------------------------------------------------------ pipelines

    def eval_pipeline(self, dot, pipe):
        if pipe is None:
            return V.INVALID
        self.node = pipe
        value = V.MISSING
        for cmd in pipe.cmds:
            value = V.unwrap_empty_interface(self.eval_command(dot, cmd, value))
        for v in pipe.decl:
            if pipe.is_assign:
                self.set_var(v.ident[0], value)
            else:
                self.vars.append([v.ident[0], value])
        return value

    def not_a_function(self, args, final):
        if args is not None and len(args) > 1 or final is not V.MISSING:
            self.fail(f"can't give argument to non-function {args[0]}")

    def eval_command(self, dot, cmd, final):
        first = cmd.args[0]
        kind = first.kind
        if kind == 'field':
            return self.eval_field_node(dot, first, cmd.args, final)
        if kind == 'chain':
            return self.eval_chain_node(dot, first, cmd.args, final)
        if kind == 'identifier':
            return self.eval_function(dot, first, cmd, cmd.args, final)
        if kind == 'pipe':
            self.not_a_function(cmd.args, final)
            return self.eval_pipeline(dot, first)
        if kind == 'variable':
            return self.eval_variable_node(dot, first, cmd.args, final)
        self.node = first
        self.not_a_function(cmd.args, final)
        if kind == 'bool':
            return V.of(V.rt_bool(), first.true)
        if kind == 'dot':
            return dot
        if kind == 'nil':
            self.fail('nil is not a command')
        if kind == 'number':
            return self.ideal_constant(first)
        if kind == 'string':
            return V.string(first.text)
        self.fail(f"can't evaluate command {L.quote(str(first))}")

    def ideal_constant(self, c):
        self.node = c
        t = c.text
        if c.is_complex:
            return V.of(V.rt_complex128(), c.complex128)
        hex_int = len(t) > 2 and t[0] == '0' and t[1] in 'xX' and not any(x in t for x in 'pP')
        if c.is_float and not hex_int and not t.startswith("'") and any(x in t for x in '.eEpP'):
            return V.of(V.rt_float64(), c.float64)
        if c.is_int:
            return V.of(V.rt_int(), c.int64)
        if c.is_uint:
            self.fail(f'{t} overflows int')
        return V.INVALID

    def eval_field_node(self, dot, field, args, final):
        self.node = field
        return self.eval_field_chain(dot, dot, field, field.ident, args, final)

    def eval_chain_node(self, dot, chain, args, final):
        self.node = chain
        if not chain.fields:
            self.fail('internal error: no fields in evalChainNode')
        if chain.node.kind == 'nil':
            self.fail(f'indirection through explicit nil in {chain}')
        pipe = self.eval_arg(dot, None, chain.node)
        return self.eval_field_chain(dot, pipe, chain, chain.fields, args, final)

    def eval_variable_node(self, dot, variable, args, final):
        self.node = variable
        value = self.var_value(variable.ident[0])
        if len(variable.ident) == 1:
            self.not_a_function(args, final)
            return value
        return self.eval_field_chain(dot, value, variable, variable.ident[1:], args, final)

    def eval_field_chain(self, dot, receiver, node, ident, args, final):
        for name in ident[:-1]:
            receiver = self.eval_field(dot, name, node, None, V.MISSING, receiver)
        return self.eval_field(dot, ident[-1], node, args, final, receiver)

    def eval_function(self, dot, node, cmd, args, final):
        self.node = node
        name = node.ident
        fn, is_builtin = find_function(name, self.tmpl)
        if fn is None:
            self.fail(f'{L.quote(name)} is not a defined function')
        return self.eval_call(dot, fn, is_builtin, cmd, name, args, final)

    def eval_field(self, dot, name, node, args, final, receiver):
        if receiver.rt is None:
            if data_of(self.tmpl).common.missing_key == MAP_ERROR:
                self.fail(f'nil data; no entry for key {L.quote(name)}')
            return V.INVALID
        typ = receiver.rt.name
        receiver, is_nil = V.indirect(receiver)
        if receiver.kind == R.INTERFACE and is_nil:
            self.fail(f'nil pointer evaluating {typ}.{name}')
        ptr = receiver
        if ptr.kind not in (R.INTERFACE, R.POINTER) and ptr.can_addr():
            ptr = ptr.addr()
        method = F.method_of(ptr, name)
        if method is not None:
            return self.eval_call(dot, method, False, node, name, args, final)
        has_args = (args is not None and len(args) > 1) or final is not V.MISSING
        k = receiver.kind
        if k == R.STRUCT:
            index = _field_index(receiver.rt, name)
            if index is not None:
                field, err = _field_by_index(receiver, index)
                if not receiver_field_exported(receiver.rt, index):
                    self.fail(f'{name} is an unexported field of struct type {typ}')
                if err:
                    self.fail(err)
                if has_args:
                    self.fail(f'{name} has arguments but cannot be invoked as function')
                return field
        elif k == R.MAP:
            key_rt = receiver.rt.key
            if RF.assignable(V.rt_string(), key_rt):
                if has_args:
                    self.fail(f'{name} is not a method but has arguments')
                key = name.encode('utf-8', 'surrogateescape')
                if key_rt.kind == R.INTERFACE:
                    key = (V.rt_string(), key)
                result = receiver.map_index(key)
                if result.rt is None:
                    mk = data_of(self.tmpl).common.missing_key
                    if mk == MAP_ZERO:
                        result = V.zero(receiver.rt.elem)
                    elif mk == MAP_ERROR:
                        self.fail(f'map has no entry for key {L.quote(name)}')
                return result
        elif k == R.POINTER:
            elem = receiver.rt.elem
            if elem.kind != R.STRUCT or RF.field_index_by_name(elem, name) is not None:
                if is_nil:
                    self.fail(f'nil pointer evaluating {typ}.{name}')
        self.fail(f"can't evaluate field {name} in type {typ}")

    # ------------------------------------------------------------ calls

    def eval_call(self, dot, fn, is_builtin, node, name, args, final):
        args = args[1:] if args is not None else []
        num_in = len(args) + (final is not V.MISSING)
        n_params = len(fn.params)
        num_fixed = len(args)
        if fn.variadic:
            num_fixed = n_params - 1
            if num_in < num_fixed:
                self.fail(f'wrong number of args for {name}: want at least {n_params - 1} got {len(args)}')
        elif num_in != n_params:
            self.fail(f'wrong number of args for {name}: want {n_params} got {num_in}')
        why = fn.good(name)
        if why:
            self.fail(why)
        if is_builtin and name in ('and', 'or'):
            return self._and_or(dot, name, args, final)
        argv = []
        i = 0
        while i < num_fixed and i < len(args):
            argv.append(self.eval_arg(dot, fn.params[i], args[i]))
            i += 1
        if fn.variadic:
            ert = fn.params[-1]
            while i < len(args):
                argv.append(self.eval_arg(dot, ert, args[i]))
                i += 1
        if final is not V.MISSING:
            t = fn.params[-1]
            if fn.variadic and num_in - 1 < num_fixed:
                t = fn.params[num_in - 1]
            argv.append(self.validate_type(final, t))
        try:
            if is_builtin and name == 'call':
                callee = str(args[0]) if args else V.value_string(final)
                return F.call_builtin(callee, argv[0], argv[1:])
            return fn.invoke(argv)
        except F.CallError as e:
            self.node = node
            self.fail(f'error calling {name}: ', e.err)

    def _and_or(self, dot, name, args, final):
        v = V.INVALID
        want = name == 'or'
        for a in args:
            v = self.eval_arg(dot, V.VALUE, a)
            if V.truth(v) == want:
                return v
        if final is not V.MISSING:
            v = self.validate_type(final, V.VALUE)
        return v

    def validate_type(self, value, typ):
        if value.rt is None:
            if typ is None:
                return value
            if V.can_be_nil(typ):
                return V.zero(typ) if typ is not V.VALUE else V.INVALID
            self.fail(f'invalid value; expected {typ.name}')
        if typ is None or typ is V.VALUE:
            return value
        if not RF.assignable(value.rt, typ):
            if value.kind == R.INTERFACE and not value.is_nil():
                value = value.elem()
                if RF.assignable(value.rt, typ):
                    return value
            if value.kind == R.POINTER and RF.assignable(value.rt.elem, typ):
                value = value.elem()
                if value.rt is None:
                    self.fail(f'dereference of nil pointer of type {typ.name}')
            elif RF.assignable(I.pointer_to(value.rt), typ) and value.can_addr():
                value = value.addr()
            else:
                self.fail(f'wrong type for value; expected {typ.name}; got {value.rt.name}')
        return value

    def eval_arg(self, dot, typ, n):
        self.node = n
        kind = n.kind
        if kind == 'dot':
            return self.validate_type(dot, typ)
        if kind == 'nil':
            if V.can_be_nil(typ):
                return V.zero(typ) if typ is not V.VALUE else V.INVALID
            self.fail(f'cannot assign nil to {typ.name}')
        if kind == 'field':
            return self.validate_type(self.eval_field_node(dot, n, [n], V.MISSING), typ)
        if kind == 'variable':
            return self.validate_type(self.eval_variable_node(dot, n, None, V.MISSING), typ)
        if kind == 'pipe':
            return self.validate_type(self.eval_pipeline(dot, n), typ)
        if kind == 'identifier':
            return self.validate_type(self.eval_function(dot, n, n, None, V.MISSING), typ)
        if kind == 'chain':
            return self.validate_type(self.eval_chain_node(dot, n, None, V.MISSING), typ)
        if typ is V.VALUE:
            return self.eval_empty_interface(dot, n)
        k = typ.kind
        if k == R.BOOL:
            if kind == 'bool':
                return V.of(typ, n.true)
            self.fail(f'expected bool; found {n}')
        if k in R.COMPLEX_KINDS:
            if kind == 'number' and n.is_complex:
                return V.of(typ, _sized(k, n.complex128))
            self.fail(f'expected complex; found {n}')
        if k in R.FLOAT_KINDS:
            if kind == 'number' and n.is_float:
                return V.of(typ, _sized(k, n.float64))
            self.fail(f'expected float; found {n}')
        if k in R.SIGNED_KINDS:
            if kind == 'number' and n.is_int:
                return V.of(typ, _sized(k, n.int64))
            self.fail(f'expected integer; found {n}')
        if k in R.UNSIGNED_KINDS:
            if kind == 'number' and n.is_uint:
                return V.of(typ, _sized(k, n.uint64))
            self.fail(f'expected unsigned integer; found {n}')
        if k == R.STRING:
            if kind == 'string':
                return V.of(typ, n.text)
            self.fail(f'expected string; found {n}')
        if k == R.INTERFACE and not typ.iface_methods:
            return self.eval_empty_interface(dot, n)
        self.fail(f"can't handle {n} for arg of type {typ.name}")

    def eval_empty_interface(self, dot, n):
        self.node = n
        kind = n.kind
        if kind == 'bool':
            return V.of(V.rt_bool(), n.true)
        if kind == 'dot':
            return dot
        if kind == 'field':
            return self.eval_field_node(dot, n, None, V.MISSING)
        if kind == 'identifier':
            return self.eval_function(dot, n, n, None, V.MISSING)
        if kind == 'nil':
            self.fail("evalEmptyInterface: nil (can't happen)")
        if kind == 'number':
            return self.ideal_constant(n)
        if kind == 'string':
            return V.string(n.text)
        if kind == 'variable':
            return self.eval_variable_node(dot, n, None, V.MISSING)
        if kind == 'pipe':
            return self.eval_pipeline(dot, n)
        self.fail(f"can't handle assignment of {n} to empty interface argument")

    # ------------------------------------------------------------ printing

    def print_value(self, node, v):
        self.node = node
        iface, ok = V.printable(v)
        if not ok:
            self.fail(f"can't print {node} of type {v.rt.name}")
        self.write(sprint([iface]))


def _field_index(rt, name):
    """reflect's FieldByName index path (None: no such field), cached per run."""
    cache = current().state('tmpl.field_index', dict)
    key = (rt, name)
    if key in cache:
        return cache[key]
    index = cache[key] = RF.field_index_by_name(rt, name)
    return index


def _sized(kind, x):
    from ...compile.ops import wrapper
    w = wrapper(kind)
    return w(x) if w else x


def _field_by_index(v, index):
    """v.FieldByIndexErr(index): (field Value, error text or '')."""
    for i in index[:-1]:
        v = v.field(i)
        if v.kind == R.POINTER:
            if v.is_nil():
                return None, ('reflect: indirection through nil pointer to embedded struct field '
                              + RF.type_name(v.rt.elem))
            v = v.elem()
    return v.field(index[-1]), ''


def receiver_field_exported(rt, index):
    for i in index[:-1]:
        rt = rt.fields[i]
        if rt.kind == R.POINTER:
            rt = rt.elem
    return rt.exported_fields[index[-1]]


def find_function(name, tmpl):
    """(Func, is builtin) for name: the template's functions first."""
    d = data_of(tmpl)
    if d is not None and d.common is not None:
        fn = d.common.exec_funcs.get(name)
        if fn is not None:
            return fn, False
    fn = F.builtin(name)
    return fn, fn is not None


_WALKERS = {
    'action': State.walk_action,
    'break': State.walk_break,
    'comment': lambda s, dot, node: None,
    'continue': State.walk_continue,
    'if': State.walk_if,
    'list': State.walk_list,
    'range': State.walk_range,
    'template': State.walk_template,
    'text': State.walk_text,
    'with': State.walk_if,
}


def execute(tmpl, write, data):
    """Run template tmpl (a Go *Template) over Value data: None, or the Go error."""
    st = State(tmpl, write, data)
    try:
        d = data_of(tmpl)
        if d is None or d.tree is None or d.tree.root is None:
            st.fail(f'{L.quote(name_of(tmpl))} is an incomplete or empty template')
        st.walk(data, d.tree.root)
    except ExecFailure as e:
        return e.err
    return None


def go_writer(wr):
    """A write function over io.Writer wr: its error ends the execution."""
    if wr is None:
        from ...runtime.panic import nil_deref
        raise nil_deref()
    rt, w = wr
    write = I.method(rt, 'Write')

    def write_bytes(b):
        n = len(b)
        _, err = write(w, Slice(list(b), 0, n, n))
        if err is not None:
            raise ExecFailure(err)
    return write_bytes
