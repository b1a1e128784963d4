"""Lark parse callbacks that build the AST (minigo.syntax.ast) during the parse.

The parser runs with keep_all_tokens, so every callback sees keywords and
punctuation and can keep their positions. Optional grammar items (`x?`) are
simply absent, so callbacks find their parts by kind rather than by index.
Checks that Go's parser makes but an LALR grammar cannot express (a switch
header that is not an expression, mixed named/unnamed parameters, literal
syntax) raise SyntaxErr with Go's wording.
"""
from __future__ import annotations

from lark import Token, Transformer

from . import ast as A
from . import literals
from .lexer import report_error


class SyntaxErr(Exception):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos
        self.msg = msg


def _misplaced(dots, msg):
    """A `...T` where it may not stand: gc's parser says so and goes on."""
    dots.misplaced = True
    report_error(dots.pos, msg)


def P(tok):
    return (tok.line, tok.column)


def pos_of(x):
    if isinstance(x, Token):
        return P(x)
    return x.pos


def toks(children, *types):
    return [c for c in children if isinstance(c, Token) and c.type in types]


def nodes(children):
    return [c for c in children if not isinstance(c, Token)]


def ident(tok):
    return A.Ident(P(tok), str(tok))


def _append(c, item):
    """A left-recursive list rule (`list: item | list COMMA item`): the list
    built so far is extended in place, so an n-item list costs O(n), not the
    O(n^2) of copying it at every item (80,000-element composite literals
    exist in generated code). The list is the rule's own value and is not
    shared with any other node while the parse runs."""
    if len(c) == 1:
        return [item]
    lst = c[0]
    lst.append(item)
    return lst


