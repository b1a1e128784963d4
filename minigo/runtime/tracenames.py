"""Names a goroutine trace gives to what the source made: the function a `go`
statement starts (`main.worker`, `main.main.func1`) and the variable or field
a `make(chan ...)` is stored in (`jobs`, `p.results`), read from the syntax
tree once when tracing starts (runtime/tracer.py uses them; nothing here runs
when tracing is off).
"""
from __future__ import annotations


def goroutine_sites(tree):
    """Map the line of each `go` statement to the name Go gives the started
    function: `main.worker`, `main.(*Pool).run`, `main.main.func1` for the first
    function literal in main, `main.main.func1.2` for nested literals."""
    from ..syntax import ast as A
    sites = {}
    funcs = {}       # plain function names and methods -> qualified name
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and not d.recv:
            funcs[d.name.name] = _decl_name(d, A)

    def visit(n, owner, counter):
        if isinstance(n, A.FuncLit):
            counter[0] += 1
            name = f'{owner}.func{counter[0]}' if '.func' not in owner.rsplit('.', 1)[-1] \
                else f'{owner}.{counter[0]}'
            lit_names[id(n)] = name
            sub = [0]
            for _, v in n.children():
                walk(v, name, sub)
            return
        if isinstance(n, A.GoStmt):
            go_stmts.append((n, owner))
        for _, v in n.children():
            walk(v, owner, counter)

    def walk(v, owner, counter):
        if isinstance(v, A.Node):
            visit(v, owner, counter)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, owner, counter)

    lit_names = {}
    go_stmts = []
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and d.body is not None:
            walk(d.body, _decl_name(d, A), [0])
        elif not isinstance(d, A.FuncDecl):
            walk(d, 'main.init', [0])
    for g, owner in go_stmts:
        call = g.call
        while isinstance(call, A.ParenExpr):
            call = call.x
        fun = getattr(call, 'fun', None)
        while isinstance(fun, A.ParenExpr):
            fun = fun.x
        if isinstance(fun, A.IndexExpr):
            fun = fun.x
        if isinstance(fun, A.FuncLit):
            name = lit_names.get(id(fun), owner + '.func')
        elif isinstance(fun, A.Ident):
            name = funcs.get(fun.name, 'main.' + fun.name)
        elif isinstance(fun, A.SelectorExpr):
            m = fun.sel.name
            x = fun.x
            if isinstance(x, A.Ident) and x.name not in funcs and _is_pkg(tree, x.name, A):
                name = f'{x.name}.{m}'
            else:
                name = _method_name(tree, m, A) or f'main.{m}'
        else:
            name = owner + '.gowrap'
        sites.setdefault(g.pos[0], name)
    return sites


def _recv_type(d, A):
    t = d.recv[0].type
    star = False
    if isinstance(t, A.StarExpr):
        star, t = True, t.x
    if isinstance(t, A.IndexExpr):
        t = t.x
    n = t.name if isinstance(t, A.Ident) else '?'
    return f'(*{n})' if star else n


def _decl_name(d, A):
    if d.recv:
        return f'main.{_recv_type(d, A)}.{d.name.name}'
    return f'main.{d.name.name}'


def _method_name(tree, m, A):
    for d in tree.decls:
        if isinstance(d, A.FuncDecl) and d.recv and d.name.name == m:
            return _decl_name(d, A)
    return None


def _is_pkg(tree, name, A):
    for imp in tree.imports:
        p = str(imp.path.value).strip('"`')
        ln = imp.name.name if imp.name is not None else p.rsplit('/', 1)[-1]
        if ln == name:
            return True
    return False


# ------------------------------------------------------------------ channel names from the source

def chan_sites(tree):
    """Map the position of each `make(...)` call whose value is stored in a
    named place to (name, function): `jobs := make(chan int)` in main gives
    ('jobs', 'main'), `p.out = make(...)` in a method ('p.out', 'Pool.run'),
    `Pool{jobs: make(...)}` ('Pool.jobs', ...), `var done = make(...)` at package
    level ('done', ''). A make passed or returned directly is not here: the
    trace names it by its site."""
    from ..syntax import ast as A
    from ..syntax.printer import expr_str
    sites = {}

    def unparen(x):
        while isinstance(x, A.ParenExpr):
            x = x.x
        return x

    def note(value, name, owner):
        v = unparen(value)
        if isinstance(v, A.CallExpr) and isinstance(v.fun, A.Ident) and v.fun.name == 'make':
            sites.setdefault(v.pos, (name, owner))

    def walk(v, owner):
        # an explicit stack: generated code nests deeply
        stack = [(v, owner)]
        while stack:
            n, owner = stack.pop()
            if isinstance(n, (list, tuple)):
                stack.extend((x, owner) for x in n)
                continue
            if not isinstance(n, A.Node):
                continue
            if isinstance(n, A.AssignStmt) and len(n.lhs) == len(n.rhs):
                for lhs, rhs in zip(n.lhs, n.rhs):
                    note(rhs, expr_str(lhs), owner)
            elif isinstance(n, A.ValueSpec) and len(n.names) == len(n.values):
                for name, value in zip(n.names, n.values):
                    note(value, name.name, owner)
            elif isinstance(n, A.CompositeLit):
                typ = expr_str(n.type) + '.' if n.type is not None else ''
                for e in n.elts:
                    if isinstance(e, A.KeyValueExpr) and isinstance(e.key, A.Ident):
                        note(e.value, typ + e.key.name, owner)
            for _, c in n.children():
                stack.append((c, owner))

    for d in tree.decls:
        if isinstance(d, A.FuncDecl):
            if d.body is not None:
                name = _decl_name(d, A)[len('main.'):]
                walk(d.body, name.replace('(*', '').replace(')', ''))
        else:
            walk(d, '')
    return sites
