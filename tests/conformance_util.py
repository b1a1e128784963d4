"""What the conformance suite compares, shared by the tests and the script that
writes expected files from real Go (scripts/regen_conformance.py).

stdout and the exit status are compared exactly. stderr is compared exactly up
to and including the first `goroutine N [...]:` line. After it Go prints
frames with arguments, addresses and absolute paths that no other
implementation reproduces, and the runtime's own frames: what is kept of the
rest (cut_stderr) is the program's own frames, each function of package main
without its arguments and its `FILE.go:LINE` without the directory or pc
offset, `created by` lines likewise, and the `[state]` of every other
goroutine of a dump (their numbers depend on the runtime's own goroutines).
Hex addresses (as in `[signal SIGSEGV ... addr=0x0 pc=0x4a1b2c]`), the
log package's timestamps and the GOROOT directory the go command names after
`package x is not in std` are masked on both sides.
"""
import re

_GOROUTINE = re.compile(r'^goroutine \d+ \[[^\]]*\]:$', re.M)
_HEX = re.compile(r'0x[0-9a-f]+')
_GOROOT_DIR = re.compile(r' \([^()\n]*/src/[^()\n]*\)$', re.M)   # `is not in std (GOROOT/src/x)`
_STAMP = re.compile(r'\b\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d+)?\b')

# the lines of a goroutine dump kept after its first header (see above)
_OTHER_GOROUTINE = re.compile(r'^goroutine(?: \d+)? (\[[^\]]*\]):$')
_MAIN_FRAME = re.compile(r'^(created by )?(main\.\S*?)(?:\([^()]*\))?(?: in goroutine \d+)?$')
_FRAME_POS = re.compile(r'^\t(?:\S*/)?([^/\s]+):(\d+)(?: .*)?$')


def cut_stderr(text: str) -> str:
    m = _GOROUTINE.search(text)
    if m:
        text = text[:m.end()] + '\n' + ''.join(line + '\n' for line in _own_frames(text[m.end():]))
    return text


def _own_frames(dump):
    """The kept lines of a goroutine dump after its first header."""
    kept = []
    keep_pos = False
    for line in dump.split('\n'):
        pos = _FRAME_POS.match(line)
        if pos:
            if keep_pos:
                kept.append(f'\t{pos.group(1)}:{pos.group(2)}')
            keep_pos = False
            continue
        keep_pos = False
        g = _OTHER_GOROUTINE.match(line)
        if g:
            kept.append(f'goroutine {g.group(1)}:')
            continue
        f = _MAIN_FRAME.match(line)
        if f:
            kept.append((f.group(1) or '') + f.group(2))
            keep_pos = True
    return kept


def normalize_stderr(text: str) -> str:
    text = cut_stderr(text)
    text = _HEX.sub('0x?', text)
    text = _GOROOT_DIR.sub('', text)
    return _STAMP.sub('YYYY/MM/DD hh:mm:ss', text)


# A program whose output legitimately varies between runs of real Go (the
# order goroutines wake up in, a random number) has NAME.match instead of a
# byte-exact comparison. Each line is `STREAM: RULE`, STREAM being stdout or
# stderr and RULE one of
#   sorted-lines      the lines, sorted, equal real Go's (NAME.out), sorted
#   regex PATTERN     the whole stream matches the Python regex PATTERN
# Streams without a rule compare as usual; the exit status always does.
# scripts/regen_conformance.py checks every rule against several runs of real Go.

def read_match(path):
    rules = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            stream, _, rule = line.partition(':')
            kind, _, arg = rule.strip().partition(' ')
            rules[stream.strip()] = (kind, arg)
    return rules


def stream_matches(rule, got: str, expected: str | None) -> bool:
    kind, arg = rule
    if kind == 'sorted-lines':
        return sorted(got.splitlines()) == sorted((expected or '').splitlines())
    if kind == 'regex':
        return re.fullmatch(arg, got, re.S) is not None
    raise ValueError(f'unknown match rule {kind!r}')


# tests/conformance_modules/NAME/: a module, its `command` file (the go
# subcommand and arguments: `run .`, `test -v ./...`) and the expected
# expected.out / expected.err / expected.exit that real Go gave in a copy of
# the module. Both sides run in a temporary copy and are normalised alike:
# that directory becomes $MODDIR, the times in `ok`/`FAIL` package lines and in
# `--- PASS/FAIL/SKIP` lines become 0, benchmark results and the cpu line are
# masked, `-N` (GOMAXPROCS) leaves benchmark names, and goroutine traces (of a
# panic or a timeout: addresses, goroutine ids) and -race reports (whose
# stacks minigo shortens) are cut down to one line.
MODULE_FILES = ('command', 'expected.out', 'expected.err', 'expected.exit')
_PKG_TIME = re.compile(r'^((?:ok|FAIL)\s+\S+\t)\d+\.\d+s$', re.M)
_TEST_TIME = re.compile(r'^(\s*--- (?:PASS|FAIL|SKIP): .*) \(\d+\.\d+s\)$', re.M)
_BENCH = re.compile(r'^(Benchmark\S*?)(?:-\d+)?\s+\d+\s+\d[\d.]*\s+ns/op.*$', re.M)
_CPU = re.compile(r'^cpu: .*$', re.M)
_RACE = re.compile(r'^==================\nWARNING: DATA RACE\n.*?^==================\n', re.M | re.S)
_TRACE = re.compile(r'^goroutine \d+ \[.*?(?=^exit status |\Z)', re.M | re.S)


def normalize_module_output(text: str, moddir: str) -> str:
    import os
    for d in {os.path.realpath(moddir), moddir}:
        text = text.replace(d, '$MODDIR')
    text = _PKG_TIME.sub(r'\g<1>0.000s', text)
    text = _TEST_TIME.sub(r'\1 (0.00s)', text)
    text = _BENCH.sub(r'\1\tN\tT ns/op', text)
    text = _TRACE.sub('goroutine TRACE\n', text)
    text = _RACE.sub('WARNING: DATA RACE (report)\n', text)
    return _CPU.sub('cpu: CPU', text)


def copy_module(src: str, dst: str):
    """The module of a conformance case, without the case's own files."""
    import shutil
    shutil.copytree(src, dst, ignore=lambda d, names: [n for n in names if d == src and n in MODULE_FILES],
                    dirs_exist_ok=True)
