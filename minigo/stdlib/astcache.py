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


STD_TREES = 400     # cached standard trees kept (the newest): some versions of minigo's


def parse(path, src):
    """The AST of a standard package's source (a Source), from the cache when
    it holds this very text. The file's name says which parser made it, so
    that two versions of minigo sharing the cache (two installs, two
    checkouts) do not take turns overwriting each other's trees."""
    d = treecache.cache_dir()
    if d is None:
        return _parse(src)
    tag = treecache.parser_version().hex()[:12]
    fn = os.path.join(d, f'std-{tag}-' + path.replace('/', '_') + '.ast')
    return treecache.cached(fn, treecache.key_of(src.text), lambda: _stored(d, src))


def _stored(d, src):
    """A parse whose tree is about to be cached: room is made first."""
    treecache.prune(d, 'std-', STD_TREES - 1)
    return _parse(src)


def _parse(src):
    from ..syntax.parser import parse_source     # imports Lark: only when the cache misses
    return parse_source(src)
