#!/usr/bin/env python3
"""Run minigo's benchmark suite and compare it with CPython.

Each benchmark is a Go program `bench/GROUP/NAME.go` with an equivalent
CPython program `NAME.py` beside it (and, for some concurrency benchmarks, a
threads version `NAME_threads.py`). For every benchmark this script

  * runs the CPython version(s) and minigo (`python -m minigo run NAME.go`,
    from the repository root with the repository on PYTHONPATH) in turn,
    --runs rounds of one run each (paired A/B: a change in the machine's load
    hits both), keeping each one's best (minimum) time: the process's CPU
    time (user + system, from the kernel's accounting of the child), or with
    --clock wall its wall time;
  * checks that every output is byte-for-byte identical (and, with
    --check-go, identical to the output of the real Go toolchain);
  * prints a table: minigo seconds, CPython seconds, ratio minigo/CPython,
    and the geometric mean of the ratios of each group.

The `scale` group runs each bench/scale/NAME.go once under minigo and reports
its time and peak memory (max RSS) against the targets (20 s, 5 GiB).

The `race` group runs the concurrency programs (and cpu/quicksort) with and
without `-race` (paired, as above) and prints the slowdown factor (target: at
most 4x).

The `startup` group times (median of 5 runs) `minigo run examples/hello.go`,
`minigo version` and the REPL's start-up (`echo ':quit' | minigo repl`).

A program that fails, times out or prints something else is reported in
the table; it never stops the script. Progress goes to stderr, the tables to
stdout. Usage: `python bench/run.py --help`.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
GROUPS = ('cpu', 'conc')
ALL_GROUPS = GROUPS + ('startup', 'scale', 'race')

# Display order; programs not listed here come after, alphabetically.
ORDER = [
    'fib', 'sieve', 'nbody', 'binarytrees', 'spectralnorm', 'fannkuch',
    'wordcount', 'quicksort',
    'pingpong', 'primes', 'waitgroup', 'workerpool', 'mutex', 'select4',
]

# Targets (from the project's issues; issue 16's).
CPU_GEOMEAN_TARGET = 6.0
CPU_MAX_TARGET = 12.0
CONC_MAX_TARGET = 1.0      # minigo / asyncio, each concurrency benchmark: below it
HELLO_TARGET = 0.2
REPL_TARGET = 0.5
SCALE_SECONDS_TARGET = 20.0       # bench/scale: 1,000,000 goroutines parked then released
SCALE_MEMORY_TARGET = 5 * 1024     # MiB
STARTUP_RUNS = 5
CLOCKS = ('cpu', 'wall')


# --------------------------------------------------------------------------
# Running programs

@dataclass
class Run:
    """The outcome of running one command up to N times."""
    status: str = 'ok'          # ok | FAIL | TIMEOUT | MISMATCH | SKIP
    times: list = field(default_factory=list)
    stdout: bytes = b''
    message: str = ''

    @property
    def best(self):
        return min(self.times) if self.times else None

    @property
    def median(self):
        return statistics.median(self.times) if self.times else None

    @property
    def ok(self):
        return self.status == 'ok'


class Timeout(Exception):
    pass


CLOCK = 'cpu'     # what run_once reports: set from --clock


def children_cpu():
    """CPU seconds (user + system) of this process's children waited for so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(cmd, *, timeout, cwd=ROOT, env=None, stdin=b''):
    """Run cmd once; return (returncode, stdout, stderr, seconds): its CPU
    time (user + system of the child and what it waited for), or with
    --clock wall its wall time. Programs are run one at a time, so the
    growth of RUSAGE_CHILDREN over the run is this child's.

    The child gets its own process group, which is killed on timeout."""
    cpu0 = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise Timeout from None
    wall = time.perf_counter() - start
    return proc.returncode, out, err, (children_cpu() - cpu0 if CLOCK == 'cpu' else wall)


