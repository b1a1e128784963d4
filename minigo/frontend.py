"""From source text to a checked program: parse, then type-check with the
standard library as the importer. Shared by the API, the CLI and explore;
errors come back as an ErrorList in gc's format, never printed here."""
from __future__ import annotations

from .errors import ErrorList, Source


class NotMain(Exception):
    """The file's package clause is not `package main`."""


def decode_source(path: str, data: bytes):
    """Source for bytes read from path, or raise ErrorList for invalid UTF-8
    (reported as gc does, at the first bad byte)."""
    try:
        return Source(path, data.decode('utf-8'))
    except UnicodeDecodeError as e:
        before = data[:e.start].decode('utf-8')
        line = before.count('\n') + 1
        col = len(before) - (before.rfind('\n') + 1) + 1     # in characters: Source.column makes it bytes
        src = Source(path, before)
        el = ErrorList(src)
        el.add((line, col), 'invalid UTF-8 encoding')
        raise el from None


def parse_and_check(src: Source, require_main=True):
    """(tree, info) of a `package main` file; raises ErrorList or NotMain.
    Runs on a deep stack: valid Go nests deeper than Python's defaults allow."""
    from .deepstack import call_deep
    return call_deep(_parse_and_check, src, require_main)


def _parse_and_check(src, require_main):
    from .typecheck import check_file
    from .stdlib import import_package
    from .syntax.parser import parse_source
    tree = parse_source(src)
    if require_main and tree.package.name != 'main':
        raise NotMain(tree.package.name)
    return tree, check_file(src, tree, import_package)
