#!/usr/bin/env python3
"""A longer mutation fuzzer than the suite's (tests/test_fuzz.py): N mutants of
the conformance programs (tests/fuzz_util.py says how they are made), run by
`minigo run --virtual-time` in parallel with a timeout each.

Every mutant that makes minigo print a Python traceback or `minigo: internal
error`, or run past the timeout while real Go finishes it quickly, is written
to OUT/<class>-<n>.go with OUT/<class>-<n>.txt (the program it came from, the
edits, minigo's exit status, stdout and stderr). The counts are printed at the
end (and every --progress mutants).

  python scripts/fuzz.py -n 2000 -j 2 --timeout 20 -o /tmp/fuzz-out
  python scripts/fuzz.py --minigo 'python -m minigo' ...   # another minigo

Mutants are numbered from --seed; mutant k is the same program on every run,
so a reproducer can be made again with --only k.
"""
import argparse
import os
import random
import shlex
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'tests'))

from fuzz_util import KINDS, corpus, go_seconds, mutate, run_minigo_on  # noqa: E402


def make_mutant(programs, seed, k):
    rng = random.Random(f'{seed}:{k}')
    path = rng.choice(programs)
    n = rng.choice((1, 1, 1, 2, 2, 3))
    edits = [(rng.randrange(len(KINDS)), rng.randrange(1 << 16), rng.randrange(1 << 16))
             for _ in range(n)]
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        src = f.read()
    return path, edits, mutate(src, edits)


def default_minigo():
    exe = shutil.which('minigo', path=os.path.dirname(sys.executable)) or shutil.which('minigo')
    return [exe] if exe else [sys.executable, '-m', 'minigo']


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('-n', type=int, default=200, help='number of mutants (default 200)')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 1, help='parallel runs (default: cores)')
    ap.add_argument('--timeout', type=float, default=20, help='seconds per run (default 20)')
    ap.add_argument('--seed', default='0', help='mutant numbering seed (default 0)')
    ap.add_argument('--only', type=int, action='append', help='run only mutant K (repeatable)')
    ap.add_argument('-o', '--out', default='fuzz-out', help='reproducer directory (default fuzz-out)')
    ap.add_argument('--minigo', help='command that runs minigo (default: the installed script)')
    ap.add_argument('--progress', type=int, default=100, help='print counts every N mutants')
    args = ap.parse_args(argv)

    cmd = shlex.split(args.minigo) if args.minigo else default_minigo()
    programs = corpus()
    os.makedirs(args.out, exist_ok=True)
    ks = args.only or range(args.n)
    counts = {'mutants': 0, 'traceback': 0, 'internal': 0, 'hang': 0, 'slow': 0}
    t0 = time.monotonic()

    def one(k):
        path, edits, src = make_mutant(programs, args.seed, k)
        outcome, out, err, code = run_minigo_on(src, cmd, args.timeout)
        if outcome == 'hang':
            # a loaded machine can slow any run: once more with more time
            outcome, out, err, code = run_minigo_on(src, cmd, args.timeout * 3)
        if outcome == 'hang':
            # a genuine infinite loop, or work Go does in a blink but an
            # interpreter cannot in the time: only the first is no finding
            g = go_seconds(src, args.timeout)
            if g == float('inf'):
                outcome = None
            elif g is not None and g > args.timeout / 100:
                outcome = 'slow'
        return k, path, edits, src, outcome, out, err, code

    with ThreadPoolExecutor(max_workers=args.j) as ex:
        futs = [ex.submit(one, k) for k in ks]
        for fut in as_completed(futs):
            k, path, edits, src, outcome, out, err, code = fut.result()
            counts['mutants'] += 1
            if outcome is not None:
                counts[outcome] += 1
                base = os.path.join(args.out, f'{outcome}-{k}')
                with open(base + '.go', 'w', encoding='utf-8', errors='surrogateescape') as f:
                    f.write(src)
                with open(base + '.txt', 'w', encoding='utf-8', errors='surrogateescape') as f:
                    f.write(f'mutant {k} (seed {args.seed}) of {os.path.relpath(path, ROOT)}\n'
                            f'edits: {edits}\nexit: {code}\n--- stdout\n{out}\n--- stderr\n{err}\n')
            if args.progress and counts['mutants'] % args.progress == 0:
                print(f'[{time.monotonic() - t0:.0f}s] {counts}', flush=True)
    print(' '.join(f'{k}={v}' for k, v in counts.items()), flush=True)
    bad = counts['traceback'] + counts['internal'] + counts['hang']
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
