"""Go's automatic semicolons, as a Lark post-lexer.

The Go spec inserts a semicolon after a line's final token when that token is an
identifier, a basic literal, one of `break continue fallthrough return`, or one of
`++ -- ) ] }` (golang/go src/go/scanner/scanner.go). A `/* */` comment that spans
lines counts as a newline. The inserted SEMI keeps the newline's position and the
value "\\n", so a syntax error can say `unexpected newline` as Go does.
"""
from lark import Token

from .builder import SyntaxErr

# Token types after which a newline (or EOF) becomes a semicolon.
TRIGGERS = frozenset({
    'IDENT', 'NUMBER', 'CHAR', 'STRING',
    'BREAK', 'CONTINUE', 'FALLTHROUGH', 'RETURN',
    'INC', 'DEC', 'RPAREN', 'RBRACK', 'RBRACE',
})


class SemicolonInserter:
    """Lark PostLex: drop NL/BLOCK_COMMENT tokens, inserting SEMI where Go would."""

    always_accept = ('NL', 'BLOCK_COMMENT')

    def process(self, stream):
        last_type = None
        last = None
        for tok in stream:
            t = tok.type
            if t in _QUOTED:
                _check_terminated(tok)
            if t == 'NL' or t == 'BLOCK_COMMENT':
                if t == 'BLOCK_COMMENT':
                    if not tok.value.endswith('*/') or len(tok.value) < 4:
                        raise SyntaxErr((tok.line, tok.column), 'comment not terminated')
                    if '\n' not in tok.value:
                        continue
                if last_type in TRIGGERS:
                    semi = Token.new_borrow_pos('SEMI', '\n', tok)
                    if t == 'BLOCK_COMMENT':
                        # Go reports the semicolon where the comment starts.
                        semi = Token('SEMI', '\n', tok.start_pos, tok.line, tok.column,
                                     tok.line, tok.column, tok.start_pos)
                    last_type = 'SEMI'
                    yield semi
                continue
            last_type = t
            last = tok
            yield tok
        if last_type in TRIGGERS:
            # EOF: Go's scanner inserts a semicolon before EOF too.
            end = last.end_pos if last.end_pos is not None else 0
            yield Token('SEMI', 'EOF', end, last.end_line, last.end_column,
                        last.end_line, last.end_column, end)


_QUOTED = frozenset({'STRING', 'CHAR'})


def _check_terminated(tok):
    """The grammar lets an unterminated literal match up to and including the
    line's end (or to EOF), so that it is reported here in Go's words and place."""
    v = tok.value
    q = v[0]
    last = v[-1]
    if len(v) >= 2 and last == q:
        return  # the regex consumed escapes, so a final quote closes the literal
    what = {'"': 'string', "'": 'rune literal', '`': 'string'}[q]
    if last == '\n' and q != '`':
        nl = v.rfind('\n')
        raise SyntaxErr((tok.line, tok.column + nl), f'newline in {what}')
    raise SyntaxErr((tok.line, tok.column), f'{what} not terminated')

