"""The command line's flags: every subcommand prints its usage for -h/--help
(exit 0), and a bad flag is reported in the words of Go's flag package, then
the usage (exit 2). Values are read as Go reads them (0x10, 017, 1_000).

The expected messages are what a Go program using package flag prints for
the same arguments (go1.27.3): `invalid value "x" for flag -seed: parse
error`, `flag needs an argument: -seed`, `flag provided but not defined:
-nope`, `invalid boolean value "maybe" for -race: parse error`, `bad flag
syntax: ---x`, `value out of range` past int64.
"""
import os

import pytest

from conftest import run_minigo
from minigo import cli
from minigo.flags import Flag, FlagError, Help, parse, parse_float, parse_int

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO = os.path.join(os.path.dirname(HERE), 'examples', 'hello.go')


def _cli(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize('name', sorted(set(cli.COMMANDS) - {'test'}))
@pytest.mark.parametrize('flag', ['-h', '-help', '--help'])
def test_every_subcommand_prints_its_usage_for_help(capsys, name, flag):
    code, out, err = _cli(capsys, name, flag)
    assert code == 0 and err == ''
    assert out.startswith(f'usage: minigo {name}')
    assert out == _cli(capsys, 'help', name)[1]


@pytest.mark.parametrize('flag', ['-h', '-help', '--help'])
def test_test_answers_help_as_go_test(capsys, flag):
    """`go test -h` prints go test's two-line usage on stderr, exit 2 (go1.27.3);
    `minigo help test` has the whole usage, with test's flags."""
    from minigo.gotest import USAGE
    code, out, err = _cli(capsys, 'test', flag)
    assert (code, out, err) == (2, '', USAGE + '\n')
    code, out, err = _cli(capsys, 'help', 'test')
    assert code == 0 and out.startswith('usage: minigo test') and '-timeout D' in out


def test_help_lists_every_subcommand(capsys):
    code, out, err = _cli(capsys, 'help')
    assert code == 0
    for name in cli.COMMANDS:
        assert f'  minigo {name}' in out
    assert _cli(capsys, '--help')[1] == out == _cli(capsys, '-h')[1]


BAD_FLAGS = [
    (['run', '--seed', 'x', 'a.go'], 'invalid value "x" for flag -seed: parse error'),
    (['run', '-seed=x', 'a.go'], 'invalid value "x" for flag -seed: parse error'),
    (['run', '--seed=', 'a.go'], 'invalid value "" for flag -seed: parse error'),
    (['run', '--seed', '99999999999999999999', 'a.go'],
     'invalid value "99999999999999999999" for flag -seed: value out of range'),
    (['run', '-seed'], 'flag needs an argument: -seed'),
    (['run', '--nope', 'a.go'], 'flag provided but not defined: -nope'),
    (['run', '-race=maybe', 'a.go'], 'invalid boolean value "maybe" for -race: parse error'),
    (['run', '---x', 'a.go'], 'bad flag syntax: ---x'),
    (['run', '-=x', 'a.go'], 'bad flag syntax: -=x'),
    (['run', '--sched', 'fast', 'a.go'], 'invalid value "fast" for flag -sched: want go or random'),
    (['run', '--seed', 'ü', 'a.go'], 'invalid value "ü" for flag -seed: parse error'),
    (['explore', '--runs', 'x', 'a.go'], 'invalid value "x" for flag -runs: parse error'),
    (['explore', '--runs', '0', 'a.go'], 'invalid value "0" for flag -runs: must be positive'),
    (['explore', '--timeout', '1s', 'a.go'], 'invalid value "1s" for flag -timeout: parse error'),
    (['parse', '--tree', 'a.go'], 'flag provided but not defined: -tree'),
    (['trace', 't.json', '-o'], 'flag needs an argument: -o'),
    (['repl', '--seed', 'x'], 'invalid value "x" for flag -seed: parse error'),
    (['--seed', 'x'], 'invalid value "x" for flag -seed: parse error'),
    (['version', '--short'], 'flag provided but not defined: -short'),
]


@pytest.mark.parametrize('argv,message', BAD_FLAGS, ids=[' '.join(a) for a, _ in BAD_FLAGS])
def test_a_bad_flag_in_the_flag_packages_words(capsys, argv, message):
    code, out, err = _cli(capsys, *argv)
    name = argv[0] if argv[0] in cli.COMMANDS else 'repl'
    assert code == 2 and out == ''
    assert err == message + '\n' + cli.command_usage(cli.COMMANDS[name])


@pytest.mark.parametrize('text,value', [('12', 12), ('-12', -12), ('+0x1F', 31), ('017', 15), ('0o17', 15),
                                        ('0b101', 5), ('1_000', 1000), ('0_17', 15), ('0x_1f', 31),
                                        ('9223372036854775807', (1 << 63) - 1)])
def test_ints_as_go_parses_them(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize('text', ['', 'x', '1.5', '08', '_1', '1_', '1__0', '0x', ' 1', '1e3'])
def test_not_ints_in_go(text):
    with pytest.raises(ValueError, match='parse error'):
        parse_int(text)


@pytest.mark.parametrize('text,value', [('1e3', 1000.0), ('.5', 0.5), ('5.', 5.0), ('1_0.5', 10.5),
                                        ('0x1p2', 4.0), ('-Inf', float('-inf')), ('2', 2.0)])
def test_floats_as_go_parses_them(text, value):
    assert parse_float(text) == value


@pytest.mark.parametrize('text', ['', '.', 'x', '1e', ' 1', '1s', '1..2'])
def test_not_floats_in_go(text):
    with pytest.raises(ValueError, match='parse error'):
        parse_float(text)


FLAGS = [Flag('race', 'bool', ''), Flag('seed', 'int', '', None, 'N'), Flag('v', 'bool', '', False)]


def test_flags_stop_at_the_first_argument_and_after_dashdash():
    assert parse(FLAGS, ['-race', '--seed=3', 'p.go', '-v']) == (
        {'race': True, 'seed': 3, 'v': False}, ['p.go', '-v'])
    assert parse(FLAGS, ['--seed', '0x10', '--', '-v']) == ({'race': None, 'seed': 16, 'v': False}, ['-v'])
    assert parse(FLAGS, ['-', 'x'])[1] == ['-', 'x']
    assert parse(FLAGS, ['-race=false', '-race=1'])[0]['race'] is True   # the last one counts
    with pytest.raises(Help):
        parse(FLAGS, ['-v', '-h'])
    with pytest.raises(FlagError, match='^flag provided but not defined: -nope$'):
        parse(FLAGS, ['--nope'])


def test_run_passes_arguments_after_the_file_to_the_program():
    """-h and flags after FILE.go are the program's, as with go run; Go's
    integer syntax works for --seed."""
    r = run_minigo(['run', '--seed', '0x10', '--verbose', HELLO, '-h', '--seed'], text=True)
    assert r.returncode == 0, r.stderr
    assert r.stderr == 'minigo: seed 16\n'
    r = run_minigo(['run', '-h'], text=True)
    assert r.returncode == 0 and r.stdout.startswith('usage: minigo run [flags] FILE.go')
