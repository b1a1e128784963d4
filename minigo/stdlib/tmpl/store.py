"""A template set: the Python side of text/template's Template.

A Go *Template is the list [name, data]: its name and a TemplateData (its
own parse tree and delimiters, and the Common it shares with the templates
associated with it: name -> *Template, the functions, the missingkey
option). As in Go, t.New(name) makes a template that joins the set only
once parsed, and a template parsed again replaces the set's entry (unless
the new tree is empty). Go's map iteration order is unspecified; here a
set lists its templates in the order they joined it.
"""
from __future__ import annotations

from ...runtime.panic import GoPanic
from . import funcs as F
from . import goerr
from . import nodes as N
from . import parse as P

MAP_INVALID, MAP_ZERO, MAP_ERROR = range(3)


class Common:
    __slots__ = ('tmpl', 'missing_key', 'parse_funcs', 'exec_funcs')

    def __init__(self):
        self.tmpl = {}              # name -> Go *Template
        self.missing_key = MAP_INVALID
        self.parse_funcs = {}       # name -> the FuncMap's interface value
        self.exec_funcs = {}        # name -> Func


class TemplateData:
    __slots__ = ('tree', 'common', 'left', 'right')

    def __init__(self, common=None, left='', right=''):
        self.tree = None
        self.common = common
        self.left = left
        self.right = right


def _str(b):
    return b.decode('utf-8', 'surrogateescape')


def _bytes(s):
    return s.encode('utf-8', 'surrogateescape')


def name_of(t):
    return _str(t[0])


def data_of(t):
    return t[1]


def init(t):
    """The template's data, made on first use (a zero Template has none)."""
    d = t[1]
    if d is None:
        d = t[1] = TemplateData()
    if d.common is None:
        d.common = Common()
    return d


def new(name, common=None, left='', right=''):
    return [_bytes(name), TemplateData(common, left, right)]


def new_in(t, name):
    """t.New(name): a template sharing t's set and delimiters (not yet in the set)."""
    d = init(t)
    return new(name, d.common, d.left, d.right)


def lookup(t, name):
    d = t[1]
    if d is None or d.common is None:
        return None
    return d.common.tmpl.get(name)


def parse_into(t, text, mode=0):
    """t.Parse(text): None, or the parse error's message."""
    d = init(t)
    c = d.common
    try:
        trees = P.parse_all(name_of(t), text, d.left, d.right, (c.parse_funcs, F.BUILTIN_NAMES), mode)
    except P.ParseError as e:
        return e.msg
    for name, tree in trees.items():
        add_parse_tree(t, name, tree)
    return None


def add_parse_tree(t, name, tree):
    d = init(t)
    nt = t if name == name_of(t) else new_in(t, name)
    if associate(t, nt, tree) or nt[1].tree is None:
        nt[1].tree = tree
    return nt


def associate(t, nt, tree):
    """Put nt in t's set, unless an empty tree would replace a real one."""
    c = t[1].common
    name = name_of(nt)
    old = c.tmpl.get(name)
    if old is not None and N.is_empty_tree(tree.root) and old[1].tree is not None:
        return False
    c.tmpl[name] = nt
    return True


def clone(t):
    d = init(t)
    nt = new(name_of(t), Common(), d.left, d.right)
    nt[1].tree = d.tree
    nc = nt[1].common
    nc.missing_key = d.common.missing_key
    me = name_of(t)
    for k, v in d.common.tmpl.items():
        if k == me:
            nc.tmpl[k] = nt
            continue
        vd = v[1]
        c = [v[0], TemplateData(nc, vd.left, vd.right)]
        c[1].tree = vd.tree
        nc.tmpl[k] = c
    nc.parse_funcs.update(d.common.parse_funcs)
    nc.exec_funcs.update(d.common.exec_funcs)
    return nt


def defined_templates(t):
    d = t[1]
    if d is None or d.common is None:
        return ''
    names = [n for n, x in d.common.tmpl.items() if x[1].tree is not None and x[1].tree.root is not None]
    if not names:
        return ''
    from .lex import quote
    return '; defined templates are: ' + ', '.join(quote(n) for n in names)


# ------------------------------------------------------------------ functions and options

def _panic(msg):
    from .values import rt_string
    return GoPanic((rt_string(), goerr.text(msg)))


def _good_name(name):
    """A function name: a letter or '_', then letters, digits and '_'."""
    from .lex import is_alnum, is_letter
    if not name:
        return False
    for i, c in enumerate(name):
        if c != '_' and not (is_letter(c) if i == 0 else is_alnum(c)):
            return False
    return True


def add_funcs(t, funcmap, name_check=_good_name):
    """t.Funcs(funcMap): Go panics on a bad name, a non-function, a bad signature."""
    from ...runtime import rtypes as R
    c = init(t).common
    for key, iface in (funcmap or {}).items():
        name = _str(key)
        if not name_check(name):
            raise GoPanic(goerr.new(f'function name {_quote(name)} is not a valid identifier'))
        if iface is None or iface[0].kind != R.FUNC:
            raise _panic(f'value for {name} not a function')
        fn = F.func_of(iface, name)
        why = fn.good(name)
        if why:
            raise GoPanic(goerr.new(why))
        c.exec_funcs[name] = fn
        c.parse_funcs[name] = iface


def _quote(s):
    from .lex import quote
    return quote(s)


_MISSING_KEY = {'invalid': MAP_INVALID, 'default': MAP_INVALID, 'zero': MAP_ZERO, 'error': MAP_ERROR}


def set_options(t, opts):
    c = init(t).common
    for o in opts:
        opt = _str(o)
        if not opt:
            raise _panic('empty option string')
        key, eq, value = opt.partition('=')
        if eq and key == 'missingkey' and value in _MISSING_KEY:
            c.missing_key = _MISSING_KEY[value]
            continue
        raise _panic('unrecognized option: ' + opt)
