"""The trace page's story (issue 15): what `tracehtml.summarize` makes of a
trace - idle gaps collapsed, goroutines grouped by creation site, mutex
hand-offs, per-goroutine totals, channel names and colours, blocking lines -
and what the tracer records for it; then the page itself in Chromium (skipped
when none is installed), checked through scripts/trace_screenshot.py.

Synthetic traces pin the arithmetic; real runs (on the virtual clock, so
they repeat) pin what the tracer records."""
import json
import os
import shutil
import subprocess
import sys

import pytest

import minigo
from conftest import run_minigo
from minigo.tracehtml import TraceError, render_html, summarize
from minigo.tracehtml import summary as S

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGS = os.path.join(ROOT, 'tests', 'trace_programs')
HAVE_CHROMIUM = any(shutil.which(n) for n in ('chromium', 'chromium-browser', 'google-chrome'))


def _trace_json(tmp_path, src, name='prog.go'):
    prog = tmp_path / name
    prog.write_text(src)
    out = tmp_path / 'trace.json'
    r = run_minigo(['run', '--virtual-time', '--seed', '1', '--trace', str(out), str(prog)], text=True)
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text())


# ------------------------------------------------------------------ synthetic traces

def _x(tid, name, ts, dur, **args):
    e = {'ph': 'X', 'name': name, 'cat': 'state', 'pid': 1, 'tid': tid, 'ts': ts, 'dur': dur}
    if args:
        e['args'] = args
    return e


def _meta(tid, name, created=''):
    return {'ph': 'M', 'name': 'thread_name', 'pid': 1, 'tid': tid, 'args': {'name': f'{name} (G{tid})'}}


def test_a_long_idle_gap_is_collapsed_and_short_ones_are_not():
    # 600 µs of activity around a 4000 µs stretch where G1 sleeps, then 5 µs idle
    ev = [_meta(1, 'main.main'),
          _x(1, 'running', 0, 300), _x(1, 'sleep', 300, 4000),
          _x(1, 'running', 4300, 200), _x(1, 'sleep', 4500, 5), _x(1, 'running', 4505, 100)]
    d = summarize({'traceEvents': ev})
    assert d['breaks'] == [[300.0, 4300.0]]
    assert S.busy_intervals(d['slices']) == [[0.0, 300.0], [4300.0, 4500.0], [4505.0, 4605.0]]


def test_no_break_when_idle_time_is_small_next_to_the_work():
    ev = [_meta(1, 'main.main'), _x(1, 'running', 0, 1000), _x(1, 'sleep', 1000, 200),
          _x(1, 'running', 1200, 1000)]
    assert summarize({'traceEvents': ev})['breaks'] == []


def test_breaks_are_the_longest_gaps_and_at_most_max_breaks():
    ev = [_meta(1, 'main.main')]
    t = 0.0
    for i in range(S.MAX_BREAKS + 5):
        ev.append(_x(1, 'running', t, 10))
        ev.append(_x(1, 'sleep', t + 10, 1000 + i))     # later gaps are longer
        t += 1010 + i
    ev.append(_x(1, 'running', t, 10))
    br = summarize({'traceEvents': ev})['breaks']
    assert len(br) == S.MAX_BREAKS
    lengths = sorted(b - a for a, b in br)
    assert lengths == [1000 + i for i in range(5, S.MAX_BREAKS + 5)]
    assert br == sorted(br)


def test_goroutines_of_one_go_statement_are_grouped():
    gors = {str(t): {'name': 'main.worker', 'created': f'created at prog.go:12 by goroutine 1'} for t in range(2, 9)}
    gors['9'] = {'name': 'main.main.func1', 'created': 'created at prog.go:20 by goroutine 1'}
    gors['10'] = {'name': 'main.worker', 'created': 'created at prog.go:30 by goroutine 9'}   # another go statement
    gors['11'] = {'name': 'main.main.func2', 'created': 'created at prog.go:21 by goroutine 1'}
    gors['12'] = {'name': 'main.main.func2', 'created': 'created at prog.go:21 by goroutine 9'}
    ev = [_meta(1, 'main.main')] + [_meta(int(t), g['name']) for t, g in gors.items()]
    ev += [_x(int(t), 'running', 10 * int(t), 5) for t in gors] + [_x(1, 'running', 0, 5)]
    d = summarize({'traceEvents': ev, 'otherData': {'goroutines': gors}})
    (workers, func2) = d['groups']
    assert workers['tids'] == [2, 3, 4, 5, 6, 7, 8] and workers['count'] == 7
    assert workers['name'] == 'main.worker' and workers['created'] == 'created at prog.go:12'
    assert workers['folded']                          # FOLD_AT or more start folded
    assert func2['tids'] == [11, 12] and not func2['folded']
    # members right after each other, in the place of the first one
    assert [t['tid'] for t in d['tracks']] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert {t['tid']: t['group'] for t in d['tracks']}[10] == -1


