"""What the conformance suite compares, shared by the tests and the script that
writes expected files from real Go (scripts/regen_conformance.py).

stdout and the exit status are compared exactly. stderr is compared exactly up
to and including the first `goroutine N [...]:` line: after it Go prints frames
with addresses and absolute paths that no other implementation reproduces.
Hex addresses (as in `[signal SIGSEGV ... addr=0x0 pc=0x4a1b2c]`) and the
log package's timestamps are masked on both sides.
"""
import re

_GOROUTINE = re.compile(r'^goroutine \d+ \[[^\]]*\]:$', re.M)
_HEX = re.compile(r'0x[0-9a-f]+')
_STAMP = re.compile(r'\b\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d+)?\b')


def cut_stderr(text: str) -> str:
    m = _GOROUTINE.search(text)
    if m:
        text = text[:m.end()] + '\n'
    return text


def normalize_stderr(text: str) -> str:
    text = cut_stderr(text)
    text = _HEX.sub('0x?', text)
    return _STAMP.sub('YYYY/MM/DD hh:mm:ss', text)
