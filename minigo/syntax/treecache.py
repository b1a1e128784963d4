"""Syntax trees kept on disk, in the user's cache directory (next to Lark's
parse tables), so that a text parsed before is unpickled rather than parsed.

A tree is a pure function of the source text and of the parser: the key of a
text is a hash of it and of the syntax package's modules and the grammar, so
an edit to either parses again. Each cached tree is one file holding its key
and the tree; a missing, stale or unreadable file means a parse (and a fresh
file when the directory is writable), never an error.

Two users: the standard packages' Go source (stdlib/astcache.py), parsed at
nearly every start, and the file `minigo run` or `minigo check` is given,
which is the same file run after run (as the go command's build cache keeps
what it compiled). A hit imports neither Lark nor the parser, which are most
of a start's cost. This module imports neither either: the parse is passed in.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys

_version = None
PROGRAM_TREES = 64       # cached trees of given files kept (the newest)


def cache_dir():
    """minigo's directory in the user's cache ($XDG_CACHE_HOME/minigo or
    ~/.cache/minigo), made if need be; None when it is not writable."""
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    d = os.path.join(base, 'minigo')
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        return None
    if not os.access(d, os.W_OK):
        return None
    return d


def parser_version():
    """A hash of what decides the shape of a tree: the syntax package's
    modules and the grammar (read from the installed files, next to this one),
    and the Python that runs them (its Unicode tables decide which
    identifiers are letters)."""
    global _version
    if _version is None:
        h = hashlib.sha256(sys.version.encode())
        here = os.path.dirname(os.path.abspath(__file__))
        for name in sorted(n for n in os.listdir(here) if n.endswith('.py')):
            with open(os.path.join(here, name), 'rb') as f:
                h.update(name.encode() + b'\0' + f.read())
        with open(os.path.join(os.path.dirname(here), 'grammar', 'go.lark'), 'rb') as f:
            h.update(f.read())
        _version = h.digest()
    return _version


def key_of(text):
    return hashlib.sha256(parser_version() + text.encode('utf-8', 'surrogateescape')).hexdigest()


def cached(fn, key, parse, keep=None):
    """The tree cached in file fn under key, else parse() (then cached, when
    keep(tree) says it may be: a tree carrying errors is not)."""
    if fn is not None:
        try:
            with open(fn, 'rb') as f:
                held, tree = pickle.load(f)
            if held == key:
                return tree
        except Exception:   # missing, truncated or from an older minigo: parse again
            pass
    tree = parse()
    if fn is not None and (keep is None or keep(tree)):
        _store(fn, (key, tree))
    return tree


def program_tree(src, parse):
    """The tree of a file given on the command line (an errors.Source): from
    the cache when this text was parsed before, else parse(src), cached when
    it parsed without an error. The PROGRAM_TREES newest are kept."""
    d = cache_dir()
    key = key_of(src.text)
    fn = os.path.join(d, 'prog-' + key[:40] + '.ast') if d else None
    hit = fn is not None and os.path.exists(fn)
    tree = cached(fn, key, lambda: parse(src), keep=lambda t: not t.errors)
    if fn is not None:
        if hit:
            try:
                os.utime(fn)     # newest again: the files pruned are the least recently run
            except OSError:
                pass
        else:
            prune(d, 'prog-', PROGRAM_TREES)
    return tree


def prune(d, prefix, keep):
    """Remove all but the keep newest files of d named prefix*."""
    try:
        names = [n for n in os.listdir(d) if n.startswith(prefix)]
        if len(names) <= keep:
            return
        paths = sorted((os.path.join(d, n) for n in names), key=os.path.getmtime)
        for p in paths[:-keep]:
            os.unlink(p)
    except OSError:      # another process pruning too
        pass


def _store(fn, value):
    """Write atomically (another process may be reading or writing it too)."""
    import tempfile
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(fn), prefix='.tree-')
        try:
            with os.fdopen(fd, 'wb') as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, fn)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        pass