def test_a_group_profile_counts_its_members_states():
    ev = [_x(2, 'running', 0, 10), _x(2, 'chan receive', 10, 20),
          _x(3, 'runnable', 0, 5), _x(3, 'running', 5, 10), _x(3, 'chan receive', 15, 15)]
    slices = summarize(ev)['slices']
    states = ['running', 'runnable', 'chan receive']
    assert S.profile(slices, {2, 3}, states) == [
        [0.0, [1, 1, 0]], [5.0, [2, 0, 0]], [10.0, [1, 0, 1]], [15.0, [0, 0, 2]], [30.0, [0, 0, 0]]]


def test_totals_split_blocked_time_by_reason():
    ev = [_x(2, 'runnable', 0, 4), _x(2, 'running', 4, 10),
          _x(2, 'chan receive', 14, 30, at='prog.go:9'), _x(2, 'running', 44, 2),
          _x(2, 'sync.Mutex.Lock', 46, 50, at='prog.go:11'), _x(2, 'running', 96, 1),
          _x(2, 'chan receive', 97, 25, at='prog.go:9'), _x(2, 'running', 122, 3),
          {'ph': 'i', 'name': 'exit', 'tid': 2, 'ts': 125}]
    t = summarize(ev)['totals']['2']
    assert t['running'] == 16 and t['runnable'] == 4 and t['blocked'] == 105
    assert t['reasons'] == {'chan receive': 55, 'sync.Mutex.Lock': 50}
    assert t['at'] == 'prog.go:9'          # where it was blocked longest, over both waits
    assert t['exited'] == 125


def test_old_traces_without_channel_ids_still_draw():
    ev = [_x(1, 'chan receive', 0, 10, channel='chan#1 (cap 0)'),
          {'ph': 's', 'id': 1, 'cat': 'chan', 'tid': 2, 'ts': 5, 'args': {'channel': 'chan#1 (cap 0)'}},
          {'ph': 'f', 'id': 1, 'cat': 'chan', 'tid': 1, 'ts': 9, 'args': {'channel': 'chan#1 (cap 0)'}}]
    d = summarize({'traceEvents': ev})
    (c,) = d['channels']
    assert c['label'] == 'chan#1 (cap 0)' and c['handoffs'] == 1
    assert d['flows'][0][S.F_KEY] == c['key'] and d['slices'][0][S.S_KEYS] == [c['key']]


@pytest.mark.parametrize('bad', [5, 'x', {'traceEvents': 3}, [{'ph': 'X', 'ts': 'soon'}]])
def test_not_a_trace_is_a_trace_error(bad):
    with pytest.raises(TraceError):
        summarize(bad)


def test_minigo_trace_rejects_a_malformed_file_without_a_traceback(tmp_path):
    p = tmp_path / 'bad.json'
    p.write_text('{"traceEvents": 3}')
    r = run_minigo(['trace', str(p), '-o', str(tmp_path / 'o.html')], text=True)
    assert r.returncode == 1
    assert r.stderr.startswith('minigo trace: ') and 'not a trace JSON file' in r.stderr
    assert 'Traceback' not in r.stderr


# ------------------------------------------------------------------ what the tracer records

CHANNELS = '''package main

import "fmt"

type Pool struct {
	jobs chan int
	out  chan int
}

func (p *Pool) start() {
	p.out = make(chan int, 1)
}

func stage() chan int {
	out := make(chan int, 1)
	return out
}

func sink(c chan int) { c <- 1 }

var done = make(chan bool, 1)

func main() {
	jobs := make(chan int, 1)
	p := &Pool{jobs: make(chan int, 1)}
	p.start()
	a, b := stage(), stage()
	go sink(make(chan int, 1))
	var chans [2]chan string
	for i := range chans {
		chans[i] = make(chan string, 1)
	}
	jobs <- 1
	p.jobs <- 2
	p.out <- 3
	a <- 4
	b <- 5
	done <- true
	chans[1] <- "x"
	fmt.Println(<-jobs, <-p.jobs, <-p.out, <-a, <-b, <-done, <-chans[1])
}
'''


