"""Deeply nested and very long programs (issue 12): valid Go nests hundreds
of levels (generated tables are `"a" + "b" + ...` chains thousands long) and
must parse, print and check; absurd depths must end in one Go-shaped error
line, never a Python traceback; long lists must parse in linear time.

Expected compile errors come from real `go build` (go1.27.3). Parsing and
checking run in-process on minigo.deepstack, as the command line does.
"""
import os
import sys
import threading
import time

import pytest

from conftest import run_minigo
from minigo import deepstack
from minigo.stdlib import import_package
from minigo.typecheck import check_file
from minigo.errors import ErrorList, Source
from minigo.syntax import ast as A
from minigo.syntax.builder import Builder
from minigo.syntax.parser import get_parser, parse_source
from minigo.syntax.printer import expr_str


# ------------------------------------------------------------------ programs

def prog(kind, n):
    """A valid program nesting kind n deep (checked with real go build)."""
    if kind == 'plus':      # a left-leaning chain of n-1 binary expressions
        return ('package main\n\nvar s = ' + ' + '.join(f'"a{i}"' for i in range(n)) +
                '\n\nfunc main() { println(len(s)) }\n')
    if kind == 'parens':
        return 'package main\n\nvar x = ' + '(' * n + '1' + ')' * n + '\n\nfunc main() { println(x) }\n'
    if kind == 'blocks':
        return 'package main\n\nfunc main() {\n' + '{' * n + 'println(1)' + '}' * n + '\n}\n'
    if kind == 'ifs':
        return 'package main\n\nfunc main() {\n\tx := 1\n' + 'if x > 0 {' * n + 'println(x)' + '}' * n + '\n}\n'
    if kind == 'funclits':
        return ('package main\n\nfunc main() {\n\tf := ' + 'func() int { return ' * n + '1' +
                ' }()' * n + '\n\tprintln(f)\n}\n')
    if kind == 'complits':
        return ('package main\n\ntype T struct{ p *T }\n\nvar x = ' + 'T{&' * n + 'T{}' + '}' * n +
                '\n\nfunc main() { println(x.p != nil) }\n')
    if kind == 'nestlits':
        return 'package main\n\nvar x = ' + '[]any{' * n + '1' + '}' * n + '\n\nfunc main() { println(len(x)) }\n'
    if kind == 'slices':
        return 'package main\n\nvar x ' + '[]' * n + 'int\n\nfunc main() { println(len(x)) }\n'
    if kind == 'ptrs':
        return 'package main\n\nvar x ' + '*' * n + 'int\n\nfunc main() { println(x == nil) }\n'
    if kind == 'neg':       # `- - - 1`: spaces, or it would lex as --
        return 'package main\n\nvar x = ' + '- ' * n + '1\n\nfunc main() { println(x) }\n'
    if kind == 'orchain':   # untyped bool operands, typed only at the end
        return ('package main\n\nvar x = 3\n\nvar b = ' + ' || '.join(f'x == {i}' for i in range(n)) +
                '\n\nfunc main() { println(b) }\n')
    if kind == 'intchain':  # a chain inside a function body
        return 'package main\n\nfunc main() {\n\tx := 1\n\ty := ' + ' + '.join(['x'] * n) + '\n\tprintln(y)\n}\n'
    if kind == 'shifts':
        return 'package main\n\nfunc main() {\n\ts := uint(0)\n\tvar y int64 = 1' + ' << s' * n + '\n\tprintln(y)\n}\n'
    if kind == 'constrep':  # the implicit repetition copies the deep expression
        return ('package main\n\nconst (\n\ta = ' + ' + '.join(['1'] * n) + '\n\tb\n)\n\n'
                'func main() { println(a + b) }\n')
    if kind == 'elems':
        return ('package main\n\nvar x = []int{' + ', '.join(str(i % 10) for i in range(n)) +
                '}\n\nfunc main() { println(len(x)) }\n')
    raise ValueError(kind)


# what `go run` prints for them
OUTPUT = {'plus': lambda n: str(sum(len(f'a{i}') for i in range(n))), 'parens': '1', 'blocks': '1',
          'ifs': '1', 'funclits': '1', 'complits': 'true', 'nestlits': '1', 'slices': '0',
          'ptrs': 'true', 'neg': lambda n: str((-1) ** n), 'orchain': 'true', 'intchain': str,
          'shifts': '1', 'constrep': lambda n: str(2 * n)}


def front_end(text, path='main.go'):
    """What `minigo check` does (cli._front_end), minus printing: parse and
    type-check; the tree, or raise ErrorList."""
    src = Source(path, text)
    tree = parse_source(src)
    check_file(src, tree, import_package)
    return tree


def deep_front_end(text, limit=None):
    if limit is None:
        return deepstack.call_deep(front_end, text)
    return deepstack.call_deep_limit(limit, front_end, text)


def errors_of(fn):
    with pytest.raises(ErrorList) as ei:
        fn()
    return ei.value.report()