def error_line(stderr: bytes, returncode: int) -> str:
    """The first line of stderr, or for a Python traceback its last line.

    Go's `# command-line-arguments` header before compile errors is skipped."""
    lines = [l.strip() for l in stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
    if lines and lines[0].startswith('# ') and len(lines) > 1:
        lines = lines[1:]
    if not lines:
        return f'exit status {returncode}, no stderr'
    line = lines[-1] if lines[0].startswith('Traceback') else lines[0]
    return shorten(line)


def shorten(s: str, width: int = 90) -> str:
    return s if len(s) <= width else s[:width - 3] + '...'


def measure(cmd, runs, timeout, *, env=None, stdin=b'', expect_rc=0) -> Run:
    """Run cmd `runs` times; stop at the first failure or timeout."""
    return measure_paired([(cmd, env)], runs, timeout, stdin=stdin, expect_rc=expect_rc)[0]


def measure_paired(cmds, runs, timeout, *, stdin=b'', expect_rc=0, logs=None) -> list:
    """Run each of cmds ([(cmd, env)]) once per round, in turn, for `runs`
    rounds (paired A/B: the machine's load changes hit all of them alike);
    one Run each. A command stops being run at its first failure or
    timeout. logs: a message per command, printed before its first run."""
    results = [Run() for _ in cmds]
    for i in range(runs):
        for k, ((cmd, env), r) in enumerate(zip(cmds, results)):
            if not r.ok:
                continue
            if i == 0 and logs is not None:
                log(logs[k])
            _run_into(r, i, cmd, env, timeout, stdin, expect_rc)
    return results


def _run_into(r, i, cmd, env, timeout, stdin, expect_rc):
    """Run i of cmd, into r."""
    try:
        rc, out, err, secs = run_once(cmd, timeout=timeout, env=env, stdin=stdin)
    except Timeout:
        r.status, r.message = 'TIMEOUT', f'timeout after {timeout:g} s'
        return
    except OSError as e:
        r.status, r.message = 'FAIL', shorten(str(e))
        return
    if expect_rc is not None and rc != expect_rc:
        r.status, r.message = 'FAIL', error_line(err, rc)
        r.stdout = out
        return
    if i > 0 and out != r.stdout:
        r.status, r.message = 'MISMATCH', 'output differs between runs'
        return
    r.stdout = out
    r.times.append(secs)


def first_difference(got: bytes, want: bytes) -> str:
    g = got.decode('utf-8', 'replace').splitlines()
    w = want.decode('utf-8', 'replace').splitlines()
    for i in range(max(len(g), len(w))):
        gl = g[i] if i < len(g) else '<EOF>'
        wl = w[i] if i < len(w) else '<EOF>'
        if gl != wl:
            return shorten(f'line {i + 1}: got {gl!r}, want {wl!r}')
    return 'outputs differ (line endings or trailing bytes)'


def minigo_env():
    env = dict(os.environ)
    # measure what an installed minigo does: its modules' bytecode cached
    # (`pip install` compiles it), not recompiled on every start
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    old = env.get('PYTHONPATH')
    env['PYTHONPATH'] = str(ROOT) + (os.pathsep + old if old else '')
    return env


def minigo_cmd(python, *args):
    return [python, '-m', 'minigo', *args]


# --------------------------------------------------------------------------
# Benchmarks

@dataclass
class Bench:
    group: str
    name: str
    go: Path
    pys: list      # [(label, path)], the plain .py first


@dataclass
class Row:
    group: str      # cpu | conc | conc-threads
    name: str
    minigo: Run
    python: Run
    go: Run | None = None
    note: str = ''

    @property
    def ratio(self):
        if self.minigo.ok and self.python.ok and self.python.best:
            return self.minigo.best / self.python.best
        return None


def discover():
    benches = []
    for group in GROUPS:
        d = BENCH / group
        gos = sorted(d.glob('*.go'),
                     key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem))
        for go in gos:
            pys = []
            if go.with_suffix('.py').exists():
                pys.append(('', go.with_suffix('.py')))
            threads = go.with_name(go.stem + '_threads.py')
            if threads.exists():
                pys.append(('threads', threads))
            benches.append(Bench(group, go.stem, go, pys))
    return benches


