"""Go's automatic semicolon insertion (spec: "Semicolons"), token by token."""
import pytest

from minigo.syntax.parser import get_parser


def toks(src):
    out = []
    for t in get_parser().lex(src):
        out.append(';' if t.type == 'SEMI' else str(t))
    return ' '.join(out)


@pytest.mark.parametrize('src, want', [
    # after an identifier, literals, and the four keywords
    ('x\ny', 'x ; y ;'),
    ('1\n2.5\n3i\n\'a\'\n"s"\n`r`\n', '1 ; 2.5 ; 3i ; \'a\' ; "s" ; `r` ;'),
    ('break\ncontinue\nfallthrough\nreturn\n', 'break ; continue ; fallthrough ; return ;'),
    # after ++ -- ) ] }
    ('i++\ni--\nf()\na[0]\n}\n', 'i ++ ; i -- ; f ( ) ; a [ 0 ] ; } ;'),
    # not after operators, commas, opening brackets or other keywords
    ('a +\nb', 'a + b ;'),
    ('f(a,\nb)', 'f ( a , b ) ;'),
    ('if\nx', 'if x ;'),
    ('func (\n)', 'func ( ) ;'),
    # blank lines give one semicolon, not several
    ('x\n\n\ny', 'x ; y ;'),
    # a line comment keeps the newline; a general comment spanning lines acts as one
    ('x // note\ny', 'x ; y ;'),
    ('x /* a\nb */ y', 'x ; y ;'),
    ('x /* same line */ + y', 'x + y ;'),
    # at EOF without a final newline
    ('x', 'x ;'),
    ('x +', 'x +'),
    # a raw string spanning lines is one token
    ('`a\nb`\nc', '`a\nb` ; c ;'),
])
def test_semicolon_insertion(src, want):
    assert toks(src) == want


def test_inserted_semicolon_reads_as_newline():
    semi = [t for t in get_parser().lex('x\n') if t.type == 'SEMI'][0]
    assert str(semi) == '\n' and (semi.line, semi.column) == (1, 2)
    eof = [t for t in get_parser().lex('x') if t.type == 'SEMI'][0]
    assert str(eof) == 'EOF'
