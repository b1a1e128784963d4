#!/usr/bin/env python3
"""Parse and type-check every .go file of the real toolchain's GOROOT/src with
minigo, in-process and on minigo.deepstack's big stack, to find crashes.

Each file is checked alone with its package clause rewritten to `package main`
(positions unchanged otherwise). An import minigo cannot provide stops the
check at the imports, so all such imports are dropped from the parsed file
before it is checked, to reach the function bodies. Most files still have compile errors
(names from the blanked packages or from sibling files): that is expected and
only counted. What is reported is a Python exception escaping the parser or the
checker (an internal error: a minigo bug), a file that takes more than
--slow seconds of CPU time (default 10), and a file whose nesting minigo could not follow.
Exit status 1 if there is any of those.

Directories named testdata are skipped, as `go build ./...` and `go vet`
skip them: they hold deliberately broken inputs, not packages (--testdata
includes them anyway). GOROOT comes from $GOROOT or `go env GOROOT`.

Files are checked by -j worker processes (default 2); a worker stuck for
--kill seconds on one file is killed and replaced, and the file reported.
"""
import argparse
import multiprocessing as mp
import os
import re
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def goroot():
    if os.environ.get('GOROOT'):
        return os.environ['GOROOT']
    return subprocess.check_output(['go', 'env', 'GOROOT'], text=True).strip()


def go_files(root, testdata=False):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, 'src')):
        dirnames[:] = sorted(d for d in dirnames if testdata or d != 'testdata')
        for f in sorted(filenames):
            if f.endswith('.go'):
                yield os.path.join(dirpath, f)


_NAME = re.compile(r'package(\s+)([^\W\d]\w*)')


def as_main(text):
    """text with its package clause (the first token after comments and
    spaces) naming main; None when it does not start with one."""
    i, n = 0, len(text)
    while i < n:
        if text[i] in ' \t\r\n\ufeff':
            i += 1
        elif text.startswith('//', i):
            nl = text.find('\n', i)
            i = n if nl < 0 else nl + 1
        elif text.startswith('/*', i):
            end = text.find('*/', i + 2)
            if end < 0:
                return None
            i = end + 2
        else:
            break
    m = _NAME.match(text, i)
    if m is None:
        return None
    return text[:m.start(2)] + 'main' + text[m.end(2):]


def check_one(path):
    """('ok'|'errors'|'nesting'|'crash'|'skip', detail, seconds) for one file."""
    from minigo import deepstack
    from minigo.stdlib import import_package
    from minigo.typecheck import check_file
    from minigo.errors import ErrorList, Source
    from minigo.syntax.parser import parse_source
    try:
        with open(path, 'rb') as fh:
            text = fh.read().decode('utf-8')
    except UnicodeDecodeError:
        return 'skip', 'not UTF-8', 0.0
    text = as_main(text)
    if text is None:
        return 'skip', 'no package clause', 0.0

    def front_end():
        src = Source(path, text)
        try:
            tree = parse_source(src)
        except ErrorList as el:
            return 'errors', 'parse: ' + el.lines()[0]
        # An import minigo cannot provide stops the check at the imports:
        # drop such imports from the tree (as if their lines were blank) to
        # check the function bodies too.
        gone = {id(spec) for spec in tree.imports if import_package(spec.path.value.strip('"`')) is None}
        if gone:
            tree.imports = [spec for spec in tree.imports if id(spec) not in gone]
            for d in tree.decls:
                if getattr(d, 'tok', None) == 'import':
                    d.specs = [spec for spec in d.specs if id(spec) not in gone]
        try:
            check_file(src, tree, import_package)
        except ErrorList as el:
            lines = el.lines()
            if any(line.endswith(': exceeded max nesting depth') for line in lines):
                return 'nesting', lines[0]
            return 'errors', lines[0] if lines else ''
        return 'ok', ''

    t0 = time.process_time()      # CPU time: wall time means little on a busy machine
    try:
        kind, detail = deepstack.call_deep(front_end)
    except Exception as e:
        kind = 'crash'
        tb = traceback.extract_tb(e.__traceback__)
        where = next((f'{os.path.relpath(f.filename)}:{f.lineno}' for f in reversed(tb)
                      if '/minigo/' in f.filename), '?')
        detail = f'{type(e).__name__}: {str(e)[:200]} (at {where})'
    return kind, detail, time.process_time() - t0


