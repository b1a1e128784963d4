"""What `:doc NAME` shows, laid out as `go doc` lays it out: the declaration
(of what minigo declares: a type shows only its exported API, then its
constants, constructors and methods), and under it the doc comment indented
by four spaces. The standard library's doc comments come from GOROOT/src
(stdlib_docs.py, generated); the user's are the `//` comments right above a
declaration in their input, re-flowed as go doc prints them, and the user's
own declarations show everything, exported or not, as `go doc -u` does.
"""
from __future__ import annotations

from .. import types as T

BUILTIN_DOCS = {
    'append': 'func append(slice []Type, elems ...Type) []Type',
    'cap': 'func cap(v Type) int',
    'clear': 'func clear[T ~[]Type | ~map[Type]Type1](t T)',
    'close': 'func close(c chan<- Type)',
    'complex': 'func complex(r, i FloatType) ComplexType',
    'copy': 'func copy(dst, src []Type) int',
    'delete': 'func delete(m map[Type]Type1, key Type)',
    'imag': 'func imag(c ComplexType) FloatType',
    'len': 'func len(v Type) int',
    'make': 'func make(t Type, size ...IntegerType) Type',
    'max': 'func max[T cmp.Ordered](x T, y ...T) T',
    'min': 'func min[T cmp.Ordered](x T, y ...T) T',
    'new': 'func new(Type) *Type',
    'panic': 'func panic(v any)',
    'print': 'func print(args ...Type)',
    'println': 'func println(args ...Type)',
    'real': 'func real(c ComplexType) FloatType',
    'recover': 'func recover() any',
}


# ------------------------------------------------------------------ the user's doc comments

def doc_comments(src, tree):
    """{name: doc comment} of the declarations in a parsed input: the `//`
    lines right above each (methods as Type.Method)."""
    from ..syntax import ast as A
    out = {}
    for d in tree.decls:
        if isinstance(d, A.FuncDecl):
            name = d.name.name
            if d.recv:
                base = _recv_base(d.recv[0].type)
                if base is None:
                    continue
                name = f'{base}.{name}'
            _add(out, name, _comment_above(src, d.pos[0]))
        elif isinstance(d, A.GenDecl) and d.tok in ('type', 'var', 'const'):
            group = _comment_above(src, d.pos[0])
            for spec in d.specs:
                names = [spec.name] if d.tok == 'type' else spec.names
                own = _comment_above(src, spec.pos[0]) if d.lparen is not None else ''
                for n in names:
                    _add(out, n.name, own or group)
    return out


def _add(out, name, text):
    if text:
        out[name] = text


def _recv_base(t):
    from ..syntax import ast as A
    while True:
        if isinstance(t, (A.StarExpr, A.ParenExpr)):
            t = t.x
        elif isinstance(t, A.IndexExpr):
            t = t.x
        elif isinstance(t, A.Ident):
            return t.name
        else:
            return getattr(getattr(t, 'x', None), 'name', None)


def _comment_above(src, line):
    lines = []
    n = line - 1
    while n >= 1:
        s = src.line(n).strip()
        if not s.startswith('//'):
            break
        lines.append(s[3:] if s.startswith('// ') else s[2:])
        n -= 1
    return '\n'.join(reversed(lines)) + '\n' if lines else ''


# ------------------------------------------------------------------ :doc

def doc(name, session):
    """The text :doc NAME prints."""
    if name in BUILTIN_DOCS:
        return BUILTIN_DOCS[name] + '\n'
    parts = name.split('.')
    pkg = _package(parts[0], session)
    text = None
    if pkg is not None and len(parts) <= 3:
        text = _package_doc(pkg, parts[1:])
    elif len(parts) <= 2:
        text = _user_doc(parts, session)
    return text if text is not None else f'no documentation for {name}\n'


def _package(name, session):
    from ..stdlib import import_package
    from .session import AUTO_IMPORTS
    obj = session.chk.file_scope.lookup_parent(name)[1]
    if isinstance(obj, T.PkgName):
        return obj.imported
    if obj is None and name in AUTO_IMPORTS:
        return import_package(AUTO_IMPORTS[name])
    return None


