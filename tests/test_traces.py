"""Every frame of a goroutine trace has its file:line.

Go prints `FILE:LINE` for every frame of a panic's trace and of a deadlock's
dump; minigo printed `?` where it did not know the line (a goroutine blocked
in `<-ch` or `select {}`, a failing conversion, a deferred call). The
conformance suite compares the program's own frames with real Go's
(tests/conformance_util.py); here every conformance program that panics or
deadlocks must show no unknown line at all, and the functions the REPL uses
(a source named `<input N>`, where a parked goroutine stands) are checked.
"""
import glob
import io
import os

import pytest

import minigo
from test_conformance import CONF, EXAMPLES, ROOT, _read, run_options

# programs that crash (exit 2) or report races (66), and any other that
# exits with a status of its own: none may print an unknown line
CRASHING = [p for p in sorted(glob.glob(os.path.join(CONF, '**', '*.go'), recursive=True))
            + sorted(glob.glob(os.path.join(EXAMPLES, '*.go')))
            if _read(p[:-3] + '.exit', '0').strip() not in ('0', '1')]


@pytest.mark.parametrize('path', CRASHING, ids=[os.path.relpath(p, ROOT) for p in CRASHING])
def test_no_unknown_line_in_a_trace(path):
    stem = path[:-3]
    with open(path, 'rb') as f:
        source = f.read()
    stdin = open(stem + '.in', 'rb').read() if os.path.exists(stem + '.in') else b''
    r = minigo.run(source, filename=os.path.basename(path), args=_read(stem + '.args', '').split(),
                   stdin=stdin, timeout=120, **run_options(_read(stem + '.flags', '').split()))
    err = r.stderr.decode('utf-8', 'replace')
    assert r.exit_code == int(_read(stem + '.exit', '0')), err
    assert ':?' not in err and '?:' not in err, err


def test_there_are_crashing_programs():
    assert len(CRASHING) > 100


# ------------------------------------------------------------------ what the REPL uses

def _run_compiled(text, name, offset):
    """Compile text as the REPL compiles an input (named `name`, its first
    `offset` lines a wrapper) and run it; returns the GoPanic or GoFatal."""
    from minigo.compile.compiler import Compiler
    from minigo.errors import Source
    from minigo.frontend import parse_and_check
    from minigo.runtime import sched
    from minigo.runtime.context import Run, activated
    from minigo.runtime.panic import GoFatal, GoPanic
    tree, info = parse_and_check(Source('prog.go', text))
    run = Run(stdout=io.BytesIO(), stderr=io.BytesIO(), stdin=io.BytesIO())
    with activated(run):
        s = sched.Scheduler(1, run=run)
        comp = Compiler(info, info.package)
        comp.name_source(name, offset)
        prog = comp.compile_program(tree)
        try:
            s.run_main(prog.main)
        except (GoPanic, GoFatal) as e:
            return e
    raise AssertionError('the program did not fail')


WRAPPED = '''package main

func main() {
	var m map[string]int
	m["a"] = 1
}
'''


def test_a_named_source_is_traced_by_its_name_and_own_lines():
    from minigo.runtime.traceback import panic_report
    p = _run_compiled(WRAPPED, '<input 12>', 4)
    assert panic_report(p).endswith('goroutine 1 [running]:\nmain.main()\n\t<input 12>:1 +0x0\n')


BLOCKED = '''package main

func wait(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go wait(c)
	select {}
}
'''


def test_where_a_parked_goroutine_stands():
    from minigo.runtime.traceback import goroutine_location, goroutines_dump
    f = _run_compiled(BLOCKED, 'prog.go', 0)
    gs = sorted(f.trace_state.gs.values(), key=lambda g: g.id)
    assert [goroutine_location(g) for g in gs] == [('main.main', 'prog.go', 10), ('main.wait', 'prog.go', 4)]
    # go run prints main.wait as an inlined call: `(...)` and no pc offset
    assert goroutines_dump(gs) == ('goroutine 1 [select (no cases)]:\nmain.main()\n\tprog.go:10 +0x0\n\n'
                                   'goroutine 2 [chan receive]:\nmain.wait(...)\n\tprog.go:4\n'
                                   'created by main.main in goroutine 1\n\tprog.go:9 +0x0\n')


def _repl(text, cwd=None):
    import textwrap
    from conftest import run_minigo
    r = run_minigo(['repl'], input=textwrap.dedent(text).encode(), timeout=60, cwd=cwd)
    return r.stdout.decode(), r.stderr.decode()


def test_the_repl_names_each_input_in_traces_and_goroutines(tmp_path):
    # before: a trace at the prompt named `prog.go`, and :goroutines said
    # nothing of where a goroutine stood
    (tmp_path / 'lib.go').write_text('package main\n\nfunc fail() {\n\tpanic("in lib")\n}\n')
    out, err = _repl('''
        ch := make(chan int)
        func wait(c chan int) {
            <-c
        }
        go wait(ch)
        :goroutines
        func boom(x int) { panic(x) }
        boom(3)
        :load lib.go
        fail()
    ''', cwd=tmp_path)
    assert 'main.wait at <input 2>:2, from input 3: go wait(ch)\n' in out
    # the function's line in the input that declared it, the call's in its own
    # (:goroutines is a command, not an input)
    assert 'main.boom(...)\n\t<input 4>:1\nmain.repl()\n\t<input 5>:1 +0x0\n' in err
    # a loaded file's code is named by its path, as `minigo run` names it
    assert f'main.fail(...)\n\t{tmp_path / "lib.go"}:4\nmain.repl()\n\t<input 7>:1 +0x0\n' in err
    assert ':?' not in err and 'prog.go' not in err


IDLE = '''package main

var c chan int

func idle() {
	<-c
}

func main() {
	go idle()
	select {}
}
'''


def test_a_goroutine_started_without_arguments_is_not_an_inlined_frame():
    # `go idle()` needs no wrapper: the runtime calls idle, which go run
    # prints `main.idle()` with a pc offset (a call with arguments goes
    # through gc's wrapper, into which the function may be inlined: `f(...)`)
    from minigo.runtime.traceback import goroutines_dump
    f = _run_compiled(IDLE, 'prog.go', 0)
    gs = sorted(f.trace_state.gs.values(), key=lambda g: g.id)
    assert 'goroutine 2 [chan receive (nil chan)]:\nmain.idle()\n\tprog.go:6 +0x0\n' in goroutines_dump(gs)
