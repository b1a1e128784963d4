"""Positions and compile errors in Go's format.

Go prints `FILE:LINE:COL: msg` where COL counts UTF-8 bytes (go/token/position.go),
while the parser counts characters: `Source.column` converts, and is the only
place that does. gc keeps columns in 8 bits (cmd/internal/src lico): a column
of 255 or more is unknown and not printed. `ErrorList` keeps errors sorted by
position and reports at most ten, then `too many errors`, as gc does.
"""
from __future__ import annotations

import os


class Source:
    """One source file: its text, and how Go would name it in messages."""

    def __init__(self, path: str, text: str, display: str | None = None):
        self.path = path
        self.text = text
        self.display = display if display is not None else go_display_path(path)
        self._lines = None

    def line(self, n: int) -> str:
        if self._lines is None:
            self._lines = self.text.split('\n')
        if 1 <= n <= len(self._lines):
            return self._lines[n - 1]
        return ''

    def column(self, line: int, col: int) -> int:
        """Character column -> Go's byte column."""
        text = self.line(line)
        prefix = text[:col - 1]
        if prefix.isascii():
            return col
        # an invalid byte, decoded with surrogateescape, is one byte
        try:
            return len(prefix.encode('utf-8', 'surrogateescape')) + 1
        except UnicodeEncodeError:
            return len(prefix.encode('utf-8', 'surrogatepass')) + 1

    def locate(self, pos):
        """(absolute path, line) of a position: how Go's runtime names it."""
        return os.path.abspath(self.path), pos[0]

    def diagnostic_pos(self, pos):
        """(file display name, line, byte column) of a position."""
        return self.display, pos[0], self.column(pos[0], pos[1])

    def go_pos(self, pos):
        """(line, byte column) as gc keeps them: columns beyond COL_MAX clamp to it."""
        line, col = pos
        return line, min(self.column(line, col), COL_MAX)

    def where(self, pos) -> str:
        if pos is None:
            return self.display
        line, col = self.go_pos(pos)
        if col >= COL_MAX:
            return f'{self.display}:{line}'
        return f'{self.display}:{line}:{col}'


COL_MAX = 255    # cmd/internal/src: colMax, an unknown column

LINE_STRIDE = 1 << 24   # lines a file may have in a FileSet (gc's own limit is lower)


class FileSet(Source):
    """The files of one build as one Source, as go/token's FileSet makes all
    positions of a build one number line: file k's lines are numbered from
    k * LINE_STRIDE, so a position (line, col) says which file it is in and
    sorting positions sorts by file, then line, as gc sorts its errors (a
    package's files are added in file-name order). A single-file program
    never needs one: its Source has base 0."""

    def __init__(self):
        super().__init__('', '', display='')
        self.files = [None]        # index 0 unused: a base of 0 stays the plain case

    def add(self, src: Source) -> int:
        """Register src; the line base its positions get."""
        self.files.append(src)
        return (len(self.files) - 1) * LINE_STRIDE

    def file_at(self, line: int):
        """(Source, line within it) of a FileSet line."""
        k, local = divmod(line, LINE_STRIDE)
        return self.files[k] if 0 < k < len(self.files) else Source('?', ''), local

    def locate(self, pos):
        """(absolute path, line) of a position: how Go's runtime names it."""
        src, line = self.file_at(pos[0])
        return os.path.abspath(src.path), line

    def line(self, n: int) -> str:
        src, local = self.file_at(n)
        return src.line(local)

    def column(self, line: int, col: int) -> int:
        src, local = self.file_at(line)
        return src.column(local, col)

    def go_pos(self, pos):
        line, col = pos
        return line, min(self.column(line, col), COL_MAX)

    def where(self, pos) -> str:
        if pos is None:
            return self.display
        src, local = self.file_at(pos[0])
        return src.where((local, pos[1]))

    def diagnostic_pos(self, pos):
        """(file display name, line, byte column) of a position."""
        src, local = self.file_at(pos[0])
        return src.display, local, src.column(local, pos[1])