@pytest.fixture(scope='module', autouse=True)
def parser_ready():
    get_parser()


# ------------------------------------------------------------------ valid deep programs

DEEP = [('plus', 5000), ('parens', 1000), ('blocks', 1000), ('ifs', 1000), ('funclits', 1000),
        ('complits', 1000), ('nestlits', 1000), ('slices', 1000), ('ptrs', 1000), ('neg', 10000),
        ('orchain', 3000), ('intchain', 5000), ('shifts', 3000), ('constrep', 3000)]


@pytest.mark.parametrize('kind,n', DEEP, ids=[f'{k}-{n}' for k, n in DEEP])
def test_deep_program_checks(kind, n):
    tree = deep_front_end(prog(kind, n))
    assert isinstance(tree, A.File)


@pytest.mark.parametrize('kind', ['parens', 'blocks', 'funclits', 'complits', 'slices', 'ptrs'])
def test_deep_tree_prints(kind):
    """`minigo parse` output (ast.dump) at depth 1000: one line per level at least."""
    def dump():
        return A.dump(parse_source(Source('main.go', prog(kind, 1000))))
    lines = deepstack.call_deep(dump)
    assert lines[0] == 'File @1:1'
    assert len(lines) > 2000


def test_dump_needs_no_deep_stack():
    tree = parse_source(Source('main.go', prog('neg', 3000)))
    lines = A.dump(tree)
    assert sum(1 for line in lines if line.lstrip().startswith('UnaryExpr')) == 3000


def test_long_chain_checks_on_the_callers_own_stack():
    """A 10,000-term string concatenation: the checker walks the chain in a
    loop, so it needs neither the deep stack nor long (~1 s unloaded)."""
    src = Source('main.go', prog('plus', 10000))
    tree = parse_source(src)
    t0 = time.process_time()
    check_file(src, tree, import_package)
    assert time.process_time() - t0 < 15
    for kind in ('orchain', 'intchain', 'shifts', 'constrep'):
        front_end(prog(kind, 2000))


def test_long_chain_in_an_error_message():
    """The whole expression is printed (real go build output for n = 3000)."""
    n = 3000
    expr = ' + '.join(f'"a{i}"' for i in range(n)) + ' + 1'
    text = 'package main\n\nvar s = ' + expr + '\n\nfunc main() { println(s) }\n'
    want = ('# command-line-arguments\n./main.go:3:9: invalid operation: ' + expr +
            ' (mismatched types untyped string and untyped int)\n')
    assert errors_of(lambda: front_end(text)) == want
    assert errors_of(lambda: deep_front_end(text)) == want


def test_printer_deep_expression():
    x = parse_source(Source('main.go', prog('parens', 5000))).decls[0].specs[0].values[0]
    assert expr_str(x) == '(' * 5000 + '1' + ')' * 5000


# ------------------------------------------------------------------ absurd depths

def test_absurd_depth_is_one_error_line():
    """Deeper than the recursion limit allows: go/parser's words at the
    innermost node, no traceback. (A small limit stands in for an absurd
    depth; with call_deep's real limit this is ~100,000 levels, where gc
    itself dies of stack overflow.)"""
    n = 3000
    report = errors_of(lambda: deep_front_end(prog('neg', n), limit=2000))
    # gc leaves the column out of a position past column 255
    assert report == '# command-line-arguments\n./main.go:3: exceeded max nesting depth\n'


def test_absurd_depth_on_a_plain_thread():
    report = errors_of(lambda: front_end(prog('parens', 2000)))
    assert report == '# command-line-arguments\n./main.go:3: exceeded max nesting depth\n'


# ------------------------------------------------------------------ running them

RUN = [('plus', 3000), ('intchain', 3000), ('parens', 1000), ('neg', 5000), ('funclits', 300)]


@pytest.mark.parametrize('kind,n', RUN, ids=[f'{k}-{n}' for k, n in RUN])
def test_deep_program_runs(kind, n, tmp_path):
    path = tmp_path / 'main.go'
    path.write_text(prog(kind, n))
    r = run_minigo(['run', str(path)], timeout=120)
    want = OUTPUT[kind]
    want = want(n) if callable(want) else want
    assert (r.returncode, r.stdout.decode(), r.stderr.decode()) == (0, '', want + '\n')   # println: stderr


RUNAWAY = {
    # the classic: String() formats its own receiver (recursion through fmt's Python code)
    'stringer': 'package main\n\nimport "fmt"\n\ntype T int\n\n'
                'func (t T) String() string { return fmt.Sprint(t) }\n\nfunc main() { fmt.Println(T(1)) }\n',
    # recursion through a library callback, in a goroutine other than main
    'sort-callback': 'package main\n\nimport "sort"\n\nfunc f() {\n\ts := []int{3, 2, 1}\n'
                     '\tsort.Slice(s, func(i, j int) bool { f(); return s[i] < s[j] })\n}\n\n'
                     'func main() {\n\tdone := make(chan bool)\n\tgo func() { f(); done <- true }()\n\t<-done\n}\n',
}


