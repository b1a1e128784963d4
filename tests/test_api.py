"""minigo as a library: minigo.run / minigo.check, and the isolation of runs
(one after another, and at once on two threads) that the run context gives."""
import os
import subprocess
import threading

import minigo
from conftest import minigo_script, clean_env

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n'

# Prints what it read, its args and an environment variable it then changes:
# a run that saw another's stdin, args, output or environment would show it.
ECHO = '''package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

var counter int

func main() {
	counter++
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println("read:", in.Text())
	}
	fmt.Println("args:", os.Args[1:], "env:", os.Getenv("MINIGO_API_TEST"), "counter:", counter)
	os.Setenv("MINIGO_API_TEST", "changed")
	var wg sync.WaitGroup
	ch := make(chan int, 100)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); ch <- i }()
	}
	wg.Wait()
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
}
'''

# Output depends on the schedule: the seed must replay it in any process.
SCHEDULE = '''package main

import "fmt"

func main() {
	done := make(chan bool)
	out := make(chan int, 64)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 4; j++ {
				select {
				case out <- i*10 + j:
				default:
				}
			}
			done <- true
		}()
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
'''


def test_run_returns_output_and_exit_code():
    r = minigo.run(HELLO)
    assert (r.stdout, r.stderr, r.exit_code, r.timed_out) == (b'hello\n', b'', 0, False)


def test_run_reports_panics_and_compile_errors_as_go_does():
    r = minigo.run('package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n')
    assert r.exit_code == 2
    assert r.stderr.startswith(b'panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n')
    r = minigo.run('package main\n\nfunc main() {\n\tx := 1\n}\n', filename='a.go')
    assert (r.exit_code, r.stderr) == (1, b'# command-line-arguments\n./a.go:4:2: declared and not used: x\n')
    assert [str(d) for d in r.diagnostics] == ['./a.go:4:2: declared and not used: x']


def test_check_gives_diagnostics_as_data():
    d, = minigo.check('package main\n\nfunc main() {\n\t_ = "é"; x := 1\n}\n')  # go1.27.3: 4:12
    assert (d.file, d.line, d.column, d.message) == ('./prog.go', 4, 12, 'declared and not used: x')
    assert minigo.check(HELLO) == []


def test_timeout_stops_an_endless_program():
    r = minigo.run('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', timeout=0.5)
    assert r.timed_out and r.exit_code != 0


def test_stdin_args_env_are_the_runs_own():
    env = {'MINIGO_API_TEST': 'first'}
    r = minigo.run(ECHO, args=['a', 'b'], stdin=b'x\ny\n', env=env)
    assert r.stdout == b'read: x\nread: y\nargs: [a b] env: first counter: 1\nsum: 1225\n', r.stderr
    assert env == {'MINIGO_API_TEST': 'first'} and 'MINIGO_API_TEST' not in os.environ
    # a second run in the same process starts from scratch: package variables too
    r = minigo.run(ECHO, env=env)
    assert r.stdout == b'args: [] env: first counter: 1\nsum: 1225\n'


def test_two_runs_on_two_threads_are_isolated():
    results = {}

    def go(name, n):
        results[name] = [minigo.run(ECHO, args=[name], stdin=f'{name}\n'.encode() * n,
                                    env={'MINIGO_API_TEST': name}) for _ in range(3)]

    ts = [threading.Thread(target=go, args=('one', 2)), threading.Thread(target=go, args=('two', 3))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for name, n in (('one', 2), ('two', 3)):
        want = (f'read: {name}\n' * n + f'args: [{name}] env: {name} counter: 1\nsum: 1225\n').encode()
        assert [r.stdout for r in results[name]] == [want] * 3
        assert all(r.exit_code == 0 and r.stderr == b'' for r in results[name])


def test_seeded_runs_replay_in_process_on_threads_and_in_a_child_process(tmp_path):
    seeds = range(1, 7)
    first = {s: minigo.run(SCHEDULE, seed=s, sched='random').stdout for s in seeds}
    assert len(set(first.values())) > 1, 'the program should depend on the schedule'
    concurrent = {}

    def go(s):
        concurrent[s] = minigo.run(SCHEDULE, seed=s, sched='random').stdout
    ts = [threading.Thread(target=go, args=(s,)) for s in seeds]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert concurrent == first
    prog = tmp_path / 'sched.go'
    prog.write_text(SCHEDULE)
    for s in (1, 2):
        child = subprocess.run([minigo_script(), 'run', '--sched', 'random', '--seed', str(s), str(prog)], capture_output=True,
                               env=clean_env(), timeout=120)
        assert child.stdout == first[s]


def test_library_import_does_not_load_cli_or_repl():
    code = ('import sys, minigo; minigo.run(%r); minigo.check(%r); '
            'print(sorted(m for m in sys.modules if m in ("minigo.cli", "minigo.repl", "prompt_toolkit")))'
            % (HELLO, HELLO))
    import sys
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=clean_env(),
                       cwd=os.path.dirname(os.path.abspath(__file__)) + '/..', timeout=120)
    assert r.stdout.strip() == '[]', r.stderr


def test_checks_on_two_threads_keep_their_own_scanner_errors():
    """One post-lexer serves every parse: its error list must be the thread's."""
    filler = '\tz := 1\n\t_ = z\n' * 800      # long enough for the threads to interleave
    progs = {
        'a.go': 'package main\n\nfunc main() {\n' + filler + '\tx := 0x\n\t_ = x\n}\n',
        'b.go': 'package main\n\nfunc main() {\n' + filler + '\ty := 1__0\n\t_ = y\n}\n',
    }
    want = {name: [str(d) for d in minigo.check(src, filename=name)] for name, src in progs.items()}
    assert all(want.values()) and want['a.go'] != want['b.go']
    got = {name: [] for name in progs}

    def go(name):
        for _ in range(4):
            got[name].append([str(d) for d in minigo.check(progs[name], filename=name)])
    ts = [threading.Thread(target=go, args=(name,)) for name in progs]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for name in progs:
        assert got[name] == [want[name]] * 4


def test_standard_tables_are_each_runs_own():
    # unicode's range tables are package variables: one run changing them
    # must not change what the next run sees
    src = '''package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.Letter.R16[0].Lo, unicode.Is(unicode.Han, '世'))
	unicode.Letter.R16[0].Lo = 99
	unicode.Han.R16 = nil
}
'''
    for _ in range(2):
        r = minigo.run(src)
        assert (r.stdout, r.stderr, r.exit_code) == (b'65 true\n', b'', 0)
