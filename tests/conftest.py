"""The suite tests minigo as the user gets it: the package `pip install .`
installed, and its `minigo` console script, never the checkout's files.

`python -m pytest` puts the current directory first on sys.path, which would
import the checkout's minigo/ instead; that entry is dropped before any test
imports minigo. If the installed package is not a copy of this checkout (you
edited a file and did not reinstall), the run stops at once and says so:
`pip install .` (or, while iterating, `pip install -e .`) fixes it.
"""
import hashlib
import os
import subprocess
import sys
import sysconfig

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHECKOUT_PKG = os.path.join(ROOT, 'minigo')

sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != ROOT]
sys.modules.pop('minigo', None)


def _package_files(pkg_dir):
    """Every file of a package directory (sources and data), by relative path."""
    found = {}
    for d, dirs, files in os.walk(pkg_dir):
        dirs[:] = [x for x in dirs if x != '__pycache__']
        for f in files:
            if f.endswith(('.pyc', '.pyo')):
                continue
            p = os.path.join(d, f)
            with open(p, 'rb') as fh:
                found[os.path.relpath(p, pkg_dir)] = hashlib.sha256(fh.read()).hexdigest()
    return found


def _installed_package_dir():
    import minigo
    return os.path.dirname(os.path.abspath(minigo.__file__))


def _check_installed_matches_checkout():
    try:
        installed = _installed_package_dir()
    except ImportError:
        return 'minigo is not installed: run `pip install .` (see README) before pytest'
    if os.path.realpath(installed) == os.path.realpath(CHECKOUT_PKG):
        return None   # an editable install: the checkout is what is installed
    want, have = _package_files(CHECKOUT_PKG), _package_files(installed)
    stale = sorted(p for p in want.keys() | have.keys() if want.get(p) != have.get(p))
    if stale:
        return (f'the installed minigo ({installed}) is not this checkout '
                f'({", ".join(stale[:5])}{" ..." if len(stale) > 5 else ""} differ): '
                'run `pip install .` (or `pip install -e .`) before pytest')
    return None


def pytest_configure(config):
    problem = _check_installed_matches_checkout()
    if problem:
        pytest.exit(problem, returncode=4)


def minigo_script():
    """The installed `minigo` console script beside this interpreter."""
    path = os.path.join(sysconfig.get_path('scripts'), 'minigo')
    if not os.path.exists(path):
        raise RuntimeError(f'{path} missing: run `pip install .` before pytest')
    return path


def clean_env(**extra):
    """The environment a user's shell gives: no PYTHONPATH pointing at a checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONPATH', 'PYTHONHOME')}
    env.update(extra)
    return env


def run_minigo(args, **kw):
    """Run the installed console script (a separate process: for tests of the
    command line itself)."""
    kw.setdefault('capture_output', True)
    kw.setdefault('env', clean_env())
    return subprocess.run([minigo_script(), *args], **kw)