@pytest.mark.slow
@pytest.mark.parametrize('name', sorted(RUNAWAY))
def test_runaway_recursion_is_a_stack_overflow(name, tmp_path):
    """Unbounded recursion, even through Python-implemented library code, fills
    the 3,000,000-frame limit and ends as real Go's does (exit 2, `fatal error:
    stack overflow`), not in a crash of the 1 GiB C stack."""
    path = tmp_path / 'main.go'
    path.write_text(RUNAWAY[name])
    r = run_minigo(['run', str(path)], timeout=240)
    assert r.returncode == 2
    assert r.stderr.startswith(b'runtime: goroutine stack exceeds 1000000000-byte limit\n'
                               b'fatal error: stack overflow\n')


# ------------------------------------------------------------------ linear-time lists

LIST_RULES = [('element_list', lambda i: A.Ident((1, i), 'x')), ('expr_list', lambda i: A.Ident((1, i), 'x')),
              ('ident_list', None), ('param_list', lambda i: (None, A.Ident((1, i), 'int'))),
              ('tparam_list', lambda i: A.Field((1, i), [], None))]


@pytest.mark.parametrize('rule,item', LIST_RULES, ids=[r for r, _ in LIST_RULES])
def test_list_rules_append_in_place(rule, item):
    """Reducing `list: item | list COMMA item` 100,000 times as the parser
    would: linear (copying the list at each item took minutes)."""
    from lark import Token
    cb = getattr(Builder(), rule)
    comma = Token('COMMA', ',')

    def it(i):
        return Token('IDENT', f'x{i}', line=1, column=i) if item is None else item(i)
    t0 = time.process_time()
    lst = cb([it(0)])
    for i in range(1, 100_000):
        lst = cb([lst, comma, it(i)])
    assert len(lst) == 100_000
    assert time.process_time() - t0 < 3


def test_long_composite_literal_parses_in_linear_time():
    """10x the elements costs ~10x the time (it was ~30x: 80,000 elements took 36 s)."""
    def cost(n, tries):
        text = prog('elems', n)
        best = None
        for _ in range(tries):
            t0 = time.process_time()
            tree = parse_source(Source('main.go', text))
            dt = time.process_time() - t0
            best = dt if best is None else min(best, dt)
        assert len(tree.decls[0].specs[0].values[0].elts) == n
        return best
    small, big = cost(3000, 3), cost(30000, 1)
    assert big / small < 20, (small, big)


# ------------------------------------------------------------------ deepstack itself

def _recurse(n):
    return 0 if n == 0 else _recurse(n - 1) + 1


def test_call_deep_result_and_depth():
    assert deepstack.call_deep(_recurse, 200_000) == 200_000
    with pytest.raises(RecursionError):
        _recurse(200_000)


def test_call_deep_reraises_and_restores():
    limit = sys.getrecursionlimit()
    threads = threading.active_count()

    def boom(x, y=0):
        raise KeyError(x + y)
    with pytest.raises(KeyError) as ei:
        deepstack.call_deep(boom, 1, y=2)
    assert ei.value.args == (3,)
    assert any(f.name == 'boom' for f in __import__('traceback').extract_tb(ei.value.__traceback__))
    with pytest.raises(SystemExit):
        deepstack.call_deep(sys.exit, 4)
    assert sys.getrecursionlimit() == limit
    assert threading.active_count() == threads
    assert not deepstack.on_deep_stack()


def test_call_deep_nested_and_concurrent():
    def inner():
        assert deepstack.on_deep_stack()
        me = threading.current_thread()
        return deepstack.call_deep(lambda: threading.current_thread() is me)   # runs inline
    assert deepstack.call_deep(inner) is True

    limit = sys.getrecursionlimit()
    results = []

    def worker():
        results.append(deepstack.call_deep(_recurse, 100_000))
    ts = [threading.Thread(target=worker) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert results == [100_000] * 3
    assert sys.getrecursionlimit() == limit


def test_call_deep_forwards_ctrl_c():
    """Ctrl-C while call_deep waits reaches fn as KeyboardInterrupt, and the
    caller gets fn's outcome once it has finished."""
    import signal
    import subprocess
    code = ('import sys, threading\n'
            'from minigo import deepstack\n'
            'def fn():\n'
            '    print("ready", flush=True)\n'
            '    try:\n'
            '        while True:\n'
            '            sum(range(100))\n'
            '    except KeyboardInterrupt:\n'
            '        return "stopped"\n'
            'print(deepstack.call_deep(fn), threading.active_count(), flush=True)\n')
    p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=os.path.dirname(__file__) or '.',
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert p.stdout.readline() == b'ready\n'
        time.sleep(1)       # the caller is waiting by now
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        p.kill()
    assert (p.returncode, out, err) == (0, b'stopped 1\n', b'')
