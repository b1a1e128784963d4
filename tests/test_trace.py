"""minigo run --trace: Chrome trace-event JSON of the goroutines, and the HTML
page drawn from it (`minigo trace`). The browser check runs only when a
Chromium is installed (scripts/trace_screenshot.py)."""
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from conftest import run_minigo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

POOL = '''package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 10
	}
}

func main() {
	jobs := make(chan int)        // unbuffered: direct hand-offs
	results := make(chan int, 2)  // buffered: values wait in the buffer
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for j := 1; j <= 5; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
'''
N_MESSAGES = 10     # 5 jobs + 5 results


def _run(tmp_path, *flags, seed=1, src=POOL):
    prog = tmp_path / 'pool.go'
    prog.write_text(src)
    out = tmp_path / 'pool.json'
    r = run_minigo(['run', '--seed', str(seed), *flags,
                        '--trace', str(out), str(prog)], text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == '150\n'
    return json.loads(out.read_text())


@pytest.mark.parametrize('seed', [1, 2, 3, 7])
@pytest.mark.parametrize('vt', [True, False])
def test_worker_pool_tracks_and_flows(tmp_path, seed, vt):
    d = _run(tmp_path, *(['--virtual-time'] if vt else []), seed=seed)
    ev = d['traceEvents']
    names = {e['tid']: e['args']['name'] for e in ev if e['ph'] == 'M' and e['name'] == 'thread_name'}
    # one track per goroutine, named by its creation site
    assert sorted(names) == [1, 2, 3, 4, 5, 6]
    assert names[1] == 'main.main (G1)'
    assert [names[g] for g in (2, 3, 4)] == [f'main.worker (G{g})' for g in (2, 3, 4)]
    assert names[5] == 'main.main.func1 (G5)' and names[6] == 'main.main.func2 (G6)'
    assert 'pool.go:21' in d['otherData']['goroutines']['2']['created']
    # every slice lies on a named track; every goroutine ran
    slices = [e for e in ev if e['ph'] == 'X']
    assert {e['tid'] for e in slices} == set(names)
    assert all(e['dur'] >= 0 for e in slices)
    running = {e['tid'] for e in slices if e['name'] == 'running'}
    assert running == set(names)
    states = Counter(e['name'] for e in slices)
    assert states['chan receive'] > 0 and states['sync.WaitGroup.Wait'] == 1
    # one flow per message: an "s" and an "f" with the same id
    s = {e['id']: e for e in ev if e['ph'] == 's'}
    f = {e['id']: e for e in ev if e['ph'] == 'f'}
    assert len(s) == len(f) == N_MESSAGES
    assert set(s) == set(f)
    for fid, start in s.items():
        end = f[fid]
        assert end['ts'] >= start['ts']
        assert end['bp'] == 'e'
        assert start['args']['channel'] == end['args']['channel']
    # jobs go from the feeder (G5) to the workers, results from the workers to main
    pairs = Counter((s[i]['tid'], f[i]['tid']) for i in s)
    assert sum(n for (a, b), n in pairs.items() if a == 5 and b in (2, 3, 4)) == 5
    assert sum(n for (a, b), n in pairs.items() if a in (2, 3, 4) and b == 1) == 5


def test_flow_ends_inside_receivers_blocked_slice(tmp_path):
    src = '''package main

import "fmt"

func main() {
	c := make(chan string)
	go func() { c <- "hi" }()
	fmt.Println(<-c)
}
'''
    prog = tmp_path / 'p.go'
    prog.write_text(src)
    out = tmp_path / 'p.json'
    r = run_minigo(['run', '--virtual-time', '--seed', '1',
                        '--trace', str(out), str(prog)], text=True)
    assert r.stdout == 'hi\n'
    ev = json.loads(out.read_text())['traceEvents']
    (fl,) = [e for e in ev if e['ph'] == 'f']
    (st,) = [e for e in ev if e['ph'] == 's']
    assert (st['tid'], fl['tid']) == (2, 1)
    recv = [e for e in ev if e['ph'] == 'X' and e['tid'] == 1 and e['name'] == 'chan receive']
    assert any(e['ts'] <= fl['ts'] <= e['ts'] + e['dur'] for e in recv)
    sender_running = [e for e in ev if e['ph'] == 'X' and e['tid'] == 2 and e['name'] == 'running']
    assert any(e['ts'] <= st['ts'] <= e['ts'] + e['dur'] for e in sender_running)


def test_park_reasons_become_slices(tmp_path):
    src = '''package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	a, b := make(chan int), make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		a <- 1
		mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	select {
	case v := <-a:
		fmt.Println(v)
	case v := <-b:
		fmt.Println(v)
	}
}
'''
    prog = tmp_path / 'p.go'
    prog.write_text(src)
    out = tmp_path / 'p.json'
    run_minigo(['run', '--virtual-time', '--seed', '1',
                    '--trace', str(out), str(prog)], check=True)
    d = json.loads(out.read_text())
    names = {e['name'] for e in d['traceEvents'] if e['ph'] == 'X'}
    assert {'running', 'sleep', 'sync.Mutex.Lock', 'select'} <= names
    sleep = [e for e in d['traceEvents'] if e['ph'] == 'X' and e['name'] == 'sleep']
    assert sleep[0]['dur'] >= 990        # virtual µs: the 1ms sleep (less the 1µs event steps)
    assert d['otherData']['clock'] == 'virtual'


def test_trace_html_self_contained(tmp_path):
    d = _run(tmp_path, '--virtual-time')
    from minigo.tracehtml import render_html, summarize
    s = summarize(d)
    assert len(s['tracks']) == 6 and len(s['flows']) == N_MESSAGES
    page = render_html(d)
    assert '<svg' in page and 'main.worker (G2)' in page
    assert 'http://' not in page.replace('http://www.w3.org/2000/svg', '')
    assert 'https://' not in page and '<link' not in page and 'src=' not in page
    # the command line forms
    html1 = tmp_path / 'a.html'
    r = run_minigo(['trace', str(tmp_path / 'pool.json'), '-o', str(html1)], text=True)
    assert r.returncode == 0 and html1.read_text() == page
    html2 = tmp_path / 'b.html'
    r = run_minigo(['run', '--seed', '1', '--virtual-time', '--trace-html',
                        str(html2), str(tmp_path / 'pool.go')], text=True)
    assert r.stdout == '150\n' and 'main.worker (G4)' in html2.read_text()


@pytest.mark.skipif(not any(shutil.which(n) for n in ('chromium', 'chromium-browser', 'google-chrome')),
                    reason='no chromium installed')
def test_browser_draws_tracks_and_arrows(tmp_path):
    prog = tmp_path / 'pool.go'
    prog.write_text(POOL)
    r = subprocess.run([sys.executable, 'scripts/trace_screenshot.py', str(prog), '--out', str(tmp_path / 'shot'),
                        '--expect-tracks', '6', '--expect-flows', str(N_MESSAGES)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert 'tracks=6' in r.stdout and f'flows={N_MESSAGES}' in r.stdout
    assert (tmp_path / 'shot' / 'pool.png').stat().st_size > 10000
