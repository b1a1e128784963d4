"""Where one REPL input ends: brackets closed, no raw string left open, no
line that Go would continue (a trailing comma, operator or dot), and some
code (a comment goes with the input after it)."""
from __future__ import annotations

import re

_TOKENS = re.compile(r'''
    (?P<raw>`[^`]*(`|$))
  | (?P<str>"(?:[^"\\\n]|\\.)*"?)
  | (?P<rune>'(?:[^'\\\n]|\\.)*'?)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*(?:.|\n)*?(\*/|$))
  | (?P<open>[({\[])
  | (?P<close>[)}\]])
  | (?P<other>[^`"'/({\[)}\]]+|/)
''', re.X)

# a line ending in one of these continues on the next line
_CONTINUES = (',', '&&', '||', '.', '+', '-', '*', '|', '^', '=', ':=', '<-', '&', '%', '<<', '>>', '/')


def is_complete(text: str) -> bool:
    """Whether text is a whole input. Comments alone are not: they wait for
    the declaration they document (its doc comment, for :doc)."""
    depth = 0
    last = ''
    for m in _TOKENS.finditer(text):
        kind = m.lastgroup
        tok = m.group(kind)
        if kind == 'raw' and not (len(tok) > 1 and tok.endswith('`')):
            return False
        if kind == 'block_comment' and not tok.endswith('*/'):
            return False
        if kind == 'open':
            depth += 1
        elif kind == 'close':
            depth -= 1
        if kind not in ('line_comment', 'block_comment') and tok.strip():
            last = tok
    if depth > 0 or not last:
        return False
    tail = last.rstrip()
    if tail.endswith(('++', '--')):
        return True
    return not tail.endswith(_CONTINUES)


def split_inputs(text: str):
    """Scripted input (stdin not a terminal) -> the inputs, as the prompt would
    have taken them: lines gathered until an input is complete; a line
    starting with ':' on its own is a meta command."""
    buf = []
    for line in text.splitlines():
        if not buf and line.lstrip().startswith(':'):
            yield line.strip()
            continue
        if not buf and not line.strip():
            continue
        buf.append(line)
        joined = '\n'.join(buf)
        if is_complete(joined):
            yield joined
            buf = []
    if buf:
        yield '\n'.join(buf)