def rel(p: Path) -> str:
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(p)


def build_go(go_exe, src: Path, outdir: Path, timeout):
    """Build src with the real Go toolchain; return (binary, None) or (None, error)."""
    exe = outdir / src.stem
    try:
        rc, _, err, _ = run_once([go_exe, 'build', '-o', str(exe), rel(src)], timeout=timeout)
    except Timeout:
        return None, 'go build timed out'
    if rc != 0:
        return None, 'go build: ' + error_line(err, rc)
    return exe, None


def run_bench(b: Bench, args, go_exe, tmpdir) -> list:
    log(f'[{b.group}] {b.name}:')
    # Real Go, if asked for: the ground truth for the outputs.
    go_run = None
    if go_exe:
        exe, err = build_go(go_exe, b.go, tmpdir, args.timeout)
        if exe is None:
            go_run = Run(status='FAIL', message=err)
        else:
            log(f'  go {rel(b.go)} ...')
            go_run = measure([str(exe)], args.runs, args.timeout)
        log_result(go_run)

    # The CPython version(s) and minigo, paired: one run of each per round.
    cmds = [([args.python, rel(path)], None) for _, path in b.pys]
    cmds.append((minigo_cmd(args.minigo_python, 'run', rel(b.go)), minigo_env()))
    logs = [f'  python {rel(path)} ...' for _, path in b.pys] + [f'  minigo run {rel(b.go)} ...']
    runs = measure_paired(cmds, args.runs, args.timeout, logs=logs)
    py_runs = [(label, r) for (label, _), r in zip(b.pys, runs)]
    mg = runs[-1]

    # The plain .py output is the reference, unless Go ran.
    reference = next((r.stdout for _, r in py_runs if r.ok), None)
    for label, r in py_runs[1:]:
        if r.ok and py_runs[0][1].ok and r.stdout != py_runs[0][1].stdout:
            r.status = 'MISMATCH'
            r.message = 'CPython versions disagree: ' + first_difference(r.stdout, py_runs[0][1].stdout)
    if go_run is not None and go_run.ok:
        if reference is not None and go_run.stdout != reference:
            go_run.status = 'MISMATCH'
            go_run.message = 'CPython and Go disagree: ' + first_difference(reference, go_run.stdout)
        else:
            reference = go_run.stdout  # Go is the ground truth
    if mg.ok and reference is not None and mg.stdout != reference:
        mg.status = 'MISMATCH'
        mg.message = first_difference(mg.stdout, reference)
    for (label, path), r in zip(b.pys, runs):
        log(f'  python {rel(path)}:')
        log_result(r)
    log(f'  minigo run {rel(b.go)}:')
    log_result(mg)

    rows = []
    if not py_runs:
        rows.append(Row(b.group, b.name, mg, Run(status='SKIP', message='no .py equivalent'), go_run))
    for label, r in py_runs:
        group = b.group + ('-' + label if label else '')
        name = b.name + (f' ({label})' if label else '')
        rows.append(Row(group, name, mg, r, go_run))
    return rows


# --------------------------------------------------------------------------
# Start-up

@dataclass
class StartupRow:
    name: str
    run: Run
    target: float | None = None


