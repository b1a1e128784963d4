"""The Jupyter kernel (issue 17), started for real through jupyter_client
from the kernelspec `minigo kernel install` writes: execute results,
streams (also from a goroutine that outlives its cell), compile errors and
panics as Jupyter errors with the cell's lines, completion, inspection,
is_complete, interrupt of a spinning cell, restart, and the magics
(%%trace's inline timeline, %%race, %%explore, %%file + %run, %seed).

One kernel serves the module (cells build on each other only where a test
says so); the tests stay on one xdist worker."""
import json
import os
import re
import subprocess
import sys
import sysconfig
import threading
import time

import pytest

from conftest import ROOT, clean_env, minigo_script

pytest.importorskip('ipykernel')
pytest.importorskip('jupyter_client')

pytestmark = pytest.mark.xdist_group('jupyter')

ANSI = re.compile(r'\x1b\[[0-9;]*m')
TIMEOUT = 60


@pytest.fixture(scope='module')
def kernel_path(tmp_path_factory):
    """A prefix holding the kernelspec, installed with the console script;
    JUPYTER_PATH points there while the module's tests run."""
    prefix = tmp_path_factory.mktemp('jupyter-prefix')
    r = subprocess.run([minigo_script(), 'kernel', 'install', '--prefix', str(prefix)],
                       capture_output=True, text=True, env=clean_env(), timeout=TIMEOUT)
    assert r.returncode == 0, r.stderr
    path = str(prefix / 'share' / 'jupyter')
    mp = pytest.MonkeyPatch()
    mp.setenv('JUPYTER_PATH', path)
    yield path
    mp.undo()


@pytest.fixture(scope='module')
def km_kc(kernel_path, tmp_path_factory):
    from jupyter_client.manager import start_new_kernel
    cwd = tmp_path_factory.mktemp('kernel-cwd')
    km, kc = start_new_kernel(kernel_name='minigo', startup_timeout=TIMEOUT, cwd=str(cwd))
    km.cwd = cwd
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture
def kc(km_kc):
    return km_kc[1]


def execute(kc, code, timeout=TIMEOUT):
    """Run a cell: (reply content, [(msg_type, content)] of its IOPub messages)."""
    msgs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=msgs.append)
    return reply['content'], [(m['msg_type'], m['content']) for m in msgs
                              if m['msg_type'] not in ('status', 'execute_input')], reply['parent_header']


def stream(msgs, name='stdout'):
    return ''.join(c['text'] for t, c in msgs if t == 'stream' and c['name'] == name)


def result(msgs):
    res = [c['data']['text/plain'] for t, c in msgs if t == 'execute_result']
    assert len(res) <= 1
    return res[0] if res else None


def plain(lines):
    return ANSI.sub('', '\n'.join(lines))


# ------------------------------------------------------------------ the kernelspec

def test_kernelspec_is_listed(kernel_path):
    jupyter = os.path.join(sysconfig.get_path('scripts'), 'jupyter')
    r = subprocess.run([jupyter, 'kernelspec', 'list', '--json'], capture_output=True, text=True,
                       env=clean_env(JUPYTER_PATH=kernel_path), timeout=TIMEOUT)
    assert r.returncode == 0, r.stderr
    spec = json.loads(r.stdout)['kernelspecs']['minigo']
    assert spec['spec']['display_name'] == 'Go (minigo)'
    assert spec['spec']['argv'][1:3] == ['-m', 'minigo.jupyter']
    assert spec['spec']['language'] == 'go'


def test_kernel_install_without_the_extra_says_what_to_install(tmp_path):
    # ipykernel hidden from the import system, as in a plain `pip install minigo`
    code = ('import sys; sys.modules["ipykernel"] = None; sys.modules["ipykernel.kernelbase"] = None\n'
            'from minigo.cli import main; sys.exit(main(["kernel", "install", "--prefix", sys.argv[1]]))')
    r = subprocess.run([sys.executable, '-c', code, str(tmp_path)], capture_output=True, text=True,
                       env=clean_env(), cwd=str(tmp_path), timeout=TIMEOUT)
    assert r.returncode == 1
    assert "pip install 'minigo[jupyter]'" in r.stderr
    assert 'Traceback' not in r.stderr
    assert not (tmp_path / 'share').exists()


