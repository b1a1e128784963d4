"""Lark parse failures -> the messages cmd/compile's parser would print.

Go's parser is recursive descent and words an error by what it was parsing
("in argument list; possibly missing comma or )", "at end of statement",
"expected { after if clause"). An LALR parser knows the same things in another
form: the tokens still on its value stack are exactly the constructs left open
(an unmatched `(` preceded by an expression is a call's argument list), and
the interactive parser can tell which token types it would accept next. The
rules below turn those two facts into Go's wording; the syntax area of the
conformance suite holds the cases checked against real Go.
"""
from __future__ import annotations

from lark import Token
from lark.exceptions import UnexpectedCharacters, UnexpectedToken

from . import ast as A

KEYWORDS = {'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else',
            'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map',
            'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var'}

# Tokens that can only begin a declaration, or a statement, or an operand.
DECL_START = {'FUNC', 'VAR', 'CONST', 'TYPE', 'IMPORT'}
STMT_ONLY_START = {'IF', 'FOR', 'SWITCH', 'SELECT', 'RETURN', 'GO', 'DEFER', 'BREAK',
                   'CONTINUE', 'GOTO', 'FALLTHROUGH'}
OPERAND_START = {'IDENT', 'NUMBER', 'STRING', 'CHAR', 'LPAREN'}

HEADER = {'IF': 'if clause', 'FOR': 'for clause', 'SWITCH': 'switch clause'}


def tok_desc(tok) -> str:
    """Go's name for a token in `unexpected X` (syntax/parser.go syntaxErrorAt)."""
    t = tok.type
    v = str(tok)
    if t == 'SEMI':
        return {'\n': 'newline', 'EOF': 'EOF'}.get(v, 'semicolon')
    if t == '$END':
        return 'EOF'
    if t == 'IDENT':
        return 'name ' + v
    if t in ('NUMBER', 'CHAR', 'STRING'):
        return 'literal ' + v
    if v in KEYWORDS:
        return 'keyword ' + v
    if t == 'COMMA':
        return 'comma'
    return v


def _eof_pos(text):
    line = text.count('\n') + 1
    col = len(text) - (text.rfind('\n') + 1) + 1
    return (line, col)


def _accepts(e):
    try:
        return e.interactive_parser.accepts()
    except Exception:
        return set(e.expected or ())


def _open_tokens(stack):
    """Tokens left on the value stack: the constructs still open, innermost last."""
    return [(i, v) for i, v in enumerate(stack) if isinstance(v, Token)]


def _innermost(stack, types):
    for i in range(len(stack) - 1, -1, -1):
        v = stack[i]
        if isinstance(v, Token) and v.type in types:
            return i, v
    return None, None


def describe(e, src):
    """Return (pos, message) for a Lark exception."""
    text = src.text
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else ''
        return (e.line, e.column), f'invalid character U+{ord(ch):04X} {_quote_rune(ch)}'
    if not isinstance(e, UnexpectedToken):
        return _eof_pos(text), 'syntax error: unexpected EOF'
    tok = e.token
    pos = _eof_pos(text) if tok.type == '$END' else (tok.line, tok.column)
    stack = list(e.interactive_parser.parser_state.value_stack) if e.interactive_parser else []
    acc = _accepts(e)
    msg = _message(tok, stack, acc)
    if isinstance(msg, tuple):
        pos, msg = msg
    return pos, 'syntax error: ' + msg


def _quote_rune(ch):
    if ch.isprintable():
        return f"'{ch}'"
    return repr(ch)


def _is_tok(v, *types):
    return isinstance(v, Token) and v.type in types


# Tokens after which an operand must follow (a binary operator, `(`, `,`, `:=`...).
_NEEDS_OPERAND = {'PLUS', 'MINUS', 'STAR', 'SLASH', 'PERCENT', 'SHL', 'SHR', 'AMP', 'AND_NOT',
                  'OR', 'XOR', 'EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ', 'ANDAND', 'OROR',
                  'NOT', 'ARROW', 'TILDE', 'ASSIGN', 'DEFINE', 'ADD_ASSIGN', 'SUB_ASSIGN',
                  'MUL_ASSIGN', 'QUO_ASSIGN', 'REM_ASSIGN', 'AND_ASSIGN', 'OR_ASSIGN', 'XOR_ASSIGN',
                  'SHL_ASSIGN', 'SHR_ASSIGN', 'AND_NOT_ASSIGN', 'COMMA', 'LPAREN', 'LBRACK',
                  'RETURN', 'GO', 'DEFER', 'RANGE', 'CASE', 'COLON'}


