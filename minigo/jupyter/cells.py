"""How the kernel reads a cell: magics first, then Go cut into REPL inputs.

A cell may start with line magics (`%seed 3`, one per line), or be a cell
magic (`%%trace` on its first line: the rest of the cell is its body). The
Go that follows is cut where the REPL would cut it (an input ends when its
brackets close, inputs.is_complete), and neighbouring inputs of the same
kind are joined, so that a cell's statements run as one input (one scope, one
trailing expression: the cell's result) and its declarations as another.
A line starting with `:` between inputs is one of the REPL's meta commands.

Every piece keeps the line of the cell it starts on, so that errors and
traces can name the cell's own lines. Pure text work: nothing here needs
ipykernel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..repl.inputs import is_complete
from ..repl.session import DECL_START

_ONLY_COMMENTS = re.compile(r'(?:\s|//[^\n]*|/\*.*?\*/)*\Z', re.S)


@dataclass
class Chunk:
    kind: str          # 'decl', 'stmt' or 'meta'
    text: str
    line: int          # the cell's line (from 1) the chunk starts on


@dataclass
class Magic:
    name: str          # without its % signs
    args: str
    line: int


@dataclass
class Cell:
    line_magics: list = field(default_factory=list)   # Magic rows, in order
    cell_magic: Magic | None = None
    body: str = ''                                    # a cell magic's body (the lines after it)
    chunks: list = field(default_factory=list)        # Go inputs and meta commands


def parse_cell(code: str) -> Cell:
    lines = code.split('\n')
    cell = Cell()
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith('%%'):
            name, _, args = stripped[2:].partition(' ')
            cell.cell_magic = Magic(name, args.strip(), i + 1)
            cell.body = '\n'.join(lines[i + 1:])
            return cell
        if stripped.startswith('%'):
            name, _, args = stripped[1:].partition(' ')
            cell.line_magics.append(Magic(name, args.strip(), i + 1))
        elif stripped:
            break
        i += 1
    cell.chunks = split_go(lines[i:], first_line=i + 1)
    return cell


def split_go(lines, first_line=1):
    """Go source lines -> Chunks, each input joined to the one before it when
    both are declarations or both statements."""
    chunks = []
    buf, start = [], None
    for k, line in enumerate(lines):
        no = first_line + k
        if not buf and line.lstrip().startswith(':'):
            chunks.append(Chunk('meta', line.strip(), no))
            continue
        if not buf and not line.strip():
            continue
        if not buf:
            start = no
        buf.append(line)
        text = '\n'.join(buf)
        if is_complete(text):
            _add(chunks, text, start)
            buf = []
    if buf:
        text = '\n'.join(buf)
        if _ONLY_COMMENTS.match(text) and chunks and chunks[-1].kind != 'meta':
            last = chunks[-1]      # a trailing comment stays with the code above it
            last.text += '\n' * (start - last.line - last.text.count('\n')) + text
        else:
            _add(chunks, text, start)
    return chunks


def _add(chunks, text, line):
    kind = 'decl' if DECL_START.match(text) else 'stmt'
    if chunks and chunks[-1].kind == kind:
        last = chunks[-1]
        # blank lines between them kept, so the chunk's lines stay the cell's
        last.text += '\n' * (line - last.line - last.text.count('\n')) + text
        return
    chunks.append(Chunk(kind, text, line))
