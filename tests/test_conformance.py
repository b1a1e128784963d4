"""The conformance suite: every tests/conformance/**/NAME.go and examples/NAME.go
runs under minigo and must give real Go's stdout (NAME.out), exit status
(NAME.exit, default 0) and stderr (NAME.err, default empty; compared as
conformance_util describes).
Expected files come only from scripts/regen_conformance.py, which runs real Go.

NAME.args holds program arguments, NAME.in stdin, NAME.flags extra `minigo run`
flags. A program whose output depends on which of its timers fires first (a
ticker racing a deadline, sleeps of different lengths) carries --virtual-time,
so a loaded machine cannot reorder them; the others keep the real clock.

Each program runs in this process through the installed package's API
(`minigo.run`, a run context of its own per call); tests/test_cli.py and
tests/test_install.py cover the command line and the console script.

tests/conformance_pending/ holds programs with real Go's expected output that
minigo does not match yet: they run as strict expected failures, so a fix shows
up as an XPASS failure that says to move the program into tests/conformance/.
"""
import glob
import os

import pytest

import minigo
from conformance_util import normalize_stderr, read_match, stream_matches

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.join(HERE, 'conformance')
PENDING = os.path.join(HERE, 'conformance_pending')
ROOT = os.path.dirname(HERE)
EXAMPLES = os.path.join(ROOT, 'examples')  # the runnable examples, checked the same way
PROGRAMS = (sorted(glob.glob(os.path.join(CONF, '**', '*.go'), recursive=True))
            + sorted(glob.glob(os.path.join(EXAMPLES, '*.go'))))
IDS = [os.path.relpath(p, ROOT if p.startswith(EXAMPLES + os.sep) else CONF) for p in PROGRAMS]
PENDING_PROGRAMS = sorted(glob.glob(os.path.join(PENDING, '**', '*.go'), recursive=True))


def _read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding='utf-8', errors='surrogateescape', newline='') as f:
        return f.read()


@pytest.mark.parametrize('path', PROGRAMS, ids=IDS)
def test_program(path):
    check_program(path)


@pytest.mark.parametrize('path', PENDING_PROGRAMS, ids=[os.path.relpath(p, PENDING) for p in PENDING_PROGRAMS])
@pytest.mark.xfail(strict=True, reason='known gap; on XPASS move the program into tests/conformance/')
def test_pending_program(path):
    check_program(path)


def check_program(path):
    stem = path[:-3]
    rules = read_match(stem + '.match') if os.path.exists(stem + '.match') else {}
    expected_out = _read(stem + '.out')
    assert expected_out is not None or 'stdout' in rules, f'{stem}.out missing: run scripts/regen_conformance.py'
    expected_exit = int(_read(stem + '.exit', '0').strip())
    expected_err = _read(stem + '.err', '')
    args = _read(stem + '.args', '').split()
    flags = _read(stem + '.flags', '').split()
    stdin = b''
    if os.path.exists(stem + '.in'):
        with open(stem + '.in', 'rb') as f:
            stdin = f.read()
    with open(path, 'rb') as f:
        source = f.read()
    r = minigo.run(source, filename=os.path.basename(path), args=args, stdin=stdin, timeout=120,
                   **run_options(flags))
    out = r.stdout.decode('utf-8', 'surrogateescape')
    err = r.stderr.decode('utf-8', 'surrogateescape')
    assert not r.timed_out, err
    assert 'Traceback (most recent call last)' not in err, err
    assert 'minigo: internal error' not in err, err
    if 'stdout' in rules:
        assert stream_matches(rules['stdout'], out, expected_out), out
    else:
        assert out == expected_out
    if 'stderr' in rules:
        assert stream_matches(rules['stderr'], err, expected_err), err
    else:
        assert normalize_stderr(err) == normalize_stderr(expected_err)
    assert r.exit_code == expected_exit, err


def run_options(flags):
    """NAME.flags (`minigo run` flags) as minigo.run keyword arguments."""
    opts = {}
    it = iter(flags)
    for f in it:
        if f == '--virtual-time':
            opts['virtual_time'] = True
        elif f == '-race':
            opts['race'] = True
        elif f == '--seed':
            opts['seed'] = int(next(it))
        else:
            raise ValueError(f'unknown flag {f!r} in a .flags file')
    return opts
