"""How the Jupyter kernel reads a cell (minigo/jupyter/cells.py) and makes a
program of a magic's body (program.py), without starting a kernel: the
pieces keep the cell's line numbers, which the errors and traces rely on."""
import minigo
from minigo.jupyter.cells import parse_cell
from minigo.jupyter.program import build_program


def _check(text):
    return [d.message for d in minigo.check(text, 'cell.go')]


def test_a_cell_is_cut_into_inputs_with_their_lines():
    cell = parse_cell('%seed 3\n\n// sq squares.\nfunc sq(x int) int {\n\treturn x * x\n}\n\n'
                      'type T struct{}\nx := sq(3)\n\ny := x + 1\n:env\nfunc g() {}\ny // last')
    assert [(m.name, m.args, m.line) for m in cell.line_magics] == [('seed', '3', 1)]
    assert [(c.kind, c.line) for c in cell.chunks] == [('decl', 3), ('stmt', 9), ('meta', 12),
                                                      ('decl', 13), ('stmt', 14)]
    # neighbours of one kind are one input, blank lines kept so its lines stay the cell's
    assert cell.chunks[0].text == '// sq squares.\nfunc sq(x int) int {\n\treturn x * x\n}\n\ntype T struct{}'
    assert cell.chunks[1].text == 'x := sq(3)\n\ny := x + 1'


def test_a_cell_magic_takes_the_rest_of_the_cell():
    cell = parse_cell('%virtual_time on\n%%trace --x\nfmt.Println(1)\n\n')
    assert [m.name for m in cell.line_magics] == ['virtual_time']
    assert (cell.cell_magic.name, cell.cell_magic.args, cell.cell_magic.line) == ('trace', '--x', 2)
    assert cell.body == 'fmt.Println(1)\n\n' and cell.chunks == []


def test_a_trailing_comment_stays_with_the_code_above():
    cell = parse_cell('x := 1\n// the end')
    assert [(c.kind, c.text) for c in cell.chunks] == [('stmt', 'x := 1\n// the end')]


def test_statements_become_main_on_the_cells_lines():
    body = ('func worker(id int, ch chan int) {\n\tch <- id\n}\n\n'
            'ch := make(chan int)\ngo worker(7, ch)\nfmt.Println(<-ch)\npanic("stop")')
    text = build_program(body, _check)
    lines = text.split('\n')
    assert lines[0] == 'package main; import ("fmt")'
    assert lines[5] == 'func main() { ch := make(chan int)'      # the cell's line 6
    r = minigo.run(text, filename='cell.go')
    assert r.stdout == b'7\n' and r.exit_code == 2
    # panic("stop") is the body's 8th line, the cell's 9th (below the %% line)
    assert '/cell.go:9 +0x' in r.stderr.decode()


def test_declarations_after_the_statements_close_main_on_their_line():
    text = build_program('fmt.Println(twice(2))\nfunc twice(n int) int { return 2 * n }', _check)
    assert text.split('\n')[2] == '}; func twice(n int) int { return 2 * n }'
    assert minigo.run(text).stdout == b'4\n'


def test_an_auto_import_a_variable_shadows_is_dropped():
    text = build_program('strings := []string{"a"}\nfmt.Println(len(strings))', _check)
    assert text.split('\n')[0] == 'package main; import ("fmt")'
    assert minigo.run(text).stdout == b'1\n'


def test_magic_lines_above_the_body_keep_its_lines():
    text = build_program('x := 1\nfmt.Println(x)', _check, first_line=3)
    assert text.split('\n')[2] == 'func main() { x := 1'


def test_a_whole_program_is_kept():
    body = 'package main\n\nfunc main() {\n\tprintln("hi")\n}'
    assert build_program(body) == '\n' + body