def _std_doc(path, key):
    """A standard declaration's doc comment, indented as go doc prints it."""
    from .stdlib_docs import DOCS, TEXTS
    i = DOCS.get(path, {}).get(key)
    return TEXTS[i] if i is not None else ''


def _emit(decl, comment):
    """A declaration and its (indented) doc comment; a blank line after a
    comment, as go doc leaves one."""
    return decl + '\n' + (comment + '\n' if comment else '')


def _package_doc(pkg, member):
    def q(p):
        return '' if p is pkg else p.name + '.'
    header = f'package {pkg.name} // import "{pkg.path}"\n\n'
    if not member:
        synopsis = _std_doc(pkg.path, '')
        lines = [render_decl(o, q, exported_only=True).split('\n', 1)[0]
                 for o in _members(pkg.scope)]
        return header + (synopsis + '\n\n' if synopsis else '') + ''.join(ln + '\n' for ln in lines)
    obj = pkg.scope.lookup(member[0])
    if obj is None or not obj.exported():
        return None
    if len(member) == 2:
        m = _method(obj, member[1])
        if m is None or not m.exported():
            return None
        return header + _emit(func_line(m, q), _std_doc(pkg.path, f'{obj.name}.{m.name}'))
    text = header + _emit(render_decl(obj, q, exported_only=True), _std_doc(pkg.path, obj.name))
    if isinstance(obj, T.TypeName):
        from .stdlib_docs import VALUES
        values = VALUES.get(pkg.path, {}).get(obj.name, [])
        text = _with_list(text, values + _associated(obj, pkg.scope, q, exported_only=True))
    return text


def _user_doc(parts, session):
    q = _main_qualifier
    chk = session.chk
    obj = chk.file_scope.lookup_parent(parts[0])[1]
    if obj is None or isinstance(obj, (T.Builtin, T.PkgName)):
        return None
    if len(parts) == 2:
        m = _method(obj, parts[1])
        if m is None:
            return None
        return _emit(func_line(m, q), comment_text(session.docs.get(f'{obj.name}.{m.name}', '')))
    text = _emit(render_decl(obj, q, exported_only=False), comment_text(session.docs.get(obj.name, '')))
    if isinstance(obj, T.TypeName):
        consts = [render_decl(o, q, False) for o in sorted(chk.pkg_scope.elems.values(), key=_by_pos)
                  if isinstance(o, T.Const) and o.type is obj.type]
        text = _with_list(text, consts + _associated(obj, chk.pkg_scope, q, exported_only=False))
    return text


def _with_list(text, lines):
    """A type's text and the list go doc prints under it, after a blank line."""
    if not lines:
        return text
    if not text.endswith('\n\n'):
        text += '\n'
    return text + ''.join(ln + '\n' for ln in lines)


def _by_pos(o):
    return o.pos or (0, 0), o.name


def _method(obj, name):
    if not isinstance(obj, T.TypeName) or not isinstance(obj.type, T.Named):
        return None
    for m in obj.type.methods:
        if m.name == name:
            return m
    return None


def _members(scope):
    order = {T.Const: 0, T.Var: 1, T.Func: 2, T.TypeName: 3}
    objs = [o for o in scope.elems.values() if o.exported() and type(o) in order]
    return sorted(objs, key=lambda o: (order[type(o)], o.name))


def _associated(tn, scope, q, exported_only):
    """A type's constructors (functions returning it, as go/doc finds them)
    and its methods."""
    named = tn.type
    if not isinstance(named, T.Named):
        return []

    def is_t(t):
        return t is named or (isinstance(t, T.Pointer) and t.elem is named)

    def shown(o):
        return o.exported() or not exported_only
    lines = [func_line(o, q) for o in sorted(scope.elems.values(), key=lambda o: o.name)
             if shown(o) and isinstance(o, T.Func) and o.type is not None and o.type.results.vars
             and is_t(o.type.results.vars[0].type)]
    lines += [func_line(m, q) for m in sorted(named.methods, key=lambda m: m.name) if shown(m)]
    return lines


# ------------------------------------------------------------------ the user's comments as go doc prints them

TEXT_WIDTH = 76           # go doc's 80 columns less the comment's four-space indent
OVERFLOW, LO = 0, 1


