"""Completion (Tab) and inspection (Shift-Tab) for the kernel, from the
REPL's engine: the same candidates as its Tab completion (ui.GoCompleter:
names, packages and their members, fields and methods after `x.`, REPL
commands after `:`), each with its signature, and the same text as `:doc`
(a declaration and its doc comment)."""
from __future__ import annotations

import re

from ..repl.docs import doc
from ..repl.ui import _WORD, GoCompleter

# a name, or a qualified one (fmt.Println, strings.Builder.WriteString)
_NAME = re.compile(r'[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*')
_MAGIC = re.compile(r'%%?(\w*)$')


def complete(repl, code, cursor_pos):
    text = code[:cursor_pos]
    line = text.rsplit('\n', 1)[-1]
    m = _MAGIC.match(line.lstrip())
    if m is not None:
        from .magics import MAGICS
        word = m.group(1)
        sign = '%%' if line.lstrip().startswith('%%') else '%'
        kind = 'cell' if sign == '%%' else 'line'
        found = [(name, s.synopsis) for name, s in sorted(MAGICS.items())
                 if s.kind == kind and name.startswith(word)]
        return _reply(found, cursor_pos - len(word), cursor_pos)
    completer = GoCompleter(repl)
    m = _WORD.search(text)
    found = []
    start = cursor_pos
    if m is not None and m.group(1) is not None:
        prefix = m.group(2)
        found = [(n, meta) for n, meta in completer.members(m.group(1)) if n.startswith(prefix)]
        start = cursor_pos - len(prefix)
    elif m is not None and m.group(3):
        word = m.group(3)
        meta_cmd = word.startswith(':') and line.strip() == word
        found = [(n, meta) for n, meta in completer.candidates(meta_cmd) if n.startswith(word) and n != word]
        start = cursor_pos - len(word)
    return _reply(found, start, cursor_pos)


def _reply(found, start, end):
    return {
        'status': 'ok', 'matches': [n for n, _ in found], 'cursor_start': start, 'cursor_end': end,
        'metadata': {'_jupyter_types_experimental': [
            {'text': n, 'start': start, 'end': end, 'type': _kind(meta), 'signature': meta}
            for n, meta in found]},
    }


def _kind(meta):
    """The completion's kind, as JupyterLab names them (it picks the icon)."""
    word = meta.split(' ', 1)[0] if meta else ''
    return {'func': 'function', 'package': 'module', 'type': 'class', 'keyword': 'keyword',
            'const': 'instance'}.get(word, 'instance')


def name_at(code, cursor_pos):
    """The (qualified) name the cursor is on or just after; inside a call's
    parentheses with none, the function called."""
    line_start = code.rfind('\n', 0, cursor_pos) + 1
    line_end = code.find('\n', cursor_pos)
    line = code[line_start:line_end if line_end >= 0 else len(code)]
    col = cursor_pos - line_start
    for m in _NAME.finditer(line):
        if m.start() <= col <= m.end():
            return m.group(0)
    depth = 0
    for k in range(col - 1, -1, -1):      # back to the unclosed `(` of a call
        c = line[k]
        if c == ')':
            depth += 1
        elif c == '(':
            if depth == 0:
                before = re.search(r'([A-Za-z_][\w.]*)\s*$', line[:k])
                return before.group(1) if before else None
            depth -= 1
    return None


def inspect(repl, code, cursor_pos):
    name = name_at(code, cursor_pos)
    if not name:
        return {'status': 'ok', 'found': False, 'data': {}, 'metadata': {}}
    text = doc(name, repl.session)
    if text.startswith('no documentation for'):
        # a method of a value (sb.WriteString): the doc of its type's method
        text = _value_member_doc(repl, name) or text
    found = not text.startswith('no documentation for')
    return {'status': 'ok', 'found': found, 'data': {'text/plain': text} if found else {},
            'metadata': {}}


def _value_member_doc(repl, name):
    from .. import types as T
    parts = name.split('.')
    if len(parts) != 2:
        return None
    obj = repl.session.chk.file_scope.lookup_parent(parts[0])[1]
    if not isinstance(obj, T.Var) or obj.type is None:
        return None
    t = obj.type
    if isinstance(t, T.Pointer):
        t = t.elem
    if not isinstance(t, T.Named):
        return None
    tn = t.obj
    pkg = tn.pkg.name + '.' if tn.pkg is not None and tn.pkg.path != 'main' else ''
    text = doc(f'{pkg}{tn.name}.{parts[1]}', repl.session)
    return None if text.startswith('no documentation for') else text