def test_kernel_command_usage():
    r = subprocess.run([minigo_script(), 'kernel', 'uninstall'], capture_output=True, text=True,
                       env=clean_env(), timeout=TIMEOUT)
    assert r.returncode == 2
    assert r.stderr.startswith('usage: minigo kernel install')


# ------------------------------------------------------------------ cells

def test_kernel_info(kc):
    kc.kernel_info()
    info = kc.get_shell_msg(timeout=TIMEOUT)['content']
    assert info['implementation'] == 'minigo'
    assert info['language_info']['name'] == 'go'
    assert info['language_info']['file_extension'] == '.go'


def test_declarations_persist_and_the_trailing_expression_is_the_result(kc):
    reply, msgs, _ = execute(kc, 'base := 40\nfunc add(a, b int) int {\n\treturn a + b\n}')
    assert reply['status'] == 'ok' and msgs == []
    reply, msgs, _ = execute(kc, 'fmt.Println("adding")\nadd(base, 2)')
    assert reply['status'] == 'ok'
    assert stream(msgs) == 'adding\n'
    assert result(msgs) == '42 // int'
    reply, msgs, _ = execute(kc, 'strings.ToUpper("go")')
    assert result(msgs) == '"GO" // string'
    # a statement that is no expression has no result
    reply, msgs, _ = execute(kc, 'base++')
    assert reply['status'] == 'ok' and result(msgs) is None


def test_streams_come_while_the_cell_runs_and_after_it(kc):
    # the cell prints, then waits: its first line reaches the client before the cell ends
    seen = []

    def hook(m):
        if m['msg_type'] == 'stream':
            seen.append((m['content']['text'], time.monotonic()))
    t0 = time.monotonic()
    reply = kc.execute_interactive('fmt.Println("first")\ntime.Sleep(700 * time.Millisecond)\n'
                                   'fmt.Println("second")', timeout=TIMEOUT, output_hook=hook)
    t1 = time.monotonic()
    assert reply['content']['status'] == 'ok'
    assert [s for s, _ in seen] == ['first\n', 'second\n']
    assert seen[0][1] - t0 < (t1 - t0) - 0.4, 'the first line came only with the end of the cell'
    # a goroutine that outlives its cell prints under that cell, after the reply
    reply, msgs, parent = execute(kc, 'go func() {\n\ttime.Sleep(300 * time.Millisecond)\n'
                                      '\tfmt.Println("late")\n}()')
    assert reply['status'] == 'ok' and stream(msgs) == ''
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        if m['msg_type'] == 'stream':
            assert m['content'] == {'name': 'stdout', 'text': 'late\n'}
            assert m['parent_header']['msg_id'] == parent['msg_id']
            break


def test_goroutines_of_a_cell_run_before_it_replies(kc):
    reply, msgs, _ = execute(kc, 'ch := make(chan string, 1)\ngo func() { ch <- "from G" }()\n'
                                 'go func() { fmt.Println(<-ch) }()')
    assert reply['status'] == 'ok'
    assert stream(msgs) == 'from G\n'


def test_compile_errors_name_the_cells_lines(kc):
    reply, msgs, _ = execute(kc, 'func ok() {}\n\ny := 1\nz := undefinedName + y')
    assert reply['status'] == 'error'
    assert reply['ename'] == 'compile error'
    assert reply['evalue'] == '4:6: undefined: undefinedName'
    text = plain(reply['traceback'])
    assert text.split('\n') == ['4:6: undefined: undefinedName', '    z := undefinedName + y',
                                '         ^']
    errors = [c for t, c in msgs if t == 'error']
    assert errors and errors[0]['evalue'] == reply['evalue']
    # what the failed input declared is gone; the cell's earlier input stays
    reply, msgs, _ = execute(kc, 'z')
    assert reply['status'] == 'error' and reply['evalue'] == '1:1: undefined: z'
    reply, msgs, _ = execute(kc, 'ok()')
    assert reply['status'] == 'ok'


