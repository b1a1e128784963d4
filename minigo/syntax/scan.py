"""Go source -> the grammar's tokens, faster than Lark's own basic lexer.

Lark's lexer is general: a Python loop per token (ignored ones included), a
line counter fed every token, keywords found by a second regex match on each
name, and tokens built through a deprecation-checking constructor. On huge
generated files (GOROOT's opGen.go, 600k tokens) it was half the parse.

This scanner makes the same tokens from the same grammar (go.lark's terminal
definitions, read off the built Lark parser, so the grammar stays the one
place they are written): one master regex whose leading part skips the
ignored terminals (spaces, line comments) atomically, named groups for the
other terminals and the end in Lark's order of precedence, all fixed strings that are not
keywords in one group resolved by a dict, keywords by a dict on the name.
Positions (start_pos, line, column and their ends) are Lark's: columns from 1,
the end column just past the token. tests/test_scan.py checks that the stream
is Lark's, token for token, over many files.
"""
from __future__ import annotations

import re

from lark import Token
from lark.lexer import PatternStr

_new_token = Token._future_new     # Token(...) without its deprecated-keyword check


class Scanner:
    """The tokens of one grammar, for scanning many texts."""

    def __init__(self, lark_parser):
        terminals = list(lark_parser.terminals)
        ignore = set(lark_parser.lexer_conf.ignore)
        regexes = [t for t in terminals if not isinstance(t.pattern, PatternStr)]
        strings = [t for t in terminals if isinstance(t.pattern, PatternStr)]
        # a fixed string the whole of which a regex terminal of the same
        # priority matches is a keyword of that terminal (Lark's "unless")
        self.keywords = {}          # regex terminal name -> {text: keyword type}
        fixed = []
        for s in strings:
            for r in regexes:
                if r.priority == s.priority and r.name not in ignore and \
                        re.fullmatch(r.pattern.to_regexp(), s.pattern.value):
                    self.keywords.setdefault(r.name, {})[s.pattern.value] = s.name
                    break
            else:
                fixed.append(s)
        self.fixed = {s.pattern.value: s.name for s in fixed}
        # Lark tries terminals by priority, then longer possible matches
        # first; the fixed strings go in one group, ordered the same way
        def key(t):
            return (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name)
        ordered = sorted([t for t in regexes if t.name not in ignore] + fixed, key=key)
        parts = []
        punct = []
        for t in ordered:
            if isinstance(t.pattern, PatternStr):
                if not punct:
                    parts.append(None)          # the fixed strings' place
                punct.append(re.escape(t.pattern.value))
            else:
                parts.append(f'(?P<{t.name}>{t.pattern.to_regexp()})')
        parts = [p if p is not None else f'(?P<_FIXED>{"|".join(punct)})' for p in parts]
        skip = '|'.join(f'(?:{t.pattern.to_regexp()})'
                        for t in terminals if t.name in ignore)
        head = f'(?:{skip})*+' if skip else ''
        # the end (after trailing spaces or a comment) is a match of its own:
        # finditer would otherwise look for a token again inside them
        parts.append(r'(?P<_END>\Z)')
        self.master = re.compile(head + '(?:' + '|'.join(parts) + ')')
        for name in self.keywords:
            if name not in self.master.groupindex:
                raise ValueError(f'keyword terminal {name} is not scanned')

    def tokens(self, text):
        """The tokens of text, ignored ones left out, as Lark's lexer makes them."""
        fixed = self.fixed
        keywords = self.keywords
        new = _new_token
        line = 1
        line_start = 0              # index where the current line starts
        for m in self.master.finditer(text):
            kind = m.lastgroup
            val = m.group(kind)
            start = m.start(kind)
            end = m.end()
            if kind == '_FIXED':
                kind = fixed[val]
            elif kind == '_END':
                return
            else:
                kw = keywords.get(kind)
                if kw is not None:
                    kind = kw.get(val, kind)
            col = start - line_start + 1
            if '\n' in val:
                tok_line = line
                line += val.count('\n')
                line_start = start + val.rindex('\n') + 1
                yield new(kind, val, start, tok_line, col, line, end - line_start + 1, end)
            else:
                yield new(kind, val, start, line, col, line, col + len(val), end)
