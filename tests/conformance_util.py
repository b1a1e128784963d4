"""What the conformance suite compares, shared by the tests and the script that
writes expected files from real Go (scripts/regen_conformance.py).

stdout and the exit status are compared exactly. stderr is compared exactly up
to and including the first `goroutine N [...]:` line: after it Go prints frames
with addresses and absolute paths that no other implementation reproduces.
Hex addresses (as in `[signal SIGSEGV ... addr=0x0 pc=0x4a1b2c]`), the
log package's timestamps and the GOROOT directory the go command names after
`package x is not in std` are masked on both sides.
"""
import re

_GOROUTINE = re.compile(r'^goroutine \d+ \[[^\]]*\]:$', re.M)
_HEX = re.compile(r'0x[0-9a-f]+')
_GOROOT_DIR = re.compile(r' \([^()\n]*/src/[^()\n]*\)$', re.M)   # `is not in std (GOROOT/src/x)`
_STAMP = re.compile(r'\b\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d+)?\b')


def cut_stderr(text: str) -> str:
    m = _GOROUTINE.search(text)
    if m:
        text = text[:m.end()] + '\n'
    return text


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