def test_channels_are_named_by_variable_field_or_make_site(tmp_path):
    # in a temporary directory: positions name the file alone, not its path
    d = _trace_json(tmp_path, CHANNELS)
    meta = d['otherData']['channels']
    names = [c['name'] for _, c in sorted(meta.items(), key=lambda kv: int(kv[0]))]
    assert names == ['done', 'jobs', 'Pool.jobs', 'p.out', 'out', 'out', 'make(chan int, 1) at prog.go:28',
                     'chans[i]', 'chans[i]']
    assert meta['1']['made'] == 'prog.go:21' and meta['1']['func'] == ''
    assert meta['4']['func'] == 'Pool.start' and meta['5']['func'] == 'stage' and meta['5']['cap'] == 1
    # the page: labels unique where names repeat, a colour per channel
    chans = {c['key']: c for c in summarize(d)['channels']}
    assert [chans[k]['label'] for k in ('2', '3', '5', '6', '9')] == [
        'jobs', 'Pool.jobs', 'out #1', 'out #2', 'chans[i] #2']
    assert '8' not in chans          # never used: not in the legend
    assert chans['1']['label'] == 'done'
    assert len({c['color'] for c in chans.values()}) == len(chans)


def test_many_channels_share_a_colour_per_make_site():
    ev = []
    meta = {}
    for i in range(1, 21):
        ev += [{'ph': 's', 'id': i, 'cat': 'chan', 'tid': 2, 'ts': i, 'args': {'channel': 'done', 'chan_id': i}},
               {'ph': 'f', 'id': i, 'cat': 'chan', 'tid': 1, 'ts': i + .5, 'args': {'channel': 'done', 'chan_id': i}}]
        meta[str(i)] = {'name': 'done', 'var': 'done', 'func': 'main', 'made': 'prog.go:9', 'cap': 0}
    ev.append({'ph': 's', 'id': 99, 'cat': 'chan', 'tid': 2, 'ts': 30, 'args': {'channel': 'jobs', 'chan_id': 21}})
    ev.append({'ph': 'f', 'id': 99, 'cat': 'chan', 'tid': 1, 'ts': 31, 'args': {'channel': 'jobs', 'chan_id': 21}})
    meta['21'] = {'name': 'jobs', 'var': 'jobs', 'func': 'main', 'made': 'prog.go:8', 'cap': 0}
    chans = summarize({'traceEvents': ev, 'otherData': {'channels': meta}})['channels']
    assert len(chans) == 21
    assert len({c['color'] for c in chans if c['name'] == 'done'}) == 1
    assert chans[-1]['color'] != chans[0]['color']
    assert [c['label'] for c in chans[:2]] == ['done #1', 'done #2']


POOL = open(os.path.join(PROGS, 'pool51.go')).read()


def test_blocked_slices_name_their_source_line(tmp_path):
    d = _trace_json(tmp_path, POOL, 'pool51.go')
    blocked = [e for e in d['traceEvents'] if e['ph'] == 'X' and e['name'] not in ('running', 'runnable')]
    at = {(e['name'], e['args'].get('at'), e['args'].get('func')) for e in blocked}
    lines = POOL.splitlines()
    # the worker's `for j := range jobs`, its Sleep and its send; main's range; the WaitGroup
    for state, line, func in [('chan receive', 'for j := range jobs', 'main.worker'),
                              ('sleep', 'time.Sleep(4 * time.Millisecond)', 'main.worker'),
                              ('chan receive', 'for r := range results', 'main.main'),
                              ('sync.WaitGroup.Wait', 'wg.Wait()', 'main.main.func2')]:
        n = next(i for i, s in enumerate(lines, 1) if line in s)
        assert (state, f'pool51.go:{n}', func) in at, (state, n)
    assert all(e['args'].get('at', '').startswith('pool51.go:') for e in blocked)
    recv = [e for e in blocked if e['name'] == 'chan receive' and e['args']['func'] == 'main.worker']
    assert {e['args']['channel'] for e in recv} == {'jobs'}


CONTENTION = open(os.path.join(PROGS, 'contention.go')).read()


def test_mutex_hand_offs_go_from_the_unlocker_to_the_lock_it_woke(tmp_path):
    d = _trace_json(tmp_path, CONTENTION, 'contention.go')
    ev = d['traceEvents']
    s = {e['id']: e for e in ev if e['ph'] == 's' and e['cat'] == 'mutex'}
    f = {e['id']: e for e in ev if e['ph'] == 'f' and e['cat'] == 'mutex'}
    assert len(s) >= 10 and set(s) == set(f)
    slices = [e for e in ev if e['ph'] == 'X']

    def state_at(tid, t):
        return {e['name'] for e in slices if e['tid'] == tid and e['ts'] <= t <= e['ts'] + e['dur']}
    for i, start in s.items():
        end = f[i]
        assert start['tid'] != end['tid'] and end['ts'] > start['ts']
        assert start['args']['lock'] == 'sync.Mutex #1'
        assert 'running' in state_at(start['tid'], start['ts'])            # the Unlock
        # the woken goroutine waited in Lock up to the hand-off and got the lock
        waits = [e for e in slices if e['tid'] == end['tid'] and e['name'] == 'sync.Mutex.Lock'
                 and e['ts'] <= start['ts'] <= e['ts'] + e['dur']]
        assert waits, (start, end)
    flows = [fl for fl in summarize(d)['flows'] if fl[S.F_KIND] == 'mutex']
    assert len(flows) == len(s)


