"""What the REPL answers (issue 15): Go's diagnostics inside functions, the
value of an input's trailing expression with its type and in `_`, defers at
the prompt, errors of :load named after the file, failed inputs rolled back,
:doc laid out as `go doc` does, completion with signatures, colours and
carets."""
import os
import shutil
import subprocess
import textwrap

import pytest

from conftest import run_minigo

HERE = os.path.dirname(os.path.abspath(__file__))


def session(text, cwd=HERE, args=()):
    r = run_minigo(['repl', *args], input=textwrap.dedent(text).encode(), timeout=60, cwd=cwd)
    return r.stdout.decode(), r.stderr.decode(), r.returncode


@pytest.fixture
def repl():
    from minigo.repl import Repl
    r = Repl(seed=1)
    yield r
    r.close()


# ------------------------------------------------------------------ diagnostics

def test_unused_variables_inside_functions_and_blocks_are_errors():
    out, err, _ = session('''
        func f() { unused := 1 }
        f
        go func() { v := 1 }()
        for i := range 3 { q := i }
        switch v := any(1).(type) { case int: }
        top := 1
        "fine"
    ''')
    # gc's messages and columns (as `go build` reports them in a file)
    assert err == ('1:12: declared and not used: unused\n'
                   '1:1: undefined: f\n'
                   '1:13: declared and not used: v\n'
                   '1:20: declared and not used: q\n'
                   '1:8: v declared and not used\n')
    assert out == '"fine" // string\n'


def test_the_trailing_expression_of_an_input_is_printed():
    out, err, _ = session('''
        sum := 0; for i := 0; i < 3; i++ { sum += i }; sum
        words := strings.Fields("a bb ccc"); n := 0
        for _, w := range words {
            n += len(w)
        }; n
        1 + 1; 2
    ''')
    assert out == '3 // int\n6 // int\n'
    assert err == '1:1: 1 + 1 (untyped int constant 2) is not used\n'


def test_an_untyped_value_is_printed_as_its_default_type_holds_it():
    out, err, _ = session('''
        1 << 70
        1 << 62
        1 < 2
    ''')
    # as `_ := 1 << 70` would say (before: 1180591620717411303424 // int)
    assert err == ('1:1: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value '
                   'in assignment (overflows)\n')
    assert out == '4611686018427387904 // int\ntrue // bool\n'


def test_a_defer_at_the_prompt_runs_when_its_input_ends():
    out, err, _ = session('''
        defer fmt.Println("deferred"); fmt.Println("body"); 7
        defer fmt.Println("again")
    ''')
    # the value is shown where the input ends, before its deferred calls
    assert out == 'body\n7 // int\ndeferred\nagain\n'
    assert err == 'note: a defer at the prompt runs when its input ends\n'   # said once


def test_load_names_the_file_in_errors(tmp_path):
    (tmp_path / 'prog.go').write_text(textwrap.dedent('''\
        package main

        import "fmt"

        func Greet() {
        	x := 1
        	fmt.Println("hi" + 1)
        }

        func main() {}
    '''))
    out, err, _ = session(':load prog.go\nGreet\n:load missing.go\n', cwd=tmp_path)
    # what `go build` prints for the file, then the load left nothing behind
    assert err == ('./prog.go:6:2: declared and not used: x\n'
                   './prog.go:7:14: invalid operation: "hi" + 1 (mismatched types untyped string '
                   'and untyped int)\n'
                   '1:1: undefined: Greet\n'
                   'open missing.go: no such file or directory\n')


# ------------------------------------------------------------------ failed inputs leave nothing

