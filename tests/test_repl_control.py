"""The REPL stays in the user's hands (issue 15): a goroutine spinning in
`for {}` does not keep inputs, Ctrl-C or Ctrl-D from being served; Ctrl-C,
a panic and os.Exit end the input's goroutines and nothing else; :kill and
:stop stop goroutines. One test drives the real terminal UI through tmux."""
import os
import shutil
import subprocess
import textwrap
import threading
import time
import uuid

import pytest

from conftest import clean_env, minigo_script, run_minigo

HERE = os.path.dirname(os.path.abspath(__file__))


def session(text, timeout=60):
    r = run_minigo(['repl'], input=textwrap.dedent(text).encode(), timeout=timeout, cwd=HERE)
    return r.stdout.decode(), r.stderr.decode(), r.returncode


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


@pytest.fixture
def repl():
    from minigo.repl import Repl
    from minigo.runtime.output import TextSink
    sink = Sink()
    r = Repl(seed=1, stdout=TextSink(sink), stderr=TextSink(sink))
    r.sink = sink
    yield r
    r.close()


@pytest.mark.parametrize('spin', ['go func() { for {} }()', 'n := 0; go func() { for { n++ } }()'])
def test_inputs_are_served_while_a_goroutine_spins(spin):
    # before: the hub ran the spinning goroutine forever and never read the
    # next input (the session hung here until the timeout)
    out, err, code = session(f'''
        {spin}
        1 + 1
        func sq(x int) int {{ return x * x }}
        sq(7)
        :goroutines
        :stop
        :goroutines
        "done"
    ''', timeout=30)
    lines = out.splitlines()
    assert lines[:2] == ['2 // int', '49 // int']
    # where it stands: the function of input 1 (a loop preempted: no line)
    assert lines[2].startswith('goroutine ') and '[running] main.repl.func1 at <input 1>, from input 1: ' in lines[2]
    assert lines[3].startswith('stopped goroutines ') and lines[3].endswith('[running]')
    assert lines[4:] == ['"done" // string']
    assert err == ''
    assert code == 0


def test_ctrl_c_stops_the_input_and_the_goroutines_it_started(repl):
    repl.handle('ch := make(chan int)')
    repl.handle('go func() { time.Sleep(time.Hour); ch <- 1 }()')       # input 2's: stays
    threading.Timer(0.5, repl.runtime.interrupt).start()
    repl.handle('go func() { for {} }(); go func() { <-ch }(); <-ch')  # blocks until Ctrl-C
    text = repl.sink.text()
    assert 'interrupted (chan receive)\n' in text
    assert 'stopped goroutines started by this input: ' in text
    assert '[running]' in text and '[chan receive]' in text
    gs = repl.runtime.call(repl.runtime.sched.goroutines)
    assert [(state, what[:27]) for _, state, _, what in gs] == [('sleep', 'from input 2: go func() { t')]


def test_ctrl_c_interrupts_a_spinning_input_beside_a_spinning_goroutine(repl):
    repl.handle('go func() { for {} }()')
    threading.Timer(0.5, repl.runtime.interrupt).start()
    repl.handle('for {}')
    repl.handle('"served"')
    text = repl.sink.text()
    assert text.endswith('interrupted\n"served" // string\n')


def test_kill_and_stop(repl):
    repl.handle('ch := make(chan int)')
    repl.handle('go func() { for v := range ch { fmt.Println("got", v) } }()')
    repl.handle('go func() { for {} }()')
    repl.runtime.settle()
    ids = [gid for gid, _, _, _ in repl.runtime.call(repl.runtime.sched.goroutines)]
    assert len(ids) == 2
    repl.handle(f':kill {ids[0]} 999')
    # the stopped receiver is off the channel: no value goes to a dead goroutine
    repl.handle('select { case ch <- 1: fmt.Println("sent") default: fmt.Println("no receiver") }')
    repl.handle(':stop')
    repl.handle(':stop')
    repl.handle(':kill x')
    text = repl.sink.text()
    assert f'stopped goroutine {ids[0]} [chan receive]\n' in text
    assert 'no goroutine 999\n' in text
    assert 'no receiver\n' in text and 'got 1' not in text
    assert f'stopped goroutines {ids[1]} [running]\n' in text
    assert 'no goroutines to stop\n' in text
    assert 'usage: :kill G...' in text


