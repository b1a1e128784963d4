"""Programs of several files and packages, beyond what the module
conformance cases (tests/test_conformance_modules.py) compare with real Go:
`minigo check` of a directory, the REPL's `:load DIR`, the one-file fast path
staying one file, positions of a FileSet, the testing package's call sites
and the go-command-side pieces of `minigo test` (flags, durations)."""
import os
import subprocess
import sys
import textwrap

import pytest

import minigo  # noqa: F401  (conftest checks the installed package)


def _module(tmp_path, files):
    (tmp_path / 'go.mod').write_text('module example.com/m\n\ngo 1.27\n')
    for name, text in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text))
    return tmp_path


def _minigo(args, cwd, stdin=None):
    r = subprocess.run([sys.executable, '-m', 'minigo'] + args, cwd=cwd, capture_output=True,
                       text=True, input=stdin, timeout=120)
    return r.stdout, r.stderr, r.returncode


PKG = {
    'main.go': '''
        package main

        import (
            "fmt"

            "example.com/m/lib"
        )

        func main() { fmt.Println(lib.Twice(21), helper()) }
    ''',
    'helper.go': '''
        package main

        func helper() string { return "from helper.go" }
    ''',
    'lib/lib.go': '''
        package lib

        func Twice(n int) int { return 2 * n }
    ''',
}


def test_check_directory(tmp_path):
    d = _module(tmp_path, PKG)
    assert _minigo(['check', '.'], d) == ('', '', 0)
    (d / 'helper.go').write_text('package main\n\nfunc helper() string { return 1 }\n')
    out, err, code = _minigo(['check', '.'], d)
    assert code == 1
    assert err == ('# example.com/m\n./helper.go:3:31: cannot use 1 (untyped int constant) '
                   'as string value in return statement\n')


def test_run_dir_and_files(tmp_path):
    d = _module(tmp_path, PKG)
    assert _minigo(['run', '.'], d)[0] == '42 from helper.go\n'
    assert _minigo(['run', 'main.go', 'helper.go'], d)[0] == '42 from helper.go\n'
    out, err, code = _minigo(['run', 'main.go'], d)      # helper.go not named: not compiled
    assert code == 1 and 'undefined: helper' in err


def test_repl_load_directory(tmp_path):
    d = _module(tmp_path, PKG)
    out, err, _ = _minigo(['repl', '--no-history'], d / 'lib', stdin=':load .\nTwice(4)\n')
    assert out.strip() == '8 // int', err      # the REPL shows a result with its type


def test_single_file_outside_module_keeps_fast_path(tmp_path, monkeypatch):
    from minigo import cli
    calls = []
    monkeypatch.setattr('minigo.frontend.build_program', lambda **kw: calls.append(kw))
    p = tmp_path / 'hello.go'
    p.write_text('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n')
    loaded, code = cli._front_end_targets([str(p)], None)
    assert code == 0 and loaded[0] == 'file' and not calls


def test_fileset_positions():
    from minigo.errors import ErrorList, FileSet, LINE_STRIDE, Source
    fs = FileSet()
    a = fs.add(Source('/x/a.go', 'package a\nvar é = 1\n', display='./a.go'))
    b = fs.add(Source('/x/b.go', 'package a\n', display='./b.go'))
    assert (a, b) == (LINE_STRIDE, 2 * LINE_STRIDE)
    assert fs.where((a + 2, 6)) == './a.go:2:7'      # byte column after é
    assert fs.locate((b + 1, 1)) == ('/x/b.go', 1)
    el = ErrorList(fs)
    el.add((b + 1, 1), 'in b first')
    el.add((a + 2, 1), 'in a later')
    el.add((b + 1, 0), 'in b, earlier column')   # column 0: before column 1
    # gc: files in the order they got their first error, then by position
    assert el.lines() == [
        './b.go:1:0: in b, earlier column', './b.go:1:1: in b first', './a.go:2:1: in a later']


def test_shift_lines_moves_each_node_once():
    from minigo.errors import Source
    from minigo.syntax.ast import shift_lines
    from minigo.syntax.parser import parse_source
    tree = parse_source(Source('a.go', 'package a\n\nimport "fmt"\n\nvar X = fmt.Sprint(1)\n'))
    shift_lines(tree, 100)
    assert tree.imports[0].path.pos == (103, 8)       # in File.imports and its GenDecl: once
    assert tree.decls[1].specs[0].names[0].pos == (105, 5)


@pytest.mark.parametrize('text,ns', [('1s', 10**9), ('1.5ms', 1500000), ('2m3s', 123 * 10**9),
                                     ('0', 0), ('10h', 36000 * 10**9)])
