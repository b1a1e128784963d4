"""`minigo run -race`: racy programs are reported with Go's report shape and
the positions of both accesses, on every seed; race-free programs using each
kind of synchronisation are not reported. Every program here was checked with
real `go run -race` (the racy ones report the same pairs of lines there)."""
import glob
import os
import re

import pytest

import minigo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RACY = sorted(glob.glob(os.path.join(HERE, 'race', 'racy', '*.go')))
CLEAN = sorted(glob.glob(os.path.join(HERE, 'race', 'clean', '*.go')))


def run(path, seed, race=True):
    """minigo run -race --seed SEED path, in this process."""
    with open(path, 'rb') as f:
        r = minigo.run(f.read(), filename=path, seed=seed, race=race, timeout=120)
    return r.exit_code, r.stdout.decode(), r.stderr.decode()


@pytest.mark.parametrize('path', RACY, ids=[os.path.basename(p) for p in RACY])
@pytest.mark.parametrize('seed', [1, 2, 3, 4, 5])
def test_racy_program_is_reported(path, seed):
    want = re.search(r'// want race: (\d+) (\d+)', open(path).read())
    code, out, err = run(path, seed)
    assert code == 66, err
    assert err.count('WARNING: DATA RACE') == 1, err
    report = err.split('==================\n')[1]
    # the two accesses, then where the goroutines involved were created
    lines = re.findall(re.escape(path) + r':(\d+) \+0x', report)
    assert {lines[0], lines[1]} == {want.group(1), want.group(2)}, report
    assert re.search(r'^(Read|Write) at 0x[0-9a-f]+ by (goroutine \d+|main goroutine):$', report, re.M)
    assert re.search(r'^Previous (read|write) at 0x[0-9a-f]+ by (goroutine \d+|main goroutine):$',
                     report, re.M)
    assert re.search(r'^Goroutine \d+ \((running|finished)\) created at:$', report, re.M)
    assert err.endswith('==================\nFound 1 data race(s)\n')


@pytest.mark.parametrize('path', CLEAN, ids=[os.path.basename(p) for p in CLEAN])
@pytest.mark.parametrize('seed', [1, 2, 3])
def test_synchronised_program_is_not_reported(path, seed):
    code, out, err = run(path, seed)
    assert 'DATA RACE' not in err, err
    assert code == 0, err


def test_race_mode_keeps_program_output():
    path = os.path.join(HERE, 'race', 'clean', 'channels.go')
    code, out, err = run(path, 1)
    plain = run(path, 1, race=False)
    assert out == plain[1] == '285\n'


# Go's detector (ThreadSanitizer) reports, for one access, only the first
# earlier access it races with, then forgets the location's history; and a
# race between the same two places as an earlier report is not reported again.
# Real `go run -race` (also with GOMAXPROCS=1) prints one report for
# TWO_READERS, two for THREE_WRITERS.
TWO_READERS = '''package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	go func() {
		fmt.Println(x)
	}()
	go func() {
		fmt.Println(x)
	}()
	time.Sleep(10 * time.Millisecond)
	x = 3
	time.Sleep(10 * time.Millisecond)
}
'''

THREE_WRITERS = '''package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	go func() {
		x = 1
	}()
	go func() {
		x = 2
	}()
	fmt.Println(x)
	time.Sleep(10 * time.Millisecond)
	x = 3
}
'''


def _race_reports(source, seed):
    r = minigo.run(source, filename='prog.go', seed=seed, race=True, timeout=60)
    err = r.stderr.decode()
    reports = err.split('==================\nWARNING: DATA RACE\n')[1:]
    return r.exit_code, err, [re.findall(r'prog\.go:(\d+) \+0x', rep)[:2] for rep in reports]


@pytest.mark.parametrize('seed', [1, 2, 3])
def test_an_access_reports_one_race(seed):
    """The write races with both reads: one report (the first read)."""
    code, err, reports = _race_reports(TWO_READERS, seed)
    assert code == 66, err
    assert len(reports) == 1, err
    assert reports[0][0] == '18' and reports[0][1] in ('12', '15'), err
    assert err.endswith('Found 1 data race(s)\n')


@pytest.mark.parametrize('seed', [1, 2, 3])
def test_after_a_race_the_location_starts_afresh(seed):
    """The first goroutine's write races with main's read and clears the
    history; the second's is then the only earlier access of main's last
    write: two reports, as Go gives on one P."""
    code, err, reports = _race_reports(THREE_WRITERS, seed)
    assert code == 66, err
    assert len(reports) == 2, err
    first, second = reports
    assert first[1] == '17' and first[0] in ('12', '15'), err
    assert second[0] == '19' and {first[0], second[1]} == {'12', '15'}, err


def test_a_chain_of_relays_keeps_clocks_small(monkeypatch):
    """Goroutines that touch no shared memory hand on what they know but not
    their own times (runtime/race.py: only live goroutines' components
    travel), so a 300-goroutine daisy chain (the prime sieve's shape) does
    not make every hand-off walk the chain."""
    from minigo.runtime import race as R
    made = []
    install = R.install

    def keep(sched):
        made.append(install(sched))
        return made[-1]
    monkeypatch.setattr(R, 'install', keep)
    path = os.path.join(HERE, 'race', 'clean', 'relay_chain.go')
    src = open(path).read().replace('const n = 50', 'const n = 300')
    r = minigo.run(src, filename=path, race=True, seed=1, timeout=120)
    assert (r.exit_code, r.stdout) == (0, b'302\n'), r.stderr
    det, = made
    assert len(det.clocks) == 303
    assert max(len(c) for c in det.clocks.values()) <= 4
