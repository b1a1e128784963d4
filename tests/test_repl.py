"""The REPL as a user meets it: transcripts of scripted sessions (stdin not a
terminal, so no prompts), completion candidates, and goroutines that keep
running between inputs. scripts/repl_tmux.sh drives the real terminal UI."""
import os
import textwrap
import time

import pytest

from conftest import run_minigo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def session(text, timeout=60):
    r = run_minigo(['repl'], input=textwrap.dedent(text).encode(), timeout=timeout, cwd=HERE)
    return r.stdout.decode(), r.stderr.decode(), r.returncode


def test_expressions_print_their_values_go_style():
    out, err, code = session('''
        40 + 2
        "hi"
        3.5
        'a'
        []int{1, 2, 3}
        map[string]int{"b": 2, "a": 1}
        struct{ A int; B string }{1, "q"}
        [2]bool{true}
        nil
        var e error
        e
        errors.New("boom")
    ''')
    assert err == ''
    # each value with its type as a comment (untyped constants: their default type)
    assert out == ('42 // int\n"hi" // string\n3.5 // float64\n97 // rune\n[1 2 3] // []int\n'
                   'map[a:1 b:2] // map[string]int\n{1 q} // struct{A int; B string}\n'
                   '[true false] // [2]bool\n<nil> // untyped nil\n<nil> // error\nboom // error\n')
    assert code == 0


def test_multi_line_func_and_redeclaration():
    out, err, _ = session('''
        func f(n int) int {
            if n < 2 {
                return n
            }
            return f(n-1) + f(n-2)
        }
        f(20)
        func f(n int) string { return fmt.Sprint("now a string: ", n) }
        f(3)
        x := 1
        x := "replaced, with another type"
        x
    ''')
    assert err == ''
    assert out == '6765 // int\n"now a string: 3" // string\n"replaced, with another type" // string\n'


def test_declarations_and_variables_persist():
    out, err, _ = session('''
        type Point struct{ X, Y int }
        func (p Point) Sum() int { return p.X + p.Y }
        p := Point{3, 4}
        p.Sum()
        func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }
        p.Scale(10)
        p
        &p
        counter := 0
        func bump() { counter++ }
        bump()
        bump()
        counter
    ''')
    assert err == ''
    assert out == '7 // int\n{30 40} // Point\n&{30 40} // *Point\n2 // int\n'


def test_calls_of_print_functions_are_not_echoed():
    out, err, _ = session('''
        fmt.Println("hello", 42)
        fmt.Printf("%05.1f|\\n", 3.14159)
        len("héllo")
    ''')
    assert out == 'hello 42\n003.1|\n6 // int\n'


def test_goroutines_and_channels_across_inputs():
    out, err, _ = session('''
        ch := make(chan int)
        go func() {
            for i := 1; i <= 3; i++ {
                ch <- i * i
            }
            close(ch)
        }()
        <-ch
        for v := range ch { fmt.Println("got", v) }
        v, ok := <-ch
        func pair() (int, bool) { return v, ok }
        pair()
    ''')
    assert err == ''
    assert out == '1 // int\ngot 4\ngot 9\n0 false // (int, bool)\n'


def test_deadlock_and_panic_do_not_end_the_session():
    out, err, code = session('''
        ch := make(chan int)
        <-ch
        "after deadlock"
        var m map[string]int
        m["x"] = 1
        "after panic"
        a := []int{1, 2, 3}
        i := 5
        a[i]
        "after index panic"
        var mu sync.Mutex
        mu.Lock()
        mu.Lock()
        "after mutex deadlock"
    ''')
    assert out == ('"after deadlock" // string\n"after panic" // string\n"after index panic" // string\n'
                   '"after mutex deadlock" // string\n')
    assert 'fatal error: all goroutines are asleep - deadlock!' in err
    assert '[chan receive]' in err
    assert 'panic: assignment to entry in nil map' in err
    assert 'panic: runtime error: index out of range [5] with length 3' in err
    assert '[sync.Mutex.Lock]' in err
    assert code == 0


def test_compile_errors_are_reported_with_input_positions():
    out, err, _ = session('''
        x := 1
        var s string = x
        undefinedThing + 1
        "go on"
    ''')
    assert out == '"go on" // string\n'
    assert '1:16: cannot use x (variable of type int) as string value in variable declaration' in err
    assert '1:1: undefined: undefinedThing' in err


def test_errors_the_parser_goes_on_after_reject_the_input():
    # a bad escape or a misplaced `...` does not stop gc's parser, but the
    # input is still wrong: nothing of it is declared
    out, err, _ = session(r'''
        func f(a ...int, b int) {}
        x := "a\qb"
        fmt.Println(x)
        f
    ''')
    assert out == ''
    assert err == ('1:10: can only use ... with final parameter\n1:9: unknown escape\n'
                   '1:13: undefined: x\n1:1: undefined: f\n')


def test_unused_variables_and_imports_are_fine_at_the_prompt():
    out, err, _ = session('''
        import "strings"
        y := 5
        "ok"
    ''')
    assert err == ''
    assert out == '"ok" // string\n'


