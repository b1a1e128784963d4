"""What the go command reports about a file before the compiler sees it.

`go run prog.go` first reads the file's header (the package clause and the
imports) with go/build's byte reader, then parses that header with go/parser.
A NUL byte in what the reader takes fails the read (`go: reading prog.go:
unexpected NUL in input`); a scanner error inside the header is go/parser's,
in go/scanner's words, printed as the go command prints errors (no package
line, the file named as given) and nothing else is reported. Errors after the
header are the compiler's (gc's words, `# command-line-arguments`).

header_extent(text) follows the reader's rules (learned from go/build/read.go):
it skips spaces and comments, takes `package` and a name (any byte >= 0x80
counts as a name byte), then `import` declarations, and stops at the first
byte that does not fit (reading that one byte too). When the reader meets
something it cannot read, the go command hands the whole file to go/parser.
"""
from __future__ import annotations

import re

from ..errors import ErrorList

# gc's scanner message -> go/scanner's, for the errors a header can hold
_GO_SCANNER_WORDS = {
    'invalid UTF-8 encoding': 'illegal UTF-8 encoding',
    'invalid BOM in the middle of the file': 'illegal byte order mark',
    'newline in string': 'string literal not terminated',
    'string not terminated': 'string literal not terminated',
    'unknown escape': 'unknown escape sequence',
}

_SPACE = re.compile(r'(?:[ \t\r\n]|//[^\n]*|/\*.*?(?:\*/|\Z))*', re.S)   # a comment may run to EOF
_NAME = re.compile(r'[A-Za-z_0-9\x80-\U0010ffff]+')
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`')


class _Unreadable(Exception):
    """The reader's syntax error: the go command parses the whole file."""


def header_extent(text: str):
    """(parsed, read): the end of the header go/parser is given, and the end
    of what go/build's reader took byte by byte (the bytes it checks for NUL)."""
    try:
        read = _read_header(text)
    except _Unreadable as e:
        return len(text), e.args[0]
    return max(read - 1, 0) if read <= len(text) else len(text), min(read, len(text))


def _read_header(text):
    i = _keyword(text, 0, 'package')
    i = _name(text, i)
    while True:
        j = _SPACE.match(text, i).end()
        if not text.startswith('import', j):
            return j + 1          # it reads the byte that tells it to stop, then gives it back
        i = _keyword(text, i, 'import')
        j = _SPACE.match(text, i).end()
        if text.startswith('(', j):
            i = j + 1
            while True:
                j = _SPACE.match(text, i).end()
                if text.startswith(')', j):
                    i = j + 1
                    break
                i = _import_spec(text, i)
        else:
            i = _import_spec(text, i)


def _keyword(text, i, word):
    j = _SPACE.match(text, i).end()
    if not text.startswith(word, j):
        raise _Unreadable(j + 1)
    return j + len(word)


def _name(text, i):
    j = _SPACE.match(text, i).end()
    m = _NAME.match(text, j)
    if not m or m.group()[0].isdigit():
        raise _Unreadable(j + 1)
    return m.end()


def _import_spec(text, i):
    j = _SPACE.match(text, i).end()
    m = _NAME.match(text, j)
    if m or text.startswith('.', j):
        j = _SPACE.match(text, m.end() if m else j + 1).end()
    m = _QUOTED.match(text, j)
    if not m:
        raise _Unreadable(j + 1)
    return m.end()


def package_name(text: str) -> str | None:
    """The package name go/build's reader takes from the header (None if it
    cannot read one): the go command refuses a file not in package main
    before the compiler reports anything else."""
    try:
        i = _keyword(text, 0, 'package')
        j = _SPACE.match(text, i).end()
        return text[j:_name(text, i)]
    except _Unreadable:
        return None


def nul_error(src) -> ErrorList | None:
    """`go: reading F: unexpected NUL in input` when the reader meets a NUL."""
    if '\x00' not in src.text or '\x00' not in src.text[:header_extent(src.text)[1]]:
        return None
    el = ErrorList(src)
    name = src.display[2:] if src.display.startswith('./') else src.display
    el.go_command_text = f'go: reading {name}: unexpected NUL in input\n'
    return el


def header_error(src, errors: ErrorList) -> ErrorList | None:
    """The go command's own report when the file's header holds a scanner
    error before any syntax error, else None."""
    text = src.text
    end = header_extent(text)[0]
    el = ErrorList(src)
    el.go_command = True
    scan_lines = set()       # lines with a scanner error in the header
    found = []
    for e in sorted(errors.errors, key=lambda e: e.pos or (0, 0)):
        if e.pos is None:
            break
        line, col = e.pos
        start = _line_start(text, line)
        if start + col - 1 >= end:
            break
        if not e.msg.startswith('syntax error'):
            scan_lines.add(line)
        found.append((e, start))
    for e, start in found:
        line, col = e.pos
        if e.msg.startswith('syntax error'):
            # go/parser's scanner runs a token ahead, and the parser drops an
            # error on a line that already has one
            if line in scan_lines:
                continue
            return None
        msg = _GO_SCANNER_WORDS.get(e.msg, e.msg)
        if msg == 'string literal not terminated':    # go/scanner: at the literal's start
            col = text.rfind('"', start, start + col - 1) - start + 1
        el.add((line, col), msg)
        return el
    return None


def _line_start(text, line):
    i = 0
    for _ in range(line - 1):
        i = text.index('\n', i) + 1
    return i
