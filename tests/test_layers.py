"""minigo's layers import only downwards (ARCHITECTURE.md draws them).

Every import in every module of the checkout's minigo/ is read with `ast`,
top-level and inside functions alike, and mapped to the layer of the module
it names; an import of a layer above the importer's fails the test, with the
modules that make the edge.
"""
import ast
import os

from conftest import CHECKOUT_PKG, ROOT

# Bottom first. A module may import its own layer and the layers before it.
LAYERS = [
    {'text', 'errors', 'tracehtml', 'deepstack', 'flags'},   # Go's text rules; error positions; the trace
                                                   # page; running on a big stack; command-line flags
    {'types'},                         # the type representation
    {'constant'},                      # untyped constant arithmetic
    {'syntax', 'grammar'},             # scanner, grammar, AST
    {'typecheck'},                     # the type checker
    {'runtime'},                       # values, run context, scheduler, channels, formatting
    {'compile'},                       # closures from checked AST
    {'stdlib'},                        # the standard packages
    {'frontend', 'runner', 'project'}, # source -> checked program (one file, or packages of a
                                       # module); running one in a run context
    {'api', 'explore', 'gotest'},      # minigo.run / minigo.check; schedule exploration; minigo test
    {'repl'},
    {'jupyter'},                       # the Jupyter kernel (a REPL session per notebook)
    {'cli'},
    {'__main__', '__init__'},          # the package's face: `python -m minigo`, `import minigo`
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def _module_name(path, root):
    rel = os.path.relpath(path, root)[:-3].replace(os.sep, '.')
    return rel[:-len('.__init__')] if rel.endswith('.__init__') else rel


def _layer(module):
    """minigo.runtime.sched -> runtime; minigo -> __init__."""
    parts = module.split('.')
    return parts[1] if len(parts) > 1 else '__init__'


def _imports(path, root=ROOT):
    """(importing module, imported minigo module) for every import in path."""
    mod = _module_name(path, root)
    is_pkg = path.endswith('__init__.py')
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split('.')[0] == 'minigo':
                    yield mod, a.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.split('.') if is_pkg else mod.split('.')[:-1]
                base = base[:len(base) - (node.level - 1)]
                target = '.'.join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ''
            if target.split('.')[0] != 'minigo':
                continue
            if target == 'minigo':
                for a in node.names:      # `from .. import types`: the names are modules
                    yield mod, f'minigo.{a.name}'
            else:
                yield mod, target


def _all_edges():
    for d, dirs, files in os.walk(CHECKOUT_PKG):
        dirs[:] = [x for x in dirs if x != '__pycache__']
        for f in files:
            if f.endswith('.py'):
                yield from _imports(os.path.join(d, f))


def test_every_module_has_a_layer():
    unknown = {_layer(m) for m, _ in _all_edges()} - RANK.keys()
    unknown |= {_layer(t) for _, t in _all_edges()} - RANK.keys()
    assert not unknown, f'add these to LAYERS (and ARCHITECTURE.md): {sorted(unknown)}'


def test_no_import_runs_back_up_the_layers():
    back = {}
    for mod, target in _all_edges():
        a, b = _layer(mod), _layer(target)
        if RANK.get(b, -1) > RANK.get(a, -1):
            back.setdefault(f'{a} -> {b}', set()).add(mod)
    assert not back, 'imports against the layering: ' + '; '.join(
        f'{edge} ({", ".join(sorted(mods))})' for edge, mods in sorted(back.items()))


def test_the_check_finds_a_back_edge(tmp_path):
    """The reader sees imports inside functions and relative `from .. import`."""
    p = tmp_path / 'minigo' / 'types.py'
    p.parent.mkdir()
    p.write_text('def f():\n    from .runtime import sched\n    from . import stdlib\n')
    edges = list(_imports(str(p), root=str(tmp_path)))
    assert [(_layer(a), _layer(b)) for a, b in edges] == [('types', 'runtime'), ('types', 'stdlib')]