def test_a_failed_input_declares_nothing():
    out, err, _ = session('''
        y := 1 + "a"
        fmt.Println(y)
        type T struct{}
        func (T) M() int { return 1 }
        func (T) M() string { return 1 }
        T{}.M()
        func g() int { return 1 }
        func g() int { return "s" }; func h() {}
        g()
        h
        func (T) N() int { return 2 }; func bad() { nope() }
        T{}.N()
        var a, b = 1, "x" + 1
        a
        import "strings"; func k() { strings.Nope() }
        k
    ''')
    assert out == '1 // int\n1 // int\n'
    assert err.splitlines() == [
        '1:6: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)',
        '1:13: undefined: y',          # before: `?` printed, y declared anyway
        '1:30: cannot use 1 (untyped int constant) as string value in return statement',
        '1:23: cannot use "s" (untyped string constant) as int value in return statement',
        '1:1: undefined: h',
        '1:45: undefined: nope',
        '1:5: T{}.N undefined (type T has no field or method N)',
        '1:15: invalid operation: "x" + 1 (mismatched types untyped string and untyped int)',
        '1:1: undefined: a',
        '1:38: undefined: strings.Nope',
        '1:1: undefined: k',
    ]


def test_an_input_that_fails_as_it_runs_declares_nothing():
    out, err, _ = session('''
        q := 10
        q := []int{}[5]; 99
        q
        m := 3; var mm map[string]int; mm["a"] = 1
        m
        _
    ''')
    # the panicking input's q is gone, the older q is back; so is the `_`
    # before it (without the roll-back, the `_` of 99, never set: 0)
    assert out == '10 // int\n10 // int\n'
    assert 'panic: runtime error: index out of range [5] with length 0' in err
    assert 'panic: assignment to entry in nil map' in err
    assert err.endswith('1:1: undefined: m\n')


def test_a_failed_import_is_rolled_back(repl):
    imports = lambda: [pn.imported.path for pn in repl.session.chk.imports]  # noqa: E731
    repl.handle('x := strings.Repeat(1, 2)')      # auto-imports strings, then fails
    assert 'strings' not in imports()
    repl.handle('y := strings.Repeat("a", 2)')
    assert 'strings' in imports()


# ------------------------------------------------------------------ values and _

def test_underscore_holds_the_last_value():
    out, err, _ = session('''
        _
        6 * 7
        _ + 1
        _ * 2
        "s"
        _ + "t"
        :type _
        _ = 5
        x, _ := 1, 2
        _
    ''')
    assert out == '42 // int\n43 // int\n86 // int\n"s" // string\n"st" // string\nstring\n"st" // string\n'
    assert err == '1:1: cannot use _ as value or type\n'


# ------------------------------------------------------------------ :doc

GO_DOC_PRINTLN = '''\
package fmt // import "fmt"

func Println(a ...any) (n int, err error)
    Println formats using the default formats for its operands and writes to
    standard output. Spaces are always added between operands and a newline
    is appended. It returns the number of bytes written and any write error
    encountered.

'''

GO_DOC_BUILDER = '''\
package strings // import "strings"

type Builder struct {
	// Has unexported fields.
}
    A Builder is used to efficiently build a string using Builder.Write methods.
    It minimizes memory copying. The zero value is ready to use. Do not copy a
    non-zero Builder.

func (b *Builder) Cap() int
func (b *Builder) Grow(n int)
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) String() string
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
'''


def test_doc_of_the_standard_library_is_go_docs(repl):
    from minigo.repl.docs import doc
    # `go doc fmt.Println`, `go doc strings.Builder` (go1.27.3)
    assert doc('fmt.Println', repl.session) == GO_DOC_PRINTLN
    assert doc('strings.Builder', repl.session) == GO_DOC_BUILDER   # no unexported fields
    assert doc('len', repl.session) == 'func len(v Type) int\n'
    assert doc('strings.nope', repl.session) == 'no documentation for strings.nope\n'
    assert doc('fmt', repl.session).startswith('package fmt // import "fmt"\n\nPackage fmt implements')


DOCUMENTED = ['fmt.Println', 'fmt.Stringer', 'strings.Builder', 'strings.NewReplacer', 'sync.Mutex',
              'sync.Mutex.Lock', 'sync.WaitGroup', 'sync.Once', 'strconv.Itoa', 'errors.Is', 'time.Sleep',
              'time.Duration', 'time.Month', 'time.Timer', 'os.Getenv', 'os.Exit', 'context.WithTimeout',
              'slices.Sort', 'maps.Keys', 'sort.Ints']


