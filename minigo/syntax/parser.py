"""Go source text -> AST, with syntax errors in Go's words.

The Lark LALR parser is built from minigo/grammar/go.lark (package data) once
and its tables are cached on disk in the user's cache directory (Lark's own
cache, keyed by a hash of the grammar; never inside the installed package), so
start-up costs an unpickle rather than an LALR construction. The AST is built during the
parse by the Builder callbacks.
"""
from __future__ import annotations

import os
import re
from importlib import resources

from lark import Lark, Token
from lark.exceptions import UnexpectedInput, UnexpectedToken, VisitError
from lark.parsers.lalr_interactive_parser import InteractiveParser
from lark.parsers.lalr_analysis import Shift
from lark.parse_tree_builder import ExpandSingleChild

from ..errors import ErrorList, Source
from .builder import Builder, SyntaxErr
from .lexer import SemicolonInserter
from .scan import Scanner
from . import gocommand, syntax_errors
from .treecache import cache_dir

_parser = None
_postlex = None
_scanner = None


def grammar_text() -> str:
    """The grammar, read from the package's own data (minigo/grammar/go.lark)."""
    return resources.files('minigo').joinpath('grammar', 'go.lark').read_text(encoding='utf-8')


def _cache_file():
    """Where Lark keeps the parse tables; False (no cache, build the tables
    each time) when the cache directory is not writable."""
    d = cache_dir()
    return os.path.join(d, 'go-lark.cache') if d else False


def get_parser() -> Lark:
    global _parser, _postlex
    if _parser is None:
        _postlex = SemicolonInserter()
        _parser = Lark(grammar_text(), parser='lalr', lexer='basic', postlex=_postlex,
                       keep_all_tokens=True, maybe_placeholders=False,
                       transformer=Builder(), cache=_cache_file(), start='start')
    return _parser


def get_scanner() -> Scanner:
    global _scanner
    if _scanner is None:
        _scanner = Scanner(get_parser())
    return _scanner


def parse_source(src: Source):
    """Parse one file. Returns an ast.File or raises ErrorList.

    Errors are reported as cmd/compile reports them (ErrorList.errorf_at): the
    scanner's go on; after a syntax error at the end of a statement or between
    top-level declarations the parser skips to where gc's would resume, other
    syntax errors end the parse here. With syntax errors, the ErrorList is
    raised; with only scanner errors, the file comes back with them in
    `file.errors`, for the checker to continue, as gc type-checks such a file.
    """
    text = src.text
    if text.startswith('\ufeff'):
        text = ' ' + text[1:]
    nul = gocommand.nul_error(src)
    if nul is not None:
        raise nul
    errors = ErrorList(src)
    _source_errors(text, errors)
    parser = get_parser()
    _postlex.errors = errors
    try:
        tree = _parse(parser, text, src, errors)
    except ErrorList as el:
        if el is not errors:
            raise
        raise errors from None
    finally:
        _postlex.errors = None
    if errors:
        header = gocommand.header_error(src, errors)
        if header is not None:
            raise header
    if errors.syntax_errors or tree is None:
        raise errors
    if errors:
        tree.errors = errors
    return tree


_SOURCE_BAD = re.compile('[\x00\ufeff\udc80-\udcff]')


def _source_errors(text, errors):
    """gc's source reader (syntax/source.go) rejects NUL, a BOM after the start
    and invalid UTF-8 (bytes decoded with surrogateescape) wherever they are,
    in literals and comments too, and skips them."""
    if text.isascii() and '\x00' not in text:
        return
    line, line_start = 1, 0
    for m in _SOURCE_BAD.finditer(text):
        i = m.start()
        line += text.count('\n', line_start, i)
        nl = text.rfind('\n', 0, i)
        line_start = i
        c = m.group()
        pos = (line, i - nl)
        if c == '\x00':
            errors.errorf_at(pos, 'invalid NUL character')
        elif c == '\ufeff':
            errors.errorf_at(pos, 'invalid BOM in the middle of the file')
        else:
            errors.errorf_at(pos, 'invalid UTF-8 encoding')