def test_panics_are_errors_with_go_text_and_cell_lines(kc):
    reply, _, _ = execute(kc, '// index fails\nfunc at(s []int, i int) int {\n\treturn s[i]\n}')
    assert reply['status'] == 'ok'
    reply, msgs, _ = execute(kc, 'nums := []int{1, 2}\n\nat(nums, 5)')
    assert reply['status'] == 'error'
    assert reply['ename'] == 'panic'
    assert reply['evalue'] == 'runtime error: index out of range [5] with length 2'
    text = plain(reply['traceback'])
    assert text.startswith('panic: runtime error: index out of range [5] with length 2\n\ngoroutine ')
    # the function's line in its own cell, the call's line in this one
    count = reply['execution_count']
    # (a function with parameters is printed as Go prints an inlined one: no pc offset)
    assert re.search(rf'main\.at\(\.\.\.\)\n\tcell{count - 1}\.go:3\n', text), text
    assert re.search(rf'main\.repl\(\)\n\tcell{count}\.go:3 ', text), text


def test_deadlock_and_exit_are_errors(kc):
    reply, _, _ = execute(kc, 'never := make(chan int)\n<-never')
    assert reply['status'] == 'error'
    assert (reply['ename'], reply['evalue']) == ('fatal error', 'all goroutines are asleep - deadlock!')
    reply, _, _ = execute(kc, 'os.Exit(3)')
    assert (reply['ename'], reply['evalue']) == ('exit', 'exit status 3')
    reply, msgs, _ = execute(kc, '1 + 1')
    assert result(msgs) == '2 // int'


def test_interrupt_stops_a_spinning_cell_and_its_goroutines(km_kc):
    km, kc = km_kc
    timer = threading.Timer(1.0, km.interrupt_kernel)
    timer.start()
    t0 = time.monotonic()
    reply, msgs, _ = execute(kc, 'spins := 0\ngo func() { for { spins++ } }()\nfor {}', timeout=30)
    timer.join()
    assert time.monotonic() - t0 < 15
    assert reply['status'] == 'error' and reply['ename'] == 'interrupted'
    assert re.search(r'stopped goroutines started by this input: \d+ \[running\]', plain(reply['traceback']))
    reply, msgs, _ = execute(kc, ':goroutines')
    assert reply['status'] == 'ok'
    assert 'running' not in stream(msgs)
    reply, msgs, _ = execute(kc, '"still here"')
    assert result(msgs) == '"still here" // string'


def test_meta_commands(kc):
    reply, msgs, _ = execute(kc, 'type Point struct{ X, Y int }\n:env')
    assert reply['status'] == 'ok'
    assert 'type Point struct{X int; Y int}' in stream(msgs)
    reply, msgs, _ = execute(kc, ':doc strings.TrimSpace')
    assert 'func TrimSpace(s string) string\n    TrimSpace returns' in stream(msgs)


# ------------------------------------------------------------------ completion, inspection

def shell(kc, method, *args):
    msg_id = getattr(kc, method)(*args)
    while True:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        if m['parent_header'].get('msg_id') == msg_id:
            return m['content']


def test_completion(kc):
    execute(kc, 'type Pair struct{ Left, Right int }\nfunc (p Pair) Sum() int { return p.Left + p.Right }\n'
                'pr := Pair{1, 2}')
    reply = shell(kc, 'complete', 'fmt.Spr', 7)
    assert reply['status'] == 'ok'
    assert reply['matches'] == ['Sprint', 'Sprintf', 'Sprintln']
    assert (reply['cursor_start'], reply['cursor_end']) == (4, 7)
    sig = {t['text']: t['signature'] for t in reply['metadata']['_jupyter_types_experimental']}
    assert sig['Sprintf'] == 'func(format string, a ...any) string'
    reply = shell(kc, 'complete', 'x := 1\npr.', 10)
    assert reply['matches'] == ['Left', 'Right', 'Sum']
    reply = shell(kc, 'complete', 'prin', 4)
    assert reply['matches'] == ['print', 'println']
    reply = shell(kc, 'complete', '%%tr', 4)
    assert reply['matches'] == ['trace']