def test_no_tracer_call_without_tracing(monkeypatch):
    from minigo.runtime import tracer

    def boom(*a, **k):
        raise AssertionError('traced without --trace')
    for name in ('chan_made', 'wake', 'acquired', 'handoff', 'put', 'take'):
        monkeypatch.setattr(tracer.Tracer, name, boom)
    r = minigo.run(CONTENTION, filename='contention.go', virtual_time=True)
    assert r.exit_code == 0 and r.stdout == b'15 15 10\n'


def test_the_page_embeds_the_summary_and_no_network(tmp_path):
    d = _trace_json(tmp_path, POOL, 'pool51.go')
    page = render_html(d)
    assert 'main.worker (G2)' in page and '"breaks"' in page and 'id="summary"' in page
    assert 'https://' not in page and '<link' not in page and 'src=' not in page
    assert 'http://' not in page.replace('http://www.w3.org/2000/svg', '')
    s = summarize(d)
    (g,) = s['groups']
    assert g['count'] == 51 and g['folded'] and g['name'] == 'main.worker'
    assert s['breaks'], 'the workers sleep 4 ms with nothing else to do: an idle gap'
    assert [c['label'] for c in s['channels']] == ['jobs', 'results']


# ------------------------------------------------------------------ in a browser

def _shot(tmp_path, *args):
    r = subprocess.run([sys.executable, 'scripts/trace_screenshot.py', *args, '--out', str(tmp_path / 'shot')],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


@pytest.mark.skipif(not HAVE_CHROMIUM, reason='no chromium installed')
def test_browser_pool_is_grouped_named_searchable(tmp_path):
    out = _shot(tmp_path, os.path.join(PROGS, 'pool51.go'), '--search', 'jobs', '--expect-groups', '1',
                '--expect-channel', 'jobs', '--expect-channel', 'results', '--expect-colours', '2',
                '--expect-source', '--expect-breaks', '--expect-hits')
    assert 'groups: \u25b8 main.worker \u00d751' in out            # folded, with its count
    assert 'table=54+1' in out                                       # a row per goroutine, one per group
    assert 'tracks=3 ' in out                                        # main, the feeder, the closer
    assert 'blocked at pool51.go:' in out
    assert (tmp_path / 'shot' / 'pool51.png').stat().st_size > 10000


@pytest.mark.skipif(not HAVE_CHROMIUM, reason='no chromium installed')
def test_browser_contention_draws_mutex_arrows(tmp_path):
    out = _shot(tmp_path, os.path.join(PROGS, 'contention.go'), '--expand', '--expect-mutex',
                '--expect-groups', '1', '--expect-tracks', '9', '--expect-source')
    assert 'groups: \u25be main.main.func1 \u00d78' in out          # unfolded by #expand
    assert 'legend: running, runnable, sleep, sync.Mutex.Lock, sync.WaitGroup.Wait' in out


@pytest.mark.skipif(not HAVE_CHROMIUM, reason='no chromium installed')
def test_browser_clicking_a_group_row_unfolds_it(tmp_path):
    out = _shot(tmp_path, os.path.join(PROGS, 'pool51.go'), '--click-group', '--search', 'pool51.go:14',
                '--expect-tracks', '54', '--expect-hits')
    assert 'groups: \u25be main.worker \u00d751' in out
    assert "search 'pool51.go:14': 52 rows, 60 slices, 0 arrows" in out      # each worker's Sleep


@pytest.mark.skipif(not HAVE_CHROMIUM, reason='no chromium installed')
def test_browser_a_notebook_frame_fits_the_page(tmp_path):
    # %%trace shows the page in an iframe sized before it is drawn; the page
    # fits the frame to itself (before: the frame showed the header alone)
    import re
    sys.path.insert(0, os.path.join(ROOT, 'scripts'))
    from trace_screenshot import find_chromium, render
    from minigo.jupyter.magics import timeline_display
    data = _trace_json(tmp_path, open(os.path.join(PROGS, 'contention.go')).read(), 'contention.go')
    frame = timeline_display(data)['text/html']
    size = re.compile(r'style="width: 100%; height: (\d+)px')
    given = int(size.search(frame).group(1))
    page = tmp_path / 'cell.html'
    page.write_text(f'<!DOCTYPE html><html><body><div style="width: 900px">{frame}</div></body></html>')
    dom = render(find_chromium(), str(page), str(tmp_path / 'cell.png'), width=1000, height=1600)
    fitted = int(size.search(dom).group(1))
    assert fitted != given and fitted > 400