@pytest.mark.skipif(shutil.which('go') is None, reason='needs the go command')
def test_doc_matches_the_go_command(repl):
    from minigo.repl.docs import doc
    for name in DOCUMENTED:
        want = subprocess.run(['go', 'doc', name], capture_output=True, text=True).stdout
        assert doc(name, repl.session) == want, name


USER_DECLS = """\
// Point is a place
// on the plane.
type Point struct {
	X, Y int
	hidden bool
	Label string
	fmt.Stringer
	Z float64
}

// Sum adds the coordinates. A longer paragraph follows, so that it wraps: the
// text printer re-flows a paragraph to seventy-six columns, ending lines at
// punctuation where it can; short words, like a, an, or the, move along.
//
// For example:
//
//	p := Point{X: 1, Y: 2}
//	fmt.Println(p.Sum())
//
// The sum of the zero Point is 0.
func (p Point) Sum() int { return p.X + p.Y }

// Origin is where it starts.
func Origin() Point { return Point{} }

func undocumented(a, b int, s ...string) {}
"""
USER_DOC_NAMES = ['Point', 'Point.Sum', 'Origin', 'undocumented']


@pytest.mark.skipif(shutil.which('go') is None, reason='needs the go command')
def test_doc_of_the_users_declarations_is_go_doc_u(tmp_path):
    # the user's own package: everything shown, as `go doc -u` shows it
    # (before: fields one per line unaligned, comments not re-flowed)
    (tmp_path / 'go.mod').write_text('module example.com/d\n\ngo 1.22\n')
    (tmp_path / 'main.go').write_text('package main\n\nimport "fmt"\n\n' + USER_DECLS + '\nfunc main() {}\n')
    want = ''.join(subprocess.run(['go', 'doc', '-u', name], capture_output=True, text=True, cwd=tmp_path,
                                  env=dict(os.environ, GOFLAGS='-mod=mod', GOTOOLCHAIN='local')).stdout
                   for name in USER_DOC_NAMES)
    assert 'Point is a place on the plane.' in want
    out, err, _ = session(USER_DECLS + ''.join(f':doc {name}\n' for name in USER_DOC_NAMES))
    assert err == ''
    assert out == want


def test_a_comment_paragraph_wraps_as_go_doc_wraps_it():
    from minigo.repl.docs import comment_text, wrap
    # (the test above compares whole paragraphs with go doc's)
    assert wrap('a b c'.split(), 76) == [0, 3]
    assert wrap(['x' * 50, 'y' * 50], 76) == [0, 1, 2]
    assert comment_text('one\ntwo\n\n\tcode\n\t  more\n') == '    one two\n\n        code\n          more\n'


# ------------------------------------------------------------------ completion

@pytest.mark.parametrize('text,name,meta', [
    ('fmt.Printl', 'Println', 'func(a ...any) (n int, err error)'),
    ('strings.Buil', 'Builder', 'type struct'),
    ('strings.NewRe', 'NewReader', 'func(s string) *Reader'),
    ('time.Secon', 'Second', 'const Duration'),
    ('myF', 'myFunc', 'func(a, b int) string'),
    ('p.', 'Sum', 'func() int'),
    ('p.', 'X', 'int'),
    ('appe', 'append', 'func(slice []Type, elems ...Type) []Type'),
    ('sel', 'select', 'keyword'),
    (':ki', ':kill', 'G...         stop goroutines by id'),
])
def test_completion_shows_signatures(repl, text, name, meta):
    from prompt_toolkit.document import Document
    from minigo.repl.ui import GoCompleter
    repl.handle('type Point struct{ X, Y int }')
    repl.handle('func (p Point) Sum() int { return p.X + p.Y }')
    repl.handle('p := Point{}')
    repl.handle('func myFunc(a, b int) string { return "" }')
    got = {c.text: c.display_meta_text for c in GoCompleter(repl).get_completions(Document(text), None)}
    assert got[name] == meta


# ------------------------------------------------------------------ colours