def run_startup(args, go_exe) -> list:
    env = minigo_env()
    timeout = min(args.timeout, 120)
    rows = []

    def timed(name, cmd, *, target=None, stdin=b'', use_env=env, expect=None, skip_on_fail=False):
        log(f'[startup] {name} ...')
        # One warm-up run (writes __pycache__), then the measured runs.
        warm = measure(cmd, 1, timeout, env=use_env, stdin=stdin)
        if warm.ok:
            r = measure(cmd, STARTUP_RUNS, timeout, env=use_env, stdin=stdin)
        else:
            r = warm
        if r.ok and expect is not None and r.stdout != expect:
            r.status, r.message = 'MISMATCH', first_difference(r.stdout, expect)
        if not r.ok and skip_on_fail:
            r.status = 'SKIP'
        log_result(r, median=True)
        rows.append(StartupRow(name, r, target))

    timed('python -c pass (CPython baseline)', [args.python, '-c', 'pass'], use_env=None)
    hello = ROOT / 'examples' / 'hello.go'
    expect = None
    if go_exe and hello.exists():
        try:
            rc, out, _, _ = run_once([go_exe, 'run', rel(hello)], timeout=timeout)
            expect = out if rc == 0 else None
        except Timeout:
            pass
    timed('minigo run examples/hello.go', minigo_cmd(args.minigo_python, 'run', rel(hello)),
          target=HELLO_TARGET, expect=expect)
    timed('minigo version', minigo_cmd(args.minigo_python, 'version'))
    timed("echo ':quit' | minigo repl", minigo_cmd(args.minigo_python, 'repl'),
          target=REPL_TARGET, stdin=b':quit\n', skip_on_fail=True)
    log('[startup] minigo repl in a terminal, to first prompt ...')
    r = Run()
    try:
        times = [prompt_time(minigo_cmd(args.minigo_python, 'repl', '--no-history'), env, timeout)
                 for _ in range(STARTUP_RUNS + 1)][1:]
        r.times = times
    except Exception as e:   # noqa: BLE001 - reported in the table, never fatal
        r.status, r.message = 'FAIL', str(e)
    log_result(r, median=True)
    rows.append(StartupRow('minigo repl (pty) to first prompt', r, REPL_TARGET))
    return rows


def prompt_time(cmd, env, timeout):
    """Seconds from starting the REPL on a pseudo-terminal to its `go> ` prompt."""
    import pty
    import select
    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=slave, stdout=slave, stderr=slave,
                            start_new_session=True)
    os.close(slave)
    seen = b''
    try:
        while b'go>' not in seen:
            if time.perf_counter() - start > timeout:
                raise Timeout()
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    chunk = b''
                if not chunk:
                    raise RuntimeError('REPL exited before its prompt')
                seen += chunk
        return time.perf_counter() - start
    finally:
        os.write(master, b'\x04')
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
        os.close(master)


def run_scale(args):
    """(name, seconds, peak MiB, status) for each bench/scale program, run once."""
    rows = []
    for src in sorted((BENCH / 'scale').glob('*.go')):
        log(f'[scale] {src.stem} ...')
        cmd = minigo_cmd(args.minigo_python, 'run', rel(src))
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=ROOT, env=minigo_env(), stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL)
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            except KeyboardInterrupt:
                proc.kill()
                raise
            secs = time.perf_counter() - start
            if CLOCK == 'cpu':
                secs = usage.ru_utime + usage.ru_stime
            proc.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            ok = proc.returncode == 0
            note = '' if ok else error_line(err.read(), proc.returncode)
        mib = usage.ru_maxrss / 1024
        verdict = 'PASS' if ok and secs < SCALE_SECONDS_TARGET and mib < SCALE_MEMORY_TARGET else 'MISS'
        log(f'    {secs:.1f} s, {mib:.0f} MiB {verdict} {note}')
        rows.append((src.stem, secs, mib, verdict if ok else f'FAIL {note}'))
    return rows


RACE_PROGRAMS = ['conc/pingpong', 'conc/primes', 'conc/waitgroup', 'conc/workerpool', 'conc/mutex',
                 'conc/select4', 'cpu/quicksort']
RACE_TARGET = 4.0


