"""The `minigo` command line: run, test, check, parse, explore, trace, repl,
kernel, version, help.

Mirrors `go run` where it can: the same messages for a missing file, a
directory or an empty file list, compile errors under `# command-line-arguments`
(or a package's `# IMPORT/PATH`), exit 1 for those. `run` and `check` take
one file, several files of one package, or a package of the current module
(`.`, `./cmd/tool`); `test` is `go test` (gotest.py). Each subcommand is a
row of COMMANDS: its synopsis, its usage text and its flags, read as Go's
flag package reads them (flags.py): `-h`/`--help` prints the subcommand's
usage (exit 0), a bad flag its error in the flag package's words, then the
usage (exit 2). `test` answers as `go test` does: -h and a bad flag print
go test's two-line usage on stderr (exit 2); `minigo help test` has the
whole usage. Imports of the heavy parts are deferred so `minigo version`
and the first line of `minigo run` stay fast.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from .flags import Flag, FlagError, Help, parse, parse_interspersed, usage

VERSION = '0.1.0'
GO_VERSION = 'go1.27'


def _sched_ok(v):
    return None if v in ('go', 'random') else 'want go or random'


def _color_ok(v):
    from .repl.style import CHOICES
    return None if v in CHOICES else 'want ' + ', '.join(CHOICES[:-1]) + ' or ' + CHOICES[-1]


RUN_FLAGS = [
    Flag('race', 'bool', 'report data races (as `go run -race`; exit status 66 when found)', False, dash='-'),
    Flag('seed', 'int', 'deterministic scheduling seed (default: random)', None, 'N'),
    Flag('virtual-time', 'bool', 'let time jump ahead whenever every goroutine is blocked', False),
    Flag('sched', 'string', 'go (default): goroutines run in the order Go gives them on one\n'
         'P (GOMAXPROCS=1); random: every scheduling choice drawn from the seed', 'go', 'go|random',
         check=_sched_ok),
    Flag('verbose', 'bool', 'print the seed and other run details on stderr', False, aliases=('v',)),
    Flag('trace', 'string', 'write a goroutine timeline as Chrome/Perfetto trace JSON', None, 'FILE'),
    Flag('trace-html', 'string', 'write the goroutine timeline as a self-contained HTML page', None, 'FILE'),
    Flag('sandbox', 'bool', 'for code you do not trust: files only in a private temporary directory\n'
         '(the working directory, removed afterwards), limited memory and time', False),
    Flag('sandbox-memory', 'int', 'with --sandbox: megabytes of memory the program may use (default 256)',
         256, 'MB'),
    Flag('sandbox-time', 'float', 'with --sandbox: seconds the program may run (default 10)', 10.0, 'SECS'),
]
PARSE_FLAGS = [Flag('quiet', 'bool', 'print only syntax errors, not the tree', False, aliases=('q',))]
TRACE_FLAGS = [Flag('o', 'string', 'the HTML file to write (default: TRACE.html)', None, 'OUT.html',
                    aliases=('output',), dash='-')]
REPL_FLAGS = [Flag('no-history', 'bool', 'do not read or write the input history', False),
              Flag('seed', 'int', 'deterministic scheduling seed (default: random)', None, 'N'),
              Flag('color', 'string', 'auto (default: COLORFGBG and NO_COLOR decide), dark, light\n'
                   'or never: colours for a dark or a light terminal', 'auto', 'MODE',
                   check=_color_ok)]


KERNEL_FLAGS = [Flag('user', 'bool', 'install for this user only (~/.local/share/jupyter/kernels)', False),
                Flag('prefix', 'string', 'install under DIR/share/jupyter/kernels (a virtual environment\'s\n'
                     'sys.prefix, say)', None, 'DIR'),
                Flag('name', 'string', 'the kernelspec\'s name (default minigo)', 'minigo', 'NAME')]


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


def cmd_parse(opts, files) -> int:
    quiet = opts['quiet']
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
        tree, info = parse_and_check(src, cache=True)
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


def cmd_check(opts, args) -> int:
    if not args:
        raise UsageError(command_usage(COMMANDS['check']).rstrip('\n'))
    files, pattern, extra = split_targets(args)
    if extra or (pattern is not None and not os.path.isdir(pattern) and pattern.endswith('.go')):
        raise UsageError(command_usage(COMMANDS['check']).rstrip('\n'))
    res, code = _front_end_targets(files, pattern)
    return code


# Python's cyclic garbage collector is off while minigo starts, when the
# command line is the process's own (cli.main() of the console script or
# `python -m minigo`). The start allocates a few hundred thousand objects that
# all live on (modules, the parser's tables, the checked standard packages,
# the program's tree and its type information) and makes next to no garbage;
# the collector walking them again and again was about a fifth of `minigo run
# hello.go`. The collector is back on before the program runs, with those
# objects frozen out of its sight (gc.freeze), so the run's collections do not
# walk them either.
_gc_paused = False
_GC_PAUSED_FOR = ('run', 'check')     # the commands whose start is the front end


def _pause_gc():
    global _gc_paused
    import gc
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def _resume_gc():
    global _gc_paused
    if _gc_paused:
        import gc
        gc.freeze()
        gc.enable()
        _gc_paused = False


def cmd_run(opts, rest) -> int:
    opts = {k.replace('-', '_'): v for k, v in opts.items()}
    if not rest:
        return _err('go: no go files listed')
    files, pattern, prog_args = split_targets(rest)
    loaded, code = _front_end_targets(files, pattern)
    _resume_gc()
    if loaded is None:
        return code
    kind, prog = loaded
    from .runner import run_build, run_program
    from .runtime.context import Run
    arg0 = files[0] if files else pattern
    sandbox, memory, seconds = opts.pop('sandbox'), opts.pop('sandbox_memory'), opts.pop('sandbox_time')

    def run_in(box):
        run = Run(stdout=sys.stdout.buffer, stderr=sys.stderr.buffer, stdin=sys.stdin.buffer,
                  args=[arg0] + prog_args, seed=opts.pop('seed'), virtual_time=opts.pop('virtual_time'),
                  sched=opts.pop('sched'), sandbox=box)
        run.process_run = True
        if kind == 'build':
            return run_build(prog, run, **opts)
        src, tree, info = prog
        return run_program(src, tree, info, run, **opts)
    if not sandbox:
        return run_in(None)
    from .runtime.sandbox import sandboxed
    with sandboxed(memory << 20 if memory > 0 else None, seconds if seconds > 0 else None) as box:
        opts['timeout'] = box.seconds
        return run_in(box)


def cmd_test(opts, patterns) -> int:
    from .gotest import main as test_main
    return test_main(opts, patterns)


def cmd_explore(opts, rest) -> int:
    from .explore import main as explore_main
    return explore_main(opts, rest, _front_end)


def cmd_trace(opts, files) -> int:
    out = opts['o']
    if len(files) != 1:
        raise UsageError(command_usage(COMMANDS['trace']).rstrip('\n'))
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
    from .tracehtml import TraceError, write_html
    try:
        write_html(data, out)
    except TraceError as e:
        return _err(f'minigo trace: {files[0]}: not a trace JSON file: {e}')
    except OSError as e:
        return _err(f'minigo trace: {e.strerror or e}: {out}')
    return 0


def cmd_repl(opts, rest) -> int:
    if rest:
        raise UsageError(command_usage(COMMANDS['repl']).rstrip('\n'))
    from .repl import main as repl_main
    return repl_main(seed=opts['seed'], history=not opts['no-history'], color=opts['color'])


def cmd_kernel(opts, rest) -> int:
    if rest != ['install']:
        raise UsageError(command_usage(COMMANDS['kernel']).rstrip('\n'))
    from .jupyter import MissingJupyter
    from .jupyter.install import install
    try:
        where = install(user=opts['user'], prefix=opts['prefix'], name=opts['name'])
    except MissingJupyter as e:
        return _err(f'minigo kernel: {e}')
    except OSError as e:
        hint = '' if opts['user'] or opts['prefix'] else ' (try --user)'
        return _err(f'minigo kernel: cannot install the kernelspec: {e.strerror or e}{hint}')
    sys.stdout.write(f'installed kernelspec {opts["name"]} in {where}\n')
    return 0


def cmd_version(opts, rest) -> int:
    sys.stdout.write(f'minigo version {VERSION} ({GO_VERSION} language)\n')
    return 0


def cmd_help(opts, rest) -> int:
    if not rest:
        sys.stdout.write(overview())
        return 0
    cmd = COMMANDS.get(rest[0])
    if cmd is None or len(rest) > 1:
        raise UsageError(f'minigo help {" ".join(rest)}: unknown help topic. Run \'minigo help\'.')
    sys.stdout.write(command_usage(cmd))
    return 0


def _deep(cmd):
    """cmd on a big-stack thread (valid Go nests deeper than Python's defaults)."""
    def deep(opts, rest):
        from .deepstack import call_deep
        return call_deep(cmd, opts, rest)
    return deep


def _explore_flags():
    from .explore import FLAGS
    return FLAGS


def _test_flags():
    from .gotest import FLAGS
    return FLAGS


def _test_parse(args):
    from .gotest import parse_args
    return parse_args(args)


def _test_usage():
    from .gotest import USAGE
    return USAGE + '\n'


@dataclass
class Command:
    """A subcommand: `minigo SYNOPSIS`, a one-line summary for the overview,
    what its usage text says, its flags (a function, for flags defined by a
    module imported only when needed) and whether flags may follow files."""
    synopsis: str
    summary: str
    about: str
    handler: object                              # (flag values, arguments) -> exit status
    flags: object = field(default=lambda: [])    # () -> the command's Flag rows
    interspersed: bool = False
    footer: str = ''
    parser: object = None       # (arguments) -> (flag values, the rest), for a command read its own way
    go_usage: object = None     # () -> the go command's usage text, printed (on stderr, exit 2) for
                                # -h and after a bad flag, as that go subcommand does


COMMANDS = {
    'run': Command('run [flags] FILE.go... | PACKAGE [arguments...]',
                   'compile and run a Go program, like `go run`',
                   'Compile and run a program, like `go run`: the same output, errors and exit status\n'
                   '(2 for a panic or a deadlock, 66 when -race found races). The program is FILE.go,\n'
                   'several files of package main (a.go b.go), or a package of the current module\n'
                   '(`.`, `./cmd/tool`, its import path). The arguments after it are the program\'s own.',
                   cmd_run, lambda: RUN_FLAGS),
    'test': Command('test [flags] [packages]',
                    'run packages\' tests, examples and benchmarks, like `go test`',
                    'Test the packages named (default: the one in the current directory; `./...` for\n'
                    'all of the module\'s), like `go test`: each package is built with its _test.go\n'
                    'files and run; its tests, examples, fuzz seeds and (with -bench) benchmarks report\n'
                    'as the testing package does, then `ok`, `FAIL` or `[no test files]` (exit 1 when\n'
                    'one failed). Flags may come after the packages; -args ends them. As `go test`:\n'
                    '-h and a bad flag print go test\'s short usage on stderr (exit 2).',
                    cmd_test, _test_flags, parser=_test_parse, go_usage=_test_usage),
    'check': Command('check FILE.go... | DIR | PACKAGE', 'parse and type-check only; print errors',
                     'Parse and type-check a program (FILE.go, several files, or a package directory or\n'
                     'pattern of the current module); print the compile errors as `go build` does (exit 1).',
                     cmd_check),
    'explore': Command('explore [flags] FILE.go [-- arguments...]',
                       'run under many scheduling seeds; list the distinct outcomes', '', cmd_explore,
                       _explore_flags),
    'trace': Command('trace TRACE.json -o OUT.html', 'draw a --trace file as a self-contained HTML timeline',
                     'Draw TRACE.json, written by `minigo run --trace`, as a self-contained HTML page.',
                     cmd_trace, lambda: TRACE_FLAGS, interspersed=True),
    'parse': Command('parse [--quiet] FILE.go...',
                     'print the syntax tree (or, with --quiet, only syntax errors)',
                     'Parse each FILE.go and print its syntax tree, or its syntax errors (exit 1).',
                     _deep(cmd_parse), lambda: PARSE_FLAGS, interspersed=True),
    'repl': Command('repl [--no-history] [--seed N] [--color MODE]', 'start the interactive REPL',
                    'Start the interactive Go session (what `minigo` alone does).', cmd_repl,
                    lambda: REPL_FLAGS),
    'kernel': Command('kernel install [--user] [--prefix DIR] [--name NAME]',
                      'install the Jupyter kernel "Go (minigo)"',
                      'Install the Jupyter kernelspec "Go (minigo)", so that Jupyter lists the kernel\n'
                      '(`jupyter kernelspec list`) and notebooks can use it. Needs the jupyter extra:\n'
                      "pip install 'minigo[jupyter]'.",
                      cmd_kernel, lambda: KERNEL_FLAGS, interspersed=True),
    'version': Command('version', 'print the minigo and Go language versions',
                       'Print the minigo version and the Go language version it implements.', cmd_version),
    'help': Command('help [command]', 'print this help, or a command\'s',
                    'Print the overview of the commands, or the usage of one.', cmd_help),
}


def command_usage(cmd):
    """A subcommand's usage text (-h): its synopsis, what it does, its flags."""
    if cmd.handler is cmd_explore:
        from .explore import USAGE
        return USAGE
    text = f'usage: minigo {cmd.synopsis}\n\n{cmd.about}\n'
    flags = cmd.flags()
    if flags:
        text += f'\nFlags:\n{usage(flags)}'
    return text


_COL = 31     # where the overview's summaries start


def overview():
    """`minigo help`: every subcommand, then the flags of run and explore."""
    lines = ['minigo: a Go interpreter for learning and testing Go\'s concurrency model', '', 'Usage:',
             f'  {"minigo":{_COL}}start the interactive REPL']
    for name, cmd in COMMANDS.items():
        head = f'minigo {cmd.synopsis}'
        if len(head) < _COL:
            lines.append(f'  {head:{_COL}}{cmd.summary}')
        else:
            lines += [f'  {head}', f'  {"":{_COL}}{cmd.summary}']
    lines += ['', 'Flags for run:', usage(RUN_FLAGS),
              'Flags for test (as go test\'s; also after the packages):', usage(_test_flags()),
              'Flags for explore (exit 0: one outcome on every seed, 1: several, 2: usage,',
              '66: a data race under --race):', usage(_explore_flags()),
              "Run 'minigo help COMMAND' (or minigo COMMAND -h) for a command's usage."]
    return '\n'.join(lines) + '\n'


def dispatch(cmd, args) -> int:
    """Run a subcommand: its flags first (-h: its usage; a bad flag: the flag
    package's error and the usage, exit 2), then the command."""
    flags = cmd.flags()
    try:
        if cmd.parser is not None:
            opts, rest = cmd.parser(args)
        else:
            opts, rest = (parse_interspersed if cmd.interspersed else parse)(flags, args)
    except Help:
        if cmd.go_usage is not None:
            sys.stderr.write(cmd.go_usage())
            return 2
        sys.stdout.write(command_usage(cmd))
        return 0
    except FlagError as e:
        sys.stderr.write(f'{e}\n{cmd.go_usage() if cmd.go_usage is not None else command_usage(cmd)}')
        return 2
    return cmd.handler(opts, rest)


def main(argv=None) -> int:
    if argv is None:        # the process's own command line: see _pause_gc
        argv = sys.argv[1:]
        if argv and (argv[0] in _GC_PAUSED_FOR or argv[0].endswith('.go')):
            _pause_gc()
    try:
        if not argv or argv[0].startswith(('--no-history', '--seed', '--color')):
            return dispatch(COMMANDS['repl'], argv)
        name, args = argv[0], argv[1:]
        if name in ('-h', '-help', '--help'):
            return dispatch(COMMANDS['help'], args)
        if name == '--version':
            name = 'version'
        cmd = COMMANDS.get(name)
        if cmd is None:
            if name.endswith('.go'):
                return cmd_run(parse(RUN_FLAGS, [])[0], argv)
            raise UsageError(f'minigo {name}: unknown command\nRun \'minigo help\' for usage.')
        return dispatch(cmd, args)
    except UsageError as e:
        return _err(str(e), 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
    finally:
        _resume_gc()
