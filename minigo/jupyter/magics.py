"""The kernel's magics: `%name args` lines at the top of a cell, or a
`%%name args` first line that makes the rest of the cell its body.

  %seed N                   scheduling seed of the session and of the programs below
  %virtual_time on|off      the session and the programs below on the virtual clock (or not)
  %run FILE.go [args...]    run a program file, as `minigo run` would
  %lsmagic                  list the magics
  %%file NAME.go            write the cell's body to a file (for %run)
  %%trace                   run the body as a program; show its goroutine timeline
  %%race                    run the body as a program with the race detector
  %%explore [--runs N] [--race] [--seed-start S]
                            run the body under many seeds; show the outcomes

The programs of %run, %%trace, %%race and %%explore are runs of their own
(program.py turns a body of statements into one), not part of the session:
they see none of its names, and its goroutines do not see theirs. Their
flags are read as the command line reads them (flags.py). On the virtual
clock a program's time jumps ahead whenever all its goroutines wait, as with
`minigo run --virtual-time`; the session's only while a cell waits
(ReplScheduler.set_virtual_time).
"""
from __future__ import annotations

import html
import io
import json
import os
import tempfile
from dataclasses import dataclass

from ..flags import Flag, FlagError, Help, parse, usage
from .engine import PAINT, CellError


@dataclass(frozen=True)
class MagicSpec:
    kind: str          # 'line' or 'cell'
    handler: str       # the function of this module
    synopsis: str
    flags: tuple = ()


def _positive(v):
    return None if v > 0 else 'must be positive'


EXPLORE_FLAGS = (
    Flag('runs', 'int', 'number of seeds to try (default 20)', 20, 'N', aliases=('n',), check=_positive),
    Flag('seed-start', 'int', 'first seed (default 1)', 1, 'S'),
    Flag('race', 'bool', 'run each seed with -race', False),
)

MAGICS = {
    'seed': MagicSpec('line', 'magic_seed', '%seed N'),
    'virtual_time': MagicSpec('line', 'magic_virtual_time', '%virtual_time on|off'),
    'run': MagicSpec('line', 'magic_run', '%run FILE.go [arguments...]'),
    'lsmagic': MagicSpec('line', 'magic_lsmagic', '%lsmagic'),
    'file': MagicSpec('cell', 'magic_file', '%%file NAME.go'),
    'trace': MagicSpec('cell', 'magic_trace', '%%trace'),
    'race': MagicSpec('cell', 'magic_race', '%%race'),
    'explore': MagicSpec('cell', 'magic_explore', '%%explore [--runs N] [--race] [--seed-start S]',
                         EXPLORE_FLAGS),
}


def _usage_error(msg):
    return CellError('usage error', msg, [PAINT.paint('error', msg)])


def _spec(magic, kind):
    spec = MAGICS.get(magic.name)
    if spec is None or spec.kind != kind:
        sign = '%' if kind == 'line' else '%%'
        other = ' (it is a %s magic)' % ('line' if kind == 'cell' else 'cell') if spec is not None else ''
        raise _usage_error(f'unknown {kind} magic {sign}{magic.name}{other} (%lsmagic lists them)')
    return spec


def _flags(spec, args):
    try:
        return parse(list(spec.flags), args.split())
    except Help:
        raise _usage_error(f'usage: {spec.synopsis}\n{usage(list(spec.flags))}'.rstrip('\n'))
    except FlagError as e:
        raise _usage_error(f'{e}\nusage: {spec.synopsis}')


def run_line(engine, magic):
    spec = _spec(magic, 'line')
    globals()[spec.handler](engine, magic.args)


def run_cell(engine, magic, body):
    spec = _spec(magic, 'cell')
    globals()[spec.handler](engine, magic, body, spec)


# ------------------------------------------------------------------ line magics

def magic_seed(engine, args):
    from ..flags import parse_int
    try:
        seed = parse_int(args.strip())
    except ValueError:
        raise _usage_error(f'usage: %seed N (a whole number, not {args.strip()!r})')
    engine.seed = seed
    rt = engine.repl.runtime

    def reseed():
        import random
        rt.sched.seed = seed
        rt.sched.rng = random.Random(seed)
    rt.call(reseed)