def run_race(args):
    """(name, plain s, -race s, factor, status) for each program in RACE_PROGRAMS."""
    rows = []
    for name in RACE_PROGRAMS:
        src = BENCH / (name + '.go')
        if not src.exists():
            continue
        log(f'[race] {name} ...')
        plain, raced = measure_paired(
            [(minigo_cmd(args.minigo_python, 'run', rel(src)), minigo_env()),
             (minigo_cmd(args.minigo_python, 'run', '-race', rel(src)), minigo_env())],
            args.runs, args.timeout)
        if plain.ok and raced.ok and raced.stdout != plain.stdout:
            raced.status, raced.message = 'MISMATCH', first_difference(raced.stdout, plain.stdout)
        factor = raced.best / plain.best if plain.ok and raced.ok and plain.best else None
        status = 'ok' if factor is not None else (raced.message or plain.message or raced.status)
        rows.append((name, plain.best, raced.best, factor, status))
    return rows


def print_race(rows, md):
    if not rows:
        return
    headers = ['-race', 'minigo s', 'minigo -race s', 'factor', 'notes']
    table = [[n, f'{p:.3f}' if p else '-', f'{r:.3f}' if r else '-',
              fmt_ratio(f) if f else '-', '' if st == 'ok' else st] for n, p, r, f, st in rows]
    fs = [f for _, _, _, f, _ in rows if f]
    if fs:
        gm = geomean(fs)
        table.append(['geomean' if not md else '**geomean**', '', '', fmt_ratio(gm),
                      f'target <= {RACE_TARGET:g}x: {"PASS" if max(fs) <= RACE_TARGET else "MISS"}'])
    print()
    print(render(headers, table, md, ['l', 'r', 'r', 'r', 'l']))


def print_scale(rows, md):
    if not rows:
        return
    headers = ['scale', f'{CLOCK} s', 'target s', 'peak MiB', 'target MiB', 'result']
    table = [[n, f'{s:.1f}', f'< {SCALE_SECONDS_TARGET:.0f}', f'{m:.0f}', f'< {SCALE_MEMORY_TARGET}', v]
             for n, s, m, v in rows]
    print()
    print(render(headers, table, md, ['l', 'r', 'r', 'r', 'r', 'l']))


# --------------------------------------------------------------------------
# Output

def clock_words():
    return ('process CPU seconds (user + system), paired runs' if CLOCK == 'cpu'
            else 'wall seconds, paired runs')


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def log_result(r: Run, median=False):
    if r.ok:
        t = r.median if median else r.best
        log(f'    {"median" if median else "best"} {t:.3f} s of {len(r.times)}')
    else:
        log(f'    {r.status}: {r.message}')


def fmt_secs(r: Run | None, median=False) -> str:
    if r is None:
        return '-'
    if r.ok:
        return f'{(r.median if median else r.best):.3f}'
    return r.status


def fmt_ratio(x) -> str:
    # two decimals below 10: the conc target is a ratio below 1
    return '-' if x is None else f'{x:.2f}' if x < 10 else f'{x:.1f}'


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def row_note(row: Row) -> str:
    notes = []
    if not row.minigo.ok:
        notes.append(f'minigo {row.minigo.status}: {row.minigo.message}')
    if not row.python.ok:
        notes.append(f'CPython {row.python.status}: {row.python.message}')
    if row.go is not None and not row.go.ok:
        notes.append(f'Go {row.go.status}: {row.go.message}')
    return '; '.join(notes)


def render(headers, rows, markdown, aligns=None):
    """Render a table as aligned text or Markdown; aligns: 'l'/'r' per column."""
    aligns = aligns or ['l'] * len(headers)
    if markdown:
        def esc(c):
            return str(c).replace('|', '\\|')
        out = ['| ' + ' | '.join(headers) + ' |',
               '|' + '|'.join(' ---: ' if a == 'r' else ' --- ' for a in aligns) + '|']
        out += ['| ' + ' | '.join(esc(c) for c in r) + ' |' for r in rows]
        return '\n'.join(out)
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    # The last column (notes) is not padded.

    def line(cells):
        parts = []
        for i, (c, w, a) in enumerate(zip(cells, widths, aligns)):
            c = str(c)
            if i == len(cells) - 1:
                parts.append(c)
            else:
                parts.append(c.rjust(w) if a == 'r' else c.ljust(w))
        return '  '.join(parts).rstrip()
    out = [line(headers), line(['-' * w for w in widths])]
    out += [line(r) for r in rows]
    return '\n'.join(out)


