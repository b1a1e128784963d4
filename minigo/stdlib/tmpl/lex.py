"""The template lexer: text and actions cut into items, as text/template's
lexer cuts them (the parser's error texts and line numbers depend on exactly
which items it has seen).

The input is a str decoded with surrogateescape, so a template's bytes come
back unchanged; positions are indexes into it (byte_col converts for error
columns). Items come one at a time (Lexer.next_item), because the parser's
three-token lookahead decides how far lexing has gone when an error is met.
"""
from __future__ import annotations

import unicodedata

from ...text import gostr

# item types (the order of Go's: those after KEYWORD are keywords)
(ERROR, BOOL, CHAR, CHAR_CONSTANT, COMMENT, COMPLEX, ASSIGN, DECLARE, EOF, FIELD, IDENTIFIER,
 LEFT_DELIM, LEFT_PAREN, NUMBER, PIPE, RAW_STRING, RIGHT_DELIM, RIGHT_PAREN, SPACE, STRING, TEXT,
 VARIABLE, KEYWORD, BLOCK, BREAK, CONTINUE, DOT, DEFINE, ELSE, END, IF, NIL, RANGE, TEMPLATE,
 WITH) = range(35)

KEYWORDS = {'.': DOT, 'block': BLOCK, 'break': BREAK, 'continue': CONTINUE, 'define': DEFINE,
            'else': ELSE, 'end': END, 'if': IF, 'range': RANGE, 'nil': NIL, 'template': TEMPLATE,
            'with': WITH}

SPACES = ' \t\r\n'
LEFT_COMMENT = '/*'
RIGHT_COMMENT = '*/'


class Item:
    __slots__ = ('typ', 'pos', 'val', 'line')

    def __init__(self, typ, pos, val, line):
        self.typ = typ
        self.pos = pos
        self.val = val
        self.line = line

    def __str__(self):
        """How the parser names the item in an error."""
        if self.typ == EOF:
            return 'EOF'
        if self.typ == ERROR:
            return self.val
        if self.typ > KEYWORD:
            return f'<{self.val}>'
        if len(self.val) > 10:
            return quote(self.val[:10]) + '...'
        return quote(self.val)


def quote(s):
    """Go's %q of a string held as a surrogateescape str."""
    return gostr.quote(s.encode('utf-8', 'surrogateescape'))


def rune_repr(r):
    """Go's %#U: U+0023 '#'."""
    s = f'U+{r:04X}'
    if gostr.is_print(r):
        s += f" '{chr(r)}'"
    return s


def is_alnum(c):
    """unicode.IsLetter or IsDigit, or '_' (a lone surrogate is an invalid byte)."""
    if c == '_' or c.isascii() and c.isalnum():
        return True
    if c.isascii() or '\ud800' <= c <= '\udfff':
        return False
    cat = unicodedata.category(c)
    return cat[0] == 'L' or cat == 'Nd'


def is_letter(c):
    """unicode.IsLetter."""
    if c.isascii():
        return c.isalpha()
    return not '\ud800' <= c <= '\udfff' and unicodedata.category(c)[0] == 'L'


def has_left_trim(s, i):
    return i + 1 < len(s) and s[i] == '-' and s[i + 1] in SPACES


def has_right_trim(s, i):
    return i + 1 < len(s) and s[i] in SPACES and s[i + 1] == '-'


def byte_len(s):
    return len(s.encode('utf-8', 'surrogateescape'))


