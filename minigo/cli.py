"""The `minigo` command line: run, check, parse, version, repl.

Mirrors `go run` where it can: the same messages for a missing file, a
directory or an empty file list, compile errors under `# command-line-arguments`,
exit 1 for those. Imports of the heavy parts are deferred so `minigo version`
and the first line of `minigo run` stay fast.
"""
from __future__ import annotations

import os
import sys

USAGE = """\
minigo: a Go interpreter for learning and testing Go's concurrency model

Usage:
  minigo                         start the interactive REPL
  minigo run [flags] FILE.go [arguments...]
                                 compile and run a Go program, like `go run`
  minigo run [flags] a.go b.go... | . | ./cmd/tool [arguments...]
                                 several files, or a package of the current module
  minigo test [-v] [-run RE] [-count N] [-race] [-timeout D] [-shuffle on|off|N]
              [-bench RE] [packages]
                                 run a package's tests, examples and benchmarks, like `go test`
  minigo check FILE.go... | DIR  parse and type-check only; print errors
  minigo explore [flags] FILE.go [-- arguments...]
                                 run under many scheduling seeds; list the distinct outcomes
  minigo trace TRACE.json -o OUT.html
                                 draw a --trace file as a self-contained HTML timeline
  minigo parse [--quiet] FILE.go...
                                 print the syntax tree (or, with --quiet, only syntax errors)
  minigo repl [--no-history] [--seed N]
                                 start the interactive REPL
  minigo version                 print the minigo and Go language versions
  minigo help                    print this help

Flags for run:
  -race             report data races (as `go run -race`; exit status 66 when found)
  --seed N          deterministic scheduling seed (default: random)
  --virtual-time    let time jump ahead whenever every goroutine is blocked
  --sched go|random go (default): goroutines run in the order Go gives them on one
                    P (GOMAXPROCS=1); random: every scheduling choice drawn from the seed
  --verbose         print the seed and other run details on stderr
  --trace FILE      write a goroutine timeline as Chrome/Perfetto trace JSON
  --trace-html FILE write the goroutine timeline as a self-contained HTML page

Flags for explore (exit 0: one outcome on every seed, 1: several, 2: usage):
  --runs N          number of seeds to try, 1..N (default 100)
  --seed-start S    first seed (default 1)
  --real-time       do not use --virtual-time (the default for explore)
  --timeout SECS    give up on a run after SECS seconds (default 10)
  --race            pass -race to each run
"""

VERSION = '0.1.0'
GO_VERSION = 'go1.27'


class UsageError(Exception):
    pass


def _err(msg: str, code: int = 1) -> int:
    sys.stderr.write(msg + '\n')
    return code


def _write_errors(lines):
    sys.stderr.flush()
    sys.stderr.buffer.write(''.join(line + '\n' for line in lines).encode('utf-8', 'surrogateescape'))


def load_source(path: str):
    """Read a Go file as `go run` would; returns (Source, None) or (None, exit code)."""
    if not os.path.exists(path):
        return None, _err(f'stat {path}: no such file or directory')
    if os.path.isdir(path):
        return None, _err(f'{path} is a directory, should be a Go file')
    if not path.endswith('.go'):
        return None, _err(f'minigo: {path}: not a .go file')
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError as e:
        return None, _err(f'open {path}: {e.strerror.lower() if e.strerror else e}')
    from .frontend import decode_source
    return decode_source(path, data), None


def cmd_parse(args) -> int:
    quiet = False
    files = []
    for a in args:
        if a in ('-q', '--quiet'):
            quiet = True
        elif a.startswith('-') and a != '-':
            raise UsageError(f'unknown flag for parse: {a}')
        else:
            files.append(a)
    if not files:
        return _err('minigo parse: no go files listed')
    from .errors import ErrorList
    from .syntax.parser import parse_source
    from .syntax.ast import dump
    status = 0
    out = sys.stdout
    for path in files:
        src, code = load_source(path)
        if src is None:
            status = 1
            continue
        try:
            tree = parse_source(src)
        except ErrorList as el:
            _write_errors(el.lines())
            status = 1
            continue
        if tree.errors:     # errors the parse went on after (bad escapes, invalid UTF-8...)
            _write_errors(tree.errors.lines())
            status = 1
        if not quiet:
            out.write('\n'.join(dump(tree)) + '\n')
    return status


def _front_end(path):
    """Parse and type-check; returns (src, file, info) or (None, exit code)."""
    from .errors import ErrorList
    from .frontend import NotMain, parse_and_check, report_bytes
    src, code = load_source(path)
    if src is None:
        return None, code
    try:
        tree, info = parse_and_check(src)
    except ErrorList as el:
        sys.stderr.flush()
        sys.stderr.buffer.write(report_bytes(el))
        return None, 1
    except NotMain:
        return None, _err('package command-line-arguments is not a main package')
    return (src, tree, info), 0


def split_targets(rest):
    """`go run`'s arguments: the leading FILE.go names, or one package, then
    the program's own arguments."""
    n = 0
    while n < len(rest) and rest[n].endswith('.go'):
        n += 1
    if n:
        return rest[:n], None, rest[n:]
    return None, rest[0], rest[1:]


def _front_end_targets(files, pattern):
    """Load and check what `go run` builds from files or a package pattern:
    (('file', (src, tree, info)) | ('build', Build), 0) or (None, exit code).
    One file that imports no package of its module takes the one-file path."""
    if files and len(files) == 1:
        path = files[0]
        if not os.path.isfile(path) or not _imports_module(path):
            res, code = _front_end(path)
            return (('file', res) if res is not None else None), code
    from .errors import ErrorList
    from .frontend import NotMain, build_program, report_bytes
    from .project.load import LoadError
    try:
        return ('build', build_program(files=files, pattern=pattern)), 0
    except LoadError as e:
        sys.stderr.write(e.text)
        return None, 1
    except ErrorList as el:
        sys.stderr.flush()
        sys.stderr.buffer.write(report_bytes(el))
        return None, 1
    except NotMain as e:
        return None, _err(f'package {e.args[0]} is not a main package')