def summary_lines(rows):
    """Geometric means per group, and the CPU targets."""
    lines = []
    labels = {'cpu': 'cpu', 'conc': 'conc (asyncio)', 'conc-threads': 'conc (threads)'}
    for group in ('cpu', 'conc', 'conc-threads'):
        grp = [r for r in rows if r.group == group]
        if not grp:
            continue
        ratios = [r.ratio for r in grp if r.ratio is not None]
        gm = geomean(ratios)
        if len(ratios) == len(grp):
            part = ''
        elif ratios:
            part = f' (only {len(ratios)} of {len(grp)} benchmarks ran correctly)'
        else:
            part = f' (none of {len(grp)} benchmarks ran correctly)'
        lines.append((labels[group], gm, part, ratios, grp))
    return lines


def print_report(rows, startup, args, show_go):
    md = args.markdown
    if rows:
        headers = ['benchmark', 'minigo s', 'CPython s', 'ratio']
        aligns = ['l', 'r', 'r', 'r']
        if show_go:
            headers.append('Go s')
            aligns.append('r')
        headers.append('notes')
        aligns.append('l')
        table = []
        for r in rows:
            cells = [f'{r.group.split("-")[0]}/{r.name}', fmt_secs(r.minigo), fmt_secs(r.python),
                     fmt_ratio(r.ratio)]
            if show_go:
                cells.append(fmt_secs(r.go))
            cells.append(row_note(r))
            table.append(cells)
        geo = summary_lines(rows)
        for label, gm, part, _, _ in geo:
            cells = [f'**geomean {label}**' if md else f'geomean {label}', '', '',
                     fmt_ratio(gm)]
            if show_go:
                cells.append('')
            cells.append(part.strip(' ()'))
            table.append(cells)
        print(f'Best of {args.runs} run(s), {clock_words()}; ratio = minigo / CPython.')
        print()
        print(render(headers, table, md, aligns))
        print()
        for label, gm, part, ratios, grp in geo:
            if label == 'conc (asyncio)' and ratios:
                worst = max(ratios)
                ok = worst < CONC_MAX_TARGET and len(ratios) == len(grp)
                print(f'conc target every ratio to asyncio < {CONC_MAX_TARGET:g}: {worst:.2f} '
                      f'{"PASS" if ok else "FAIL"}{part}')
            if label != 'cpu':
                continue
            if gm is None:
                print(f'CPU targets: no CPU benchmark ran on minigo'
                      f' (targets: geomean <= {CPU_GEOMEAN_TARGET:g}, max <= {CPU_MAX_TARGET:g}).')
                continue
            worst = max(ratios)
            ok1 = gm <= CPU_GEOMEAN_TARGET and len(ratios) == len(grp)
            ok2 = worst <= CPU_MAX_TARGET and len(ratios) == len(grp)
            print(f'CPU target geomean <= {CPU_GEOMEAN_TARGET:g}: {gm:.1f} '
                  f'{"PASS" if ok1 else "FAIL"}{part}')
            print(f'CPU target max ratio <= {CPU_MAX_TARGET:g}: {worst:.1f} '
                  f'{"PASS" if ok2 else "FAIL"}{part}')
        print()
    if startup:
        headers = ['start-up', f'median s ({STARTUP_RUNS} runs)', 'target s', 'result']
        table = []
        for s in startup:
            r = s.run
            if r.ok:
                verdict = '' if s.target is None else ('PASS' if r.median < s.target else 'FAIL')
            elif r.status == 'SKIP':
                verdict = f'skipped ({r.message})'
            else:
                verdict = f'{r.status}: {r.message}'
            table.append([s.name, fmt_secs(r, median=True),
                          '-' if s.target is None else f'< {s.target:g}', verdict])
        print(render(headers, table, md, ['l', 'r', 'r', 'l']))
        print()