def _parse(parser, text, src, errors):
    ip = parser.parse_interactive(text)
    state = ip.parser_state
    stream = iter(_postlex.process(get_scanner().tokens(text)))
    fast, token_callbacks = _fast_table(state.parse_conf)
    back = []                  # tokens to feed again (after a synthetic one)
    last = None

    def next_token():
        nonlocal last
        if back:
            return back.pop()
        tok = next(stream, None)
        if tok is None:
            return Token.new_borrow_pos('$END', '', last) if last is not None else Token('$END', '', 0, 1, 1)
        last = tok
        return tok

    fed = None                 # the type of the last token the parser took
    while True:
        tok = next_token()
        if tok.type == 'VAR' and fed in _HEADER_KW:
            # gc: "accept potential varDecl but complain", at the next token
            nxt = next_token()
            errors.errorf_at((nxt.line, nxt.column),
                             f'syntax error: var declaration not allowed in {_HEADER_KW[fed]} initializer')
            tok = nxt
        try:
            res = _shift(state, tok, fast, token_callbacks) if tok.type != '$END' else state.feed_token(tok, True)
            if tok.type == '$END':
                return res
            fed = tok.type
            continue
        except SyntaxErr as e:
            errors.errorf_at(e.pos, e.msg)
            return None
        except VisitError as e:
            orig = e.orig_exc
            if isinstance(orig, SyntaxErr):
                errors.errorf_at(orig.pos, orig.msg)
                return None
            if isinstance(orig, ErrorList):
                raise orig from None
            raise
        except UnexpectedToken as e:
            err = e
        err.interactive_parser = InteractiveParser(ip.parser, state, ip.lexer_thread)
        if tok.type == '$END':
            if errors:
                # gc: no syntax error at EOF after an earlier error ("avoid
                # meaningless follow-up errors"); what is open is closed there
                return _close_at_eof(err.interactive_parser, text)
        if not state.value_stack and tok.type != 'PACKAGE':
            # the go command reads the package clause first (go/parser)
            el = ErrorList(src)
            pos = (tok.line, tok.column)
            if tok.type == '$END':
                # go/token: a final newline does not start another line
                body = text[:-1] if text.endswith('\n') else text
                pos = (body.count('\n') + 1, len(text) - (body.rfind('\n') + 1) + 1)
            el.add(pos, f"expected 'package', found {_go_found(tok)}")
            el.go_command = True
            raise el
        imp = _import_path_error(state.value_stack, tok)
        if imp is not None:
            # the go command reads the imports first (go/parser), and stops there
            el = ErrorList(src)
            el.add((tok.line, tok.column), imp)
            el.go_command = True
            raise el
        pos, msg = syntax_errors.describe(err, src)
        errors.errorf_at(pos, msg)
        # Resynchronize as gc's parser does (parser.go `advance`) in the common cases.
        if msg.endswith(', expected (') and state.value_stack and _is(state.value_stack[-1], 'FUNC') \
                and syntax_errors.in_function(state.value_stack):
            # `func name() ...` inside a function: gc skips the name, takes `()`
            # for a parenthesized parameter type (missing: an error on the same
            # line), and skips what follows to the next closing bracket or
            # statement keyword; the func type ends there. (With parameters
            # in the parentheses gc goes on differently: not followed.)
            if next_token().type != 'LPAREN' or next_token().type != 'RPAREN':
                return None
            tok = next_token()
            if tok.type in ('COMMA', 'RPAREN'):
                return None
            while tok.type not in _LIST_FOLLOW:
                tok = next_token()
            if tok.type == 'RPAREN':
                return None
            if not _feed(state, tok, ('LPAREN', '('), ('RPAREN', ')')):
                return None
            back.append(tok)
            continue
        filler = _FILLERS.get(msg[msg.rfind(', expected '):])
        if filler is None and (', expected { after ' in msg or msg.startswith('syntax error: missing { after')):
            filler = _FILLERS['{ switch' if 'switch' in msg else '{']
        if filler is not None:
            # gc's blockStmt / operand(): skip to where it resumes, and stand a
            # `{` / a bad operand in for what was missing
            follow, (ttype, tval) = filler
            if syntax_errors.in_function(state.value_stack):
                follow = follow | _STOPSET
            while tok.type not in follow:
                tok = next_token()
            if not _feed(state, tok, (ttype, tval)):
                return None
            back.append(tok)
            continue
        if msg.endswith(' at end of statement'):
            follow = _STMT_FOLLOW
        elif msg.endswith(' after top level declaration') or \
                msg.endswith('non-declaration statement outside function body'):
            follow = _DECL_FOLLOW
        elif msg.endswith(' in type declaration'):
            # typeDecl: a bad type, then on to `;` or `)`
            follow = {'SEMI', 'RPAREN', '$END'}
            if syntax_errors.in_function(state.value_stack):
                follow |= _STOPSET
            while tok.type not in follow:
                tok = next_token()
            if not _feed(state, tok, ('IDENT', '_')):
                return None
            back.append(tok)
            continue
        elif '; possibly missing ' in msg:
            follow = _LIST_FOLLOW if syntax_errors.in_function(state.value_stack) else _LIST_FOLLOW_TOP
        else:
            return None
        while tok.type not in follow:
            tok = next_token()
        if follow is _LIST_FOLLOW or follow is _LIST_FOLLOW_TOP:
            # gc's list(): at its closing token the list goes on (and ends);
            # at another, the list ends there
            close = _CLOSE_TYPE[msg[-1]]
            if tok.type != close and not _feed(state, tok, (close, msg[-1])):
                return None
            back.append(tok)
            continue
        if msg.endswith('non-declaration statement outside function body'):
            back.append(tok)
            continue
        if tok.type == 'SEMI':
            back.append(tok)
            continue
        if not _feed(state, tok, ('SEMI', ';')):
            return None
        back.append(tok)