def _imports_module(path):
    from .frontend import needs_project
    try:
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8', 'replace')
    except OSError:
        return False
    return needs_project(path, text)


def cmd_check(args) -> int:
    if not args:
        raise UsageError('usage: minigo check FILE.go... | DIR | PACKAGE')
    files, pattern, extra = split_targets(args)
    if extra or (pattern is not None and not os.path.isdir(pattern) and pattern.endswith('.go')):
        raise UsageError('usage: minigo check FILE.go... | DIR | PACKAGE')
    res, code = _front_end_targets(files, pattern)
    return code


def cmd_run(args) -> int:
    opts = {'seed': None, 'virtual_time': False, 'verbose': False, 'sched': 'go'}
    i = 0
    while i < len(args) and args[i].startswith('-') and args[i] != '-':
        a = args[i]
        name, eq, val = a.lstrip('-').partition('=')
        if name == 'seed':
            if not eq:
                i += 1
                if i >= len(args):
                    raise UsageError('flag needs an argument: --seed')
                val = args[i]
            try:
                opts['seed'] = int(val)
            except ValueError:
                raise UsageError(f'invalid value {val!r} for flag --seed: parse error')
        elif name == 'virtual-time':
            opts['virtual_time'] = True
        elif name == 'sched':
            if not eq:
                i += 1
                if i >= len(args):
                    raise UsageError('flag needs an argument: --sched')
                val = args[i]
            if val not in ('go', 'random'):
                raise UsageError(f'invalid value {val!r} for flag --sched: want go or random')
            opts['sched'] = val
        elif name in ('trace', 'trace-html'):
            if not eq:
                i += 1
                if i >= len(args):
                    raise UsageError(f'flag needs an argument: --{name}')
                val = args[i]
            opts[name.replace('-', '_')] = val
        elif name in ('verbose', 'v'):
            opts['verbose'] = True
        elif name == 'race':
            opts['race'] = True
        else:
            raise UsageError(f'flag provided but not defined: {a}')
        i += 1
    rest = args[i:]
    if not rest:
        return _err('go: no go files listed')
    files, pattern, prog_args = split_targets(rest)
    loaded, code = _front_end_targets(files, pattern)
    if loaded is None:
        return code
    kind, prog = loaded
    from .runner import run_build, run_program
    from .runtime.context import Run
    arg0 = files[0] if files else pattern
    run = Run(stdout=sys.stdout.buffer, stderr=sys.stderr.buffer, stdin=sys.stdin.buffer,
              args=[arg0] + prog_args, seed=opts.pop('seed'), virtual_time=opts.pop('virtual_time'),
              sched=opts.pop('sched'))
    if kind == 'build':
        return run_build(prog, run, **opts)
    src, tree, info = prog
    return run_program(src, tree, info, run, **opts)


def cmd_test(args) -> int:
    from .gotest import main as test_main
    return test_main(args, UsageError)


def cmd_explore(args) -> int:
    from .explore import main as explore_main
    return explore_main(args, _front_end, UsageError)


def cmd_trace(args) -> int:
    out = None
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-o', '--o', '--output') or a.startswith(('-o=', '--output=')):
            if '=' in a:
                out = a.split('=', 1)[1]
            else:
                i += 1
                if i >= len(args):
                    raise UsageError(f'flag needs an argument: {a}')
                out = args[i]
        elif a.startswith('-') and a != '-':
            raise UsageError(f'flag provided but not defined: {a}')
        else:
            files.append(a)
        i += 1
    if len(files) != 1:
        raise UsageError('usage: minigo trace TRACE.json -o OUT.html')
    if out is None:
        base = files[0][:-5] if files[0].endswith('.json') else files[0]
        out = base + '.html'
    import json
    try:
        with open(files[0], encoding='utf-8') as f:
            data = json.load(f)
    except OSError as e:
        return _err(f'minigo trace: {e.strerror or e}: {files[0]}')
    except ValueError as e:
        return _err(f'minigo trace: {files[0]}: not a trace JSON file: {e}')
    from .tracehtml import write_html
    write_html(data, out)
    return 0


def cmd_repl(args) -> int:
    from .repl import main as repl_main
    return repl_main(args)


def _deep(cmd):
    """cmd on a big-stack thread (valid Go nests deeper than Python's defaults)."""
    def deep(args):
        from .deepstack import call_deep
        return call_deep(cmd, args)
    return deep


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if not argv or argv[0].startswith('--no-history') or argv[0].startswith('--seed'):
            return cmd_repl(argv)
        cmd, args = argv[0], argv[1:]
        if cmd in ('-h', '--help', 'help'):
            sys.stdout.write(USAGE)
            return 0
        if cmd in ('version', '--version'):
            sys.stdout.write(f'minigo version {VERSION} ({GO_VERSION} language)\n')
            return 0
        handler = {'run': cmd_run, 'check': cmd_check, 'parse': _deep(cmd_parse), 'repl': cmd_repl,
                   'explore': cmd_explore, 'trace': cmd_trace, 'test': cmd_test}.get(cmd)
        if handler is None:
            if cmd.endswith('.go'):
                return cmd_run(argv)
            raise UsageError(f'minigo {cmd}: unknown command\nRun \'minigo help\' for usage.')
        return handler(args)
    except UsageError as e:
        return _err(str(e), 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
