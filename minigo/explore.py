"""`minigo explore prog.go [--runs N] [--race] [-- args]`: run a program under
many scheduling seeds and list the distinct outcomes.

Every scheduling choice of a run (which runnable goroutine goes next, which
ready case a select takes) draws on one random stream seeded by --seed, so a
run is replayed exactly by `minigo run --seed S prog.go`. explore runs seeds
1..N (or from --seed-start), groups the runs by outcome (stdout, exit status,
the panic / fatal error message without the goroutine dump, data race
reports) and prints how often each occurred with the first seed that
reproduces it. Finding the interleaving that deadlocks is the point.

Runs happen in this process, one after another, each with a fresh parse,
type-check, compile and scheduler (standard packages keep their per-run state
in its run context, runtime/context.py), with
--virtual-time on by default so sleeping programs explore fast. With
--subprocess each run is a `python -m minigo run` child process instead.

Exit status: 0 when every run had the same outcome, 1 when there were
several, 2 for a usage or compile error; with --race, 66 (what a program
built with -race exits with) when any run found a data race.
"""
from __future__ import annotations

import io
import re
import subprocess
import sys

from .flags import Flag, usage

DEFAULT_RUNS = 100
DEFAULT_TIMEOUT = 10.0
SHOW_LINES = 12

def _positive(v):
    return None if v > 0 else 'must be positive'


FLAGS = [
    Flag('runs', 'int', f'number of seeds to try (default {DEFAULT_RUNS})', DEFAULT_RUNS, 'N',
         aliases=('n',), check=_positive),
    Flag('seed-start', 'int', 'first seed; seeds S..S+N-1 (default 1)', 1, 'S'),
    Flag('real-time', 'bool', 'real clock instead of --virtual-time (the default here)', False),
    Flag('virtual-time', 'bool', 'let time jump ahead whenever every goroutine is blocked (the default)', False),
    Flag('timeout', 'float', f'stop a run after SECS seconds of wall time (default {DEFAULT_TIMEOUT:g})',
         DEFAULT_TIMEOUT, 'SECS', check=_positive),
    Flag('race', 'bool', 'run each seed with -race (data races count in the outcome)', False),
    Flag('subprocess', 'bool', 'run each seed in a child process instead of in-process', False),
    Flag('show-all', 'bool', 'print the whole stdout/stderr of each outcome', False),
    Flag('quiet', 'bool', 'print only the summary table', False, aliases=('q',)),
]

USAGE = f"""\
usage: minigo explore [flags] FILE.go [-- arguments...]

Runs FILE.go under N scheduling seeds and lists the distinct outcomes
(stdout, exit status, panic / fatal error, data races), how often each
occurred, and a seed that reproduces it with `minigo run --seed S`. The
first run (seed S) is Go's own order (`--sched go`, what `minigo run` does);
the others draw every scheduling choice from their seed (`--sched random`),
the interleavings a busier, multi-core machine could give.

Flags:
{usage(FLAGS)}
Exit status: 0 if every run had the same outcome, 1 if there were several,
2 for a usage or compile error; with --race, 66 if any run found a data race
(as `go run -race` exits).
"""


class Outcome:
    __slots__ = ('key', 'stdout', 'stderr', 'code', 'summary', 'seeds')

    def __init__(self, key, stdout, stderr, code, summary):
        self.key = key
        self.stdout = stdout
        self.stderr = stderr
        self.code = code
        self.summary = summary
        self.seeds = []


# ------------------------------------------------------------------ classifying a run

_GOROUTINE_HDR = re.compile(r'^goroutine \d+ \[')