def _fast_table(conf):
    """The parse table of conf in the form _shift reads, and the callbacks
    of terminals. The table has per state a dict from
    a terminal to the next state (a shift, an int) or to a reduction
    (size, builder, goto name), and from a nonterminal to its goto state.
    Built once per parser: Lark's rows hold Rule objects, whose Python-level
    __hash__ made every reduction's callback and goto lookup a call. A rule
    Lark only passes through (`?rule` with one child) has builder None."""
    held = _FAST_TABLES.get(id(conf))
    if held is not None:
        return held[1:]
    callbacks = conf.callbacks
    reductions = {}
    fast = {}
    for st, row in conf.states.items():
        out = {}
        for sym, (action, arg) in row.items():
            if action is Shift:
                out[sym] = arg
                continue
            red = reductions.get(id(arg))
            if red is None:
                size = len(arg.expansion)
                cb = callbacks[arg]
                if isinstance(cb, ExpandSingleChild):
                    cb = None if size == 1 else cb.node_builder
                red = reductions[id(arg)] = (size, cb, arg.origin.name)
            out[sym] = red
        fast[st] = out
    token_callbacks = {k: v for k, v in callbacks.items() if isinstance(k, str)}
    _FAST_TABLES[id(conf)] = (conf, fast, token_callbacks)     # conf held: its id stays its own
    return fast, token_callbacks


# id(ParseConf) -> (conf, fast table, terminal callbacks); ParseConf has
# slots, no room for them.
# Immutable tables of the one shared parser, so not run state.
_FAST_TABLES = {}


def _shift(state, token, fast, token_callbacks):
    """Lark's ParserState.feed_token for a token that is not the end: reduce
    as the table says, then shift the token. The parse's innermost loop
    (~4 reductions per token on expression chains), over _fast_table's rows."""
    state_stack = state.state_stack
    value_stack = state.value_stack
    ttype = token.type
    while True:
        act = fast[state_stack[-1]].get(ttype)
        if act is None:
            row = state.parse_conf.states[state_stack[-1]]
            expected = {s for s in row.keys() if s.isupper()}
            raise UnexpectedToken(token, expected, state=state, interactive_parser=None)
        if act.__class__ is int:
            state_stack.append(act)
            cb = token_callbacks.get(ttype)
            value_stack.append(token if cb is None else cb(token))
            return None
        size, build, origin = act
        if build is None:
            # a pass-through rule: its one child is its value
            state_stack[-1] = fast[state_stack[-2]][origin]
            continue
        if size:
            children = value_stack[-size:]
            del state_stack[-size:]
            del value_stack[-size:]
        else:
            children = []
        value_stack.append(build(children))
        state_stack.append(fast[state_stack[-1]][origin])


def _feed(state, at, *tokens):
    """Feed the parser tokens that stand in for missing ones, at token at's
    position (gc's parser goes on as if they were there). False when the
    parser will not take them: the parse then ends at the error."""
    try:
        for ttype, value in tokens:
            state.feed_token(Token(ttype, value, at.start_pos, at.line, at.column, at.line,
                                   at.column, at.start_pos))
    except (UnexpectedInput, SyntaxErr, VisitError):
        return False
    return True