def test_inspection(kc):
    execute(kc, '// Twice doubles n.\nfunc Twice(n int) int { return 2 * n }')
    reply = shell(kc, 'inspect', 'strings.Fields(s)', 10)
    assert reply['found']
    text = reply['data']['text/plain']
    assert 'func Fields(s string) []string\n    Fields splits the string s around each' in text
    # inside the call's parentheses: the function called
    reply = shell(kc, 'inspect', 'Twice(', 6)
    assert reply['found'] and 'func Twice(n int) int\n    Twice doubles n.\n' in reply['data']['text/plain']
    reply = shell(kc, 'inspect', 'nosuchthing', 3)
    assert not reply['found']


@pytest.mark.parametrize('code, status', [
    ('x := 1', 'complete'),
    ('func f() {', 'incomplete'),
    ('s := []int{\n\t1,', 'incomplete'),
    ('// a comment waits for its declaration', 'incomplete'),
    (':goroutines', 'complete'),
    ('', 'complete'),
])
def test_is_complete(kc, code, status):
    reply = shell(kc, 'is_complete', code)
    assert reply['status'] == status
    if status == 'incomplete' and code.endswith('{'):
        assert reply['indent'] == '    '


# ------------------------------------------------------------------ magics

PIPELINE = '''%%trace
gen := func(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}
sq := func(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}
for v := range sq(gen(3)) {
	fmt.Println(v)
}'''


