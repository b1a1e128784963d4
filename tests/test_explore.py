"""minigo explore: runs a program under many scheduling seeds and lists the
distinct outcomes; the seed it reports reproduces the outcome with run --seed."""
import os
import re

from conftest import run_minigo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Four channels are ready when the select runs; Go picks one at random. Only
# the d branch waits for a second value that never comes: a deadlock on
# about a quarter of the schedules.
RARE_DEADLOCK = '''package main

import "fmt"

func main() {
	a, b, c, d := make(chan int, 1), make(chan int, 1), make(chan int, 1), make(chan int, 1)
	done := make(chan bool)
	a <- 1
	b <- 2
	c <- 3
	d <- 4
	go func() {
		select {
		case v := <-a:
			fmt.Println("got", v)
		case v := <-b:
			fmt.Println("got", v)
		case v := <-c:
			fmt.Println("got", v)
		case v := <-d:
			fmt.Println("got", v)
			<-d
		}
		done <- true
	}()
	<-done
	fmt.Println("finished")
}
'''

DETERMINISTIC = '''package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(time.Hour)   // virtual time: no wait
		c <- 42
	}()
	fmt.Println(<-c)
}
'''


def _minigo(*args, **kw):
    return run_minigo(args, text=True, **kw)


def test_explore_finds_rare_deadlock_and_seed_reproduces_it(tmp_path):
    prog = tmp_path / 'rare.go'
    prog.write_text(RARE_DEADLOCK)
    r = _minigo('explore', '--runs', '60', str(prog))
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    assert '60 runs (seeds 1..60, virtual time)' in out
    # four outcomes: got 1/2/3 + finished, and the deadlock after "got 4"
    m = re.search(r'(\d+) distinct outcomes', out)
    assert m and int(m.group(1)) == 4
    rows = re.findall(r'^\s*(\d+)\s+(\d+)\s+[\d.]+%\s+(\d+)\s+(\d+)\s+(.*?)\s{2,}', out, re.M)
    dead = [row for row in rows if 'deadlock' in row[4]]
    assert len(dead) == 1
    _, count, code, seed, _ = dead[0]
    assert code == '2' and 0 < int(count) < 30     # a minority of the schedules
    assert sum(int(row[1]) for row in rows) == 60
    # seed 1 is Go's own order; the others draw the schedule from the seed
    sched = [] if seed == '1' else ['--sched', 'random']
    assert f'reproduce: minigo run --virtual-time {" ".join(sched + [""])}--seed {seed} {prog}' in out
    # the reported seed reproduces the deadlock, every time
    for _ in range(2):
        rr = _minigo('run', '--virtual-time', *sched, '--seed', seed, str(prog))
        assert rr.returncode == 2
        assert rr.stdout == 'got 4\n'
        assert rr.stderr.startswith('fatal error: all goroutines are asleep - deadlock!')
    # and the seeds of the other outcomes reproduce them
    ok = re.search(r'ok \(exit status 0\).*?reproduce: minigo run (--virtual-time .*?--seed \d+)', out, re.S)
    rr = _minigo('run', *ok.group(1).split(), str(prog))
    assert rr.returncode == 0 and rr.stdout.endswith('finished\n')


def test_explore_single_outcome_exit_0(tmp_path):
    prog = tmp_path / 'det.go'
    prog.write_text(DETERMINISTIC)
    r = _minigo('explore', '--runs', '20', '-q', str(prog), timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert ': 1 outcome' in r.stdout
    assert re.search(r'^1\s+20\s+100\.0%\s+0\s+1\s+ok\s+42⏎$', r.stdout, re.M), r.stdout


def test_explore_program_args_and_exit_codes(tmp_path):
    prog = tmp_path / 'args.go'
    prog.write_text('''package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Args[1:])
	os.Exit(len(os.Args))
}
''')
    r = _minigo('explore', '--runs', '3', '-q', str(prog), '--', 'x', 'y')
    assert r.returncode == 0
    assert '[x y]⏎' in r.stdout and re.search(r'^1\s+3\s+100\.0%\s+3\s', r.stdout, re.M)


def test_explore_matches_subprocess_runs(tmp_path):
    """In-process runs (the default) give the same outcomes as child processes."""
    prog = tmp_path / 'rare.go'
    prog.write_text(RARE_DEADLOCK)
    # a generous per-run timeout: a child process on a loaded machine must not time out
    a = _minigo('explore', '--runs', '12', '-q', '--timeout', '120', str(prog))
    b = _minigo('explore', '--runs', '12', '-q', '--timeout', '120', '--subprocess', str(prog), timeout=900)
    assert a.stdout == b.stdout and a.returncode == b.returncode


def test_explore_race_exits_66_when_a_run_found_a_race():
    """As `go run -race` exits 66: explore --race says so in its status too
    (a race hidden among outcomes would otherwise exit 0 or 1)."""
    racy = os.path.join(ROOT, 'tests', 'race', 'racy', 'counter.go')
    clean = os.path.join(ROOT, 'tests', 'race', 'clean', 'channels.go')
    r = _minigo('explore', '--race', '--runs', '3', '-q', racy, timeout=300)
    assert r.returncode == 66, r.stdout + r.stderr
    assert 'DATA RACE' in r.stdout
    r = _minigo('explore', '--runs', '3', '-q', racy, timeout=300)
    assert r.returncode in (0, 1) and 'DATA RACE' not in r.stdout, r.stdout + r.stderr
    r = _minigo('explore', '--race', '--runs', '3', '-q', clean, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_explore_usage_errors(tmp_path):
    assert _minigo('explore').returncode == 2
    assert _minigo('explore', '--runs', 'x', 'a.go').returncode == 2
    r = _minigo('explore', '--help')
    assert r.returncode == 0 and 'Exit status: 0 if every run had the same outcome, 1 if' in r.stdout
    bad = tmp_path / 'bad.go'
    bad.write_text('package main\n\nfunc main() { x := 1 }\n')
    r = _minigo('explore', str(bad))
    assert r.returncode == 2 and 'declared and not used: x' in r.stderr


def test_outcome_key_ignores_goroutine_dump():
    from minigo.explore import outcome_key
    e1 = b'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n'
    e2 = b'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\nmain.main()\n'
    k1, s1 = outcome_key(b'x\n', e1, 2)
    k2, s2 = outcome_key(b'x\n', e2, 2)
    assert k1 == k2 and s1 == 'fatal error: all goroutines are asleep - deadlock!'
    k3, _ = outcome_key(b'y\n', e1, 2)
    assert k3 != k1
    _, s = outcome_key(b'', b'', 0)
    assert s == 'ok'