def go_display_path(path: str) -> str:
    """Name a file as `go build`/`go run` does in messages: its directory made
    relative to the working directory when that is shorter, `./` for the cwd."""
    ap = os.path.abspath(path)
    d, base = os.path.split(ap)
    try:
        rel = os.path.relpath(d, os.getcwd())
    except ValueError:
        rel = d
    if len(rel) >= len(d):
        rel = d
    if rel == '.':
        return './' + base
    return os.path.join(rel, base)


class GoError(Exception):
    """A compile error at a position (None: no position, e.g. a missing main)."""

    def __init__(self, pos, msg: str, soft: bool = False):
        super().__init__(msg)
        self.pos = pos
        self.msg = msg
        self.soft = soft   # "declared and not used"-style errors that do not stop checking

    def format(self, src: Source) -> str:
        if self.pos is None:
            return f'{src.display}: {self.msg}' if src else self.msg
        return f'{src.where(self.pos)}: {self.msg}'


class ErrorList(Exception):
    """Errors of one compilation, in the order they were found.

    Reported as gc does (cmd/compile/internal/base/print.go): sorted by
    position (stably), exact duplicates dropped; when the tenth error is found
    compilation stops, and `too many errors` follows at that error's position.
    """

    MAX = 10

    def __init__(self, src: Source | None = None, errors=None):
        super().__init__('compile errors')
        self.src = src
        self.errors: list[GoError] = list(errors or ())
        self.too_many = None      # position of the tenth error, when the limit was hit
        self.syntax_errors = 0    # errors reported (errorf_at) as `syntax error: ...`
        self._last_syntax_line = None
        self._last_other = (None, None)

    def add(self, pos, msg: str, soft: bool = False):
        self.errors.append(GoError(pos, msg, soft))

    def errorf_at(self, pos, msg: str):
        """Add an error as cmd/compile's base.ErrorfAt does for the parser's
        errors: one syntax error per line, no repeat of the same other error on
        a line; the tenth error stops compilation (raises self, with
        `too many errors` at that error's position)."""
        line = pos[0] if pos else None
        if msg.startswith('syntax error'):
            self.syntax_errors += 1
            if line is not None and line == self._last_syntax_line:
                return
            self._last_syntax_line = line
        else:
            if line is not None and line == self._last_other[0] and msg == self._last_other[1]:
                return
            self._last_other = (line, msg)
        self.add(pos, msg)
        if len(self.errors) >= self.MAX:
            self.too_many = pos
            raise self

    def __bool__(self):
        return bool(self.errors)

    def __len__(self):
        return len(self.errors)

    def sorted(self):
        # by gc's positions: byte columns, clamped to COL_MAX
        if self.src is None:
            return sorted(self.errors, key=lambda e: (e.pos or (0, 0)))
        if isinstance(self.src, FileSet):
            # gc numbers a package's files as it first turns one of their
            # positions into its own (cmd/internal/src PosTable): in effect, in
            # the order each file got its first error. Errors sort by that, then
            # by line and column.
            rank = {}
            for e in self.errors:
                if e.pos:
                    rank.setdefault(e.pos[0] // LINE_STRIDE, len(rank))
            return sorted(self.errors, key=lambda e: (rank[e.pos[0] // LINE_STRIDE], self.src.go_pos(e.pos))
                          if e.pos else (-1, (0, 0)))
        return sorted(self.errors, key=lambda e: self.src.go_pos(e.pos) if e.pos else (0, 0))

    def lines(self) -> list[str]:
        out = []
        for e in self.sorted():
            line = e.format(self.src)
            if not out or out[-1] != line:
                out.append(line)
        if self.too_many is not None:
            out.append(f'{self.src.where(self.too_many)}: too many errors')
        return out

    def report(self) -> str:
        """The text `go build` prints on stderr for these errors."""
        if getattr(self, 'go_command_text', None):
            return self.go_command_text
        if getattr(self, 'go_command', False):
            # the go command's own errors (a bad import): no package header,
            # and the file named as on the command line
            return ''.join((l[2:] if l.startswith('./') else l) + '\n' for l in self.lines())
        header = getattr(self, 'header', None) or '# command-line-arguments\n'
        return header + ''.join(l + '\n' for l in self.lines())
