"""Mutation fuzzing: conformance programs with a few random edits (see
fuzz_util.py) must make minigo answer as a Go toolchain would -- a compile
error, a panic, a fatal error or output -- never a Python traceback or
`minigo: internal error`, and never run on past a bound (unless real Go
does not finish the program either).

The default test has a small fixed budget and draws the same mutants on every
run (derandomize), so CI is reproducible; `-m slow` runs a bigger budget. For
thousands of mutants in parallel, with reproducers written out, use
scripts/fuzz.py.
"""
import os
import subprocess
import tempfile

import pytest

pytest.importorskip('hypothesis')   # in the test extra: pip install -e '.[test]'
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from conftest import run_minigo  # noqa: E402
from fuzz_util import INTERNAL, KINDS, TRACEBACK, classify, corpus, go_seconds, mutate  # noqa: E402

PROGRAMS = corpus()
TIMEOUT = 60          # seconds a mutant may run (with --virtual-time)

edits = st.lists(st.tuples(st.integers(0, len(KINDS) - 1), st.integers(0, 1 << 16),
                           st.integers(0, 1 << 16)), min_size=1, max_size=3)


def check_mutant(path, eds):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        src = mutate(f.read(), eds)
    with tempfile.TemporaryDirectory(prefix='minigo-fuzz-') as d:
        with open(os.path.join(d, 'prog.go'), 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write(src)
        try:
            r = run_minigo(['run', '--virtual-time', 'prog.go'], cwd=d,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
            out = r.stdout.decode('utf-8', 'replace')
            err = r.stderr.decode('utf-8', 'replace')
            outcome = classify(out, err, False)
        except subprocess.TimeoutExpired:
            out = err = ''
            outcome = 'hang'
            # no finding if real Go does not finish it either, or cannot be asked
            if go_seconds(src, TIMEOUT) in (None, float('inf')):
                outcome = None
    assert outcome is None, (
        f'{outcome} on a mutant of {os.path.relpath(path, os.path.dirname(__file__))} '
        f'(edits {eds}):\n--- program\n{src}\n--- stderr\n{err[-3000:]}')


@settings(max_examples=20, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(PROGRAMS), eds=edits)
def test_mutants(path, eds):
    check_mutant(path, eds)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(PROGRAMS), eds=edits)
def test_mutants_long(path, eds):
    check_mutant(path, eds)


@pytest.mark.parametrize('stderr, outcome', [
    ('Traceback (most recent call last):\n  File "x.py", line 1\nKeyError: 1\n', 'traceback'),
    ('minigo: internal error: KeyError: 1\n', 'internal'),
    ('panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n', None),
    ('# command-line-arguments\n./prog.go:3:1: syntax error: non-declaration statement outside function body\n', None),
])
def test_classify(stderr, outcome):
    """The checks above can fail: what a crash looks like is recognised."""
    assert TRACEBACK and INTERNAL
    assert classify('', stderr, False) == outcome
    assert classify('', '', True) == 'hang'


def test_mutate_is_deterministic_and_edits():
    src = open(PROGRAMS[0], encoding='utf-8').read()
    for k in range(len(KINDS)):
        a = mutate(src, [(k, 12345, 678)])
        assert a == mutate(src, [(k, 12345, 678)])
    assert any(mutate(src, [(k, 7, 3)]) != src for k in range(len(KINDS)))
