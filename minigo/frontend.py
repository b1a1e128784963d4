"""From source text to a checked program: parse, then type-check with the
standard library as the importer. Shared by the API, the CLI and explore;
errors come back as an ErrorList in gc's format, never printed here."""
from __future__ import annotations

import os

from .errors import ErrorList, Source


class NotMain(Exception):
    """The file's package clause is not `package main`."""


def decode_source(path: str, data: bytes) -> Source:
    """Source for bytes read from path. Invalid UTF-8 bytes are kept as
    surrogate escapes: the parser reports each one where gc does, and the
    checker goes on, as gc's does."""
    return Source(path, data.decode('utf-8', 'surrogateescape'))


def report_bytes(el: ErrorList) -> bytes:
    """An ErrorList's report as the bytes gc writes (a name holding an invalid
    byte prints that byte)."""
    return el.report().encode('utf-8', 'surrogateescape')


def parse_and_check(src: Source, require_main=True, cache=False):
    """(tree, info) of a `package main` file; raises ErrorList or NotMain.
    cache: take the tree from the cache of trees (syntax/treecache.py) when
    this text was parsed before, as the CLI does for the file it runs.
    Runs on a deep stack: valid Go nests deeper than Python's defaults allow."""
    from .deepstack import call_deep
    return call_deep(_parse_and_check, src, require_main, cache)


def _parse_source(src):
    from .syntax.parser import parse_source      # imports Lark: not on a cache hit
    return parse_source(src)


def _parse_and_check(src, require_main, cache=False):
    from .typecheck import check_file
    from .stdlib import import_package
    from .syntax.gocommand import package_name
    try:
        if cache:
            from .syntax.treecache import program_tree
            tree = program_tree(src, _parse_source)
        else:
            tree = _parse_source(src)
    except ErrorList as el:
        if require_main and not getattr(el, 'go_command', False):
            name = package_name(src.text)
            if name is not None and name != 'main':
                raise NotMain(name) from None
        raise
    if require_main and tree.package.name != 'main':
        raise NotMain(tree.package.name)
    return tree, check_file(src, tree, import_package)


def build_program(files=None, pattern=None, cwd=None):
    """A program of several files or packages (project/): the files named
    (`go run a.go b.go`) or the package a pattern names (`go run .`), checked
    with the local packages it imports. Returns a project.build.Build; raises
    project.load.LoadError (the go command's refusals), ErrorList or NotMain."""
    from .deepstack import call_deep
    return call_deep(_build_program, files, pattern, cwd)


def _build_program(files, pattern, cwd):
    from .project.build import build_main
    from .project.load import LoadError, Loader
    loader = Loader(cwd)
    if files:
        lp = loader.load_files(files)
    else:
        dirs = loader.expand(pattern)
        if len(dirs) != 1:
            raise LoadError(f'go: pattern {pattern}: go run requires exactly one package')
        lp = loader.load_dir(dirs[0])
    if lp.name != 'main':
        raise NotMain(lp.path)
    return build_main(loader, lp)


def needs_project(path: str, text: str) -> bool:
    """Whether a single file is part of a module whose packages it imports
    (then it is built as a package, else the one-file fast path serves)."""
    from .project.gomod import ModError, find_module
    try:
        mod = find_module(os.path.dirname(os.path.abspath(path)))
    except ModError:
        return True
    return mod is not None and f'"{mod.path}' in text