class Builder(Transformer):
    """One callback per grammar rule or alias; see grammar/go.lark."""

    # ------------------------------------------------------------ file

    def start(self, c):
        pkg = c[0]
        imports = []
        imports_decls = []
        decls = []
        for x in c[1:]:
            if isinstance(x, Token):
                continue
            if isinstance(x, A.GenDecl) and x.tok == 'import':
                if len(decls) > len(imports_decls):
                    raise SyntaxErr(x.pos, 'syntax error: imports must appear before other declarations')
                imports.extend(x.specs)
                imports_decls.append(x)
            decls.append(x)
        return A.File((1, 1), pkg, imports, decls)

    def package_clause(self, c):
        return ident(c[1])

    def import_decl(self, c):
        return A.GenDecl(P(c[0]), 'import', [c[1]])

    def import_group(self, c):
        return A.GenDecl(P(c[0]), 'import', nodes(c), P(c[1]))

    def import_spec(self, c):
        name = None
        if len(c) == 2:
            name = ident(c[0])
        path = self.literal([c[-1]])
        return A.ImportSpec(pos_of(c[0]), name, path)

    # ------------------------------------------------------------ declarations

    def const_decl(self, c):
        spec = c[1]
        self._fill_consts([spec])
        return A.GenDecl(P(c[0]), 'const', [spec])

    def const_group(self, c):
        specs = nodes(c)
        self._fill_consts(specs)
        return A.GenDecl(P(c[0]), 'const', specs, P(c[1]))

    @staticmethod
    def _fill_consts(specs):
        prev = None
        for i, s in enumerate(specs):
            s.iota = i
            if not s.values and s.type is None:
                if prev is not None:
                    # Implicit repetition: a fresh copy, so per-spec facts (iota) stay apart.
                    s.type = A.clone(prev.type)
                    s.values = A.clone(prev.values)
                    s.implicit = True
            else:
                prev = s

    def const_spec(self, c):
        names = c[0]
        typ = None
        values = []
        rest = c[1:]
        for x in rest:
            if isinstance(x, Token):
                continue
            if isinstance(x, list):
                values = x
            else:
                typ = x
        return A.ValueSpec(names[0].pos, names, typ, values)

    def var_decl(self, c):
        return A.GenDecl(P(c[0]), 'var', [c[1]])

    def var_group(self, c):
        return A.GenDecl(P(c[0]), 'var', nodes(c), P(c[1]))

    var_spec = const_spec

    def type_decl(self, c):
        return A.GenDecl(P(c[0]), 'type', [c[1]])

    def type_group(self, c):
        return A.GenDecl(P(c[0]), 'type', nodes(c), P(c[1]))

    def type_spec(self, c, alias=False):
        name = ident(c[0])
        tparams = None
        rest = [x for x in c[1:] if not (isinstance(x, Token) and x.type == 'ASSIGN')]
        if len(rest) == 2:
            tparams = rest[0]
        return A.TypeSpec(name.pos, name, tparams, alias, rest[-1])

    def alias_spec(self, c):
        return self.type_spec(c, alias=True)

    def type_params(self, c):
        return c[1]

    def tparam_list(self, c):
        return _append(c, c[-1])

    def tparam_decl(self, c):
        names, constraint = c
        return A.Field(names[0].pos, names, constraint)

    def tparam_names(self, c):
        return _append(c, ident(c[-1]))

    def constraint(self, c):
        x = c[0]
        for i in range(1, len(c), 2):
            x = A.BinaryExpr(x.pos, '|', x, c[i + 1], P(c[i]))
        return x

    def constraint_term(self, c):
        if len(c) == 2:
            return A.UnaryExpr(P(c[0]), '~', c[1])
        return c[0]

    def func_decl(self, c):
        name = ident(c[1])
        tparams = None
        sig = body = None
        for x in c[2:]:
            if isinstance(x, list):
                tparams = x
            elif isinstance(x, A.FuncType):
                sig = x
            elif isinstance(x, A.BlockStmt):
                body = x
        sig.pos = P(c[0])
        sig.type_params = tparams
        return A.FuncDecl(P(c[0]), None, name, sig, body)

    def method_decl(self, c):
        recv = c[1]
        name = ident(c[2])
        tparams = sig = body = None
        for x in c[3:]:
            if isinstance(x, list):
                tparams = x
            elif isinstance(x, A.FuncType):
                sig = x
            elif isinstance(x, A.BlockStmt):
                body = x
        sig.pos = P(c[0])
        sig.type_params = tparams
        return A.FuncDecl(P(c[0]), recv, name, sig, body)

    # ------------------------------------------------------------ types

    def type_name(self, c):
        return ident(c[0])

    def qualified_name(self, c):
        return A.SelectorExpr(P(c[0]), ident(c[0]), ident(c[2]))

    def generic_type(self, c):
        return A.IndexExpr(c[0].pos, c[0], c[2], P(c[1]))

    def paren_type(self, c):
        return A.ParenExpr(P(c[0]), c[1])

    def array_type(self, c):
        return A.ArrayType(P(c[0]), c[1], c[3])

    def ellipsis_array_type(self, c):
        return A.ArrayType(P(c[0]), A.Ellipsis(P(c[1])), c[3])

    def slice_type(self, c):
        return A.ArrayType(P(c[0]), None, c[2])

    def pointer_type(self, c):
        return A.StarExpr(P(c[0]), c[1])

    def map_type(self, c):
        return A.MapType(P(c[0]), c[2], c[4])

    def chan_type(self, c):
        return A.ChanType(P(c[0]), A.BOTH, c[1])

    def send_chan_type(self, c):
        return A.ChanType(P(c[0]), A.SEND, c[2], P(c[1]))

    def recv_chan_type(self, c):
        return A.ChanType(P(c[0]), A.RECV, c[2], P(c[0]))

    def func_type(self, c):
        sig = c[1]
        sig.pos = P(c[0])
        return sig

    def struct_type(self, c):
        return A.StructType(P(c[0]), nodes(c))

    def tag(self, c):
        return self.literal(c)

    def _field(self, names, typ, c):
        tag = c[-1] if c and isinstance(c[-1], A.BasicLit) else None
        pos = names[0].pos if names else typ.pos
        return A.Field(pos, names, typ, tag)

    def field(self, c):
        return self._field([ident(c[0])], c[1], c[2:])

    def field_multi(self, c):
        return self._field([ident(c[0])] + c[2], c[3], c[4:])

    def field_slice(self, c):
        return self._field([ident(c[0])], A.ArrayType(P(c[1]), None, c[3]), c[4:])

    def field_array(self, c):
        return self._field([ident(c[0])], self._array(c[1], c[2], c[4]), c[5:])

    def field_ellipsis_array(self, c):
        return self._field([ident(c[0])], A.ArrayType(P(c[1]), A.Ellipsis(P(c[2])), c[4]), c[5:])

    def embedded(self, c):
        return self._field([], c[0], c[1:])

    def embedded_field(self, c):
        return c[0]

    def embedded_generic(self, c):
        return A.IndexExpr(P(c[0]), ident(c[0]), c[2], P(c[1]))

    def embedded_generic_q(self, c):
        sel = A.SelectorExpr(P(c[0]), ident(c[0]), ident(c[2]))
        return A.IndexExpr(P(c[0]), sel, c[4], P(c[3]))

    def embedded_ptr(self, c):
        return A.StarExpr(P(c[0]), c[1])

    def embedded_ptr_generic(self, c):
        return A.StarExpr(P(c[0]), A.IndexExpr(c[1].pos, c[1], c[3], P(c[2])))


    @staticmethod
    def _array(lbrack, lens, elt):
        if len(lens) != 1:
            raise SyntaxErr(lens[1].pos if len(lens) > 1 else P(lbrack),
                            'syntax error: unexpected comma; expecting ]')
        return A.ArrayType(P(lbrack), lens[0], elt)

    def interface_type(self, c):
        methods = []
        embeds = []
        for x in nodes(c):
            if isinstance(x, A.Field):
                methods.append(x)
            else:
                embeds.append(x)
        return A.InterfaceType(P(c[0]), methods, embeds)

    def iface_method(self, c):
        name = ident(c[0])
        sig = c[1]
        sig.pos = name.pos
        return A.Field(name.pos, [name], sig)

    def iface_embed(self, c):
        return c[0]

    def signature(self, c):
        params = c[0]
        results = []
        if len(c) > 1:
            r = c[1]
            if isinstance(r, list):
                results = r
                for f in r:
                    if isinstance(f.type, A.Ellipsis) and f.type.elt is not None:
                        _misplaced(f.type, 'invalid use of ...')
            else:
                results = [A.Field(r.pos, [], r)]
        return A.FuncType(params[0].pos if params else None, None, params, results)

    def parameters(self, c):
        if len(c) == 2:
            return []
        entries = c[1]
        return self._group_params(entries, P(c[-1]))

    def param_list(self, c):
        return _append(c, c[-1])

    @staticmethod
    def _group_params(entries, close, results=False):
        """Go's rule (syntax/parser.go paramList): if any entry is `name type`,
        every entry is named, and a bare name takes the type to its right:
        (a, b int, c string). Otherwise every entry is a type: (int, string)."""
        named = sum(1 for n, t in entries if n is not None and t is not None)
        typed = sum(1 for n, t in entries if t is not None)
        params = [list(e) for e in entries]
        if named == 0:
            for p in params:
                if p[1] is None:
                    p[1], p[0] = p[0], None
        elif named != len(params):
            err = None
            typ = None
            for p in reversed(params):
                if p[1] is not None:
                    typ = p[1]
                    if p[0] is None:
                        err = typ.pos
                        p[0] = A.Ident(typ.pos, '_')
                elif typ is not None:
                    p[1] = typ
                else:
                    err = p[0].pos
            if err is not None:
                if named == typed:
                    raise SyntaxErr(close, 'syntax error: missing parameter type')
                raise SyntaxErr(err, 'syntax error: missing parameter name')
        for i, (n, t) in enumerate(params):
            if isinstance(t, A.Ellipsis) and t.elt is not None and (results or i + 1 < len(params)):
                _misplaced(t, 'invalid use of ...' if results else 'can only use ... with final parameter')
        out = []
        for n, t in params:
            if n is not None and out and out[-1].names and out[-1].type is t:
                out[-1].names.append(n)
            else:
                out.append(A.Field(n.pos if n is not None else t.pos, [n] if n is not None else [], t))
        return out

    # param_decl alternatives give (name or None, type or None)
    def param_ident(self, c):
        return (ident(c[0]), None)

    def param_qualified(self, c):
        return (None, A.SelectorExpr(P(c[0]), ident(c[0]), ident(c[2])))

    def param_qualified_generic(self, c):
        sel = A.SelectorExpr(P(c[0]), ident(c[0]), ident(c[2]))
        return (None, A.IndexExpr(P(c[0]), sel, c[4], P(c[3])))

    def param_generic(self, c):
        return (None, A.IndexExpr(P(c[0]), ident(c[0]), c[2], P(c[1])))

    def param_named_slice(self, c):
        return (ident(c[0]), A.ArrayType(P(c[1]), None, c[3]))

    def param_named_array(self, c):
        return (ident(c[0]), self._array(c[1], c[2], c[4]))

    def param_named_ellipsis_array(self, c):
        return (ident(c[0]), A.ArrayType(P(c[1]), A.Ellipsis(P(c[2])), c[4]))

    def param_named(self, c):
        return (ident(c[0]), c[1])

    def param_named_variadic(self, c):
        return (ident(c[0]), A.Ellipsis(P(c[1]), c[2]))

    def param_variadic(self, c):
        return (None, A.Ellipsis(P(c[0]), c[1]))

    def param_anon(self, c):
        return (None, c[0])

    def ident_list(self, c):
        return _append(c, ident(c[-1]))

    # ------------------------------------------------------------ expressions

    def expr_list(self, c):
        return _append(c, c[-1])

    expr_list_nc = expr_list

    def expr_list_tc(self, c):
        return c[0]

    def binary(self, c):
        x, op, y = c
        return A.BinaryExpr(x.pos, str(op), x, y, P(op))

    def rel_op(self, c):
        return c[0]

    add_op = mul_op = unary_op = assign_op = rel_op

    def unary(self, c):
        op, x = c
        if op.type == 'STAR':
            return A.StarExpr(P(op), x)
        if op.type == 'ARROW' and isinstance(x, A.ChanType):
            # <-chan T written where an expression may stand: a type, as Go's parser does.
            return self._recv_chan(op, x)
        return A.UnaryExpr(P(op), str(op), x)

    @staticmethod
    def _recv_chan(op, t):
        if t.dir == A.SEND:
            raise SyntaxErr(t.arrow, 'syntax error: unexpected <-, expected chan')
        if t.dir == A.RECV:
            # <-chan (<-chan T)?  Go: <-chan <-chan T is a recv chan of a recv chan
            return A.ChanType(P(op), A.RECV, t, P(op))
        return A.ChanType(P(op), A.RECV, t.value, P(op))

    def selector(self, c):
        return A.SelectorExpr(c[0].pos, c[0], ident(c[2]))

    def index(self, c):
        return A.IndexExpr(c[0].pos, c[0], c[2], P(c[1]))

    def slice(self, c):
        x = c[0]
        parts = [None, None]
        k = 0
        for t in c[2:-1]:
            if isinstance(t, Token) and t.type == 'COLON':
                k += 1
            else:
                parts[k] = t
        return A.SliceExpr(x.pos, x, parts[0], parts[1], None, False, P(c[1]))

    def slice3(self, c):
        x = c[0]
        parts = [None, None, None]
        k = 0
        for t in c[2:-1]:
            if isinstance(t, Token) and t.type == 'COLON':
                k += 1
            else:
                parts[k] = t
        return A.SliceExpr(x.pos, x, parts[0], parts[1], parts[2], True, P(c[1]))

    def type_assert(self, c):
        return A.TypeAssertExpr(c[0].pos, c[0], c[3], P(c[2]))

    def type_switch_guard(self, c):
        return A.TypeAssertExpr(c[0].pos, c[0], None, P(c[2]))

    def call(self, c):
        args = c[2] if len(c) == 4 else []
        return A.CallExpr(c[0].pos, c[0], args, None, P(c[1]), P(c[-1]))

    def call_spread(self, c):
        return A.CallExpr(c[0].pos, c[0], c[2], P(c[3]), P(c[1]), P(c[-1]))

    def name(self, c):
        return ident(c[0])

    def paren(self, c):
        return A.ParenExpr(P(c[0]), c[1])

    def literal(self, c):
        tok = c[0]
        text = str(tok)
        try:
            if tok.type == 'NUMBER':
                kind, val = literals.number(text)
            elif tok.type == 'CHAR':
                kind, val = 'CHAR', literals.rune(text)
            else:
                kind, val = 'STRING', literals.string(text)
        except literals.LiteralError as e:
            # The post-lexer has reported it (lexer.py), and gc goes on.
            kind = {'NUMBER': 'INT', 'CHAR': 'CHAR'}.get(tok.type, 'STRING')
            pos = literals.error_pos(tok.line, tok.column, text, e.offset)
            return A.BasicLit(P(tok), kind, text, literals.Bad(pos, e.msg))
        return A.BasicLit(P(tok), kind, text, val)

    def func_lit(self, c):
        sig = c[1]
        sig.pos = P(c[0])
        return A.FuncLit(P(c[0]), sig, c[2])

    def composite_lit(self, c):
        typ, (elts, lb, rb) = c
        return A.CompositeLit(typ.pos, typ, elts, lb, rb)

    composite_lit_nc = composite_lit

    def composite_lit_ellipsis(self, c):
        elts, lb, rb = c[4]
        typ = A.ArrayType(P(c[0]), A.Ellipsis(P(c[1])), c[3])
        return A.CompositeLit(typ.pos, typ, elts, lb, rb)

    def literal_value(self, c):
        elts = c[1] if len(c) > 2 else []
        return (elts, P(c[0]), P(c[-1]))

    def element_list(self, c):
        return _append(c, c[-1])

    def _element(self, e):
        if isinstance(e, tuple):
            elts, lb, rb = e
            return A.CompositeLit(lb, None, elts, lb, rb)
        return e

    def keyed_element(self, c):
        return self._element(c[0])

    def keyed(self, c):
        k = self._element(c[0])
        return A.KeyValueExpr(k.pos, k, self._element(c[2]), P(c[1]))

    # ------------------------------------------------------------ statements

    def block(self, c):
        return A.BlockStmt(P(c[0]), c[1], P(c[2]))

    def stmt_list(self, c):
        out = []
        for x in c:
            if isinstance(x, Token):
                continue
            if isinstance(x, A.GenDecl):
                x = A.DeclStmt(x.pos, x)
            out.append(x)
        return out

    def labeled_stmt(self, c):
        label = ident(c[0])
        if len(c) > 2:
            s = c[2]
            if isinstance(s, A.GenDecl):
                s = A.DeclStmt(s.pos, s)
        else:
            s = A.EmptyStmt(P(c[1]))
        return A.LabeledStmt(label.pos, label, s)

    def expr_stmt(self, c):
        return A.ExprStmt(c[0].pos, c[0])

    def send_stmt(self, c):
        return A.SendStmt(c[0].pos, c[0], c[2], P(c[1]))

    def incdec_stmt(self, c):
        return A.IncDecStmt(c[0].pos, c[0], str(c[1]), P(c[1]))

    def assign_stmt(self, c):
        lhs, op, rhs = c
        return A.AssignStmt(lhs[0].pos, lhs, str(op), rhs, P(op))

    define_stmt = assign_stmt

    def go_stmt(self, c):
        return A.GoStmt(P(c[0]), self._call_of(c[0], c[1]))

    def defer_stmt(self, c):
        return A.DeferStmt(P(c[0]), self._call_of(c[0], c[1]))

    @staticmethod
    def _call_of(kw, x):
        # parenthesized, or not a call: the checker says so (types2), so that syntax errors
        # further on come first, as in gc
        return x

    def return_stmt(self, c):
        return A.ReturnStmt(P(c[0]), c[1] if len(c) > 1 else [])

    def branch_stmt(self, c):
        label = ident(c[1]) if len(c) > 1 else None
        return A.BranchStmt(P(c[0]), str(c[0]), label)

    @staticmethod
    def _stmt(x):
        if isinstance(x, A.GenDecl):
            return A.DeclStmt(x.pos, x)
        return x

    def if_stmt(self, c):
        init = None
        parts = c[1:]
        semi = next((i for i, t in enumerate(parts) if isinstance(t, Token) and t.type == 'SEMI'), None)
        if semi is not None:
            if semi == 1:
                init = parts[0]
            parts = parts[semi + 1:]
        cond = parts[0]
        if not isinstance(cond, A.ExprStmt):
            raise SyntaxErr(stmt_pos(cond), f'syntax error: cannot use {describe_stmt(cond)} as value')
        body = parts[1]
        els = parts[3] if len(parts) > 2 else None
        return A.IfStmt(P(c[0]), init, cond.x, body, els)

    def switch_stmt(self, c):
        lb = next(i for i, t in enumerate(c) if isinstance(t, Token) and t.type == 'LBRACE')
        header = c[1:lb]
        init = tag = None
        if any(isinstance(t, Token) and t.type == 'SEMI' for t in header):
            i = next(i for i, t in enumerate(header) if isinstance(t, Token) and t.type == 'SEMI')
            if i == 1:
                init = header[0]
            header = header[i + 1:]
        if header:
            tag = header[0]
        clauses = [x for x in c[lb + 1:-1] if not isinstance(x, Token)]
        lbrace, rbrace = P(c[lb]), P(c[-1])
        if tag is not None and self._is_type_guard(tag):
            return A.TypeSwitchStmt(P(c[0]), init, tag, clauses, lbrace, rbrace)
        if tag is not None:
            if not isinstance(tag, A.ExprStmt):
                raise SyntaxErr(stmt_pos(tag), f'syntax error: cannot use {describe_stmt(tag)} as value')
            tag = tag.x
        return A.SwitchStmt(P(c[0]), init, tag, clauses, lbrace, rbrace)

    @staticmethod
    def _is_type_guard(s):
        if isinstance(s, A.ExprStmt):
            return isinstance(s.x, A.TypeAssertExpr) and s.x.type is None
        if isinstance(s, A.AssignStmt) and s.tok == ':=' and len(s.rhs) == 1:
            r = s.rhs[0]
            return isinstance(r, A.TypeAssertExpr) and r.type is None
        return False

    def case_clause(self, c):
        colon = next(i for i, t in enumerate(c) if isinstance(t, Token) and t.type == 'COLON')
        lst = c[1] if c[0].type == 'CASE' else None
        return A.CaseClause(P(c[0]), lst, c[colon + 1], P(c[colon]))

    def select_stmt(self, c):
        return A.SelectStmt(P(c[0]), nodes(c), P(c[-1]))

    def comm_clause(self, c):
        colon = next(i for i, t in enumerate(c) if isinstance(t, Token) and t.type == 'COLON')
        comm = c[1] if c[0].type == 'CASE' else None
        return A.CommClause(P(c[0]), comm, c[colon + 1], P(c[colon]))

    def for_ever(self, c):
        return A.ForStmt(P(c[0]), None, None, None, c[1])

    def for_cond(self, c):
        return A.ForStmt(P(c[0]), None, c[1], None, c[2])

    def for_clause(self, c):
        parts = [None, None, None]
        k = 0
        for x in c[1:-1]:
            if isinstance(x, Token) and x.type == 'SEMI':
                k += 1
            else:
                parts[k] = x
        init, cond, post = parts
        if isinstance(post, A.AssignStmt) and post.tok == ':=':
            raise SyntaxErr(post.tok_pos, 'syntax error: cannot declare in post statement of for loop')
        return A.ForStmt(P(c[0]), init, cond, post, c[-1])

    def for_range(self, c):
        lhs = c[1]
        tok = str(c[2])
        if len(lhs) > 2:
            raise SyntaxErr(lhs[2].pos, f'syntax error: range clause permits at most two iteration variables')
        key = lhs[0]
        value = lhs[1] if len(lhs) > 1 else None
        return A.RangeStmt(P(c[0]), key, value, tok, c[4], c[5], P(c[3]))

    def for_range_bare(self, c):
        return A.RangeStmt(P(c[0]), None, None, None, c[2], c[3], P(c[1]))


def stmt_pos(s):
    """cmd/compile's position for a simple statement: the operator of an assignment."""
    if isinstance(s, (A.AssignStmt, A.IncDecStmt)):
        return s.tok_pos
    if isinstance(s, A.SendStmt):
        return s.arrow
    return s.pos


def describe_stmt(s):
    """Go's short rendering of a simple statement in messages (`x := 1`)."""
    from .printer import expr_str
    if isinstance(s, A.AssignStmt):
        return ', '.join(expr_str(x) for x in s.lhs) + f' {s.tok} ' + ', '.join(expr_str(x) for x in s.rhs)
    if isinstance(s, A.IncDecStmt):
        return expr_str(s.x) + s.tok
    if isinstance(s, A.SendStmt):
        return f'{expr_str(s.chan)} <- {expr_str(s.value)}'
    if isinstance(s, A.ExprStmt):
        return expr_str(s.x)
    return type(s).__name__
