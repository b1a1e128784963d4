"""The parsed Go source of the standard packages (their GO_DECLS), kept on
disk in the user's cache directory next to Lark's tables.

Nearly every program imports fmt, and with it errors, io, os, io/fs, time and
syscall; parsing their Go source is most of their cost at start-up, and an
unpickle is a tenth of a parse. Each package has one file, holding the key
its tree was parsed under (a hash of the source and of the parser's own code
and grammar, so that an edit to either parses again) and the tree. A missing,
stale or unreadable file means a parse (and a fresh file when the directory is
writable); the cache is never needed.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import resources

_parser_digest = None


def _parser_version():
    """A hash of what decides the shape of a tree: the syntax package's
    modules and the grammar."""
    global _parser_digest
    if _parser_digest is None:
        h = hashlib.sha256()
        syntax = resources.files('minigo').joinpath('syntax')
        for name in sorted(p.name for p in syntax.iterdir() if p.name.endswith('.py')):
            h.update(name.encode() + b'\0' + syntax.joinpath(name).read_bytes())
        h.update(resources.files('minigo').joinpath('grammar', 'go.lark').read_bytes())
        _parser_digest = h.digest()
    return _parser_digest


def parse(path, src):
    """The AST of a standard package's source (a Source), from the cache when
    it holds this very text."""
    from ..syntax.parser import cache_dir, parse_source
    key = hashlib.sha256(_parser_version() + src.text.encode('utf-8', 'surrogateescape')).hexdigest()
    d = cache_dir()
    fn = os.path.join(d, 'std-' + path.replace('/', '_') + '.ast') if d else None
    if fn is not None:
        try:
            with open(fn, 'rb') as f:
                held, tree = pickle.load(f)
            if held == key:
                return tree
        except Exception:   # missing, truncated or from an older minigo: parse again
            pass
    tree = parse_source(src)
    if fn is not None:
        _store(fn, (key, tree))
    return tree


def _store(fn, value):
    """Write atomically (another process may be reading or writing it too)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(fn), prefix='.std-')
        try:
            with os.fdopen(fd, 'wb') as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, fn)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        pass