def _message(tok, stack, acc):
    un = 'unexpected ' + tok_desc(tok)
    t = tok.type
    top = stack[-1] if stack else None
    opens = open_brackets(stack)
    li, lopen = opens[-1] if opens else (None, None)

    if _is_tok(top, 'ELSE') and t not in acc:
        return 'else must be followed by if or statement block'

    # if/for/switch header still open (no `{` after the keyword yet).
    hi = max((i for i, v in enumerate(stack) if _is_tok(v, 'IF', 'FOR', 'SWITCH')), default=None)
    if hi is not None and (li is None or li < hi):
        head = stack[hi]
        if head.type == 'IF' and _is_tok(top, 'SEMI') and t == 'LBRACE':
            if str(top) == '\n':
                return (top.line, top.column), f'unexpected newline, expected {{ after if clause'
            return (top.line, top.column), 'missing condition in if statement'
        if 'LBRACE' in acc and t != 'LBRACE' and (t == 'SEMI' or not (OPERAND_START & acc) or top is not head):
            if not (_is_tok(top, *_NEEDS_OPERAND) and OPERAND_START & acc):
                # gc's header(): right after the first simple statement it wants
                # `{` (or `;`); the block after a complete clause is "after ..."
                if t != 'SEMI' and not any(_is_tok(v, 'SEMI', 'RANGE') for v in stack[hi + 1:]):
                    return f'{un}, expected {{'
                if head.type == 'SWITCH':     # gc's switchStmt words it alone
                    return 'missing { after switch clause'
                return f'{un}, expected {{ after {HEADER[head.type]}'

    # The package clause: gc stops there.
    if (len(stack) == 1 and isinstance(stack[0], A.Ident)) or \
            (len(stack) == 2 and _is_tok(stack[0], 'PACKAGE') and _is_tok(stack[1], 'IDENT')):
        return f'{un}, expected semicolon or newline'

    # Between top-level declarations.
    if lopen is None and not any(_is_tok(v, 'FUNC', 'VAR', 'CONST', 'TYPE') for v in stack):
        if t == 'IMPORT':
            return 'imports must appear before other declarations'
        if 'FUNC' in acc and t not in DECL_START:
            return 'non-declaration statement outside function body'
    if lopen is None and 'SEMI' in acc and t not in acc:
        if not (_is_tok(top, *_NEEDS_OPERAND) and OPERAND_START & acc):
            return f'{un} after top level declaration'

    if lopen is not None:
        before = stack[li - 1] if li > 0 else None
        if lopen.type == 'LPAREN':
            if _is_param_list(stack, li) and _is_tok(top, 'COMMA') and t not in acc:
                return f'{un}, expected )'     # gc: no parameter type where one must start
            if _is_param_list(stack, li) and ('COMMA' in acc or 'RPAREN' in acc):
                return f'{un} in parameter list; possibly missing comma or )'
            if isinstance(before, A.Expr) and 'COMMA' in acc and 'RPAREN' in acc:
                return f'{un} in argument list; possibly missing comma or )'
        if lopen.type == 'LBRACE' and 'COMMA' in acc and 'RBRACE' in acc and 'SEMI' not in acc:
            return f'{un} in composite literal; possibly missing comma or }}'
        if lopen.type == 'LBRACE' and li > 0 and _is_tok(stack[li - 1], 'STRUCT', 'INTERFACE') \
                and 'SEMI' in acc and 'RBRACE' in acc and t not in acc:
            bare_name = _is_tok(top, 'IDENT') and _is_tok(stack[-2], 'LBRACE', 'SEMI')
            if stack[li - 1].type == 'STRUCT' and bare_name:
                return f'{un}, expected type'        # a field's name without its type
            if not bare_name:
                what = 'struct' if stack[li - 1].type == 'STRUCT' else 'interface'
                return f'{un} in {what} type; possibly missing semicolon or newline or }}'
        if lopen.type == 'LBRACK' and t == 'RBRACK' and li == len(stack) - 1 and isinstance(before, A.Expr):
            return f'{un}, expected operand'
        if lopen.type == 'LBRACK' and isinstance(before, A.Expr) and 'RBRACK' in acc and t not in acc \
                and (isinstance(top, A.Expr) or _is_tok(top, 'IDENT', 'NUMBER', 'CHAR', 'STRING')):
            if li == len(stack) - 2 and 'COLON' in acc:
                # x[i followed by something else: an index, a slice or type arguments
                return f'{un}, expected comma, : or ]'
            if any(_is_tok(v, 'COLON') for v in stack[li + 1:]):
                return f'{un}, expected ]'

    # A type declaration missing its type.
    if _is_tok(top, 'IDENT') and len(stack) >= 2 and _is_tok(stack[-2], 'TYPE', 'LPAREN', 'SEMI') \
            and 'STRUCT' in acc and 'ASSIGN' in acc:
        return f'{un} in type declaration'

    # Where only a type can start (gc's type_(): "expected type").
    if {'MAP', 'CHAN', 'STRUCT', 'INTERFACE'} <= acc and 'NUMBER' not in acc and t not in acc:
        return f'{un}, expected type'

    # After `.`: a selector or a type assertion.
    if _is_tok(top, 'DOT') and 'IDENT' in acc:
        return f'{un}, expected name or ('

    # Inside a statement list.
    at_stmt_start = top is None or _is_tok(top, 'SEMI', 'LBRACE', 'COLON')
    if at_stmt_start and 'RBRACE' in acc and t not in acc:
        return f'{un}, expected }}'
    if {'DEFINE', 'ASSIGN', 'COMMA'} <= acc and 'SEMI' not in acc and t not in acc:
        # an expression list as a statement: only an assignment can follow
        return f'{un}, expected := or = or comma'
    if OPERAND_START <= acc and (_is_tok(top, *_NEEDS_OPERAND) or 'SEMI' not in acc):
        return f'{un}, expected expression'
    if 'SEMI' in acc and t not in acc:
        return f'{un} at end of statement'
    if 'IDENT' in acc and acc <= {'IDENT', 'LPAREN'}:
        return f'{un}, expected name'
    for want in ('COLON', 'LPAREN', 'RPAREN', 'RBRACK', 'RBRACE', 'LBRACE'):
        if want in acc and len(acc) <= 3:
            return f'{un}, expected {_TOKEN_TEXT[want]}'
    return un