def test_trace_shows_the_timeline_inline(kc):
    reply, msgs, _ = execute(kc, PIPELINE)
    assert reply['status'] == 'ok'
    assert stream(msgs) == '1\n4\n9\n'
    displays = [c for t, c in msgs if t == 'display_data']
    assert len(displays) == 1
    data = displays[0]['data']
    assert data['text/plain'] == 'goroutine timeline: 3 goroutines, 6 channel hand-offs'
    frame = data['text/html']
    assert frame.startswith('<iframe class="minigo-timeline" srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'http://' not in frame.replace('http://www.w3.org/2000/svg', '')
    assert 'https://' not in frame and '<script src' not in frame
    page = __import__('html').unescape(frame.split('srcdoc="', 1)[1].split('" style=', 1)[0])
    payload = json.loads(page.split('<script id="trace-data" type="application/json">', 1)[1]
                         .split('</script>', 1)[0].replace('<\\/', '</'))
    names = [t['name'] for t in payload['tracks']]
    assert len(names) == 3 and names[0].startswith('main.main')
    assert len(payload['flows']) == 6


def test_trace_of_a_deadlock_shows_the_timeline_and_the_error(kc):
    reply, msgs, _ = execute(kc, '%%trace\nch := make(chan int)\nch <- 1')
    assert reply['status'] == 'error' and reply['evalue'] == 'exit status 2'
    assert stream(msgs, 'stderr').startswith('fatal error: all goroutines are asleep - deadlock!\n')
    assert [t for t, _ in msgs].count('display_data') == 1


RACY = '''%%race
count := 0
var wg sync.WaitGroup
for i := 0; i < 2; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		count++
	}()
}
wg.Wait()
fmt.Println(count)'''


def test_race_reports_with_the_cells_lines(kc):
    reply, msgs, _ = execute(kc, RACY)
    assert reply['status'] == 'error' and reply['evalue'] == 'exit status 66'
    err = stream(msgs, 'stderr')
    assert err.startswith('==================\nWARNING: DATA RACE\n')
    count = reply['execution_count']
    assert re.search(rf'cell{count}\.go:8 ', err), err
    assert err.endswith('Found 1 data race(s)\n')
    fixed = RACY.replace('count++', 'mu.Lock()\n\t\tcount++\n\t\tmu.Unlock()').replace(
        'count := 0', 'count := 0\nvar mu sync.Mutex')
    reply, msgs, _ = execute(kc, fixed)
    assert reply['status'] == 'ok', reply
    assert stream(msgs) == '2\n' and stream(msgs, 'stderr') == ''


def test_explore_shows_the_outcome_table(kc):
    reply, msgs, _ = execute(kc, '%%explore --runs 12\nch := make(chan string)\n'
                                 'go func() { ch <- "a" }()\ngo func() { ch <- "b" }()\nfmt.Println(<-ch)')
    assert reply['status'] == 'ok'
    data = [c['data'] for t, c in msgs if t == 'display_data'][0]
    text = data['text/plain']
    assert text.startswith(f'explored cell{reply["execution_count"]}.go: 12 runs (seeds 1..12, virtual time): '
                           '2 distinct outcomes\n')
    assert '<table class="minigo-explore">' in data['text/html']
    reply, msgs, _ = execute(kc, '%%explore --runs x\nfmt.Println(1)')
    assert reply['status'] == 'error'
    assert reply['evalue'].startswith('invalid value "x" for flag -runs: parse error')


def test_program_cells_report_compile_errors_with_the_cells_columns(kc):
    reply, _, _ = execute(kc, '%%race\nx := 1\nfmt.Println(y)')
    assert reply['status'] == 'error'
    assert plain(reply['traceback']).split('\n') == ['2:1: declared and not used: x', '3:13: undefined: y']


def test_file_and_run(km_kc):
    km, kc = km_kc
    reply, msgs, _ = execute(kc, '%%file hello.go\npackage main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\n'
                                 'func main() {\n\tfmt.Println("hello,", os.Args[1])\n}')
    assert reply['status'] == 'ok' and stream(msgs) == 'Writing hello.go\n'
    assert (km.cwd / 'hello.go').read_text().startswith('package main\n')
    reply, msgs, _ = execute(kc, '%run hello.go gopher')
    assert reply['status'] == 'ok' and stream(msgs) == 'hello, gopher\n'
    reply, msgs, _ = execute(kc, '%run missing.go')
    assert reply['status'] == 'error' and reply['evalue'] == 'exit status 1'
    assert stream(msgs, 'stderr') == 'stat missing.go: no such file or directory\n'
    reply, msgs, _ = execute(kc, '%%file bad.go\npackage main\n\nfunc main() {\n\tx := 1\n}')
    reply, msgs, _ = execute(kc, '%run bad.go')
    assert reply['evalue'] == 'exit status 1'
    assert stream(msgs, 'stderr') == '# command-line-arguments\n./bad.go:4:2: declared and not used: x\n'


def test_seed_replays_a_select(kc):
    prog = ('%%race\na, b := make(chan int, 10), make(chan int, 10)\n'
            'for i := 0; i < 10; i++ { a <- i; b <- i }\n'
            'for i := 0; i < 10; i++ {\n\tselect {\n\tcase <-a:\n\t\tfmt.Print("a")\n'
            '\tcase <-b:\n\t\tfmt.Print("b")\n\t}\n}')
    outs = []
    for _ in range(2):
        reply, _, _ = execute(kc, '%seed 7')
        assert reply['status'] == 'ok'
        reply, msgs, _ = execute(kc, prog)
        assert reply['status'] == 'ok'
        outs.append(stream(msgs))
    assert outs[0] == outs[1] and set(outs[0]) == {'a', 'b'}
    reply, _, _ = execute(kc, '%seed x')
    assert reply['status'] == 'error' and reply['ename'] == 'usage error'


def test_unknown_magic(kc):
    reply, _, _ = execute(kc, '%%nosuch\n1')
    assert reply['status'] == 'error'
    assert reply['evalue'] == 'unknown cell magic %%nosuch (%lsmagic lists them)'


def test_restart_gives_a_fresh_session(kernel_path):
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name='minigo', startup_timeout=TIMEOUT)
    try:
        reply, _, _ = execute(kc, 'kept := 1')
        assert reply['status'] == 'ok'
        km.restart_kernel(now=True)
        kc.wait_for_ready(timeout=TIMEOUT)
        reply, _, _ = execute(kc, 'kept')
        assert reply['status'] == 'error' and reply['evalue'] == '1:1: undefined: kept'
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_line_magics_above_a_cell_magic(kc):
    reply, msgs, _ = execute(kc, '%virtual_time on\n' + PIPELINE)
    assert reply['status'] == 'ok'
    frame = [c['data']['text/html'] for t, c in msgs if t == 'display_data'][0]
    assert '&quot;clock&quot;:&quot;virtual&quot;' in frame
    reply, msgs, _ = execute(kc, '%virtual_time off\n' + RACY)
    # the racy line is one further down the cell
    assert re.search(rf'cell{reply["execution_count"]}\.go:9 ', stream(msgs, 'stderr'))


# ------------------------------------------------------------------ the example notebook

NOTEBOOK = os.path.join(ROOT, 'examples', 'notebooks', 'concurrency.ipynb')