def _import_path_error(stack, tok):
    """go/parser's importSpec errors, for a token that cannot follow an import
    spec's start (`import`, `import (`, a spec's `;`, an import name)."""
    top = len(stack) - 1
    after_path = False
    if tok.type != 'SEMI' and top >= 0 and _is(stack[top], 'STRING'):
        after_path = True       # `import ( "a" X`: go/parser's expectSemi
        top -= 1
    elif tok.type == 'STRING':
        return None
    if top >= 0 and _is(stack[top], 'IDENT', 'DOT'):
        top -= 1
    if top >= 2 and _is(stack[top], 'SEMI') and type(stack[top - 1]).__name__ == 'ImportSpec':
        top -= 1                # the first spec of a group, not yet in the list
    if top < 0:
        return None
    v = stack[top]
    if type(v).__name__ == 'ImportSpec':
        v = stack[top - 1]
        top -= 1
    in_group = (_is(v, 'LPAREN') or getattr(v, 'data', '').startswith('__import_decl')) \
        and top >= 1 and (_is(stack[top - 1], 'IMPORT') or _is(stack[top - 2], 'IMPORT'))
    if after_path:
        if in_group and tok.type != 'RPAREN':
            return f"expected ';', found {_go_found(tok)}"
        return None
    if _is(v, 'IMPORT') or in_group:
        if tok.type in ('NUMBER', 'CHAR'):
            return 'import path must be a string'
        return 'missing import path'
    return None


def _go_found(tok):
    """How go/parser's errorExpected names the token it found."""
    if tok.type == 'SEMI' and tok.value == '\n':
        return 'newline'
    if tok.type in ('IDENT', 'NUMBER', 'CHAR', 'STRING'):
        return str(tok)
    if tok.type == '$END' or (tok.type == 'SEMI' and tok.value == 'EOF'):
        return "'EOF'" if tok.type == '$END' else "';'"
    return f"'{tok}'"


def _is(v, *types):
    return isinstance(v, Token) and v.type in types


_HEADER_KW = {'FOR': 'for', 'IF': 'if', 'SWITCH': 'switch'}

# gc's advance() follow sets: a statement's end, plus (inside a function) the
# keywords that start a statement; a top-level declaration's start.
_STOPSET = {'BREAK', 'CONST', 'CONTINUE', 'DEFER', 'FALLTHROUGH', 'FOR', 'GO', 'GOTO', 'IF',
            'RETURN', 'SELECT', 'SWITCH', 'TYPE', 'VAR'}
_STMT_FOLLOW = {'SEMI', 'RBRACE', 'CASE', 'DEFAULT', '$END'} | _STOPSET
_DECL_FOLLOW = {'IMPORT', 'CONST', 'TYPE', 'VAR', 'FUNC', '$END'}
_LIST_FOLLOW_TOP = {'RPAREN', 'RBRACK', 'RBRACE', '$END'}
_LIST_FOLLOW = _LIST_FOLLOW_TOP | _STOPSET
_CLOSE_TYPE = {')': 'RPAREN', ']': 'RBRACK', '}': 'RBRACE'}
# errors after which gc's parser skips to a follow set and goes on as if the
# missing token were there: (follow set, the token fed in its place)
_FILLERS = {
    '{': ({'IDENT', 'RBRACE', '$END'}, ('LBRACE', '{')),
    '{ switch': ({'CASE', 'DEFAULT', 'RBRACE', '$END'}, ('LBRACE', '{')),
    ', expected expression': (_LIST_FOLLOW_TOP, ('IDENT', '_')),
}


_CLOSERS = ('RPAREN', 'RBRACK', 'RBRACE', 'SEMI')


def _close_at_eof(ip, text):
    """Feed the closing tokens the parser wants at EOF (gc's parse loops stop at
    EOF, and its `want` reports nothing there after an error), so that the
    file can be type-checked. None when that does not lead to a complete file."""
    if ip is None:
        return None
    line = text.count('\n') + 1
    col = len(text) - (text.rfind('\n') + 1) + 1
    last = None
    try:
        for _ in range(1000):
            acc = ip.accepts()
            if '$END' in acc:
                return ip.feed_eof()
            for t in _CLOSERS:
                if t in acc and not (t == last == 'SEMI'):
                    last = t
                    val = {'SEMI': 'EOF', 'RBRACE': '}', 'RPAREN': ')', 'RBRACK': ']'}[t]
                    ip.feed_token(Token(t, val, len(text), line, col, line, col, len(text)))
                    break
            else:
                if 'NUMBER' not in acc or last == 'NUMBER':
                    return None
                # an operand is missing: gc has a BadExpr there; a malformed
                # literal is one here (invalid, and no further error)
                last = 'NUMBER'
                ip.feed_token(Token('NUMBER', '0x', len(text), line, col, line, col, len(text)))
    except (UnexpectedInput, SyntaxErr, VisitError):
        return None
    return None


def parse_file(path: str, display: str | None = None):
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8', 'surrogateescape')   # invalid bytes: reported by the parse
    src = Source(path, text, display)
    return src, parse_source(src)