_TOKEN_TEXT = {'COLON': ':', 'LPAREN': '(', 'RPAREN': ')', 'RBRACK': ']', 'RBRACE': '}',
               'LBRACE': '{'}


_CLOSING = {'RPAREN': 'LPAREN', 'RBRACK': 'LBRACK', 'RBRACE': 'LBRACE'}


def open_brackets(stack):
    """(index, token) of the brackets on the value stack not yet closed there,
    outermost first."""
    opens = []
    for i, v in enumerate(stack):
        if isinstance(v, Token):
            if v.type in ('LPAREN', 'LBRACK', 'LBRACE'):
                opens.append((i, v))
            elif v.type in _CLOSING and opens and opens[-1][1].type == _CLOSING[v.type]:
                opens.pop()
    return opens


def in_function(stack):
    """Whether the parse is inside a function body (gc's fnest > 0): an open
    `{` right after a function's signature."""
    return any(i > 0 and type(stack[i - 1]).__name__ == 'FuncType' and v.type == 'LBRACE'
               for i, v in open_brackets(stack))


def _is_param_list(stack, li):
    """An open `(` is a parameter list when it follows `func`, `func NAME`,
    `func NAME[...]` or a method's receiver and name, or closes a result list."""
    j = li - 1
    if j < 0:
        return False
    prev = stack[j]
    if isinstance(prev, list):      # type parameters, or a receiver/parameter list before results
        return True
    if _is_tok(prev, 'FUNC'):
        return True
    if _is_tok(prev, 'IDENT') and j > 0 and (_is_tok(stack[j - 1], 'FUNC') or isinstance(stack[j - 1], list)):
        return True
    return False
