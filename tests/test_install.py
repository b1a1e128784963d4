"""minigo as a new user installs it: a wheel built from this checkout, installed
into a fresh virtual environment, its console script run from a directory
outside the checkout with no PYTHONPATH. This is the README's first command;
the rest of the suite cannot see a file left out of the package.
"""
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import CHECKOUT_PKG, ROOT, clean_env

# one worker builds and installs the wheel once for every test in this file
pytestmark = pytest.mark.xdist_group('install')

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'

GOROUTINES = '''package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
'''

BROKEN = 'package main\n\nfunc main() {\n\tx := 1\n}\n'

# What the build leaves out on purpose: byte code and caches.
NOT_SHIPPED = ('__pycache__', '.pyc', '.pyo')


def _checkout_files():
    """Every file under minigo/ that the wheel must carry, as wheel paths."""
    want = set()
    for d, dirs, files in os.walk(CHECKOUT_PKG):
        dirs[:] = [x for x in dirs if x not in NOT_SHIPPED]
        for f in files:
            if not f.endswith(NOT_SHIPPED):
                want.add(os.path.relpath(os.path.join(d, f), ROOT).replace(os.sep, '/'))
    return want


def _export_checkout(dest):
    """A copy of the checkout without build leftovers (a stale build/ would
    otherwise leak deleted modules into the wheel)."""
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(
        '.git', 'build', 'dist', '*.egg-info', '__pycache__', '.pytest_cache', 'tmp'))


@pytest.fixture(scope='module')
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp('install')
    src, dist, venv = base / 'src', base / 'dist', base / 'venv'
    _export_checkout(src)
    env = clean_env(PIP_DISABLE_PIP_VERSION_CHECK='1')
    subprocess.run([sys.executable, '-m', 'pip', 'wheel', '--quiet', '--no-deps', '-w', str(dist), str(src)],
                   check=True, env=env, capture_output=True, timeout=600)
    wheel, = dist.glob('minigo-*.whl')
    subprocess.run([sys.executable, '-m', 'venv', str(venv)], check=True, env=env, timeout=300)
    py = venv / 'bin' / 'python'
    r = subprocess.run([str(py), '-m', 'pip', 'install', '--quiet', str(wheel)], env=env,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    outside = base / 'somewhere'     # not the checkout, not the venv
    outside.mkdir()
    home = base / 'home'             # a new user's home: no parser cache yet
    home.mkdir()
    (outside / 'hello.go').write_text(HELLO)
    (outside / 'goroutines.go').write_text(GOROUTINES)
    (outside / 'broken.go').write_text(BROKEN)
    site = subprocess.run([str(py), '-c', 'import minigo, os; print(os.path.dirname(minigo.__file__))'],
                          cwd=outside, env=clean_env(HOME=str(home)), capture_output=True, text=True,
                          check=True).stdout.strip()
    return {'wheel': wheel, 'script': venv / 'bin' / 'minigo', 'cwd': outside, 'home': home,
            'site_pkg': site}


def _run(inst, *args, **kw):
    env = clean_env(HOME=str(inst['home']))
    env.pop('XDG_CACHE_HOME', None)
    return subprocess.run([str(inst['script']), *args], cwd=inst['cwd'], env=env,
                          capture_output=True, text=True, timeout=120, **kw)


def test_wheel_carries_every_module_and_data_file(installed):
    with zipfile.ZipFile(installed['wheel']) as z:
        shipped = set(z.namelist())
    missing = sorted(_checkout_files() - shipped)
    assert not missing, f'left out of the wheel: {missing}'
    assert 'minigo/grammar/go.lark' in shipped


def test_installed_package_is_not_the_checkout(installed):
    assert not os.path.realpath(installed['site_pkg']).startswith(os.path.realpath(ROOT) + os.sep)


def test_run_hello(installed):
    r = _run(installed, 'run', 'hello.go')
    assert (r.stdout, r.stderr, r.returncode) == ('hello, world\n', '', 0)


def test_run_goroutines(installed):
    r = _run(installed, 'run', 'goroutines.go')
    assert (r.stdout, r.stderr, r.returncode) == ('sum 14\n', '', 0)


def test_check_reports_go_error(installed):
    r = _run(installed, 'check', 'broken.go')
    assert r.returncode == 1
    assert r.stderr == '# command-line-arguments\n./broken.go:4:2: declared and not used: x\n'


def test_piped_repl(installed):
    r = _run(installed, 'repl', '--no-history', input='x := 6 * 7\nx\nfmt.Println("hi", x)\n')
    assert r.returncode == 0, r.stderr
    assert r.stdout == '42 // int\nhi 42\n'


def test_version(installed):
    r = _run(installed, 'version')
    assert r.returncode == 0 and r.stdout.startswith('minigo ')


def test_parser_cache_lives_in_the_users_cache_dir(installed):
    _run(installed, 'run', 'hello.go')
    assert (installed['home'] / '.cache' / 'minigo' / 'go-lark.cache').is_file()
    written = [os.path.join(d, f) for d, dirs, files in os.walk(installed['site_pkg'])
               for f in files if f.endswith('.cache')]
    assert written == []


def test_runs_when_no_cache_dir_is_writable(installed, tmp_path):
    not_a_dir = tmp_path / 'file'        # (chmod would not stop root)
    not_a_dir.write_text('')
    env = clean_env(HOME=str(not_a_dir), XDG_CACHE_HOME=str(not_a_dir / 'cache'))
    r = subprocess.run([str(installed['script']), 'run', 'hello.go'], cwd=installed['cwd'], env=env,
                       capture_output=True, text=True, timeout=120)
    assert (r.stdout, r.returncode) == ('hello, world\n', 0), r.stderr


def test_kernel_install_without_the_jupyter_extra(installed, tmp_path):
    # a plain install has no ipykernel: minigo works, and the kernel says what it needs
    r = _run(installed, 'kernel', 'install', '--prefix', str(tmp_path))
    assert r.returncode == 1
    assert r.stderr.startswith("minigo kernel: the Jupyter kernel needs ipykernel and jupyter_client: "
                               "pip install 'minigo[jupyter]'")
    assert 'Traceback' not in r.stderr
