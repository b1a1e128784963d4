"""Which files of a directory the go command builds for linux/amd64 with gc:
file-name suffixes (`_windows.go`, `_arm64.go`) and `//go:build` lines."""
from __future__ import annotations

import re

GOOS, GOARCH = 'linux', 'amd64'
KNOWN_OS = frozenset('''aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd
openbsd plan9 solaris wasip1 windows zos'''.split())
KNOWN_ARCH = frozenset('''386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64
mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'''.split())
GO_MINOR = 27


def _tag_true(tag):
    if tag in (GOOS, GOARCH, 'unix', 'gc'):
        return True
    m = re.fullmatch(r'go1\.(\d+)', tag)
    return m is not None and int(m.group(1)) <= GO_MINOR


def name_ok(filename):
    """The file-name rule: name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go."""
    stem = filename[:-3]
    if stem.endswith('_test'):
        stem = stem[:-5]
    parts = stem.split('_')
    if len(parts) >= 3 and parts[-2] in KNOWN_OS and parts[-1] in KNOWN_ARCH:
        return parts[-2] == GOOS and parts[-1] == GOARCH
    if len(parts) >= 2:
        if parts[-1] in KNOWN_OS:
            return parts[-1] == GOOS
        if parts[-1] in KNOWN_ARCH:
            return parts[-1] == GOARCH
    return True


_TOKEN = re.compile(r'\s*(\(|\)|!|&&|\|\||[A-Za-z0-9_.]+)')


def expr_ok(expr):
    """Evaluate a //go:build expression (|| && ! parentheses tags)."""
    toks = []
    i = 0
    while i < len(expr.rstrip()):
        m = _TOKEN.match(expr, i)
        if m is None:
            return True        # not one the go command would accept; let the compiler see it
        toks.append(m.group(1))
        i = m.end()
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == '||':
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == '&&':
            take()
            v = not_expr() and v
        return v

    def not_expr():
        t = take() if peek() is not None else None
        if t == '!':
            return not not_expr()
        if t == '(':
            v = or_expr()
            if peek() == ')':
                take()
            return v
        return _tag_true(t or '')

    return or_expr()


def header_ok(text):
    """The //go:build line among the comments before the package clause."""
    for line in text.split('\n'):
        s = line.strip()
        if s.startswith('//go:build'):
            return expr_ok(s[len('//go:build'):])
        if s and not s.startswith('//'):
            break
    return True