_ON_OFF = {'on': True, 'off': False, 'true': True, 'false': False, '1': True, '0': False}


def magic_virtual_time(engine, args):
    v = _ON_OFF.get(args.strip().lower())
    if v is None:
        raise _usage_error('usage: %virtual_time on|off')
    engine.virtual_time = v
    sched = engine.repl.runtime.sched
    engine.repl.runtime.call(lambda: sched.set_virtual_time(v))


def magic_lsmagic(engine, args):
    lines = [f'{s.synopsis}\n' for s in MAGICS.values()]
    lines.append('REPL commands work too, as a line of their own: :help lists them\n')
    engine.stdout.write(''.join(lines).encode())


def magic_run(engine, args):
    words = args.split()
    if not words or not words[0].endswith('.go'):
        raise _usage_error('usage: %run FILE.go [arguments...]')
    path, argv = words[0], words[1:]
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(f'{path} is a directory, should be a Go file')
        with open(path, 'rb') as f:
            data = f.read()
    except OSError as e:
        # in go run's words (cli.load_source), and its exit status
        msg = e.args[0] if isinstance(e, IsADirectoryError) else \
            f'{"stat" if isinstance(e, FileNotFoundError) else "open"} {path}: {(e.strerror or str(e)).lower()}'
        engine.stderr.write((msg + '\n').encode())
        engine.flush()
        _exit_error(1)
    from ..frontend import decode_source
    run_program_text(engine, decode_source(path, data), argv)


# ------------------------------------------------------------------ cell magics

def magic_file(engine, magic, body, spec):
    args = magic.args
    name = args.strip()
    if not name or len(name.split()) != 1:
        raise _usage_error('usage: %%file NAME.go')
    existed = os.path.exists(name)
    try:
        with open(name, 'w', encoding='utf-8') as f:
            f.write(body if body.endswith('\n') else body + '\n')
    except OSError as e:
        raise _usage_error(f'open {name}: {(e.strerror or str(e)).lower()}')
    engine.stdout.write(f'{"Overwriting" if existed else "Writing"} {name}\n'.encode())


def magic_race(engine, magic, body, spec):
    args = magic.args
    _flags(spec, args)
    run_program_text(engine, _cell_source(engine, body, magic.line + 1), race=True)


def magic_trace(engine, magic, body, spec):
    args = magic.args
    _flags(spec, args)
    src = _cell_source(engine, body, magic.line + 1)
    with tempfile.TemporaryDirectory(prefix='minigo-trace-') as tmp:
        trace = os.path.join(tmp, 'trace.json')
        code = run_program_text(engine, src, trace=trace, check_exit=False)
        if os.path.exists(trace):
            with open(trace, encoding='utf-8') as f:
                data = json.load(f)
            engine.flush()
            engine.front.send_display(engine.cell, timeline_display(data))
    _exit_error(code)


def magic_explore(engine, magic, body, spec):
    args = magic.args
    from ..explore import explore, exit_status, report
    opts, rest = _flags(spec, args)
    if rest:
        raise _usage_error(f'usage: {spec.synopsis}')
    src = _cell_source(engine, body, magic.line + 1)
    name = src.path
    with tempfile.TemporaryDirectory(prefix='minigo-explore-') as tmp:
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src.text)
        outs = explore(path, [], runs=opts['runs'], seed_start=opts['seed-start'], virtual_time=True,
                       race=opts['race'])
    out = io.StringIO()
    report(name, [], outs, opts['runs'], opts['seed-start'], True, opts['race'], False, False, out.write)
    engine.flush()
    engine.front.send_display(engine.cell, {'text/plain': out.getvalue().rstrip('\n'),
                                            'text/html': outcomes_html(outs, opts['runs'])})
    if exit_status(outs, opts['race']) == 66:
        raise CellError('data race', 'a run found a data race', [PAINT.paint('error', 'exit status 66')])


# ------------------------------------------------------------------ programs

