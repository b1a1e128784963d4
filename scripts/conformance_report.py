#!/usr/bin/env python3
"""Run minigo over conformance programs and summarise what differs from the
expected files (written by real Go). A development aid; the test suite is
tests/test_conformance.py.

  scripts/conformance_report.py [DIR_OR_FILE...] [-v] [-j N]
"""
import argparse
import concurrent.futures
import difflib
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tests'))
from conformance_util import normalize_stderr, read_match, stream_matches  # noqa: E402


def read(p, default=None):
    if not os.path.exists(p):
        return default
    with open(p, encoding='utf-8', errors='surrogateescape', newline='') as f:
        return f.read()


def run_one(path):
    stem = path[:-3]
    args = read(stem + '.args', '').split()
    flags = read(stem + '.flags', '').split()
    stdin = open(stem + '.in', 'rb') if os.path.exists(stem + '.in') else subprocess.DEVNULL
    try:
        r = subprocess.run([sys.executable, '-m', 'minigo', 'run', *flags, os.path.basename(path), *args],
                           cwd=os.path.dirname(path), stdin=stdin, capture_output=True, timeout=120,
                           env=dict(os.environ, PYTHONPATH=ROOT))
        out = r.stdout.decode('utf-8', 'surrogateescape')
        err = r.stderr.decode('utf-8', 'surrogateescape')
        code = r.returncode
    except subprocess.TimeoutExpired:
        out, err, code = '', 'TIMEOUT', -1
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    want_out = read(stem + '.out', '')
    want_err = read(stem + '.err', '')
    want_code = int(read(stem + '.exit', '0').strip())
    rules = read_match(stem + '.match') if os.path.exists(stem + '.match') else {}
    problems = []
    if 'stdout' in rules:
        if not stream_matches(rules['stdout'], out, want_out):
            problems.append(('stdout', f'(matching {rules["stdout"]})\n', out))
    elif out != want_out:
        problems.append(('stdout', want_out, out))
    if 'stderr' in rules:
        if not stream_matches(rules['stderr'], err, want_err):
            problems.append(('stderr', f'(matching {rules["stderr"]})\n', err))
    elif normalize_stderr(err) != normalize_stderr(want_err):
        problems.append(('stderr', normalize_stderr(want_err), normalize_stderr(err)))
    if code != want_code:
        problems.append(('exit', f'{want_code}\n', f'{code}\n'))
    return path, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('paths', nargs='*')
    ap.add_argument('-v', action='store_true', help='show diffs')
    ap.add_argument('-j', type=int, default=2)
    o = ap.parse_args()
    paths = o.paths or [os.path.join(ROOT, 'tests', 'conformance')]
    progs = []
    for p in paths:
        if os.path.isdir(p):
            progs += sorted(glob.glob(os.path.join(p, '**', '*.go'), recursive=True))
        else:
            progs.append(os.path.abspath(p))
    progs = [p for p in progs if '/nondeterministic/' not in p]
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(o.j) as ex:
        for path, problems in ex.map(run_one, progs):
            rel = os.path.relpath(path, os.path.join(ROOT, 'tests', 'conformance'))
            if rel.startswith('..'):  # e.g. examples/: name it from the repository root
                rel = os.path.relpath(path, ROOT)
            if not problems:
                continue
            failed += 1
            print(f'FAIL {rel}: {", ".join(k for k, _, _ in problems)}')
            if o.v:
                for kind, want, got in problems:
                    for line in list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                          f'want {kind}', f'got {kind}'))[:30]:
                        sys.stdout.write('    ' + line)
                    if not got.endswith('\n'):
                        print()
    print(f'{len(progs) - failed}/{len(progs)} passed')


if __name__ == '__main__':
    main()