def test_meta_commands(tmp_path):
    prog = tmp_path / 'lib.go'
    prog.write_text(textwrap.dedent('''
        package main

        import "fmt"

        func greet(name string) string { return fmt.Sprintf("hello, %s", name) }

        func main() { fmt.Println(greet("from main")) }
    '''))
    out, err, _ = session(f'''
        :load {prog}
        greet("bob")
        :run
        n := 3
        :type n * 2
        :type greet
        :env
        :doc fmt.Println
        :doc len
        :nonsense
        :reset
        n
    ''')
    lines = out.splitlines()
    assert lines[:4] == ['"hello, bob" // string', 'hello, from main', 'int', 'func(name string) string']
    assert 'var n int' in lines
    assert 'func greet(name string) string' in lines
    # :doc lays a declaration out as `go doc` does (tests/test_repl_answers.py)
    assert 'package fmt // import "fmt"' in lines
    assert 'func Println(a ...any) (n int, err error)' in lines
    assert 'func len(v Type) int' in lines
    assert 'unknown command :nonsense' in err
    assert '1:1: undefined: n' in err


def test_os_exit_ends_the_input_not_the_session():
    # os.Exit ends the program an input is (as `go run` would say), not the
    # session: the session's own exit is :quit, whose status it takes
    out, err, code = session('''
        "before"
        func f() { defer fmt.Println("deferred calls do not run"); os.Exit(3) }
        f(); fmt.Println("not reached")
        "after"
        :quit 4
        "not reached either"
    ''')
    assert out == '"before" // string\n"after" // string\n'
    assert err == 'exit status 3\n'
    assert code == 4


def test_goroutine_keeps_running_while_no_input_arrives():
    from minigo.repl import Repl
    from minigo.runtime.output import TextSink

    class Sink:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

        def flush(self):
            pass
    sink = Sink()
    repl = Repl(seed=1, stdout=TextSink(sink), stderr=TextSink(sink))
    repl.handle('go func() { time.Sleep(50 * time.Millisecond); fmt.Println("late hello") }()')
    assert 'late hello' not in ''.join(sink.parts)
    deadline = time.time() + 10
    while 'late hello' not in ''.join(sink.parts) and time.time() < deadline:
        time.sleep(0.02)   # the prompt is idle; the goroutine wakes and prints
    assert 'late hello\n' in ''.join(sink.parts)
    repl.close()


@pytest.mark.parametrize('text,expected', [
    ('fmt.Pr', {'Print', 'Printf', 'Println'}),
    ('strings.Has', {'HasPrefix', 'HasSuffix'}),
    ('pri', {'print', 'println'}),
    ('gor', set()),
    ('sel', {'select'}),
    (':go', {':goroutines'}),
    ('p.', {'X', 'Y', 'Sum'}),
    ('myF', {'myFunc'}),
])
def test_completion_candidates(text, expected):
    from prompt_toolkit.document import Document
    from minigo.repl import Repl
    from minigo.repl.ui import GoCompleter
    repl = Repl(seed=1)
    repl.handle('type Point struct{ X, Y int }')
    repl.handle('func (p Point) Sum() int { return p.X + p.Y }')
    repl.handle('p := Point{}')
    repl.handle('func myFunc() {}')
    comp = GoCompleter(repl)
    got = {c.text for c in comp.get_completions(Document(text), None)}
    assert got == expected
    repl.close()


@pytest.mark.parametrize('text,complete', [
    ('x := 1', True),
    ('func f() {', False),
    ('func f() {\n}', True),
    ('s := `raw\nstill raw', False),
    ('s := `raw\ndone`', True),
    ('f(1,', False),
    ('a := 1 +', False),
    ('i++', True),
    ('m := map[string]int{\n"a": 1,\n}', True),
    # a comment alone waits for what it documents; its brace does not count
    ('// a comment with { brace', False),
    ('// a comment with { brace\nx := 1', True),
    ('x := "{"', True),
])
def test_input_completeness(text, complete):
    from minigo.repl.inputs import is_complete
    assert is_complete(text) is complete


@pytest.mark.parametrize('stmt,reason', [('for { n++ }', 'interrupted\n'),
                                         ('<-never', 'interrupted (chan receive)\n')])
def test_ctrl_c_interrupts_the_running_input_only(stmt, reason):
    import threading
    from minigo.repl import Repl
    from minigo.runtime.output import TextSink

    class Sink:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

        def flush(self):
            pass
    sink = Sink()
    repl = Repl(seed=1, stdout=TextSink(sink), stderr=TextSink(sink))
    repl.handle('n := 0')
    repl.handle('never := make(chan int)')
    repl.handle('go func() { time.Sleep(time.Hour); never <- 1 }()')  # so not a deadlock
    # what the prompt's KeyboardInterrupt handler does when Ctrl-C arrives
    threading.Timer(0.3, repl.runtime.interrupt).start()
    repl.handle(stmt)
    repl.handle('"after"')
    text = ''.join(sink.parts)
    assert reason in text
    assert text.endswith('"after" // string\n')
    repl.close()


def test_prompt_toolkit_session_through_a_pipe(capsys):
    """The real prompt (key bindings, multi-line Enter, completion-free typing)
    driven through prompt_toolkit's pipe input."""
    import sys
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput, create_output
    from minigo.repl import Repl
    from minigo.repl.ui import interactive
    with create_pipe_input() as inp, create_app_session(input=inp, output=create_output(sys.stdout)):
        # Enter on an unfinished func continues it; on a complete input runs it
        inp.send_text('func sq(n int) int {\r')
        inp.send_text('return n * n\r')
        inp.send_text('}\r')
        inp.send_text('sq(12)\r')
        inp.send_text('ch := make(chan string, 1)\r')
        inp.send_text('go func() { ch <- "from a goroutine" }()\r')
        inp.send_text('<-ch\r')
        inp.send_text(':quit\r')
        code = interactive(Repl, 1, history=False, pt_input=inp, pt_output=DummyOutput())
    out = capsys.readouterr().out
    assert code == 0
    assert '144 // int\n' in out
    assert '"from a goroutine" // string\n' in out
