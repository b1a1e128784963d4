"""The cache of syntax trees (syntax/treecache.py): the file `minigo run` is
given is parsed once per text, a run that hits the cache imports no Lark,
a tree with errors is never cached, and only the newest trees are kept."""
import os
import subprocess
import sys

from minigo.errors import Source
from minigo.syntax import treecache
from minigo.syntax.parser import parse_source

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n'


def _counting():
    calls = []

    def parse(src):
        calls.append(src.path)
        return parse_source(src)
    return parse, calls


def test_a_text_is_parsed_once(tmp_path, monkeypatch):
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path))
    parse, calls = _counting()
    first = treecache.program_tree(Source('a.go', HELLO), parse)
    again = treecache.program_tree(Source('b.go', HELLO), parse)
    assert calls == ['a.go']
    assert again is not first and again.decls[-1].name.name == 'main'
    treecache.program_tree(Source('a.go', HELLO.replace('hi', 'ho')), parse)
    assert calls == ['a.go', 'a.go']


def test_a_tree_with_errors_is_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path))
    parse, calls = _counting()
    bad = HELLO.replace('"hi"', "'ab'")       # more than one character: the checker goes on
    for _ in range(2):
        tree = treecache.program_tree(Source('a.go', bad), parse)
        assert tree.errors
    assert len(calls) == 2
    assert not [n for n in os.listdir(tmp_path / 'minigo') if n.startswith('prog-')]


def test_only_the_newest_trees_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path))
    monkeypatch.setattr(treecache, 'PROGRAM_TREES', 2)
    parse, calls = _counting()
    for word in ('a', 'b', 'c'):
        treecache.program_tree(Source('x.go', HELLO.replace('hi', word)), parse)
    kept = [n for n in os.listdir(tmp_path / 'minigo') if n.startswith('prog-')]
    assert len(kept) == 2
    treecache.program_tree(Source('x.go', HELLO.replace('hi', 'c')), parse)
    treecache.program_tree(Source('x.go', HELLO.replace('hi', 'a')), parse)
    assert len(calls) == 4                  # c was kept, a was not


def test_unwritable_cache_parses_every_time(tmp_path, monkeypatch):
    not_a_dir = tmp_path / 'file'
    not_a_dir.write_text('')
    monkeypatch.setenv('XDG_CACHE_HOME', str(not_a_dir))
    parse, calls = _counting()
    for _ in range(2):
        treecache.program_tree(Source('a.go', HELLO), parse)
    assert len(calls) == 2


CHILD = '''
import sys
from minigo.cli import main
code = main(['run', sys.argv[1]])
sys.stderr.write('lark imported: %s\\n' % ('lark' in sys.modules))
sys.exit(code)
'''


def test_run_of_a_file_run_before_imports_no_lark(tmp_path):
    prog = tmp_path / 'hello.go'
    prog.write_text(HELLO)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / 'cache'))
    runs = [subprocess.run([sys.executable, '-c', CHILD, str(prog)], env=env, capture_output=True,
                           text=True, timeout=120) for _ in range(2)]
    assert [(r.stdout, r.returncode) for r in runs] == [('hi\n', 0)] * 2
    assert [r.stderr for r in runs] == ['lark imported: True\n', 'lark imported: False\n']


def test_two_parser_versions_keep_their_own_standard_trees(tmp_path, monkeypatch):
    """Two minigos sharing a cache (two installs, two checkouts) do not
    overwrite each other's trees of the standard packages."""
    from minigo.stdlib import astcache
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path))
    parses = []
    monkeypatch.setattr(astcache, '_parse', lambda src: parses.append(src) or parse_source(src))
    src = Source('$GOROOT/src/cmp/cmp.go', 'package cmp\n\nfunc Less(a, b int) bool { return a < b }\n')
    for version in (b'one', b'two', b'one', b'two'):
        monkeypatch.setattr(treecache, '_version', version)
        assert astcache.parse('cmp', src).package.name == 'cmp'
    assert len(parses) == 2
    assert len([n for n in os.listdir(tmp_path / 'minigo') if n.startswith('std-')]) == 2
