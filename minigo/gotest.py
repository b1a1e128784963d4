"""`minigo test`: what `go test` does for each package named (default `.`):
build it with its _test.go files and a generated main (project/testmain.py),
run that in a run context of its own with stdout and stderr together (as the
go command shows a test binary's output), then print the package line:
`ok  \\tPATH\\t0.012s`, or `exit status N` and `FAIL\\tPATH\\t0.012s`, or
`?   \\tPATH\\t[no test files]`, or `FAIL\\tPATH [build failed]` after the
compile (or vet) errors. Exit status 1 when any package failed.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time

from .flags import Flag, parse_int, parse_interspersed

USAGE = ("usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
         "Run 'go help test' and 'go help testflag' for details.")

_UNITS = {'ns': 1, 'us': 1e3, 'µs': 1e3, 'μs': 1e3, 'ms': 1e6, 's': 1e9, 'm': 60e9, 'h': 3600e9}
_DUR = re.compile(r'(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)')


def _duration_ok(v):
    try:
        parse_duration(v)
    except ValueError:
        return 'parse error'
    return None


def _benchtime_ok(v):
    if v.endswith('x'):
        try:
            n = parse_int(v[:-1])
        except ValueError:
            return 'parse error'
        return None if n > 0 else 'parse error'
    return _duration_ok(v)


# go test's flags (its build flags and the test binary's), as a flag table
# (flags.py); `-test.v` is `-v` (parse_args)
FLAGS = [
    Flag('v', 'bool', 'verbose: log every test as it runs, and its output', False, dash='-'),
    Flag('run', 'string', 'run only the tests, examples and fuzz targets matching RE', '', 'RE', dash='-'),
    Flag('skip', 'string', 'skip the tests, examples and fuzz targets matching RE', '', 'RE', dash='-'),
    Flag('bench', 'string', 'run the benchmarks matching RE (`.` for all)', '', 'RE', dash='-'),
    Flag('benchtime', 'string', 'run each benchmark for D (default 1s), or Nx: N iterations', '1s', 'D|Nx',
         dash='-', check=_benchtime_ok),
    Flag('benchmem', 'bool', 'print memory allocation statistics of benchmarks', False, dash='-'),
    Flag('count', 'int', 'run each test, example and benchmark N times (default 1)', 1, 'N', dash='-'),
    Flag('cpu', 'string', 'GOMAXPROCS values to run each test with', '', 'LIST', dash='-'),
    Flag('failfast', 'bool', 'start no new tests after the first failure', False, dash='-'),
    Flag('parallel', 'int', 'how many parallel tests run at once', None, 'N', dash='-'),
    Flag('race', 'bool', 'report data races (a test that races fails)', False, dash='-'),
    Flag('short', 'bool', 'tell long-running tests to shorten (testing.Short)', False, dash='-'),
    Flag('shuffle', 'string', 'run tests and benchmarks in random order (on, or a seed N)', 'off',
         'on|off|N', dash='-'),
    Flag('timeout', 'string', 'panic a test binary that runs longer than D (default 10m)', '10m', 'D',
         dash='-', check=_duration_ok),
    Flag('seed', 'int', 'deterministic scheduling seed (default: random)', None, 'N'),
]


def parse_duration(s):
    """Go's time.ParseDuration, in nanoseconds; ValueError when s is not one."""
    text = s
    sign = 1
    if s[:1] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if s == '0':
        return 0
    total, i = 0.0, 0
    while i < len(s):
        m = _DUR.match(s, i)
        if m is None:
            raise ValueError(f'time: invalid duration "{text}"')
        total += float(m.group(1)) * _UNITS[m.group(2)]
        i = m.end()
    if not s:
        raise ValueError(f'time: invalid duration "{text}"')
    return sign * int(round(total))


def parse_args(args):
    """go test's arguments: (options, package patterns). Flags may come
    before or after the packages; `-test.NAME` is `-NAME`; `-args` ends them
    (what follows is the test binary's). Raises flags.FlagError or flags.Help."""
    if '-args' in args or '--args' in args:
        args = args[:min(args.index(a) for a in ('-args', '--args') if a in args)]
    args = [re.sub(r'^(--?)test\.', r'\1', a) for a in args]
    values, pkgs = parse_interspersed(FLAGS, args)
    bt = values['benchtime']
    opts = {
        'verbose': values['v'], 'race': values['race'], 'short': values['short'],
        'failfast': values['failfast'], 'run': values['run'], 'skip': values['skip'],
        'bench': values['bench'], 'count': values['count'], 'timeout': parse_duration(values['timeout']),
        'benchtime': (0, parse_int(bt[:-1])) if bt.endswith('x') else (parse_duration(bt), 0),
        'shuffle': values['shuffle'], 'seed': values['seed'], 'parallel': values['parallel'],
        'cpu': values['cpu'], 'benchmem': values['benchmem'],
    }
    return opts, pkgs