def write_json(path, rows, startup, args):
    def run_dict(r):
        if r is None:
            return None
        return {'status': r.status, 'best': r.best, 'median': r.median, 'times': r.times,
                'message': r.message}
    data = {
        'runs': args.runs,
        'clock': CLOCK,
        'python': args.python,
        'benchmarks': [{'group': r.group, 'name': r.name, 'ratio': r.ratio,
                        'minigo': run_dict(r.minigo), 'cpython': run_dict(r.python),
                        'go': run_dict(r.go)} for r in rows],
        'geomean': {label: gm for label, gm, _, _, _ in summary_lines(rows)},
        'startup': [{'name': s.name, 'target': s.target, **run_dict(s.run)} for s in startup],
    }
    Path(path).write_text(json.dumps(data, indent=2) + '\n')


# --------------------------------------------------------------------------

def main(argv=None):
    benches = discover()
    names = [b.name for b in benches]
    p = argparse.ArgumentParser(
        description='Run the minigo benchmarks against CPython (and optionally Go).',
        epilog='Benchmarks: ' + ', '.join(f'{b.group}/{b.name}' for b in benches))
    p.add_argument('--runs', type=int, default=3, metavar='N',
                   help='runs per program; the best (minimum) time is kept (default 3)')
    p.add_argument('--only', nargs='+', metavar='NAME',
                   help='run only these benchmarks (NAME or GROUP/NAME)')
    p.add_argument('--group', action='append', choices=ALL_GROUPS,
                   help='run only this group (may be repeated; default: all)')
    p.add_argument('--timeout', type=float, default=600, metavar='SECONDS',
                   help='per-run time limit (default 600)')
    p.add_argument('--markdown', action='store_true', help='print the tables as Markdown')
    p.add_argument('--check-go', action='store_true',
                   help='also build and run each program with the real Go toolchain, '
                        'check the outputs against it and show its time')
    p.add_argument('--python', default=sys.executable,
                   help='CPython used for the .py versions (default: this interpreter)')
    p.add_argument('--minigo-python', default=sys.executable,
                   help='Python used to run minigo (default: this interpreter)')
    p.add_argument('--json', metavar='FILE', help='also write the results as JSON to FILE')
    p.add_argument('--clock', choices=CLOCKS, default='cpu',
                   help="what is timed: 'cpu', the process's CPU time, user + system "
                        "(default), or 'wall', its wall time")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error('--runs must be at least 1')
    global CLOCK
    CLOCK = args.clock

    groups = set(args.group or ALL_GROUPS)
    selected = [b for b in benches if b.group in groups]
    if args.only:
        wanted = set(args.only)
        unknown = wanted - set(names) - {f'{b.group}/{b.name}' for b in benches}
        if unknown:
            p.error(f'unknown benchmark(s): {", ".join(sorted(unknown))}; '
                    f'choose from {", ".join(names)}')
        selected = [b for b in selected if b.name in wanted or f'{b.group}/{b.name}' in wanted]
        if not args.group:
            groups = {b.group for b in selected}

    go_exe = None
    if args.check_go:
        go_exe = shutil.which('go')
        if go_exe is None:
            log('--check-go: `go` is not on PATH; outputs are checked against CPython only')

    rows, startup, scale = [], [], []
    with tempfile.TemporaryDirectory(prefix='minigo-bench-') as tmp:
        for b in selected:
            rows += run_bench(b, args, go_exe, Path(tmp))
        if 'startup' in groups:
            startup = run_startup(args, go_exe)
        if 'scale' in groups and not args.only:
            scale = run_scale(args)
        race_rows = run_race(args) if 'race' in groups and not args.only else []

    print_report(rows, startup, args, show_go=go_exe is not None)
    print_scale(scale, args.markdown)
    print_race(race_rows, args.markdown)
    if args.json:
        write_json(args.json, rows, startup, args)
    return 0


if __name__ == '__main__':
    sys.exit(main())
