"""The parsed Go source of the standard packages (their GO_DECLS), kept on
disk in the user's cache directory (syntax/treecache.py).

Nearly every program imports fmt, and with it errors, io, os, io/fs, time and
syscall; parsing their Go source would be most of their cost at start-up, and
an unpickle is a tenth of a parse. Each package has one file, holding the key
its tree was parsed under and the tree. A missing, stale or unreadable file
means a parse (and a fresh file when the directory is writable); the cache is
never needed.
"""
from __future__ import annotations

import os

from ..syntax import treecache


def parse(path, src):
    """The AST of a standard package's source (a Source), from the cache when
    it holds this very text."""
    d = treecache.cache_dir()
    fn = os.path.join(d, 'std-' + path.replace('/', '_') + '.ast') if d else None
    return treecache.cached(fn, treecache.key_of(src.text), lambda: _parse(src))


def _parse(src):
    from ..syntax.parser import parse_source     # imports Lark: only when the cache misses
    return parse_source(src)