def comment_text(text):
    """A user's doc comment as go doc prints it under a declaration
    (go/doc/comment's text printer): paragraphs re-wrapped to 76 columns and
    indented four spaces, a run of indented lines kept as code (common
    indentation removed, indented eight spaces), a blank line between
    blocks. (Headings, lists and links print as paragraphs here.)"""
    blocks = []          # ('p', words) | ('code', lines)
    for ln in text.splitlines():
        if not ln.strip():
            blocks.append(None)
        elif ln[0] in ' \t':
            if blocks and blocks[-1] is not None and blocks[-1][0] == 'code':
                blocks[-1][1].append(ln)
            else:
                blocks.append(('code', [ln]))
        elif blocks and blocks[-1] is not None and blocks[-1][0] == 'p':
            blocks[-1][1].extend(ln.split())
        else:
            blocks.append(('p', ln.split()))
    out = []
    for b in (b for b in blocks if b is not None):
        if out:
            out.append('\n')
        if b[0] == 'p':
            words = b[1]
            seq = wrap(words, TEXT_WIDTH)
            out.extend('    ' + ' '.join(words[i:j]) + '\n' for i, j in zip(seq, seq[1:]))
        else:
            lines = b[1]
            cut = min(len(ln) - len(ln.lstrip(' \t')) for ln in lines)
            out.extend(('        ' + ln[cut:] if ln.strip() else '') + '\n' for ln in lines)
    return ''.join(out)


def wrap(words, width):
    """[i0=0, i1, ..., len(words)]: the lines words[i0:i1], words[i1:i2]...
    as go/doc/comment breaks a paragraph: fewest (squared) overflows past
    width first, then the least sum over the lines but the last of the
    squared space left at their end, plus 64 for a line not ending in one
    of .,:; (so a line ends at punctuation rather than a few columns on)."""
    n = len(words)
    if n == 0:
        return [0, 0]
    total = [0]
    for w in words:
        total.append(total[-1] + len(w) + 1)

    def weight(i, j):
        length = total[j] - 1 - total[i]
        if j == n and length <= width:
            return (0, 0)
        penalty = 0 if words[j - 1][-1] in '.,:;' else 64
        v = (width - length) ** 2
        return (v, penalty) if length > width else (0, v + penalty)

    best = [(0, 0)] + [None] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j):
            w = weight(i, j)
            c = (best[i][OVERFLOW] + w[OVERFLOW], best[i][LO] + w[LO])
            if best[j] is None or c < best[j]:
                best[j], back[j] = c, i
    seq = [n]
    while seq[-1] > 0:
        seq.append(back[seq[-1]])
    return seq[::-1]


# ------------------------------------------------------------------ declarations


def func_line(f, q):
    """`func (r *T) Name[P any](params) results`"""
    sig = f.type
    if sig is None:
        return f'func {f.name}'
    out = ['func ']
    if sig.recv is not None:
        r = sig.recv
        name = r.name + ' ' if r.name and r.name != '_' else ''
        out.append(f'({name}{T.type_string(r.type, q)}) ')
    out.append(f.name)
    out.append(_tparams(sig.tparams, q))
    out.append(signature(sig, q))
    return ''.join(out)


def signature(sig, q):
    """`(params) results` as Go source writes them: neighbouring parameters
    of one type share it (`err, target error`)."""
    params = _params(sig.params.vars, sig.variadic, q)
    res = sig.results.vars
    if not res:
        return params
    if len(res) == 1 and not res[0].name:
        return f'{params} {T.type_string(res[0].type, q)}'
    return f'{params} {_params(res, False, q)}'


def _params(vs, variadic, q):
    types = []
    for i, v in enumerate(vs):
        t = v.type
        if variadic and i == len(vs) - 1:
            types.append('...' + T.type_string(t.elem if isinstance(t, T.Slice) else t, q))
        else:
            types.append(T.type_string(t, q))
    if not any(v.name for v in vs):
        return '(' + ', '.join(types) + ')'
    groups = []
    for v, t in zip(vs, types):
        if groups and groups[-1][1] == t and not t.startswith('...'):
            groups[-1][0].append(v.name or '_')
        else:
            groups.append(([v.name or '_'], t))
    return '(' + ', '.join(f'{", ".join(names)} {t}' for names, t in groups) + ')'



