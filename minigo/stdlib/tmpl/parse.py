"""The template parser: items into trees, one per template defined in the
text ({{define}} and {{block}} make more), with text/template/parse's error
texts. An error names the line of the last item lexed, so the parser keeps
Go's lookahead exactly: up to three items pushed back (token[0] is always
the newest).
"""
from __future__ import annotations

import math

from .. import strconv
from . import lex as L
from . import nodes as N

MAX_STACK_DEPTH = 10000

PARSE_COMMENTS = 1
SKIP_FUNC_CHECK = 2


class ParseError(Exception):
    """A parse error; msg is the whole error text."""

    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg


def parse_all(name, text, left, right, funcs, mode=0):
    """{name: Tree} for every template text defines (name's own first).
    funcs: containers of the function names the text may call."""
    tree_set = {}
    t = Tree(name, mode)
    t.text = text
    t.parse(text, left, right, tree_set, funcs)
    return tree_set


def unquote(s):
    """strconv.Unquote of a str (surrogateescape): the unquoted str, or None."""
    out, rem, ok = strconv._unquote(s.encode('utf-8', 'surrogateescape'), True)
    if rem or not ok:
        return None
    return out.decode('utf-8', 'surrogateescape')


class Tree:
    def __init__(self, name, mode=0):
        self.name = name
        self.parse_name = name
        self.root = None
        self.mode = mode
        self.text = ''
        self.funcs = ()
        self.lex = None
        self.token = [None, None, None]
        self.peek_count = 0
        self.vars = []
        self.tree_set = None
        self.action_line = 0
        self.range_depth = 0
        self.stack_depth = 0
        self.left = '{{'
        self.right = '}}'

    def copy(self):
        t = Tree(self.name)
        t.parse_name = self.parse_name
        t.root = self.root.copy() if self.root is not None else None
        t.text = self.text
        t.left, t.right = self.left, self.right
        return t

    # ------------------------------------------------------------ lookahead

    def next(self):
        if self.peek_count > 0:
            self.peek_count -= 1
        else:
            self.token[0] = self.lex.next_item()
        return self.token[self.peek_count]

    def backup(self):
        self.peek_count += 1

    def backup2(self, t1):
        self.token[1] = t1
        self.peek_count = 2

    def backup3(self, t2, t1):
        self.token[1] = t1
        self.token[2] = t2
        self.peek_count = 3

    def peek(self):
        if self.peek_count > 0:
            return self.token[self.peek_count - 1]
        self.peek_count = 1
        self.token[0] = self.lex.next_item()
        return self.token[0]

    def next_non_space(self):
        while True:
            tok = self.next()
            if tok.typ != L.SPACE:
                return tok

    def peek_non_space(self):
        tok = self.next_non_space()
        self.backup()
        return tok

    # ------------------------------------------------------------ errors

    def errorf(self, msg):
        self.root = None
        raise ParseError(f'template: {self.parse_name}:{self.token[0].line}: {msg}')

    def expect(self, typ, context):
        tok = self.next_non_space()
        if tok.typ != typ:
            self.unexpected(tok, context)
        return tok

    def expect_one_of(self, t1, t2, context):
        tok = self.next_non_space()
        if tok.typ != t1 and tok.typ != t2:
            self.unexpected(tok, context)
        return tok

    def unexpected(self, tok, context):
        if tok.typ == L.ERROR:
            extra = ''
            if self.action_line != 0 and self.action_line != tok.line:
                extra = f' in action started at {self.parse_name}:{self.action_line}'
                if tok.val.endswith(' action'):
                    extra = extra[len(' in action'):]     # not "action in action"
            self.errorf(f'{tok}{extra}')
        self.errorf(f'unexpected {tok} in {context}')

    # ------------------------------------------------------------ driving

    def has_function(self, name):
        return any(name in fs for fs in self.funcs if fs)

    def start_parse(self, funcs, lexer, tree_set):
        self.root = None
        self.lex = lexer
        self.vars = ['$']
        self.funcs = funcs
        self.tree_set = tree_set
        self.stack_depth = 0

    def parse(self, text, left, right, tree_set, funcs):
        self.parse_name = self.name
        self.left = left or '{{'
        self.right = right or '}}'
        lexer = L.Lexer(text, self.left, self.right, emit_comment=bool(self.mode & PARSE_COMMENTS))
        self.funcs = funcs
        lexer.break_ok = not self.has_function('break')
        lexer.continue_ok = not self.has_function('continue')
        self.start_parse(funcs, lexer, tree_set)
        self.text = text
        self.parse_top()
        self.add()
        self.lex = None
        return self

    def add(self):
        old = self.tree_set.get(self.name)
        if old is None or N.is_empty_tree(old.root):
            self.tree_set[self.name] = self
            return
        if not N.is_empty_tree(self.root):
            self.errorf(f'template: multiple definition of template {L.quote(self.name)}')

    def _sub_tree(self, name):
        """A tree for a {{define}} or {{block}} inside this one's text."""
        t = Tree(name, self.mode)
        t.text = self.text
        t.left, t.right = self.left, self.right
        t.parse_name = self.parse_name
        t.start_parse(self.funcs, self.lex, self.tree_set)
        return t

    def parse_top(self):
        self.root = N.ListNode(self, self.peek().pos)
        while self.peek().typ != L.EOF:
            if self.peek().typ == L.LEFT_DELIM:
                delim = self.next()
                if self.next_non_space().typ == L.DEFINE:
                    self._sub_tree('definition').parse_definition()
                    continue
                self.backup2(delim)
            n = self.text_or_action()
            if isinstance(n, (N.EndNode, N.ElseNode)):
                self.errorf(f'unexpected {n}')
            self.root.nodes.append(n)

    def parse_definition(self):
        context = 'define clause'
        tok = self.expect_one_of(L.STRING, L.RAW_STRING, context)
        name = unquote(tok.val)
        if name is None:
            self.errorf('invalid syntax')
        self.name = name
        self.expect(L.RIGHT_DELIM, context)
        self.root, end = self.item_list()
        if not isinstance(end, N.EndNode):
            self.errorf(f'unexpected {end} in {context}')
        self.add()
        self.lex = None

    def item_list(self):
        lst = N.ListNode(self, self.peek_non_space().pos)
        while self.peek_non_space().typ != L.EOF:
            n = self.text_or_action()
            if isinstance(n, (N.EndNode, N.ElseNode)):
                return lst, n
            lst.nodes.append(n)
        self.errorf('unexpected EOF')

    def text_or_action(self):
        tok = self.next_non_space()
        if tok.typ == L.TEXT:
            return N.TextNode(self, tok.pos, tok.val.encode('utf-8', 'surrogateescape'))
        if tok.typ == L.LEFT_DELIM:
            self.action_line = tok.line
            try:
                return self.action()
            finally:
                self.action_line = 0
        if tok.typ == L.COMMENT:
            return N.CommentNode(self, tok.pos, tok.val)
        self.unexpected(tok, 'input')

    # ------------------------------------------------------------ actions

    def action(self):
        tok = self.next_non_space()
        control = {L.BLOCK: self.block_control, L.ELSE: self.else_control, L.END: self.end_control,
                   L.IF: self.if_control, L.RANGE: self.range_control, L.TEMPLATE: self.template_control,
                   L.WITH: self.with_control}.get(tok.typ)
        if control is not None:
            return control()
        if tok.typ in (L.BREAK, L.CONTINUE):
            return self.loop_control(tok)
        self.backup()
        tok = self.peek()
        return N.ActionNode(self, tok.pos, tok.line, self.pipeline('command', L.RIGHT_DELIM))

    def loop_control(self, tok):
        word = 'break' if tok.typ == L.BREAK else 'continue'
        nxt = self.next_non_space()
        if nxt.typ != L.RIGHT_DELIM:
            self.unexpected(nxt, '{{' + word + '}}')
        if self.range_depth == 0:
            self.errorf('{{' + word + '}} outside {{range}}')
        cls = N.BreakNode if tok.typ == L.BREAK else N.ContinueNode
        return cls(self, tok.pos, tok.line)

    def pipeline(self, context, end):
        tok = self.peek_non_space()
        pipe = N.PipeNode(self, tok.pos, tok.line)
        self.pipeline_decls(pipe, context)
        while True:
            tok = self.next_non_space()
            if tok.typ == end:
                self.check_pipeline(pipe, context)
                return pipe
            if tok.typ in (L.BOOL, L.CHAR_CONSTANT, L.COMPLEX, L.DOT, L.FIELD, L.IDENTIFIER, L.NUMBER,
                           L.NIL, L.RAW_STRING, L.STRING, L.VARIABLE, L.LEFT_PAREN):
                self.backup()
                pipe.cmds.append(self.command())
            else:
                self.unexpected(tok, context)

    def pipeline_decls(self, pipe, context):
        """`$x :=`, `$x =`, `$i, $v :=` (range) at the start of a pipeline."""
        while True:
            v = self.peek_non_space()
            if v.typ != L.VARIABLE:
                return
            self.next()
            after = self.peek()
            nxt = self.peek_non_space()
            if nxt.typ in (L.ASSIGN, L.DECLARE):
                pipe.is_assign = nxt.typ == L.ASSIGN
                self.next_non_space()
                pipe.decl.append(N.VariableNode(self, v.pos, v.val))
                self.vars.append(v.val)
                return
            if nxt.typ == L.CHAR and nxt.val == ',':
                self.next_non_space()
                pipe.decl.append(N.VariableNode(self, v.pos, v.val))
                self.vars.append(v.val)
                if context == 'range' and len(pipe.decl) < 2:
                    if self.peek_non_space().typ in (L.VARIABLE, L.RIGHT_DELIM, L.RIGHT_PAREN):
                        continue
                    self.errorf('range can only initialize variables')
                self.errorf(f'too many declarations in {context}')
            if after.typ == L.SPACE:
                self.backup3(v, after)
            else:
                self.backup2(v)
            return

    def check_pipeline(self, pipe, context):
        if not pipe.cmds:
            self.errorf(f'missing value for {context}')
        for i, c in enumerate(pipe.cmds[1:]):
            if isinstance(c.args[0], (N.BoolNode, N.DotNode, N.NilNode, N.NumberNode, N.StringNode)):
                self.errorf(f'non executable command in pipeline stage {i + 2}')

    def parse_control(self, context):
        mark = len(self.vars)
        try:
            pipe = self.pipeline(context, L.RIGHT_DELIM)
            if context == 'range':
                self.range_depth += 1
            lst, nxt = self.item_list()
            if context == 'range':
                self.range_depth -= 1
            else_list = None
            if isinstance(nxt, N.ElseNode):
                if context == 'if' and self.peek().typ == L.IF:
                    self.next()
                    else_list = N.ListNode(self, nxt.pos)
                    else_list.nodes.append(self.if_control())
                elif context == 'with' and self.peek().typ == L.WITH:
                    self.next()
                    else_list = N.ListNode(self, nxt.pos)
                    else_list.nodes.append(self.with_control())
                else:
                    else_list, nxt = self.item_list()
                    if not isinstance(nxt, N.EndNode):
                        self.errorf(f'expected end; found {nxt}')
            return pipe.pos, pipe.line, pipe, lst, else_list
        finally:
            del self.vars[mark:]

    def if_control(self):
        return N.IfNode(self, *self.parse_control('if'))

    def range_control(self):
        return N.RangeNode(self, *self.parse_control('range'))

    def with_control(self):
        return N.WithNode(self, *self.parse_control('with'))

    def end_control(self):
        return N.EndNode(self, self.expect(L.RIGHT_DELIM, 'end').pos)

    def else_control(self):
        peek = self.peek_non_space()
        if peek.typ in (L.IF, L.WITH):
            return N.ElseNode(self, peek.pos, peek.line)
        tok = self.expect(L.RIGHT_DELIM, 'else')
        return N.ElseNode(self, tok.pos, tok.line)

    def block_control(self):
        context = 'block clause'
        tok = self.next_non_space()
        name = self.template_name(tok, context)
        pipe = self.pipeline(context, L.RIGHT_DELIM)
        block = self._sub_tree(name)
        block.root, end = block.item_list()
        if not isinstance(end, N.EndNode):
            self.errorf(f'unexpected {end} in {context}')
        block.add()
        block.lex = None
        return N.TemplateNode(self, tok.pos, tok.line, name, pipe)

    def template_control(self):
        context = 'template clause'
        tok = self.next_non_space()
        name = self.template_name(tok, context)
        pipe = None
        if self.next_non_space().typ != L.RIGHT_DELIM:
            self.backup()
            pipe = self.pipeline(context, L.RIGHT_DELIM)
        return N.TemplateNode(self, tok.pos, tok.line, name, pipe)

    def template_name(self, tok, context):
        if tok.typ in (L.STRING, L.RAW_STRING):
            s = unquote(tok.val)
            if s is None:
                self.errorf('invalid syntax')
            return s
        self.unexpected(tok, context)

    # ------------------------------------------------------------ commands and operands

    def command(self):
        cmd = N.CommandNode(self, self.peek_non_space().pos)
        while True:
            self.peek_non_space()
            operand = self.operand()
            if operand is not None:
                cmd.args.append(operand)
            tok = self.next()
            if tok.typ == L.SPACE:
                continue
            if tok.typ in (L.RIGHT_DELIM, L.RIGHT_PAREN):
                self.backup()
            elif tok.typ != L.PIPE:
                self.unexpected(tok, 'operand')
            break
        if not cmd.args:
            self.errorf('empty command')
        return cmd

    def operand(self):
        node = self.term()
        if node is None:
            return None
        if self.peek().typ == L.FIELD:
            chain = N.ChainNode(self, self.peek().pos, node)
            while self.peek().typ == L.FIELD:
                chain.add(self.next().val)
            if isinstance(node, N.FieldNode):
                return N.FieldNode(self, chain.pos, str(chain))
            if isinstance(node, N.VariableNode):
                return N.VariableNode(self, chain.pos, str(chain))
            if isinstance(node, (N.BoolNode, N.StringNode, N.NumberNode, N.NilNode, N.DotNode)):
                self.errorf(f'unexpected . after term {L.quote(str(node))}')
            return chain
        return node

    def term(self):
        tok = self.next_non_space()
        typ = tok.typ
        if typ == L.IDENTIFIER:
            if not self.mode & SKIP_FUNC_CHECK and not self.has_function(tok.val):
                self.errorf(f'function {L.quote(tok.val)} not defined')
            return N.IdentifierNode(self, tok.pos, tok.val)
        if typ == L.DOT:
            return N.DotNode(self, tok.pos)
        if typ == L.NIL:
            return N.NilNode(self, tok.pos)
        if typ == L.VARIABLE:
            return self.use_var(tok.pos, tok.val)
        if typ == L.FIELD:
            return N.FieldNode(self, tok.pos, tok.val)
        if typ == L.BOOL:
            return N.BoolNode(self, tok.pos, tok.val == 'true')
        if typ in (L.CHAR_CONSTANT, L.COMPLEX, L.NUMBER):
            n, err = new_number(self, tok.pos, tok.val, typ)
            if err:
                self.errorf(err)
            return n
        if typ == L.LEFT_PAREN:
            if self.stack_depth >= MAX_STACK_DEPTH:
                self.errorf('max expression depth exceeded')
            self.stack_depth += 1
            try:
                return self.pipeline('parenthesized pipeline', L.RIGHT_PAREN)
            finally:
                self.stack_depth -= 1
        if typ in (L.STRING, L.RAW_STRING):
            s = unquote(tok.val)
            if s is None:
                self.errorf('invalid syntax')
            return N.StringNode(self, tok.pos, tok.val, s.encode('utf-8', 'surrogateescape'))
        self.backup()
        return None

    def use_var(self, pos, name):
        v = N.VariableNode(self, pos, name)
        if v.ident[0] not in self.vars:
            self.errorf(f'undefined variable {L.quote(v.ident[0])}')
        return v


