"""Mutation fuzzing of minigo, shared by tests/test_fuzz.py and scripts/fuzz.py.

A mutant is a conformance program with a few edits: a token deleted,
duplicated, swapped with its neighbour or replaced (numbers by edge values,
operators by other operators, identifiers by other identifiers of the file),
a line deleted, duplicated or swapped, or deep nesting inserted. Whatever the
mutant is, minigo must answer like a Go toolchain would: a compile error, a
Go panic or fatal error, or the program's output -- never a Python traceback
or `minigo: internal error`, and never run on when real Go finishes.

An edit is a tuple of small integers, so hypothesis can draw and shrink them
and a random.Random can generate them: (kind, a, b), each index taken modulo
what it indexes.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.join(HERE, 'conformance')

_TOKEN = re.compile(r'''
    (?P<ws>[ \t\r]+)
  | (?P<nl>\n)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*')
  | (?P<num>0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<op><<=|>>=|&\^=|\.\.\.|&&|\|\||<-|<<|>>|&\^|\+\+|--|==|!=|<=|>=|:=|[-+*/%&|^]=|[-+*/%&|^<>=!~(){}\[\],;.:])
  | (?P<other>.)
''', re.S | re.X)

NUMBERS = ['0', '1', '-1', '2', '7', '255', '256', '1 << 40', '1 << 62', '1<<63 - 1',
           '-1 << 63', '0x7fffffff', '1e300', '-1e300', '0.5', '65536', '1000000000',
           '9223372036854775807', '18446744073709551615', '0x10FFFF', '0xD800', '100000']
OPERATORS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '&&', '||',
             '==', '!=', '<', '<=', '>', '>=', '=', ':=', '<-', '!', '.', ',', ';',
             '(', ')', '[', ']', '{', '}', '...', '++', '--', '+=', '-=', '*=', '/=',
             '%=', '<<=', '>>=']
KEYWORDS = ['func', 'go', 'defer', 'return', 'var', 'const', 'type', 'for', 'range',
            'if', 'else', 'switch', 'case', 'default', 'select', 'chan', 'map',
            'struct', 'interface', 'break', 'continue', 'goto', 'fallthrough', 'nil',
            'true', 'false', 'iota', 'int', 'string', 'byte', 'rune', 'any', 'error',
            'len', 'cap', 'make', 'new', 'append', 'copy', 'delete', 'panic',
            'recover', 'close', 'min', 'max', 'clear', 'uint8', 'float64', 'int8']

KINDS = ('del_tok', 'dup_tok', 'swap_tok', 'num', 'op', 'ident', 'keyword',
         'del_line', 'dup_line', 'swap_line', 'nest')


def tokens(src):
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(src)]


def _significant(toks):
    return [i for i, (k, _) in enumerate(toks) if k not in ('ws', 'nl', 'comment')]


def _nesting(kind, depth):
    if kind == 0:
        return '(' * depth + '1' + ')' * depth
    if kind == 1:
        return '{' * depth + '}' * depth
    if kind == 2:
        return '[]' * depth + 'int'
    if kind == 3:
        return 'func() ' * depth + '{}'
    return '^' * depth + '1'


def mutate(src, edits):
    """Apply edits (tuples (kind, a, b) of ints) to src, one after another."""
    for kind, a, b in edits:
        kind = KINDS[kind % len(KINDS)]
        if kind.endswith('_line') or kind == 'nest':
            lines = src.split('\n')
            if not lines:
                continue
            i = a % len(lines)
            if kind == 'del_line':
                del lines[i]
            elif kind == 'dup_line':
                lines.insert(i, lines[i])
            elif kind == 'swap_line':
                j = (i + 1 + b % 3) % len(lines)
                lines[i], lines[j] = lines[j], lines[i]
            else:
                depth = 50 + (b % 4) * 150
                text = _nesting(b % 5, depth)
                line = lines[i]
                col = (b // 5) % (len(line) + 1)
                lines[i] = line[:col] + text + line[col:]
            src = '\n'.join(lines)
            continue
        toks = tokens(src)
        sig = _significant(toks)
        if not sig:
            continue
        i = sig[a % len(sig)]
        k, text = toks[i]
        if kind == 'del_tok':
            toks[i] = ('ws', '')
        elif kind == 'dup_tok':
            toks[i] = (k, text + ' ' + text)
        elif kind == 'swap_tok':
            pos = sig.index(i)
            if pos + 1 < len(sig):
                j = sig[pos + 1]
                toks[i], toks[j] = toks[j], toks[i]
        elif kind == 'num':
            nums = [j for j in sig if toks[j][0] == 'num'] or sig
            j = nums[b % len(nums)] if toks[i][0] != 'num' else i
            toks[j] = ('num', NUMBERS[(a + b) % len(NUMBERS)])
        elif kind == 'op':
            ops = [j for j in sig if toks[j][0] == 'op'] or sig
            j = ops[a % len(ops)]
            toks[j] = ('op', OPERATORS[b % len(OPERATORS)])
        elif kind == 'ident':
            ids = [j for j in sig if toks[j][0] == 'ident']
            if ids:
                j = ids[a % len(ids)]
                toks[j] = ('ident', toks[ids[b % len(ids)]][1])
        elif kind == 'keyword':
            toks[i] = ('ident', KEYWORDS[b % len(KEYWORDS)])
        src = ''.join(t for _, t in toks)
    return src


def corpus():
    """The conformance programs to mutate, sorted (a fixed order for derandomized runs)."""
    out = []
    for d, dirs, files in os.walk(CONF):
        dirs.sort()
        for f in sorted(files):
            if f.endswith('.go'):
                out.append(os.path.join(d, f))
    return out


# ------------------------------------------------------------------ running

TRACEBACK = 'Traceback (most recent call last)'
INTERNAL = 'minigo: internal error'


def classify(stdout, stderr, timed_out):
    """'traceback', 'internal', 'hang' or None (a Go-shaped outcome)."""
    if timed_out:
        return 'hang'
    if TRACEBACK in stderr:
        return 'traceback'
    if INTERNAL in stderr:
        return 'internal'
    return None


def run_minigo_on(src, minigo_cmd, timeout, env=None):
    """Write src to a temp dir and `minigo run --virtual-time` it.
    Returns (outcome, stdout, stderr, exit code)."""
    d = tempfile.mkdtemp(prefix='minigo-fuzz-')
    try:
        path = os.path.join(d, 'prog.go')
        with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write(src)
        try:
            r = subprocess.run([*minigo_cmd, 'run', '--virtual-time', 'prog.go'], cwd=d,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                               env=env)
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b'')[-4000:].decode('utf-8', 'replace')
            err = (e.stderr or b'')[-4000:].decode('utf-8', 'replace')
            return 'hang', out, err, None
        out = r.stdout[-4000:].decode('utf-8', 'replace')
        err = r.stderr.decode('utf-8', 'replace')
        return classify(out, err, False), out, err[-8000:], r.returncode
    finally:
        shutil.rmtree(d, ignore_errors=True)


def go_seconds(src, timeout):
    """How long the program built by real Go runs on one P (GOMAXPROCS=1,
    the schedule minigo models: a mutant that spawns goroutines faster than
    they finish runs away there too) -- 0 for a compile error, inf past
    timeout, None when there is no Go here. A mutant that loops forever
    under Go too is no minigo hang; one Go finishes in a blink is."""
    go = shutil.which('go')
    if go is None:
        return None
    d = tempfile.mkdtemp(prefix='minigo-fuzz-go-')
    try:
        with open(os.path.join(d, 'prog.go'), 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write(src)
        env = dict(os.environ, GOTOOLCHAIN='local', CGO_ENABLED='0', GOFLAGS='-mod=mod')
        b = subprocess.run([go, 'build', '-o', 'prog.bin', 'prog.go'], cwd=d, env=env,
                           capture_output=True, timeout=120)
        if b.returncode != 0:
            return 0.0   # a compile error: Go answers at once
        t0 = time.monotonic()
        try:
            subprocess.run([os.path.join(d, 'prog.bin')], cwd=d, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
                           env=dict(env, GOMAXPROCS='1'))
        except subprocess.TimeoutExpired:
            return float('inf')
        return time.monotonic() - t0
    finally:
        shutil.rmtree(d, ignore_errors=True)