def test_test_durations(text, ns):
    from minigo.gotest import parse_duration
    assert parse_duration(text) == ns


def test_test_flag_errors(tmp_path):
    d = _module(tmp_path, {'a.go': 'package a\n'})
    usage = ("usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
             "Run 'go help test' and 'go help testflag' for details.\n")
    # as real go test prints them
    assert _minigo(['test', '-timeout', 'soon'], d) == (
        '', 'invalid value "soon" for flag -timeout: parse error\n' + usage, 2)
    assert _minigo(['test', '-count', 'x'], d) == ('', 'invalid value "x" for flag -count: parse error\n' + usage, 2)
    assert _minigo(['test', '-h'], d) == ('', usage, 2)


def test_helper_and_subtest_call_sites(tmp_path):
    d = _module(tmp_path, {
        'a.go': 'package a\n',
        'a_test.go': '''
            package a

            import "testing"

            func check(t *testing.T, ok bool) {
                t.Helper()
                if !ok {
                    t.Error("check failed")
                }
            }

            func TestHelper(t *testing.T) {
                check(t, true)
                check(t, false)
                t.Run("sub", func(t *testing.T) {
                    check(t, false)
                })
            }
        ''',
    })
    out, err, code = _minigo(['test'], d)
    assert code == 1
    import re
    out = re.sub(r'\(\d+\.\d+s\)', '(0.00s)', out)
    assert out.splitlines()[:5] == [
        '--- FAIL: TestHelper (0.00s)',
        '    a_test.go:15: check failed',
        '    --- FAIL: TestHelper/sub (0.00s)',
        '        a_test.go:17: check failed',
        'FAIL',
    ]


TRACE_PKG = {
    'main.go': '''
        package main

        import (
            "fmt"

            "example.com/m/lib"
        )

        func main() {
            fmt.Println(lib.Twice(21))
            done := make(chan bool)
            go worker(done)
            <-done
        }
    ''',
    'worker.go': '''
        package main

        import "example.com/m/lib"

        // padding

        func worker(done chan bool) {
            defer close(done)
            var m map[string]int
            lib.Store(m)
        }
    ''',
    'lib/lib.go': '''
        package lib

        func Twice(n int) int { return 2 * n }

        func Store(m map[string]int) {
            m["x"] = 1
        }
    ''',
}


def _frames(err, d):
    """(function, file relative to d, line) of each frame of a trace."""
    import re
    lines = err.splitlines()
    out = []
    for prev, ln in zip(lines, lines[1:]):
        if ln.startswith('\t'):
            path, line = ln.strip().split(' +')[0].rsplit(':', 1)
            func = re.sub(r'\(.*\)$| in goroutine \d+$', '', prev)
            out.append((func, os.path.relpath(path, d), int(line)))
    return out


def test_trace_frames_name_each_file(tmp_path):
    """A panic's frames in a program of several files and packages: each
    frame's own file and line, as go1.27.3's `go run .` prints them."""
    d = _module(tmp_path, TRACE_PKG)
    out, err, code = _minigo(['run', '.'], d)
    assert (out, code) == ('42\n', 2)
    assert err.startswith('panic: assignment to entry in nil map\n')
    assert _frames(err, d) == [('example.com/m/lib.Store', 'lib/lib.go', 7), ('main.worker', 'worker.go', 11),
                               ('created by main.main', 'main.go', 13)]


def test_race_report_names_each_file(tmp_path):
    d = _module(tmp_path, {
        'main.go': 'package main\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo worker(done)\n'
                   '\tcounter++\n\t<-done\n}\n',
        'worker.go': 'package main\n\nvar counter int\n\nfunc worker(done chan bool) {\n\tcounter++\n'
                     '\tdone <- true\n}\n',
    })
    out, err, code = _minigo(['run', '-race', '.'], d)
    assert code == 66
    # the sites go1.27.3's go run -race . reports, each in its file (Go also shows the
    # go statement's main.main.gowrap1 frame under the racing read, minigo does not)
    where = [ln.strip().split(' +')[0].replace(str(d) + '/', '') for ln in err.splitlines() if '.go:' in ln]
    assert where == ['worker.go:6', 'main.go:6', 'main.go:5']


def test_repl_load_directory_errors_name_the_file(tmp_path):
    d = _module(tmp_path, dict(PKG, **{'lib/bad.go': 'package lib\n\nfunc Bad() string { return 1 }\n'}))
    out, err, _ = _minigo(['repl', '--no-history'], d / 'lib', stdin=':load .\n')
    assert err == './bad.go:3:28: cannot use 1 (untyped int constant) as string value in return statement\n'