def test_the_example_notebook_runs_end_to_end(kernel_path, tmp_path):
    nbformat = pytest.importorskip('nbformat')
    nbclient = pytest.importorskip('nbclient')
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for c in nb.cells:
        if c.cell_type == 'code':
            c.outputs = []
    nbclient.NotebookClient(nb, kernel_name='minigo', timeout=120,
                            resources={'metadata': {'path': str(tmp_path)}}).execute()
    cells = {c.id: c for c in nb.cells if c.cell_type == 'code'}

    def out(cid, kind='stdout'):
        return ''.join(o.text for o in cells[cid].outputs if o.output_type == 'stream' and o.name == kind)

    def results(cid, kind='execute_result'):
        return [o.data for o in cells[cid].outputs if o.output_type == kind]

    def error(cid):
        errs = [o for o in cells[cid].outputs if o.output_type == 'error']
        return (errs[0].ename, errs[0].evalue) if errs else None

    for cid, c in cells.items():
        assert (error(cid) is not None) == ('raises-exception' in c.metadata.get('tags', [])), cid
    # main goes on with goodbye(); hello's goroutine runs once the cell's code is done
    assert out('goroutines') == 'GoodBye World\nHello World\n'
    assert out('waitgroup') == 'worker 1 done\nworker 2 done\nworker 3 done\nall workers done\n'
    assert [d['text/plain'] for d in results('channels')] == ['30 // int']      # 1 + 4 + 9 + 16
    assert [d['text/plain'] for d in results('buffered')] == ['2 // int']
    assert out('select') == 'fast answer\n'
    assert error('race') == ('exit status', 'exit status 66')
    race = out('race', 'stderr')
    assert race.startswith('==================\nWARNING: DATA RACE\n')
    assert re.search(r'cell\d+\.go:8 ', race) and race.endswith('Found 1 data race(s)\n')
    assert out('mutex') == '2\n' and out('mutex', 'stderr') == ''
    assert error('deadlock') == ('fatal error', 'all goroutines are asleep - deadlock!')
    explored = results('explore', 'display_data')[0]['text/plain']
    assert re.match(r'explored cell\d+\.go: 20 runs \(seeds 1\.\.20, virtual time\): 2 distinct outcomes\n',
                    explored)
    assert 'from the first goroutine' in explored and 'from the second goroutine' in explored
    assert out('pipeline') == '1\n4\n9\n'
    timeline = results('pipeline', 'display_data')[0]
    assert timeline['text/plain'] == 'goroutine timeline: 3 goroutines, 6 channel hand-offs'
    assert timeline['text/html'].startswith('<iframe class="minigo-timeline" srcdoc=')


def test_interrupt_stops_a_program_cell(km_kc):
    km, kc = km_kc
    timer = threading.Timer(1.0, km.interrupt_kernel)
    timer.start()
    reply, msgs, _ = execute(kc, '%%race\nn := 0\nfor {\n\tn++\n}', timeout=30)
    timer.join()
    # as `go run` reports a program stopped by Ctrl-C
    assert (reply['ename'], reply['evalue']) == ('exit status', 'exit status 130')
    assert stream(msgs, 'stderr') == 'signal: interrupt\n'
    reply, msgs, _ = execute(kc, ':quit')
    assert reply['status'] == 'error' and reply['evalue'].startswith(':quit does not apply in a notebook')


def test_virtual_time_in_the_session(kc):
    reply, _, _ = execute(kc, '%virtual_time on')
    assert reply['status'] == 'ok'
    try:
        t0 = time.monotonic()
        reply, msgs, _ = execute(kc, 'start := time.Now()\ntime.Sleep(time.Hour)\n'
                                     'done := make(chan bool)\ntime.AfterFunc(time.Minute, func() { done <- true })\n'
                                     '<-done\ntime.Since(start)')
        assert reply['status'] == 'ok'
        assert result(msgs) == '1h1m0s // time.Duration'
        assert time.monotonic() - t0 < 10
    finally:
        execute(kc, '%virtual_time off')
    reply, msgs, _ = execute(kc, 'start := time.Now()\ntime.Sleep(30 * time.Millisecond)\n'
                                 'time.Since(start) >= 30*time.Millisecond')
    assert result(msgs) == 'true // bool'