def _tparams(tparams, q):
    if not tparams:
        return ''
    return '[' + ', '.join(f'{p.obj.name} {T.type_string(p.bound, q)}' for p in tparams) + ']'


def render_decl(obj, q, exported_only):
    """The declaration of obj; a type's body shows what a user of it can use."""
    if isinstance(obj, T.Func):
        return func_line(obj, q)
    if isinstance(obj, T.Const):
        from ..constant import const_string
        t = '' if obj.type is None or (isinstance(obj.type, T.Basic) and obj.type.info & T.IS_UNTYPED) \
            else ' ' + T.type_string(obj.type, q)
        return f'const {obj.name}{t} = {const_string(obj.val)}'
    if isinstance(obj, T.Var):
        return f'var {obj.name} {T.type_string(obj.type, q)}'
    if isinstance(obj, T.TypeName):
        return _type_decl(obj, q, exported_only)
    return obj.name


def _type_decl(tn, q, exported_only):
    t = tn.type
    if isinstance(t, T.Alias) or not isinstance(t, T.Named):
        return f'type {tn.name} = {T.type_string(T.unalias(t), q)}'
    tps = _tparams(t.tparams, q)
    u = t.underlying()
    head = f'type {tn.name}{tps} '
    if isinstance(u, T.Struct):
        shown = [f for f in u.fields if f.exported() or not exported_only]
        lines = _field_lines(shown, q)
        if len(shown) < len(u.fields):
            lines.append('\t// Has unexported fields.')
        return head + ('struct {\n' + '\n'.join(lines) + '\n}' if lines else 'struct{}')
    if isinstance(u, T.Interface):
        shown = [m for m in u.methods if m.exported() or not exported_only]
        lines = [f'\t{T.type_string(e, q)}' for e in u.embeddeds]
        lines += [f"\t{m.name}{signature(m.type, q)}" for m in shown]
        if len(shown) < len(u.methods):
            lines.append('\t// Has unexported methods.')
        return head + ('interface {\n' + '\n'.join(lines) + '\n}' if lines else 'interface{}')
    return head + T.type_string(u, q)


def _field_lines(fields, q):
    """A struct's fields as gofmt lays them out: neighbours declared
    together (`X, Y int`, on one line) share their type, and the types of a
    run of named fields start in one column (an embedded field ends the run)."""
    groups = []          # [names, type] (names None: embedded)
    for f in fields:
        t = T.type_string(f.type, q)
        if f.embedded:
            groups.append([None, t])
            continue
        prev = groups[-1] if groups else None
        if prev is not None and prev[0] is not None and prev[1] == t and prev[2] == _line(f):
            prev[0].append(f.name)
        else:
            groups.append([[f.name], t, _line(f)])
    lines = []
    run = []

    def flush():
        width = max((len(', '.join(g[0])) for g in run), default=0)
        lines.extend(f'\t{", ".join(g[0]).ljust(width)} {g[1]}' for g in run)
        run.clear()
    for g in groups:
        if g[0] is None:
            flush()
            lines.append(f'\t{g[1]}')
        else:
            run.append(g)
    flush()
    return lines


def _line(f):
    return f.pos[0] if f.pos else None


def summary(obj, q=None):
    """A one-line description of obj for the completion menu: a function's
    signature, a variable's type, what kind of type a type is."""
    q = q or _main_qualifier
    if isinstance(obj, T.PkgName):
        return f'package {obj.imported.path}'
    if isinstance(obj, T.Builtin):
        sig = BUILTIN_DOCS.get(obj.name)
        return 'func' + sig[len(f'func {obj.name}'):] if sig else 'builtin'
    if obj.type is None:
        return ''
    if isinstance(obj, T.Func):
        return 'func' + _tparams(obj.type.tparams, q) + signature(obj.type, q)
    if isinstance(obj, T.TypeName):
        u = T.unalias(obj.type).underlying()
        kind = {T.Struct: 'struct', T.Interface: 'interface'}.get(type(u))
        return 'type ' + (kind or T.type_string(u, q))
    if isinstance(obj, T.Const):
        return f'const {T.type_string(obj.type, q)}'
    return T.type_string(obj.type, q)


def _main_qualifier(p):
    return '' if p is None or p.path == 'main' else p.name + '.'
