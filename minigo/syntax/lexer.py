"""Go's automatic semicolons and scanner errors, as a Lark post-lexer.

The Go spec inserts a semicolon after a line's final token when that token is an
identifier, a basic literal, one of `break continue fallthrough return`, or one of
`++ -- ) ] }` (golang/go src/go/scanner/scanner.go). A `/* */` comment that spans
lines counts as a newline. The inserted SEMI keeps the newline's position and the
value "\\n", so a syntax error can say `unexpected newline` as Go does.

Scanner errors do not stop cmd/compile's scanner (syntax/scanner.go): it
reports them and goes on, and unless the parser also finds a syntax error,
type checking follows. So they are reported here into the parse's ErrorList
(`errors`, set for each parse by parser.parse_source) and scanning continues:
an invalid character, NUL, BOM or invalid byte is skipped (the INVALID terminal, the
grammar's lowest-priority catch-all), a malformed literal stays a literal
(the builder makes it a BasicLit whose value is a literals.Bad), an unterminated
literal ends at the newline.
"""
import threading
import unicodedata

from lark import Token

from . import literals

# Token types after which a newline (or EOF) becomes a semicolon.
TRIGGERS = frozenset({
    'IDENT', 'NUMBER', 'CHAR', 'STRING',
    'BREAK', 'CONTINUE', 'FALLTHROUGH', 'RETURN',
    'INC', 'DEC', 'RPAREN', 'RBRACK', 'RBRACE',
})

# The ErrorList of the parse running on this thread: one post-lexer serves
# every parse (it belongs to the shared Lark parser), and parses on two
# threads at once (two minigo.check calls) must not report into each other's.
_parse_state = threading.local()


def report_error(pos, msg):
    """Report a parser error that does not stop the parse (gc's parser goes on
    after it and the checker still runs) into the running parse's ErrorList."""
    el = getattr(_parse_state, 'errors', None)
    if el is not None:
        el.errorf_at(pos, msg)


class SemicolonInserter:
    """Lark PostLex: drop NL/BLOCK_COMMENT/INVALID tokens, inserting SEMI where
    Go would, and report scanner errors into self.errors."""

    always_accept = ('NL', 'BLOCK_COMMENT', 'INVALID')

    @property
    def errors(self):
        return getattr(_parse_state, 'errors', None)

    @errors.setter
    def errors(self, el):
        _parse_state.errors = el

    def error(self, pos, msg):
        if self.errors is not None:
            self.errors.errorf_at(pos, msg)

    def process(self, stream):
        last_type = None
        last = None
        for tok in stream:
            t = tok.type
            if t == 'INVALID':
                self._invalid(tok)
                continue
            if t in _QUOTED:
                nl = self._check_literal(tok)
                if nl is not None:
                    # the literal ends before the newline, which is scanned next
                    yield Token.new_borrow_pos(t, tok.value[:-1], tok)
                    yield Token('SEMI', '\n', tok.start_pos + len(tok.value) - 1, nl[0], nl[1],
                                nl[0], nl[1], tok.start_pos + len(tok.value))
                    last_type = 'SEMI'
                    continue
            elif t == 'NUMBER':
                self._check_literal(tok)
            elif t == 'IDENT' and not tok.value.isascii():
                self._check_ident(tok)
            if t == 'NL' or t == 'BLOCK_COMMENT':
                if t == 'BLOCK_COMMENT':
                    if not tok.value.endswith('*/') or len(tok.value) < 4:
                        self.error((tok.line, tok.column), 'comment not terminated')
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
        if last_type in TRIGGERS and last is not None:
            # EOF: Go's scanner inserts a semicolon before EOF too.
            end = last.end_pos if last.end_pos is not None else 0
            yield Token('SEMI', 'EOF', end, last.end_line, last.end_column,
                        last.end_line, last.end_column, end)

    # ------------------------------------------------------------ scanner errors

    def _invalid(self, tok):
        c = tok.value
        if c == '\x00' or c == '\ufeff' or '\ud800' <= c <= '\udfff':
            return      # reported with the source (parser._source_errors), and skipped
        self.error((tok.line, tok.column), f'invalid character {rune_u(c)}')

    def _check_ident(self, tok):
        """gc's atIdentChar: a non-ASCII character in a name must be a letter
        or (not first) a digit; the name goes on either way."""
        line, col = tok.line, tok.column
        for i, c in enumerate(tok.value):
            if c.isascii() or c in _SKIPPED:
                continue
            cat = unicodedata.category(c)
            if cat.startswith('L'):
                continue
            if cat == 'Nd':
                if i == 0:
                    self.error((line, col + i), f'identifier cannot begin with digit {rune_u(c)}')
                continue
            self.error((line, col + i), f'invalid character {rune_u(c)} in identifier')

    def _check_literal(self, tok):
        """Report a malformed literal. For a string or rune cut by a newline,
        return the newline's (line, column)."""
        v = tok.value
        t = tok.type
        if t in _QUOTED:
            q = v[0]
            last = v[-1]
            if not (len(v) >= 2 and last == q):
                what = {'"': 'string', "'": 'rune literal', '`': 'string'}[q]
                if q == '"' and len(v) > 1:
                    # escape errors come before the missing quote
                    self._check_literal_text(tok, v.rstrip('\n') + '"')
                if last == '\n' and q != '`':
                    nl = v.rfind('\n')
                    pos = (tok.line, tok.column + nl)
                    if q == "'" and len(v) > 1:
                        # an error inside the rune comes first (and alone)
                        try:
                            literals.rune(v[:-1] + "'")
                        except literals.LiteralError as e:
                            if e.msg not in _RUNE_COUNT:
                                self._literal_error(tok, e)
                                return pos
                    self.error(pos, f'newline in {what}')
                    return pos
                self.error((tok.line, tok.column), f'{what} not terminated')
                return None
        self._check_literal_text(tok, v)
        return None

    def _check_literal_text(self, tok, v):
        try:
            if tok.type == 'NUMBER':
                literals.number(v)
            elif tok.type == 'CHAR':
                literals.rune(v)
            else:
                literals.string(v)
        except literals.LiteralError as e:
            if tok.type == 'STRING' and v[0] == '"' and e.offset > 0:
                for each in literals.string_errors(v):   # gc reports every bad escape
                    self._literal_error(tok, each)
            else:
                self._literal_error(tok, e)

    def _literal_error(self, tok, e):
        self.error(literals.error_pos(tok.line, tok.column, tok.value, e.offset), e.msg)


# what gc's source reader reports (parser._source_errors does) and skips: in a
# name they are no invalid character of their own
_SKIPPED = frozenset('\ufeff' + ''.join(map(chr, range(0xdc80, 0xdd00))))

_QUOTED = frozenset({'STRING', 'CHAR'})
_RUNE_COUNT = ("empty rune literal or unescaped '", 'more than one character in rune literal')


def rune_u(c: str) -> str:
    """Go's %#U: U+0041 'A', or only U+0085 for a character strconv.IsPrint rejects."""
    code = ord(c)
    u = f'U+{code:04X}'
    if _go_printable(c):
        return f"{u} '{c}'"
    return u


def _go_printable(c: str) -> bool:
    # strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
    # ASCII space (Unicode categories L, M, N, P, S).
    if c == ' ':
        return True
    cat = unicodedata.category(c)
    return cat[0] in 'LMNPS'
