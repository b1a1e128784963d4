"""Conformance for programs of several files and packages: every
tests/conformance_modules/NAME/ is a module with a `command` file (`run .`,
`test -v`, ...); `minigo COMMAND` runs in a temporary copy of it, through the
installed console entry point, and must give what real Go's `go COMMAND`
gave there (expected.out / expected.err / expected.exit, written only by
scripts/regen_conformance.py), after conformance_util.normalize_module_output.
"""
import os
import subprocess
import sys

import pytest

from conformance_util import copy_module, normalize_module_output

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = os.path.join(HERE, 'conformance_modules')
EXAMPLES = os.path.join(os.path.dirname(HERE), 'examples')   # example modules are checked the same way


def _cases(root):
    if not os.path.isdir(root):
        return []
    return sorted(os.path.join(root, n) for n in os.listdir(root)
                  if os.path.exists(os.path.join(root, n, 'command')))


CASES = _cases(MODULES) + _cases(EXAMPLES)
IDS = [os.path.relpath(c, os.path.dirname(HERE)) for c in CASES]


def _read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding='utf-8', errors='surrogateescape', newline='') as f:
        return f.read()


def run_case(case, tmp_path):
    moddir = os.path.join(str(tmp_path), os.path.basename(case))
    copy_module(case, moddir)
    args = _read(os.path.join(case, 'command')).split()
    r = subprocess.run([sys.executable, '-m', 'minigo'] + args, cwd=moddir, capture_output=True,
                       timeout=300, stdin=subprocess.DEVNULL)
    out = normalize_module_output(r.stdout.decode('utf-8', 'surrogateescape'), moddir)
    err = normalize_module_output(r.stderr.decode('utf-8', 'surrogateescape'), moddir)
    return out, err, r.returncode


@pytest.mark.parametrize('case', CASES, ids=IDS)
def test_module(case, tmp_path):
    out, err, code = run_case(case, tmp_path)
    assert 'Traceback (most recent call last)' not in err, err
    assert 'minigo: internal error' not in err + out, err + out
    assert out == _read(os.path.join(case, 'expected.out'), ''), err
    assert err == _read(os.path.join(case, 'expected.err'), '')
    assert code == int(_read(os.path.join(case, 'expected.exit'), '0').strip()), err
