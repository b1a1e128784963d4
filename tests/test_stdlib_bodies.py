"""The standard packages' function bodies are type-checked on first use
(stdlib.build_package, Checker.lazy_bodies), not when a package is imported.
Every body must still check, and what a package ends up with must be what
checking every body at once gives: the same initialisation order of its
variables, the same type information, no import left unused."""
import importlib

import pytest

import minigo
from minigo import types as T
from minigo.stdlib import PACKAGES, build_package, check_all_bodies, import_package
from minigo.stdlib.astcache import parse
from minigo.typecheck.checker import Checker

PATHS = sorted(PACKAGES)


def _eager(path):
    """path's package checked with every body before the checker returns."""
    pkg = import_package(path)
    tree = parse(path, pkg.src)
    chk = Checker(pkg.src, T.Package(path, tree.package.name), import_package)
    chk.is_stdlib = True
    return chk.check_file(tree)     # raises on an error, an unused import among them


def _init_order(info):
    return [([v.name for v in lhs], init is not None) for lhs, init in info.init_order]


@pytest.mark.parametrize('path', PATHS)
def test_bodies_checked_lazily_give_what_checking_at_once_gives(path):
    pkg = import_package(path)
    eager = _eager(path)
    assert _init_order(pkg.info) == _init_order(eager)
    check_all_bodies(pkg)
    assert len(pkg.info.types) == len(eager.types)
    assert len(pkg.info.uses) == len(eager.uses)
    assert len(pkg.info.selections) == len(eager.selections)


def _private(path):
    """A fresh copy of a standard package, none of its bodies checked yet."""
    return build_package(path, importlib.import_module('minigo.stdlib.' + PACKAGES[path]))


def test_a_body_is_checked_when_asked_for():
    pkg = _private('errors')
    decls = dict(pkg.info.funcs)
    join = pkg.scope.lookup('Join')
    first = decls[join].body.stmts[0]
    assert not any(_within(e, first) for e in pkg.info.types)
    pkg.info.check_body(join)
    assert any(_within(e, first) for e in pkg.info.types)
    n = len(pkg.info.types)
    pkg.info.check_body(join)      # once only
    assert len(pkg.info.types) == n


def _within(e, stmt):
    (l0, c0), pos = stmt.pos, getattr(e, 'pos', None)
    return pos is not None and pos[0] == l0 and pos[1] >= c0


def test_programs_run_with_lazily_checked_bodies():
    """fmt.Println, errors.Join and a method with a Go body reached through an
    interface (os.PathError's Error) compile their bodies on first use."""
    src = ('package main\n'
           'import ("errors"; "fmt"; "os")\n'
           'func main() {\n'
           '\tfmt.Println(errors.Join(errors.New("a"), errors.New("b")))\n'
           '\t_, err := os.Open("/nonexistent/x")\n'
           '\tvar e error = err\n'
           '\tfmt.Println(e)\n'
           '}\n')
    r = minigo.run(src)
    assert r.stdout == b'a\nb\nopen /nonexistent/x: no such file or directory\n', r.stderr


INIT_THROUGH_BODIES = '''package p

var a = f()

func f() int { return g() + b }

func g() int { return c }

var b = 1

var c = 2

func unused() int { return d }

var d = 3
'''


@pytest.mark.parametrize('lazy', [False, True])
def test_init_order_follows_dependencies_in_bodies(lazy):
    """The bodies package variables reach are checked before the order is
    computed: a waits for c through f and g, as Go's order has it."""
    from minigo.errors import Source
    from minigo.syntax.parser import parse_source
    src = Source('p.go', INIT_THROUGH_BODIES)
    chk = Checker(src, T.Package('p', 'p'), import_package)
    if lazy:
        chk.lazy_bodies = {}
    info = chk.check_file(parse_source(src))
    assert [lhs[0].name for lhs, _ in info.init_order] == ['b', 'c', 'a', 'd']
    if lazy:
        assert [f.name for f in chk.lazy_bodies] == ['unused']
