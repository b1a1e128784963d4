"""Go source text -> AST, with syntax errors in Go's words.

The Lark LALR parser is built from minigo/grammar/go.lark (package data) once
and its tables are cached on disk in the user's cache directory (Lark's own
cache, keyed by a hash of the grammar; never inside the installed package), so
start-up costs an unpickle rather than an LALR construction. The AST is built during the
parse by the Builder callbacks.
"""
from __future__ import annotations

import os
from importlib import resources

from lark import Lark
from lark.exceptions import UnexpectedInput, VisitError

from ..errors import ErrorList, Source
from .builder import Builder, SyntaxErr
from .lexer import SemicolonInserter
from . import syntax_errors

_parser = None


def grammar_text() -> str:
    """The grammar, read from the package's own data (minigo/grammar/go.lark)."""
    return resources.files('minigo').joinpath('grammar', 'go.lark').read_text(encoding='utf-8')


def _cache_file():
    """Where Lark keeps the parse tables: $XDG_CACHE_HOME/minigo or ~/.cache/minigo.
    False (no cache, build the tables each time) when that is not writable."""
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    d = os.path.join(base, 'minigo')
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        return False
    if not os.access(d, os.W_OK):
        return False
    return os.path.join(d, 'go-lark.cache')


def get_parser() -> Lark:
    global _parser
    if _parser is None:
        _parser = Lark(grammar_text(), parser='lalr', lexer='basic', postlex=SemicolonInserter(),
                       keep_all_tokens=True, maybe_placeholders=False,
                       transformer=Builder(), cache=_cache_file(), start='start')
    return _parser


def parse_source(src: Source):
    """Parse one file. Returns an ast.File or raises ErrorList."""
    text = src.text
    if text.startswith('\ufeff'):
        text = ' ' + text[1:]
    try:
        return get_parser().parse(text)
    except SyntaxErr as e:
        raise _one(src, e.pos, e.msg) from None
    except VisitError as e:
        orig = e.orig_exc
        if isinstance(orig, SyntaxErr):
            raise _one(src, orig.pos, orig.msg) from None
        raise
    except UnexpectedInput as e:
        pos, msg = syntax_errors.describe(e, src)
        raise _one(src, pos, msg) from None


def _one(src, pos, msg):
    el = ErrorList(src)
    el.add(pos, msg)
    return el


def parse_file(path: str, display: str | None = None):
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8')
    src = Source(path, text, display)
    return src, parse_source(src)
