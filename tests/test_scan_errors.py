"""Scanner and parser errors as cmd/compile reports them.

Every expected text below was produced by real Go (go1.27.3, `go build` of
the same source written to prog.go), never from minigo's output. gc's scanner
reports an error and goes on; with no syntax error among them, type checking
follows (hence the `declared and not used` lines). Its parser resynchronizes
after an error at the end of a statement, between top-level declarations and
in lists; errors are sorted, one syntax error per line, at most ten.
"""
import pytest

from minigo.stdlib import import_package
from minigo.typecheck import check_file
from minigo.errors import ErrorList, Source
from minigo.syntax.parser import parse_source


def compile_errors(text):
    """The lines `go build` prints for a file prog.go holding text ([] if none)."""
    src = Source('prog.go', text, display='./prog.go')
    try:
        tree = parse_source(src)
        check_file(src, tree, import_package)
    except ErrorList as el:
        if getattr(el, 'go_command', False):
            return [l[2:] if l.startswith('./') else l for l in el.lines()]
        return el.lines()
    return []


def body(stmts):
    return 'package main\n\nfunc main() {\n' + stmts + '}\n'


# (statements in main, the errors real Go prints)
CASES = {
    'hex_no_digits': ('\tx := 0x\n', [
        './prog.go:4:2: declared and not used: x',
        './prog.go:4:9: hexadecimal literal has no digits']),
    'underscore': ('\tx := 1__2\n', [
        './prog.go:4:2: declared and not used: x',
        "./prog.go:4:9: '_' must separate successive digits"]),
    'exponent': ('\tx := 1e\n', [
        './prog.go:4:2: declared and not used: x',
        './prog.go:4:9: exponent has no digits']),
    'binary_digit': ('\t_ = 0b12\n', [
        "./prog.go:4:9: invalid digit '2' in binary literal"]),
    'nul': ('\tx := 1\n\t_ = x \x00\n', [
        './prog.go:5:8: invalid NUL character']),
    'bom_middle': ('\tx := 1\n\t_ = \ufeffx\n', [
        './prog.go:5:6: invalid BOM in the middle of the file']),
    'formfeed': ('\tx := 1\f+ 2\n\t_ = x\n', [
        './prog.go:4:8: invalid character U+000C']),
    'invalid_char': ('\tx := 1 @ 2\n\t_ = x\n', [
        "./prog.go:4:9: invalid character U+0040 '@'",
        './prog.go:4:11: syntax error: unexpected literal 2 at end of statement']),
    'ident_char': ('\ta€b := 1\n\t٣x := 2\n', [
        './prog.go:4:2: declared and not used: a€b',
        "./prog.go:4:3: invalid character U+20AC '€' in identifier",
        "./prog.go:5:2: identifier cannot begin with digit U+0663 '٣'",
        './prog.go:5:2: declared and not used: ٣x']),
    'newline_in_string': ('\tx := "abc\n\ty := 1\n', [
        './prog.go:4:2: declared and not used: x',
        './prog.go:4:11: newline in string',
        './prog.go:5:2: declared and not used: y']),
    'runes': ("\tx := 'ab'\n\ty := ''\n\tz := '\\q'\n\tw := \"\\400\"\n", [
        './prog.go:4:2: declared and not used: x',
        './prog.go:4:7: more than one character in rune literal',
        './prog.go:5:2: declared and not used: y',
        "./prog.go:5:8: empty rune literal or unescaped '",
        './prog.go:6:2: declared and not used: z',
        './prog.go:6:9: unknown escape',
        './prog.go:7:2: declared and not used: w',
        './prog.go:7:12: octal escape value 256 > 255']),
    'raw_string_eof': ('\tx := 1\n\ty := 1 ; z := `abc \n', [
        './prog.go:4:2: declared and not used: x',
        './prog.go:5:2: declared and not used: y',
        './prog.go:5:11: declared and not used: z',
        './prog.go:5:16: string not terminated']),
    'for_var': ('\tfor var i = 0; i < 1; i++ {\n\t}\n\tx := 1\n', [
        './prog.go:4:10: syntax error: var declaration not allowed in for initializer']),
    'two_statements': ('\tx := 1 2\n\ty := 3 4\n', [
        './prog.go:4:9: syntax error: unexpected literal 2 at end of statement',
        './prog.go:5:9: syntax error: unexpected literal 4 at end of statement']),
    'lists': ('\tx := [3]int{1, 2 3}\n\tf(1 2)\n\ty := 1 2\n', [
        './prog.go:4:19: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }',
        './prog.go:5:6: syntax error: unexpected literal 2 in argument list; possibly missing comma or )',
        './prog.go:6:9: syntax error: unexpected literal 2 at end of statement']),
}


@pytest.mark.parametrize('name', sorted(CASES))
def test_scan_errors(name):
    stmts, want = CASES[name]
    assert compile_errors(body(stmts)) == want


def test_comment_not_terminated():
    # real Go: the comment runs to EOF; what is open is closed there, silently
    text = 'package main\n\nfunc main() {\n\tx := 1\n\ty := 1 /* abc \n}\n'
    assert compile_errors(text) == [
        './prog.go:4:2: declared and not used: x',
        './prog.go:5:2: declared and not used: y',
        './prog.go:5:9: comment not terminated']


def test_leading_bom_is_fine():
    assert compile_errors('\ufeffpackage main\n\nfunc main() {\n}\n') == []


def test_top_level():
    text = 'package main\n\nx := 1\n\nvar a int b\n\nfunc main() {\n}\n\ny = 2\n'
    assert compile_errors(text) == [
        './prog.go:3:1: syntax error: non-declaration statement outside function body',
        './prog.go:5:11: syntax error: unexpected name b after top level declaration',
        './prog.go:10:1: syntax error: non-declaration statement outside function body']