def _cell_source(engine, body, first_line):
    """The body of a program magic (the cell's lines from first_line on) as a
    Source named cellN.go that compiles, or the cell's compile errors (lines
    counted from the cell's top)."""
    from ..api import check
    from ..errors import Source
    from .program import ProgramError, build_program
    name = f'cell{engine.cell.count}.go'
    try:
        text = build_program(body, check=lambda t: [d.message for d in check(t, name)], first_line=first_line)
    except ProgramError as e:
        raise _usage_error(str(e))
    diags = check(text, name)
    if diags:
        from .program import is_program, line_prefixes
        shift = {} if is_program(body) else line_prefixes(text)
        lines = []
        for d in diags:
            col = d.column - shift.get(d.line, 0) if d.column else 0
            where = f'{d.line}:{col}: ' if d.line and col > 0 else (f'{d.line}: ' if d.line else '')
            lines.append(where + d.message)
        raise CellError('compile error', lines[0], [PAINT.paint('error', ln) for ln in lines])
    return Source(name, text)


def run_program_text(engine, src, argv=(), race=False, trace=None, check_exit=True):
    """Run a program (a Source) as `minigo run` would, its output streamed to
    the cell; a non-zero exit status is the cell's error. Returns the status."""
    from ..errors import ErrorList
    from ..frontend import NotMain, parse_and_check, report_bytes
    from ..runner import run_program
    from ..runtime.context import Run
    try:
        tree, info = parse_and_check(src)
    except ErrorList as el:
        engine.stderr.write(report_bytes(el))
        engine.flush()
        raise CellError('exit status', 'exit status 1', [PAINT.paint('error', 'exit status 1')])
    except NotMain:
        raise _usage_error('package command-line-arguments is not a main package')
    run = Run(stdout=engine.stdout, stderr=engine.stderr, stdin=io.BytesIO(), args=[src.path, *argv],
              seed=engine.seed, virtual_time=engine.virtual_time)
    code = run_program(src, tree, info, run, trace=trace, race=race)
    engine.flush()
    if check_exit:
        _exit_error(code)
    return code


def _exit_error(code):
    if code:
        msg = f'exit status {code}'
        raise CellError('exit status', msg, [PAINT.paint('error', msg)])


# ------------------------------------------------------------------ displays

# The frame's height until the page's script fits it to the page (page.py
# fitFrame), where scripts run: about the page's header, legend, controls and
# axis, a row per goroutine, and the table's heading.
ROW_PX = 30
PAGE_PX = 300


def timeline_display(data):
    """A display of the timeline page (tracehtml.py), in an iframe of its
    own so that its style and script stay out of the notebook's page."""
    from ..tracehtml import render_html
    page = render_html(data)
    events = data.get('traceEvents', [])
    tracks = sum(1 for e in events if e.get('ph') == 'M' and e.get('name') == 'thread_name')
    flows = sum(1 for e in events if e.get('ph') == 's')
    height = PAGE_PX + ROW_PX * max(tracks, 1)
    frame = (f'<iframe class="minigo-timeline" srcdoc="{html.escape(page, quote=True)}" '
             f'style="width: 100%; height: {height}px; border: 1px solid #e1e4e8;"></iframe>')
    return {'text/plain': f'goroutine timeline: {tracks} goroutines, {flows} channel hand-offs',
            'text/html': frame}


def outcomes_html(outs, runs):
    """explore's outcome table as HTML: each outcome's share, seeds and output."""
    rows = []
    for i, o in enumerate(outs, 1):
        seeds = ', '.join(str(s) for s in o.seeds[:8]) + (', ...' if len(o.seeds) > 8 else '')
        out = html.escape(o.stdout.decode('utf-8', 'replace'))
        err = html.escape(o.stderr.decode('utf-8', 'replace'))
        rows.append(f'<tr><td>{i}</td><td>{len(o.seeds)} ({100.0 * len(o.seeds) / runs:.0f}%)</td>'
                    f'<td>{o.code}</td><td>{html.escape(o.summary)}</td><td>{seeds}</td>'
                    f'<td><pre>{out}</pre>{"<pre>" + err + "</pre>" if err else ""}</td></tr>')
    n = len(outs)
    head = f'<p>{runs} runs: {"1 outcome" if n == 1 else f"{n} distinct outcomes"}</p>'
    return (head + '<table class="minigo-explore"><thead><tr><th>#</th><th>runs</th><th>exit</th>'
            '<th>result</th><th>seeds</th><th>output</th></tr></thead><tbody>'
            + ''.join(rows) + '</tbody></table>')