def test_a_send_to_a_stopped_receiver_is_not_lost(repl):
    repl.handle('ch := make(chan int, 0)')
    repl.handle('go func() { <-ch; fmt.Println("first receiver") }()')
    repl.runtime.settle()
    (gid, _, _, _), = repl.runtime.call(repl.runtime.sched.goroutines)
    repl.handle(f':kill {gid}')
    repl.handle('go func() { fmt.Println("second got", <-ch) }()')
    repl.handle('ch <- 42')
    repl.runtime.settle()
    text = repl.sink.text()
    assert 'first receiver' not in text
    assert 'second got 42\n' in text


def _goroutine_ids(repl):
    repl.runtime.settle()
    return [gid for gid, _, _, _ in repl.runtime.call(repl.runtime.sched.goroutines)]


@pytest.mark.parametrize('lock, unlock', [('mu.Lock()', 'mu.Unlock()'), ('rw.Lock()', 'rw.Unlock()'),
                                          ('rw.RLock()', 'rw.Unlock()')])
def test_a_lock_is_not_handed_to_a_stopped_waiter(repl, lock, unlock):
    # before: the stopped goroutine stayed in the mutex's queue, Unlock woke
    # it (a wake-up nobody used) and the live waiter behind it waited forever
    repl.handle('var mu sync.Mutex; var rw sync.RWMutex; mu.Lock(); rw.Lock()')
    repl.handle(f'go func() {{ {lock}; fmt.Println("the stopped one got it") }}()')
    first, = _goroutine_ids(repl)
    repl.handle(f'go func() {{ {lock}; fmt.Println("the live one got it") }}()')
    _goroutine_ids(repl)
    repl.handle(f':kill {first}')
    repl.handle(unlock)
    repl.runtime.settle()
    text = repl.sink.text()
    assert f'stopped goroutine {first} [sync.' in text
    assert 'the live one got it\n' in text
    assert 'the stopped one got it' not in text
    assert _goroutine_ids(repl) == []


def test_a_signal_is_not_spent_on_a_stopped_waiter(repl):
    repl.handle('var mu sync.Mutex; c := sync.NewCond(&mu); var wg sync.WaitGroup; wg.Add(1)')
    repl.handle('go func() { mu.Lock(); c.Wait(); fmt.Println("stopped one woke"); mu.Unlock() }()')
    first, = _goroutine_ids(repl)
    repl.handle('go func() { mu.Lock(); c.Wait(); fmt.Println("live one woke"); mu.Unlock() }()')
    repl.handle('go func() { wg.Wait(); fmt.Println("waited") }()')
    _goroutine_ids(repl)
    repl.handle(f':kill {first}')
    repl.handle('mu.Lock(); c.Signal(); mu.Unlock(); wg.Done()')
    repl.runtime.settle()
    text = repl.sink.text()
    assert 'live one woke\n' in text and 'waited\n' in text
    assert 'stopped one woke' not in text
    assert _goroutine_ids(repl) == []


def test_a_wake_up_or_hand_off_meant_for_a_stopped_waiter_goes_to_the_next():
    # the moments between Unlock and the woken waiter's running, which a
    # session cannot hit on purpose: sync's cleanup when the waiter is stopped
    import io
    from minigo.runtime import sched
    from minigo.runtime.context import Run, activated
    from minigo.stdlib import sync
    run = Run(stdout=io.BytesIO(), stderr=io.BytesIO(), stdin=io.BytesIO())
    stopped, live = object(), object()
    with activated(run):
        s = sched.Scheduler(1, run=run)
        readied = []
        s.ready = readied.append

        def waiters(*q, **state):
            st = sync.MutexWaiters()
            st.q.extend(q)
            for k, v in state.items():
                setattr(st, k, v)
            return st

        # normal mode: Unlock freed the lock and woke the stopped one
        st = waiters(live, woken=True)
        m = [0, st]
        sync._lock_abandoned(m, st, stopped)
        assert readied == [live] and st.woken and not st.q and m[0] == 0
        # starvation mode: Unlock handed the (still held) lock to the stopped one
        readied.clear()
        st = waiters(live, starving=True, handed=stopped)
        m = [1, st]
        sync._lock_abandoned(m, st, stopped)
        assert readied == [live] and st.handed is live and m[0] == 1
        # ... with nobody else waiting: the lock is free again
        readied.clear()
        st = waiters(starving=True, handed=stopped)
        m = [1, st]
        sync._lock_abandoned(m, st, stopped)
        assert readied == [] and st.handed is None and m[0] == 0 and not st.starving
        # still in the queue: it only leaves it
        st = waiters(live, stopped, woken=True)
        m = [0, st]
        sync._lock_abandoned(m, st, stopped)
        assert list(st.q) == [live] and readied == []


