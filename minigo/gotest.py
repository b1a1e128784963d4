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

USAGE = ("usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
         "Run 'go help test' and 'go help testflag' for details.")

# flag -> (option name, kind)
_FLAGS = {
    'v': ('verbose', 'bool'), 'race': ('race', 'bool'), 'short': ('short', 'bool'),
    'failfast': ('failfast', 'bool'), 'run': ('run', 'str'), 'skip': ('skip', 'str'),
    'bench': ('bench', 'str'), 'count': ('count', 'int'), 'timeout': ('timeout', 'duration'),
    'benchtime': ('benchtime', 'benchtime'), 'shuffle': ('shuffle', 'str'),
    'parallel': ('parallel', 'int'), 'cpu': ('cpu', 'str'), 'benchmem': ('benchmem', 'bool'),
    'seed': ('seed', 'int'),
}

_UNITS = {'ns': 1, 'us': 1e3, 'µs': 1e3, 'μs': 1e3, 'ms': 1e6, 's': 1e9, 'm': 60e9, 'h': 3600e9}
_DUR = re.compile(r'(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)')


class FlagError(Exception):
    pass


def parse_duration(s):
    """Go's time.ParseDuration, in nanoseconds."""
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
            raise FlagError(f'time: invalid duration "{text}"')
        total += float(m.group(1)) * _UNITS[m.group(2)]
        i = m.end()
    if not s:
        raise FlagError(f'time: invalid duration "{text}"')
    return sign * int(round(total))


def parse_args(args):
    """(options, package patterns)."""
    opts = {'verbose': False, 'race': False, 'short': False, 'failfast': False, 'run': '',
            'skip': '', 'bench': '', 'count': 1, 'timeout': 10 * 60 * 10**9, 'benchtime': (10**9, 0),
            'shuffle': 'off', 'seed': None}
    pkgs = []
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == '-args' or a == '--args':
            break
        if not a.startswith('-') or a == '-':
            pkgs.append(a)
            continue
        name, eq, val = a.lstrip('-').partition('=')
        if name.startswith('test.'):
            name = name[5:]
        if name in ('h', 'help'):
            raise FlagError(None)
        spec = _FLAGS.get(name)
        if spec is None:
            raise FlagError(f'flag provided but not defined: {a.split("=")[0]}')
        key, kind = spec
        if kind == 'bool':
            if eq and val not in ('true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'):
                raise FlagError(f'invalid boolean value "{val}" for -{name}: parse error')
            opts[key] = not eq or val in ('true', '1', 't', 'TRUE', 'True')
            continue
        if not eq:
            if i >= len(args):
                raise FlagError(f'flag needs an argument: -{name}')
            val = args[i]
            i += 1
        try:
            if kind == 'int':
                opts[key] = int(val)
            elif kind == 'duration':
                opts[key] = parse_duration(val)
            elif kind == 'benchtime':
                opts[key] = (0, int(val[:-1])) if val.endswith('x') else (parse_duration(val), 0)
            else:
                opts[key] = val
        except (ValueError, FlagError):
            raise FlagError(f'invalid value "{val}" for flag -{name}: parse error') from None
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


def main(args, usage_error) -> int:
    try:
        opts, named = parse_args(args)
        patterns = named or ['.']
    except FlagError as e:
        sys.stderr.write((f'{e}\n' if e.args[0] else '') + USAGE + '\n')
        return 2
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