# ------------------------------------------------------------------ numbers

_I64 = 1 << 63
_U64 = 1 << 64


def _exact_ints(n, f):
    """Which integer readings float f has exactly (Go converts and compares)."""
    if math.isfinite(f) and f == int(f):
        if -_I64 <= f < _I64 and not n.is_int:
            n.is_int, n.int64 = True, int(f)
        if 0 <= f < _U64 and not n.is_uint:
            n.is_uint, n.uint64 = True, int(f)


def _simplify_complex(n):
    c = n.complex128
    n.is_float = c.imag == 0
    if n.is_float:
        n.float64 = c.real
        _exact_ints(n, c.real)


def _float(b):
    """strconv.ParseFloat(b, 64) of bytes: the value, or None if it fails."""
    f, k, code = strconv._parse_float_prefix(b, 64)
    return f if k == len(b) and not code else None


def new_number(tree, pos, text, typ):
    """(NumberNode, error text or '') for a number, character or complex constant."""
    n = N.NumberNode(tree, pos, text)
    b = text.encode('utf-8', 'surrogateescape')
    if typ == L.CHAR_CONSTANT:
        r = strconv._unquote_char(b[1:], b[0]) if len(b) > 1 else None
        if r is None:
            return None, 'invalid syntax'
        if r[2] != b"'":
            return None, f'malformed character constant: {text}'
        n.int64 = n.uint64 = r[0]
        n.float64 = float(r[0])
        n.is_int = n.is_uint = n.is_float = True
        return n, ''
    if typ == L.COMPLEX:
        c, err = strconv.ParseComplex(b, 128)
        if err is not None:
            return None, f'illegal number syntax: {L.quote(text)}'
        n.is_complex = True
        n.complex128 = c
        _simplify_complex(n)
        return n, ''
    if text.endswith('i'):
        f = _float(b[:-1])
        if f is not None:
            n.is_complex = True
            n.complex128 = complex(0, f)
            _simplify_complex(n)
            return n, ''
    u, ucode, _ = strconv._parse_uint(b, 0, 64)
    if not ucode:
        n.is_uint, n.uint64 = True, u
    i, icode, _ = strconv._parse_int(b, 0, 64)
    if not icode:
        n.is_int, n.int64 = True, i
        if i == 0:
            n.is_uint, n.uint64 = True, u      # -0
    if n.is_int:
        n.is_float, n.float64 = True, float(n.int64)
    elif n.is_uint:
        n.is_float, n.float64 = True, float(n.uint64)
    else:
        f = _float(b)
        if f is not None:
            if not any(c in text for c in '.eEpP'):
                return None, f'integer overflow: {L.quote(text)}'
            n.is_float, n.float64 = True, f
            _exact_ints(n, f)
    if not (n.is_int or n.is_uint or n.is_float):
        return None, f'illegal number syntax: {L.quote(text)}'
    return n, ''