@pytest.mark.parametrize('choice,env,want', [
    ('never', {'COLORFGBG': '0;15'}, None),
    ('dark', {'COLORFGBG': '0;15'}, 'dark'),
    ('light', {}, 'light'),
    ('auto', {'COLORFGBG': '15;0'}, 'dark'),          # white on black
    ('auto', {'COLORFGBG': '0;15'}, 'light'),         # black on white
    ('auto', {'COLORFGBG': '0;default;7'}, 'light'),  # rxvt's three-part form
    ('auto', {'COLORFGBG': '7;8'}, 'dark'),
    ('auto', {}, 'any'),                              # unknown: a palette readable on both
    ('auto', {'NO_COLOR': '1', 'COLORFGBG': '15;0'}, None),
])
def test_palette_follows_the_terminal(choice, env, want):
    from minigo.repl.style import background
    assert background(choice, env) == want


def test_no_colour_on_a_one_bit_terminal():
    from prompt_toolkit.output import ColorDepth
    from minigo.repl.style import background
    assert background('auto', {}, ColorDepth.DEPTH_1_BIT) is None
    assert background('auto', {}, ColorDepth.DEPTH_8_BIT) == 'any'


def test_palettes_avoid_colours_that_vanish_on_their_background():
    from minigo.repl.style import PALETTES
    unreadable = {'dark': ('blue', 'black'), 'light': ('yellow', 'cyan', 'white'),
                  'any': ('blue', 'black', 'yellow', 'cyan', 'white')}
    for name, bad in unreadable.items():
        for role, colour in PALETTES[name].items():
            words = colour.replace('ansi', '').replace('bright', '').split()
            assert not set(words) & set(bad) or colour.startswith(('brightblack', 'ansibrightblack')), \
                (name, role, colour)


def test_errors_in_colour_with_a_caret():
    from minigo.repl.report import Diag, InputError
    from minigo.repl.style import Style
    err = InputError([Diag('', 2, 11, 'undefined: é', '\tx := é + é', 7)])
    plain = Style(None, carets=True).errors(err)
    assert plain == '2:11: undefined: é\n    \tx := é + é\n    \t     ^\n'
    coloured = Style('dark', carets=True).errors(err)
    assert coloured == ('\x1b[91m2:11: undefined: é\x1b[0m\n    \tx := é + é\n'
                        '    \t     \x1b[91;1m^\x1b[0m\n')
    assert Style('light').errors(err) == '\x1b[31m2:11: undefined: é\x1b[0m\n'   # no carets asked for


def test_the_terminal_prompt_shows_carets(capsys):
    import sys
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput, create_output
    from minigo.repl import Repl
    from minigo.repl.ui import interactive
    # an app session of its own: prompt_toolkit keeps the output of the
    # first one it makes (another test's captured, by now closed, stdout)
    with create_pipe_input() as inp, create_app_session(input=inp, output=create_output(sys.stdout)):
        inp.send_text('y := 1 + "a"\r')
        inp.send_text(':quit\r')
        code = interactive(Repl, 1, history=False, pt_input=inp, pt_output=DummyOutput(), color='never')
    captured = capsys.readouterr()
    assert code == 0
    assert ('1:6: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)\n'
            '    y := 1 + "a"\n'
            '         ^\n') in captured.out + captured.err   # above the prompt (patch_stdout)


def test_forced_colours_in_a_script_paint_errors_and_type_comments():
    out, err, _ = session('1 + 1\nnope\n', args=('--color=light',))
    assert out == '2\x1b[90m // int\x1b[0m\n'
    assert err == '\x1b[31m1:1: undefined: nope\x1b[0m\n'


@pytest.mark.parametrize('args,msg', [
    (['--color=purple'], 'invalid value "purple" for flag -color: want auto, dark, light or never'),
    (['--seed', 'x'], 'invalid value "x" for flag -seed: parse error'),
    (['--colour'], 'flag provided but not defined: -colour'),
    (['--color'], 'flag needs an argument: -color'),
])
def test_bad_flags(args, msg):
    r = run_minigo(['repl', *args], input=b'', timeout=30)
    assert r.returncode == 2
    assert r.stderr.decode().startswith(msg + '\nusage: minigo repl ')