def test_what_ends_a_program_ends_only_its_input():
    out, err, code = session('''
        quit := make(chan bool)
        go func() { for { select { case <-quit: return; default: } } }()
        go func() { time.Sleep(10 * time.Millisecond); os.Exit(5) }(); go func() { for {} }()
        time.Sleep(200 * time.Millisecond)
        :goroutines
        go func() { panic("in a goroutine") }(); go func() { select {} }()
        time.Sleep(50 * time.Millisecond)
        :goroutines
        "still here"
    ''', timeout=30)
    # os.Exit in a goroutine of input 3 ends input 3 (both its goroutines);
    # the panic ends input 6's; input 2's goroutine runs on throughout
    assert err.startswith('exit status 5\n')
    assert 'panic: in a goroutine' in err
    lines = out.splitlines()
    assert lines[-1] == '"still here" // string'
    listed = [ln for ln in lines if ln.startswith('goroutine ')]
    assert len(listed) == 2 and all('from input 2:' in ln for ln in listed)
    assert code == 0


def test_quit_takes_an_exit_status():
    assert session(':quit 7\n')[2] == 7
    assert session('1\n')[2] == 0


# ------------------------------------------------------------------ the terminal UI (tmux)

class Tmux:
    def __init__(self, cmd, width=100, height=30):
        self.name = f'minigo-test-{uuid.uuid4().hex[:8]}'
        subprocess.run(['tmux', 'new-session', '-d', '-s', self.name, '-x', str(width), '-y', str(height),
                        cmd], check=True, env=clean_env(TERM='xterm-256color'))

    def screen(self):
        return subprocess.run(['tmux', 'capture-pane', '-t', self.name, '-p'], capture_output=True,
                              text=True).stdout

    def wait_for(self, text, timeout=30, count=1):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.screen().count(text) >= count:
                return True
            time.sleep(0.1)
        raise AssertionError(f'{text!r} not on the screen:\n{self.screen()}')

    def keys(self, *keys):
        subprocess.run(['tmux', 'send-keys', '-t', self.name, *keys], check=True)

    def type(self, line):
        subprocess.run(['tmux', 'send-keys', '-t', self.name, '-l', line], check=True)
        self.keys('Enter')

    def close(self):
        subprocess.run(['tmux', 'kill-session', '-t', self.name], capture_output=True)


@pytest.mark.skipif(shutil.which('tmux') is None, reason='needs tmux')
def test_terminal_ui_with_a_spinning_goroutine(tmp_path):
    done = tmp_path / 'exit'
    t = Tmux(f'{minigo_script()} repl --no-history --color=never; echo "exited $?" > {done}; sleep 60')
    try:
        t.wait_for('go>')
        t.type('go func() { for {} }()')
        t.wait_for('go>', count=2)
        t.type('6 * 7')
        t.wait_for('42 // int')                 # answered while the goroutine spins
        t.type('n := 0')
        t.wait_for('go>', count=4)
        t.type('for { n++ }')
        time.sleep(1)
        t.keys('C-c')
        t.wait_for('interrupted')               # Ctrl-C stops the input
        t.type('n > 0')
        t.wait_for('true // bool')
        t.keys('C-c')                           # at the prompt: says what is busy
        t.wait_for('goroutines busy in the background: 2')
        t.type('y := 1 + "a"')
        t.wait_for('         ^')                # the caret under column 6, after a 4-space indent
        t.type(':stop')
        t.wait_for('stopped goroutines 2 [running]')
        t.keys('C-d')                           # Ctrl-D leaves
        deadline = time.time() + 30
        while not done.exists() and time.time() < deadline:
            time.sleep(0.1)
        assert done.read_text() == 'exited 0\n'
    finally:
        t.close()