def outcome_key(stdout: bytes, stderr: bytes, code: int):
    """What makes two runs the same: stdout, exit status, and stderr with the
    parts that differ between equivalent runs (goroutine dumps, goroutine ids
    and pc offsets in race reports) taken out. Returns (key, summary)."""
    text = stderr.decode('utf-8', 'replace')
    lines = text.split('\n')
    kept = []
    summary = ''
    crashed = False
    in_race = False
    for ln in lines:
        if ln.startswith(('panic: ', 'fatal error: ')) and not crashed:
            crashed = True
            summary = ln
            kept.append(ln)
            continue
        if ln == 'WARNING: DATA RACE':
            in_race = True
            if not summary:
                summary = 'DATA RACE'
        if ln.startswith('=================='):
            in_race = not in_race if in_race else True
        if crashed and _GOROUTINE_HDR.match(ln):
            break      # the goroutine dump: positions and states vary with the schedule
        if crashed and ln.startswith('[signal '):
            kept.append(ln)
            continue
        if crashed:
            continue
        norm = re.sub(r'([Gg])oroutine \d+', r'\1oroutine N', ln)
        norm = re.sub(r'\+0x[0-9a-f]+', '', norm)
        if in_race:
            norm = re.sub(r'\b0x[0-9a-f]+\b', '0x?', norm)    # addresses differ run to run
        kept.append(norm)
    if not summary:
        if code == 0:
            summary = 'ok'
        elif code == 130:
            summary = 'interrupted / timed out'
        else:
            summary = f'exit status {code}'
    races = text.count('WARNING: DATA RACE')
    if races and 'DATA RACE' not in summary:
        summary += f' + {races} data race report(s)'
    elif races > 1:
        summary = summary.replace('DATA RACE', f'{races} DATA RACE reports')
    return (stdout, code, '\n'.join(kept)), summary


# ------------------------------------------------------------------ running one seed

def _front_end_quiet(path):
    from .frontend import decode_source, parse_and_check
    with open(path, 'rb') as f:
        src = decode_source(path, f.read())
    tree, info = parse_and_check(src)
    return src, tree, info


def sched_mode(seed, seed_start):
    """explore's first run is Go's own order; the others draw every
    scheduling choice from their seed (interleavings a busier machine allows)."""
    return 'go' if seed == seed_start else 'random'


def run_in_process(path, argv, seed, virtual_time, timeout, race=False, sched='go'):
    """One run in this process, in a run context of its own; returns
    (stdout bytes, stderr bytes, exit code)."""
    from .runner import run_program
    from .runtime.context import Run
    src, tree, info = _front_end_quiet(path)
    out, err = io.BytesIO(), io.BytesIO()
    run = Run(stdout=out, stderr=err, stdin=io.BytesIO(), args=[path] + list(argv), seed=seed,
              virtual_time=virtual_time, sched=sched)
    code = run_program(src, tree, info, run, race=race, timeout=timeout)
    return out.getvalue(), err.getvalue(), code


def run_subprocess(path, argv, seed, virtual_time, timeout, race=False, sched='go'):
    cmd = [sys.executable, '-m', 'minigo', 'run', '--seed', str(seed), '--sched', sched]
    if virtual_time:
        cmd.append('--virtual-time')
    if race:
        cmd.append('-race')
    cmd += [path] + list(argv)
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b'', (e.stderr or b'') + b'signal: interrupt\n', 130
    return p.stdout, p.stderr, p.returncode


# ------------------------------------------------------------------ the command

def _repro(path, argv, seed, virtual_time, race, seed_start):
    parts = ['minigo', 'run']
    if race:
        parts.append('-race')
    if virtual_time:
        parts.append('--virtual-time')
    if sched_mode(seed, seed_start) == 'random':
        parts += ['--sched', 'random']
    parts += ['--seed', str(seed), path]
    if argv:
        parts += list(argv)
    return ' '.join(_shq(p) for p in parts)


def _shq(s):
    if s and re.fullmatch(r'[\w@%+=:,./-]+', s):
        return s
    return "'" + s.replace("'", "'\\''") + "'"


def _seed_list(seeds, limit=8):
    s = ', '.join(str(x) for x in seeds[:limit])
    if len(seeds) > limit:
        s += ', ...'
    return s


def _show_block(label, data, show_all, w):
    text = data.decode('utf-8', 'replace')
    if not text:
        w(f'  {label}: (empty)\n')
        return
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    w(f'  {label}:\n')
    limit = len(lines) if show_all else SHOW_LINES
    for ln in lines[:limit]:
        w(f'    | {ln}\n')
    if len(lines) > limit:
        w(f'    | ... ({len(lines) - limit} more lines)\n')