def test_too_many_errors():
    stmts = ''.join(f'\tv{i} := 0x\n' for i in range(12))
    want = [f'./prog.go:{4 + i}:10: hexadecimal literal has no digits' for i in range(10)]
    assert compile_errors(body(stmts)) == want + ['./prog.go:13:10: too many errors']


def test_one_error_per_line():
    # real Go: the same message once per line, one syntax error per line
    assert compile_errors(body('\ta := 0x; b := 0x\n\tc := "\\q\\w"\n\td := 1 2 3\n')) == [
        './prog.go:4:9: hexadecimal literal has no digits',
        './prog.go:5:9: unknown escape',
        './prog.go:6:9: syntax error: unexpected literal 2 at end of statement']


def test_column_255_omitted():
    # gc keeps 8-bit columns: from 255 on, no column is printed
    text = body('\tx := 1' + ' ' * 300 + '0x\n\t_ = x\n')
    assert compile_errors(text) == [
        './prog.go:4: hexadecimal literal has no digits',
        './prog.go:4: syntax error: unexpected literal 0x at end of statement']


@pytest.mark.parametrize('imports, want', [
    ('import\n\n', 'prog.go:5:1: missing import path'),
    ('import (\n\t"fmt"\n\tx\n)\n\n', 'prog.go:5:3: missing import path'),
    ('import 12\n\n', 'prog.go:3:8: import path must be a string'),
    ("import (\n\t\"fmt\"\n\t'a'\n)\n\n", 'prog.go:5:2: import path must be a string'),
    ('import (\n\t"fmt"\n\t"os" 12\n)\n\n', "prog.go:5:7: expected ';', found 12"),
])
def test_import_path_errors(imports, want):
    # reported by the go command (no `# command-line-arguments` header)
    text = 'package main\n\n' + imports + 'func main() {\n}\n'
    assert compile_errors(text) == [want]


def test_invalid_utf8_everywhere():
    # bytes that are not UTF-8, decoded with surrogateescape (as parse_file
    # reads a file): each is reported, in a literal too, and skipped
    data = b'package main\n\nfunc main() {\n\tx := "a\xffb"\n\ty := 1 \xfe\n\t_ = x\n}\n'
    assert compile_errors(data.decode('utf-8', 'surrogateescape')) == [
        './prog.go:4:9: invalid UTF-8 encoding',
        './prog.go:5:2: declared and not used: y',
        './prog.go:5:9: invalid UTF-8 encoding']


def test_parse_file_reads_invalid_utf8(tmp_path):
    from minigo.syntax.parser import parse_file
    p = tmp_path / 'prog.go'
    p.write_bytes(b'package main\n\nfunc main() {\n\tx := "a\xffb"\n\t_ = x\n}\n')
    with pytest.raises(ErrorList) as e:
        src, tree = parse_file(str(p), display='./prog.go')
        check_file(src, tree, import_package)
    assert e.value.lines() == ['./prog.go:4:9: invalid UTF-8 encoding']


# Found by mutating a program; each expected text is real Go's.
FUZZ_BASE = '''package main

import "fmt"

type T struct {
	a int
	b string
}

func main() {
	t := T{a: 1, b: "hi"}
	fmt.Println(t)
}
'''


@pytest.mark.parametrize('old, new, want', [
    ('\ta int', '\ta{ int', ['./prog.go:6:3: syntax error: unexpected {, expected type']),
    ('package main', "package mai'n", [
        "./prog.go:1:12: syntax error: unexpected literal 'n, expected semicolon or newline",
        './prog.go:1:14: newline in rune literal']),
    ('package main', 'pa package main', ["prog.go:1:1: expected 'package', found pa"]),
    ('package main', 'func main', ["prog.go:1:1: expected 'package', found 'func'"]),
    ('t := T{', 't := /*T{', [
        './prog.go:3:8: "fmt" imported and not used',
        './prog.go:11:2: declared and not used: t',
        './prog.go:11:7: comment not terminated']),
])
def test_mutations(old, new, want):
    assert compile_errors(FUZZ_BASE.replace(old, new, 1)) == want


def test_header_wants_brace():
    # real Go: right after an if/for/switch's first simple statement gc wants `{`
    text = body('\tx := 1\n\tif x 2 {\n\t}\n')
    assert compile_errors(text) == ['./prog.go:5:7: syntax error: unexpected literal 2, expected {']


def test_not_main_comes_before_syntax_errors():
    # the go command reads `package m` (its reader stops at the backslash)
    # and refuses the file before the compiler reports anything (real go run)
    import minigo
    r = minigo.run('package m\\u0061in\n\nfunc main() {}\n', filename='prog.go')
    assert (r.exit_code, r.stderr) == (1, b'package command-line-arguments is not a main package\n')


def test_parse_reports_errors_it_went_on_after(tmp_path):
    # `minigo parse -q` is a syntax check: a bad escape fails it like a syntax error
    from conftest import run_minigo
    p = tmp_path / 'prog.go'
    p.write_bytes(b'package main\n\nfunc main() {\n\t_ = "\\q \\xzz"\n\t_ = "\xff"\n}\n')
    r = run_minigo(['parse', '-q', str(p)])
    assert r.returncode == 1
    assert r.stdout == b''
    lines = r.stderr.decode().splitlines()
    assert [l[l.index('prog.go:') + len('prog.go:'):] for l in lines] == [
        '4:8: unknown escape', "4:12: invalid character 'z' in hexadecimal escape",
        '5:7: invalid UTF-8 encoding']
