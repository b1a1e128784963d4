"""minigo's scanner (syntax/scan.py) against Lark's own lexer for the same
grammar: the same tokens, with the same types, values and positions, on the
conformance programs, on edge cases and on random text made of Go fragments."""
import glob
import os

import pytest
from hypothesis import given, settings, strategies as st
from lark.lexer import LexerThread

from minigo.syntax import parser

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope='module')
def both():
    lark_parser = parser.get_parser()
    return parser.get_scanner(), lark_parser._build_lexer(False)


def _fields(tok):
    return (tok.type, tok.value, tok.start_pos, tok.line, tok.column,
            tok.end_line, tok.end_column, tok.end_pos)


def assert_same(both, text):
    scanner, lark_lexer = both
    want = [_fields(t) for t in LexerThread.from_text(lark_lexer, text).lex(None)]
    got = [_fields(t) for t in scanner.tokens(text)]
    assert got == want


EDGES = [
    '', ' ', '\n', '// c', 'x // c', '} // c', '/* open', '/* a\nb */ x', '/**/', '/*/',
    'a/b', 'a /= b', 'a//b\nc', 'x := .5 + 1. + 0x1p-2i + 0b_1 + 0o7 + 1e', '...', '..', '.',
    '&^= &^ & && &= << <<= <- < <= > >> >>= >= ! != = == : := ~ | || |=',
    '"abc', '"a\\"b"', '"a\nb"', "'a", "'\\''", "'\n", '`raw\nstring`', '`open\n',
    'x\x00y', '\ufeffpackage', 'a\u00e9b \u0660x \u2028 y', 'a\udcffb', '\udcff', '\t\r\n\r\n',
    'break case chan const continue default defer else fallthrough for func go goto if import '
    'interface map package range return select struct switch type var breaks go1 _ __',
    '@#$?\\', 'x\x0by\x0cz', 'line1\nline2  \n\n  x /* c\n\n */ y\n',
]


@pytest.mark.parametrize('text', EDGES)
def test_edge_cases(both, text):
    assert_same(both, text)


def test_conformance_programs(both):
    files = sorted(glob.glob(os.path.join(HERE, 'conformance*', '**', '*.go'), recursive=True))
    assert len(files) > 300
    for path in files:
        with open(path, 'rb') as f:
            assert_same(both, f.read().decode('utf-8', 'surrogateescape'))


FRAGMENTS = ['x', 'func', ' ', '\t', '\n', '//', '/*', '*/', '/', '*', '"', "'", '`', '\\', '.', '..',
             '0', '1_0', '0x', 'e', 'p', '+', '-', '=', ':', '<', '>', '&', '^', '|', '!', '(', ')',
             '{', '}', 'é', '\x00', '\ufeff', '\udc80', '\r', '\x0b', 'i', '_']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_random_fragments(both, parts):
    assert_same(both, ''.join(parts))
