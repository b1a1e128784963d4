"""A cell magic's body as a whole Go program (`%%trace`, `%%race`,
`%%explore` run their cell as a program of its own).

A body with a `package` clause is a program already. Otherwise it is what a
REPL cell holds, declarations and statements: the statements become main's
body and the packages they use are imported (as the REPL imports them on
first use). The program keeps the cell's line numbers: its first line, where
the cell has its `%%` line, holds `package main` and the imports, `func
main() {` goes on the statements' first line and its `}` on the first line
after them, so errors, traces and race reports name the cell's own lines.
"""
from __future__ import annotations

import re

from ..repl.session import _QUALIFIED, _STRINGS, AUTO_IMPORTS
from .cells import split_go

_PACKAGE = re.compile(r'(?:\s|//[^\n]*|/\*.*?\*/)*package\s', re.S)
_IMPORTED = re.compile(r'"([^"\n]+)"')


class ProgramError(Exception):
    """A body that cannot be made into one program."""


def is_program(body: str) -> bool:
    return _PACKAGE.match(body) is not None


def build_program(body: str, check=None, first_line=2) -> str:
    """The program for a cell magic's body, the cell's lines from first_line
    on (those above it: the magics). check(text) -> compile error messages,
    used to drop an auto-import the program turns out not to use (a variable
    of the same name)."""
    above = [''] * (first_line - 1)
    if is_program(body):
        return '\n'.join(above + [body])
    lines = body.split('\n')
    chunks = split_go(lines, first_line=first_line)
    out = above + lines            # out[n] is the program's line n + 1 (out[0]: package, imports)
    kinds = [c.kind for c in chunks if c.kind != 'meta']
    if any(c.kind == 'meta' for c in chunks):
        raise ProgramError('REPL commands (:name) cannot be part of a program cell')
    stmts = [c for c in chunks if c.kind == 'stmt']
    if stmts:
        first = kinds.index('stmt')
        last = len(kinds) - 1 - kinds[::-1].index('stmt')
        if 'decl' in kinds[first:last]:
            raise ProgramError('the statements of a program cell must come together '
                               '(declarations before or after them)')
        start = stmts[0].line
        end = stmts[-1].line + stmts[-1].text.count('\n')
        out[start - 1] = MAIN_OPEN + out[start - 1]
        after = [c for c in chunks if c.line > end]
        if after:
            out[after[0].line - 1] = CLOSE + out[after[0].line - 1]
        else:
            out.append('}')
    explicit = set()
    for c in chunks:
        if c.kind == 'decl' and c.text.lstrip().startswith('import'):
            explicit.update(_IMPORTED.findall(c.text))
    imports = [p for p in _used_packages(body) if p not in explicit]
    while True:
        specs = '; '.join('"' + p + '"' for p in imports)
        out[0] = f'package main; import ({specs})' if imports else 'package main'
        text = '\n'.join(out) + '\n'
        if check is None or not imports:
            return text
        unused = {m.group(1) for m in (re.match(r'"([^"]+)" imported and not used', e)
                                       for e in check(text)) if m}
        if not unused & set(imports):
            return text
        imports = [p for p in imports if p not in unused]


MAIN_OPEN = 'func main() { '
CLOSE = '}; '


def line_prefixes(program):
    """{line: characters build_program put before the cell's text on it}, to
    give compile errors the cell's columns."""
    out = {}
    for n, line in enumerate(program.split('\n')[1:], 2):
        for p in (MAIN_OPEN, CLOSE):
            if line.startswith(p):
                out[n] = len(p)
    return out


def _used_packages(text):
    code = _STRINGS.sub(' ', text)
    found = []
    for m in _QUALIFIED.finditer(code):
        path = AUTO_IMPORTS.get(m.group(1))
        if path is not None and path not in found:
            found.append(path)
    return found