class Lexer:
    """One pass over a template's text; next_item gives the next item."""

    def __init__(self, text, left='{{', right='}}', emit_comment=False, break_ok=True, continue_ok=True):
        self.input = text
        self.left = left or '{{'
        self.right = right or '}}'
        self.pos = 0
        self.start = 0
        self.inside = False
        self.paren = 0
        self.emit_comment = emit_comment
        self.break_ok = break_ok
        self.continue_ok = continue_ok
        self._line_pos = 0      # line_at's cursor: position and its line
        self._line = 1

    # ------------------------------------------------------------ positions

    def line_at(self, pos):
        """1 + the newlines before pos (positions mostly grow: counted from the last call)."""
        if pos >= self._line_pos:
            self._line += self.input.count('\n', self._line_pos, pos)
        else:
            self._line -= self.input.count('\n', pos, self._line_pos)
        self._line_pos = pos
        return self._line

    def item(self, typ, end=None):
        """The item from start to end (default pos); the next one starts there."""
        end = self.pos if end is None else end
        it = Item(typ, self.start, self.input[self.start:end], self.line_at(self.start))
        self.start = end
        return it

    def error(self, msg):
        """An error item; the input ends there (the lexer gives EOF after)."""
        it = Item(ERROR, self.start, msg, self.line_at(self.start))
        self.input = ''
        self.start = self.pos = 0
        self._line_pos, self._line = 0, it.line
        return it

    def at_right_delim(self):
        """(at the right delimiter, with a trim marker before it)."""
        s, p = self.input, self.pos
        if has_right_trim(s, p) and s.startswith(self.right, p + 2):
            return True, True
        return s.startswith(self.right, p), False

    def at_terminator(self):
        s, p = self.input, self.pos
        if p >= len(s):
            return True
        return s[p] in SPACES or s[p] in '.,|:)(' or s.startswith(self.right, p)

    # ------------------------------------------------------------ items

    def next_item(self):
        if self.inside:
            return self.inside_action()
        return self.text()

    def text(self):
        s = self.input
        while True:
            x = s.find(self.left, self.pos)
            if x < 0:
                self.pos = len(s)
                if self.pos > self.start:
                    return self.item(TEXT)
                return Item(EOF, self.pos, 'EOF', self.line_at(self.start))
            if x > self.pos:
                end = x
                if has_left_trim(s, x + len(self.left)):     # "{{- ": the text's trailing spaces go
                    end = len(s[self.start:x].rstrip(SPACES)) + self.start
                self.pos = x
                it = self.item(TEXT, end)
                self.start = x
                if it.val:
                    return it
            it = self.left_delim()
            if it is not None:
                return it

    def left_delim(self):
        """At a left delimiter: its item, or None after a comment not emitted."""
        s = self.input
        self.pos += len(self.left)
        after = 2 if has_left_trim(s, self.pos) else 0
        if s.startswith(LEFT_COMMENT, self.pos + after):
            self.pos += after
            self.start = self.pos
            return self.comment()
        it = self.item(LEFT_DELIM)
        self.inside = True
        self.pos += after
        self.start = self.pos
        self.paren = 0
        return it

    def comment(self):
        s = self.input
        self.pos += len(LEFT_COMMENT)
        x = s.find(RIGHT_COMMENT, self.pos)
        if x < 0:
            return self.error('unclosed comment')
        self.pos = x + len(RIGHT_COMMENT)
        delim, trim = self.at_right_delim()
        if not delim:
            return self.error('comment ends before closing delimiter')
        it = self.item(COMMENT)
        if trim:
            self.pos += 2
        self.pos += len(self.right)
        if trim:
            self.pos = len(s) - len(s[self.pos:].lstrip(SPACES))
        self.start = self.pos
        return it if self.emit_comment else None

    def right_delim(self, trim):
        s = self.input
        if trim:
            self.pos += 2
            self.start = self.pos
        self.pos += len(self.right)
        it = self.item(RIGHT_DELIM)
        if trim:
            self.pos = len(s) - len(s[self.pos:].lstrip(SPACES))
            self.start = self.pos
        self.inside = False
        return it

    def inside_action(self):
        s = self.input
        delim, trim = self.at_right_delim()
        if delim:
            if self.paren == 0:
                return self.right_delim(trim)
            return self.error('unclosed left paren')
        if self.pos >= len(s):
            return self.error('unclosed action')
        c = s[self.pos]
        self.pos += 1
        if c in SPACES:
            self.pos -= 1
            return self.space()
        single = {'=': ASSIGN, '|': PIPE}.get(c)
        if single is not None:
            return self.item(single)
        if c == ':':
            if self.pos < len(s) and s[self.pos] == '=':
                self.pos += 1
                return self.item(DECLARE)
            if self.pos < len(s):
                self.pos += 1
            return self.error('expected :=')
        if c == '"':
            return self.quoted()
        if c == '`':
            return self.raw_quoted()
        if c == '$':
            return self.variable()
        if c == "'":
            return self.char()
        if c == '.' and self.pos < len(s) and not '0' <= s[self.pos] <= '9':
            return self.field_or_variable(FIELD)
        if c == '.' or c in '+-' or '0' <= c <= '9':
            self.pos -= 1
            return self.number()
        if is_alnum(c):
            self.pos -= 1
            return self.identifier()
        if c == '(':
            self.paren += 1
            return self.item(LEFT_PAREN)
        if c == ')':
            self.paren -= 1
            if self.paren < 0:
                return self.error('unexpected right paren')
            return self.item(RIGHT_PAREN)
        if c.isascii() and c.isprintable():
            return self.item(CHAR)
        return self.error('unrecognized character in action: ' + rune_repr(self._rune(c)))

    @staticmethod
    def _rune(c):
        o = ord(c)
        return 0xFFFD if 0xDC80 <= o <= 0xDCFF else o

    def space(self):
        s = self.input
        n = 0
        while self.pos < len(s) and s[self.pos] in SPACES:
            self.pos += 1
            n += 1
        # " -}}": the space before the marker belongs to the delimiter
        if has_right_trim(s, self.pos - 1) and s.startswith(self.right, self.pos + 1):
            self.pos -= 1
            if n == 1:
                return self.right_delim(True)
        return self.item(SPACE)

    def identifier(self):
        s = self.input
        while self.pos < len(s) and is_alnum(s[self.pos]):
            self.pos += 1
        word = s[self.start:self.pos]
        if not self.at_terminator():
            return self.error('bad character ' + rune_repr(self._rune(s[self.pos])))
        kw = KEYWORDS.get(word)
        if kw is not None and kw > KEYWORD:
            if kw == BREAK and not self.break_ok or kw == CONTINUE and not self.continue_ok:
                return self.item(IDENTIFIER)
            return self.item(kw)
        if word[0] == '.':
            return self.item(FIELD)
        if word in ('true', 'false'):
            return self.item(BOOL)
        return self.item(IDENTIFIER)

    def variable(self):
        if self.at_terminator():
            return self.item(VARIABLE)
        return self.field_or_variable(VARIABLE)

    def field_or_variable(self, typ):
        s = self.input
        if self.at_terminator():
            return self.item(VARIABLE if typ == VARIABLE else DOT)
        while self.pos < len(s) and is_alnum(s[self.pos]):
            self.pos += 1
        if not self.at_terminator():
            return self.error('bad character ' + rune_repr(self._rune(s[self.pos])))
        return self.item(typ)

    def _scan_quoted(self, close, what):
        s = self.input
        while True:
            if self.pos >= len(s):
                return self.error(f'unterminated {what}')
            c = s[self.pos]
            self.pos += 1
            if c == '\\':
                if self.pos < len(s) and s[self.pos] != '\n':
                    self.pos += 1
                    continue
                if self.pos < len(s):
                    self.pos += 1
                return self.error(f'unterminated {what}')
            if c == '\n':
                return self.error(f'unterminated {what}')
            if c == close:
                return None

    def char(self):
        return self._scan_quoted("'", 'character constant') or self.item(CHAR_CONSTANT)

    def quoted(self):
        return self._scan_quoted('"', 'quoted string') or self.item(STRING)

    def raw_quoted(self):
        s = self.input
        x = s.find('`', self.pos)
        if x < 0:
            self.pos = len(s)
            return self.error('unterminated raw quoted string')
        self.pos = x + 1
        return self.item(RAW_STRING)

    def number(self):
        if not self.scan_number():
            return self.error('bad number syntax: ' + quote(self.input[self.start:self.pos]))
        s = self.input
        if self.pos < len(s) and s[self.pos] in '+-':
            if not self.scan_number() or s[self.pos - 1] != 'i':
                return self.error('bad number syntax: ' + quote(self.input[self.start:self.pos]))
            return self.item(COMPLEX)
        return self.item(NUMBER)

    def _accept(self, chars):
        s = self.input
        if self.pos < len(s) and s[self.pos] in chars:
            self.pos += 1
            return True
        return False

    def _accept_run(self, chars):
        s = self.input
        while self.pos < len(s) and s[self.pos] in chars:
            self.pos += 1

    def scan_number(self):
        """Advance over a number's characters (a loose scan: the parser
        judges the text); False if a letter or digit follows."""
        self._accept('+-')
        digits = '0123456789_'
        if self._accept('0'):
            if self._accept('xX'):
                digits = '0123456789abcdefABCDEF_'
            elif self._accept('oO'):
                digits = '01234567_'
            elif self._accept('bB'):
                digits = '01_'
        self._accept_run(digits)
        if self._accept('.'):
            self._accept_run(digits)
        if len(digits) == 11 and self._accept('eE'):
            self._accept('+-')
            self._accept_run('0123456789_')
        if len(digits) == 23 and self._accept('pP'):
            self._accept('+-')
            self._accept_run('0123456789_')
        self._accept('i')
        s = self.input
        if self.pos < len(s) and is_alnum(s[self.pos]):
            self.pos += 1
            return False
        return True