def explore(path, argv, runs=DEFAULT_RUNS, seed_start=1, virtual_time=True, timeout=DEFAULT_TIMEOUT,
            race=False, subprocess_mode=False, progress=None):
    """Run the seeds; returns the list of Outcomes, most frequent first."""
    outcomes = {}
    order = []
    use_sub = subprocess_mode
    for k in range(runs):
        seed = seed_start + k
        mode = sched_mode(seed, seed_start)
        if use_sub:
            out, err, code = run_subprocess(path, argv, seed, virtual_time, timeout, race, mode)
        else:
            out, err, code = run_in_process(path, argv, seed, virtual_time, timeout, race, mode)
        key, summary = outcome_key(out, err, code)
        o = outcomes.get(key)
        if o is None:
            o = outcomes[key] = Outcome(key, out, err, code, summary)
            order.append(o)
        o.seeds.append(seed)
        if progress is not None:
            progress(k + 1, runs, len(order))
    return sorted(order, key=lambda o: (-len(o.seeds), o.seeds[0]))


def report(path, argv, outs, runs, seed_start, virtual_time, race, show_all, quiet, w):
    n = len(outs)
    clock = 'virtual time' if virtual_time else 'real time'
    w(f'explored {path}: {runs} runs (seeds {seed_start}..{seed_start + runs - 1}, {clock}'
      f'{", -race" if race else ""}): '
      f'{"1 outcome" if n == 1 else f"{n} distinct outcomes"}\n\n')
    rows = []
    for i, o in enumerate(outs, 1):
        first = o.stdout.decode('utf-8', 'replace').replace('\n', '⏎')
        if len(first) > 40:
            first = first[:39] + '…'
        rows.append((str(i), str(len(o.seeds)), f'{100.0 * len(o.seeds) / runs:.1f}%', str(o.code),
                     str(o.seeds[0]), o.summary, first))
    head = ('#', 'runs', 'share', 'exit', 'seed', 'result', 'stdout (⏎ = newline)')
    widths = [max(len(r[c]) for r in rows + [head]) for c in range(len(head))]
    right = {0, 1, 2, 3, 4}

    def fmt_row(r):
        cells = [(r[c].rjust(widths[c]) if c in right else r[c].ljust(widths[c])) for c in range(len(r))]
        return '  '.join(cells).rstrip() + '\n'
    w(fmt_row(head))
    w(fmt_row(tuple('-' * x for x in widths)))
    for r in rows:
        w(fmt_row(r))
    if quiet:
        return
    for i, o in enumerate(outs, 1):
        w(f'\noutcome {i}: {o.summary} (exit status {o.code}), {len(o.seeds)} of {runs} runs; '
          f'seeds {_seed_list(o.seeds)}\n')
        _show_block('stdout', o.stdout, show_all, w)
        if o.stderr:
            _show_block('stderr', o.stderr, show_all, w)
        w(f'  reproduce: {_repro(path, argv, o.seeds[0], virtual_time, race, seed_start)}\n')
    if n > 1:
        w(f'\nthe outcome depends on the schedule: {n} different outcomes in {runs} runs\n')


def main(opts, rest, front_end) -> int:
    """explore with its flags parsed (FLAGS: opts by name) and the arguments
    after them: FILE.go, then the program's own (after an optional --)."""
    if rest and rest[0] == '--':
        rest = rest[1:]
    if not rest:
        sys.stderr.write(USAGE)
        return 2
    path, argv = rest[0], rest[1:]
    if argv and argv[0] == '--':
        argv = argv[1:]
    runs, seed_start, timeout = opts['runs'], opts['seed-start'], opts['timeout']
    virtual_time = not opts['real-time']
    race, sub, show_all, quiet = opts['race'], opts['subprocess'], opts['show-all'], opts['quiet']
    res, code = front_end(path)       # compile errors print as with `minigo run`
    if res is None:
        return 2
    err = sys.stderr
    tty = hasattr(err, 'isatty') and err.isatty()

    def progress(k, n, distinct):
        if tty:
            err.write(f'\rexplore: run {k}/{n}, {distinct} outcome(s) so far')
            if k == n:
                err.write('\r\033[K')
            err.flush()
    outs = explore(path, argv, runs, seed_start, virtual_time, timeout, race, sub, progress)
    out = sys.stdout
    report(path, argv, outs, runs, seed_start, virtual_time, race, show_all, quiet, out.write)
    out.flush()
    return exit_status(outs, race)


RACE_EXIT = 66     # a binary built with -race that found races exits with this


def exit_status(outs, race):
    """66 when a run reported a data race (under --race), else 0 for one
    outcome and 1 for several."""
    if race and any(b'WARNING: DATA RACE' in o.stderr for o in outs):
        return RACE_EXIT
    return 0 if len(outs) == 1 else 1
