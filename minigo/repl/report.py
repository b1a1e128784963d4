"""Compile errors of one REPL input: Go-shaped lines (`LINE:COL: msg`, with
the file's name for :load), and what the terminal shows besides: the input's
line with a caret under the error's column."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import COL_MAX, FileSet


@dataclass
class Diag:
    where: str        # '' at the prompt, 'FILE:' for :load
    line: int | None  # the input's (or file's) line; None: no position
    col: int          # Go's byte column (COL_MAX and beyond: unknown)
    msg: str
    text: str = ''    # the source line
    char_col: int = 0  # the column in characters, for the caret

    def plain(self):
        if self.line is None:
            return self.msg
        if self.col >= COL_MAX:
            return f'{self.where}{self.line}: {self.msg}'
        return f'{self.where}{self.line}:{self.col}: {self.msg}'

    def caret(self):
        """The source line and what goes before a caret under the column
        (tabs kept so that the caret lines up), or None."""
        if self.line is None or not self.text.strip() or self.char_col < 1:
            return None
        return self.text, ''.join(c if c == '\t' else ' ' for c in self.text[:self.char_col - 1])


class InputError(Exception):
    """Compile errors of one input."""

    def __init__(self, diags):
        super().__init__()
        self.diags = diags

    def __str__(self):
        return ''.join(d.plain() + '\n' for d in self.diags)

    @classmethod
    def message(cls, msg, line=None, col=0, where=''):
        return cls([Diag(where, line, col, msg)])

    @classmethod
    def from_errors(cls, el, src, offset, where=''):
        """An ErrorList of a check of src, whose first offset lines are the
        session's own prefix."""
        diags = []
        seen = set()
        for e in el.sorted():
            if e.pos is None:
                d = Diag(where, None, 0, e.msg)
            elif isinstance(src, FileSet):      # :load DIR: the file the error is in
                display, line, col = src.diagnostic_pos(e.pos)
                d = Diag(display + ':', line, min(col, COL_MAX), e.msg, src.line(e.pos[0]), e.pos[1])
            else:
                line, col = src.go_pos(e.pos)
                d = Diag(where, max(1, line - offset), col, e.msg, src.line(line), e.pos[1])
            if d.plain() not in seen:
                seen.add(d.plain())
                diags.append(d)
        if el.too_many is not None:
            diags.append(Diag(where, None, 0, 'too many errors'))
        return cls(diags)
