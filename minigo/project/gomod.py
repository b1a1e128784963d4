"""go.mod: where a module is and what its path is.

minigo builds modules with no requirements of their own: a `require` of
another module gets the go command's words for a module it cannot find.
"""
from __future__ import annotations

import os
import re


class Module:
    def __init__(self, root, path, go_version, requires):
        self.root = root              # the directory holding go.mod
        self.path = path              # the module path (`module` line)
        self.go_version = go_version
        self.requires = requires      # module paths named by `require`


class ModError(Exception):
    """A go.mod the go command refuses: the text it prints (exit 1)."""


def find_module(start):
    """The Module whose go.mod is in start or a parent directory, or None."""
    d = os.path.abspath(start)
    while True:
        f = os.path.join(d, 'go.mod')
        if os.path.isfile(f):
            return read_go_mod(f)
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


_LINE = re.compile(r'^\s*(module|go|require|toolchain|replace|exclude|retract|godebug|tool|ignore)\b(.*)$')


def _strip_comment(line):
    i = line.find('//')
    return line[:i] if i >= 0 else line


def read_go_mod(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    mod_path = go_version = None
    requires = []
    block = None
    for n, raw in enumerate(text.split('\n'), 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if block is not None:
            if line == ')':
                block = None
            elif block == 'require':
                requires.append(line.split()[0].strip('"'))
            continue
        m = _LINE.match(line)
        if m is None:
            raise ModError(f'go: errors parsing go.mod:\n{path}:{n}: unknown directive: {line.split()[0]}')
        verb, rest = m.group(1), m.group(2).strip()
        if rest == '(':
            block = verb
            continue
        if verb == 'module':
            mod_path = rest.strip('"')
        elif verb == 'go':
            go_version = rest
        elif verb == 'require':
            requires.append(rest.split()[0].strip('"'))
    if mod_path is None:
        raise ModError(f'go: error reading {path}: missing module declaration. '
                       f"To specify the module path:\n\tgo mod edit -module=example.com/mod")
    return Module(os.path.dirname(path), mod_path, go_version, requires)