def flags_literal(opts, import_path):
    """The testing.InternalFlags the generated main passes to MainStart."""
    bt, bn = opts['benchtime']
    s = json.dumps
    return ('testing.InternalFlags{'
            f'Verbose: {str(opts["verbose"]).lower()}, Run: {s(opts["run"])}, Skip: {s(opts["skip"])}, '
            f'Bench: {s(opts["bench"])}, Count: {opts["count"]}, Shuffle: {s(opts["shuffle"])}, '
            f'Timeout: {opts["timeout"]}, Benchtime: {bt}, BenchN: {bn}, '
            f'Short: {str(opts["short"]).lower()}, FailFast: {str(opts["failfast"]).lower()}, '
            f'ImportPath: {s(import_path)}}}')


def main(opts, named) -> int:
    """go test of the packages named (opts, named: parse_args's)."""
    patterns = named or ['.']
    from .project.load import LoadError, Loader
    try:
        dirs = []
        for p in patterns:
            for d in Loader(tests=True).expand(p):
                if d not in dirs:
                    dirs.append(d)
    except LoadError as e:
        sys.stderr.write(e.text)
        return 1
    # local directory mode (no packages named) shows the test binary's exit
    # status; package list mode ends with FAIL when a package failed
    local = not named
    status = 0
    for d in dirs:
        if test_package(d, opts, local) != 0:
            status = 1
    if status and not local:
        _out('FAIL\n')
    return status


def _out(text):
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode('utf-8', 'surrogateescape'))
    sys.stdout.flush()


def test_package(directory, opts, local=True) -> int:
    from .deepstack import call_deep
    from .errors import ErrorList
    from .frontend import report_bytes
    from .project.load import LoadError, Loader
    from .project.testmain import SetupError, build_test
    start = time.monotonic()
    loader = Loader(tests=True)
    path = directory
    try:
        path = loader.import_path_of(directory)
        lp = loader.load_dir(directory)
        if not lp.test_trees and not lp.xtest_trees:
            _out(f'?   \t{path}\t[no test files]\n')
            return 0
        b = call_deep(build_test, loader, lp, flags_literal(opts, path))
    except (LoadError, SetupError) as e:
        sys.stderr.write(f'# {path}\n{e.text}')
        sys.stderr.flush()
        _out(f'FAIL\t{path} [setup failed]\n')
        return 1
    except ErrorList as el:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stderr.buffer.write(report_bytes(el))
        sys.stderr.flush()
        _out(f'FAIL\t{path} [build failed]\n')
        return 1
    # package list mode shows a passing package's output only with -v (or -bench)
    quiet = not local and not opts['verbose'] and not opts['bench']
    import io
    buf = io.BytesIO() if quiet else None
    code = run_test_binary(b, directory, opts, buf)
    elapsed = time.monotonic() - start
    if code == 0:
        _out(f'ok  \t{path}\t{elapsed:.3f}s\n')
        return 0
    if buf is not None:
        _out(buf.getvalue().decode('utf-8', 'surrogateescape'))
    _out((f'exit status {code}\n' if local else '') + f'FAIL\t{path}\t{elapsed:.3f}s\n')
    return 1


def run_test_binary(b, directory, opts, buf=None):
    from .runner import run_program
    from .runtime.context import Run
    sys.stdout.flush()
    out = buf if buf is not None else sys.stdout.buffer
    name = b.lp.path.rsplit('/', 1)[-1] + '.test'
    run = Run(stdout=out, stderr=out, stdin=open(os.devnull, 'rb'), args=[name],
              seed=opts['seed'], cwd=os.fsencode(directory))
    header = f'# {b.lp.path}\n'
    return run_program(b.fset, b.tree, b.info, run, deps=b.deps, header=header, race=opts['race'],
                       race_summary=False)