def worker(conn):
    import gc
    from minigo.syntax.parser import get_parser
    get_parser()
    done = 0
    while True:
        path = conn.recv()
        if path is None:
            return
        conn.send(check_one(path))
        done += 1
        if done % 100 == 0:
            # What stays (the checked standard packages a file imported) goes
            # out of the collector's sight: a full collection over a heap
            # grown by hundreds of files was charged to whichever file it
            # interrupted (10-16 s); `minigo check` runs one file per process.
            gc.collect()
            gc.freeze()


class Worker:
    def __init__(self):
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(target=worker, args=(child,), daemon=True)
        self.proc.start()
        child.close()
        self.path = None
        self.started = 0.0

    def give(self, path):
        self.path = path
        self.started = time.perf_counter()
        self.conn.send(path)

    def kill(self):
        self.proc.kill()
        self.proc.join()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('filters', nargs='*', help='only files whose path contains one of these')
    ap.add_argument('-j', type=int, default=2, help='worker processes (default 2)')
    ap.add_argument('--slow', type=float, default=10.0, help='report files slower than this (s)')
    ap.add_argument('--kill', type=float, default=600.0, help='give up on a file after this (s)')
    ap.add_argument('--testdata', action='store_true', help='include testdata directories')
    ap.add_argument('--every', type=int, default=1, metavar='N',
                    help='only every Nth file (a quick sample on a busy machine)')
    ap.add_argument('-v', action='store_true', help='print each file as it is done')
    args = ap.parse_args()
    root = goroot()
    files = list(go_files(root, args.testdata))
    if args.filters:
        files = [f for f in files if any(s in f for s in args.filters)]
    files = files[::max(1, args.every)]
    todo = list(reversed(files))
    counts = {}
    problems = []
    slowest = (0.0, None)
    workers = [Worker() for _ in range(max(1, min(args.j, len(files))))]
    idle = list(workers)
    busy = []
    t0 = time.perf_counter()
    done = 0
    while todo or busy:
        while idle and todo:
            w = idle.pop()
            w.give(todo.pop())
            busy.append(w)
        ready = mp.connection.wait([w.conn for w in busy], timeout=1.0)
        now = time.perf_counter()
        for w in list(busy):
            rel = os.path.relpath(w.path, root)
            if w.conn in ready:
                busy.remove(w)
                try:
                    kind, detail, dt = w.conn.recv()
                except EOFError:          # the worker died (a crash of the interpreter itself)
                    kind, detail, dt = 'crash', f'worker died (exit {w.proc.exitcode})', now - w.started
                    w.kill()
                    workers.remove(w)
                    w = Worker()
                    workers.append(w)
                idle.append(w)
            elif now - w.started > args.kill:
                kind, detail, dt = 'timeout', f'killed after {args.kill:.0f}s', now - w.started
                w.kill()
                busy.remove(w)
                workers.remove(w)
                w2 = Worker()
                workers.append(w2)
                idle.append(w2)
            else:
                continue
            done += 1
            if kind != 'timeout' and dt > args.slow:
                problems.append((rel, 'slow', f'{dt:.1f}s ({kind})'))
            counts[kind] = counts.get(kind, 0) + 1
            if dt > slowest[0]:
                slowest = (dt, rel)
            if kind in ('crash', 'timeout', 'nesting'):
                problems.append((rel, kind, detail))
                print(f'{kind.upper()} {rel}: {detail}', flush=True)
            elif args.v:
                print(f'{kind} {dt:6.2f}s {rel}: {detail}', flush=True)
            if done % 500 == 0:
                print(f'... {done}/{len(files)} files, {time.perf_counter() - t0:.0f}s', flush=True)
    for w in workers:
        w.conn.send(None)
        w.proc.join(5)
        if w.proc.is_alive():
            w.kill()
    total = time.perf_counter() - t0
    for rel, kind, detail in problems:
        if kind == 'slow':
            print(f'SLOW {rel}: {detail}')
    print(f'checked {len(files)} files in {total:.0f}s: ' +
          ', '.join(f'{counts.get(k, 0)} {k}' for k in ('ok', 'errors', 'skip', 'nesting', 'crash', 'timeout')))
    if slowest[1]:
        print(f'slowest: {slowest[1]} {slowest[0]:.2f}s')
    bad = [p for p in problems if p[1] in ('crash', 'timeout', 'nesting', 'slow')]
    print(f'{len(bad)} problem file(s)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
