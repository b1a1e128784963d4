"""What `go test` builds for a package: the package with its _test.go files,
the external test package (NAME_test) when there is one, and a generated
main that hands the tests, benchmarks, fuzz targets and examples to
testing.MainStart, as the go command's _testmain.go does.

Tests are found as the go command finds them (cmd/go/internal/load/test.go):
TestXxx(*testing.T), BenchmarkXxx(*testing.B), FuzzXxx(*testing.F),
ExampleXxx() with its `// Output:` or `// Unordered output:` comment (the
last comment of its body; an example without one is compiled, not run), and
TestMain(*testing.M). The checks `go vet` runs during `go test` on these
names (an Example naming an unknown identifier, a malformed name) fail the
build with vet's messages.
"""
from __future__ import annotations

import re

from .. import types as T
from ..errors import ErrorList, Source
from ..syntax import ast as A
from .build import check_one, importer_for, merged, check_deps

_OUTPUT = re.compile(r'(?i)^[ \t\n\r\f\v]*(unordered )?output:')


class SetupError(Exception):
    """What the go command refuses before building (`[setup failed]`): its
    position is printed with the file's absolute path."""

    def __init__(self, fset, pos, msg):
        import os
        src, line = fset.file_at(pos[0])
        super().__init__(f'{os.path.abspath(src.path)}:{line}:{pos[1]}: {msg}\n')
        self.text = str(self)


class TestBuild:
    def __init__(self, loader, lp):
        self.loader = loader
        self.lp = lp
        self.fset = loader.fset
        self.deps = []          # checked packages, initialization order (incl. the tested ones)
        self.tree = None        # the generated main
        self.info = None
        self.main = lp
        self.has_tests = bool(lp.test_trees or lp.xtest_trees)


def build_test(loader, lp, flags_go):
    """Check lp with its tests and generate the test main; flags_go is the
    testing.InternalFlags literal. Raises ErrorList (with `# path [path.test]`
    headers as the go command prints them) or VetError."""
    b = TestBuild(loader, lp)
    checked, _ = check_deps(loader, [p for p in lp.local_imports if p != lp.path])
    importer = importer_for(checked)
    header = f'{lp.path} [{lp.path}.test]'
    info = check_one(loader.fset, lp.path, lp.trees + lp.test_trees, importer, header_path=header)
    ptest = _as_local(info, lp, lp.trees + lp.test_trees, loader.fset)
    checked[lp.path] = ptest
    xtest = None
    if lp.xtest_trees:
        xpath = lp.path + '_test'
        xinfo = check_one(loader.fset, xpath, lp.xtest_trees, importer_for(checked),
                          header_path=f'{xpath} [{lp.path}.test]')
        xtest = _as_local(xinfo, lp, lp.xtest_trees, loader.fset)
        xtest.local_imports = [lp.path] + [p for p in xtest.local_imports if p != lp.path]
        checked[xpath] = xtest
    found = {'tests': [], 'benchmarks': [], 'fuzz': [], 'examples': [], 'main': None}
    vet = []
    for alias, pkg, trees in (('_test', ptest, lp.test_trees), ('_xtest', xtest, lp.xtest_trees)):
        for tree in trees:
            _discover(alias, pkg, ptest, tree, loader.fset, found, vet)
    if vet:
        el = ErrorList(loader.fset)
        for pos, msg in vet:
            el.add(pos, msg)
        el.header = f'# {lp.path}\n# [{lp.path}]\n'
        el.vet = True
        raise el
    from .build import init_order
    b.deps = init_order(checked)
    src = _main_source(lp.path, ptest, xtest, found, flags_go)
    main_src = Source(f'_testmain.go', src, display='_testmain.go')
    from ..syntax.parser import parse_source
    from ..syntax.ast import shift_lines
    base = loader.fset.add(main_src)
    tree = shift_lines(parse_source(main_src), base)
    b.info = check_one(loader.fset, 'main', [tree], importer_for(checked), header_path=header)
    b.info.package.src = loader.fset
    b.tree = tree
    b.found = found
    return b


def _as_local(info, lp, trees, fset):
    pkg = info.package
    pkg.info = info
    pkg.tree = merged(trees)
    pkg.src = fset
    pkg.local = True
    imports = []
    for t in trees:
        for spec in t.imports:
            p = spec.path.val.decode('utf-8', 'replace')
            if p not in imports and (p in lp.local_imports or p == lp.path):
                imports.append(p)
    pkg.local_imports = imports
    return pkg


def _is_test_name(name, prefix):
    if not name.startswith(prefix):
        return False
    if len(name) == len(prefix):
        return True
    return not name[len(prefix)].islower()


_KINDS = (('Test', '*testing.T', 'tests'), ('Benchmark', '*testing.B', 'benchmarks'),
          ('Fuzz', '*testing.F', 'fuzz'))


def _param_types(info, decl):
    obj = info.defs.get(decl.name)
    sig = getattr(obj, 'type', None)
    if not isinstance(sig, T.Signature):
        return None, None
    return ([T.type_string(v.type, lambda p: p.name + '.') for v in sig.params.vars],
            [T.type_string(v.type, lambda p: p.name + '.') for v in sig.results.vars])


def _discover(alias, pkg, ptest, tree, fset, found, vet):
    if pkg is None:
        return
    info = pkg.info
    for d in tree.decls:
        if not isinstance(d, A.FuncDecl) or d.recv is not None:
            continue
        name = d.name.name
        if name == 'TestMain':
            params, results = _param_types(info, d)
            if params != ['*testing.M'] or results:
                raise SetupError(fset, d.pos, 'wrong signature for TestMain, must be: '
                                              'func TestMain(m *testing.M)')
            found['main'] = alias
            continue
        for prefix, ptype, key in _KINDS:
            if _is_test_name(name, prefix):
                params, results = _param_types(info, d)
                if params != [ptype] or results:
                    raise SetupError(fset, d.pos, f'wrong signature for {name}, must be: '
                                                  f'func {name}({ptype[-1].lower()} {ptype})')
                else:
                    found[key].append((alias, name))
                break
        else:
            if name.startswith('Example'):
                _example(alias, pkg, ptest, d, fset, found, vet)
            elif prefix_malformed(name):
                vet.append((d.name.pos, f'{name} has malformed name: first letter after '
                                   f"'{prefix_malformed(name)}' must not be lowercase"))


def prefix_malformed(name):
    for prefix in ('Test', 'Benchmark', 'Fuzz'):
        if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].islower():
            return prefix
    return None


def _example(alias, pkg, ptest, d, fset, found, vet):
    name = d.name.name
    params, results = _param_types(pkg.info, d)
    if params or results:
        vet.append((d.pos, f'{name} should be niladic'))
        return
    rest = name[len('Example'):]
    if rest and not rest.startswith('_'):
        ident, _, member = rest.partition('_')
        if member[:1].islower():
            member = ''      # ExampleT_suffix
        obj = ptest.scope.lookup(ident)
        if obj is None:
            vet.append((d.pos, f'{name} refers to unknown identifier: {ident}'))
            return
        if member and isinstance(obj, T.TypeName):
            from ..typecheck.lookup import lookup_field_or_method
            m, _, _ = lookup_field_or_method(T.Pointer(obj.type), True, member)
            if m is None:
                vet.append((d.pos, f'{name} refers to unknown field or method: {ident}.{member}'))
                return
    elif rest.startswith('_') and rest[1:2].isupper():
        vet.append((d.pos, f'{name} has malformed example suffix: {rest[1:]}'))
        return
    out = example_output(fset, d)
    if out is not None:
        text, unordered = out
        found['examples'].append((alias, name, text, unordered))


def example_output(fset, d):
    """(output, unordered) from the last comment group of d's body, or None."""
    src, line = fset.file_at(d.body.pos[0])
    _, end_line = fset.file_at(d.body.rbrace[0])
    text = src.text
    start = _offset(text, line, d.body.pos[1])
    end = _offset(text, end_line, d.body.rbrace[1])
    groups = _comment_groups(text, start + 1, end)
    if not groups:
        return None
    body = _group_text(groups[-1])
    m = _OUTPUT.match(body)
    if m is None:
        return None
    out = body[m.end():].lstrip(' ')
    if out.startswith('\n'):
        out = out[1:]
    return out, m.group(1) is not None


def _offset(text, line, col):
    i = 0
    for _ in range(line - 1):
        i = text.index('\n', i) + 1
    return i + col - 1


def _comment_groups(text, i, end):
    """Comments between i and end, grouped as go/ast groups them: adjacent
    ones with no blank line (and no code) between."""
    groups = []
    last_end_line = None
    line = text.count('\n', 0, i)
    code_since = False
    while i < end:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = end if j < 0 or j > end else j
            start_line = line
            if groups and not code_since and last_end_line is not None and start_line - last_end_line <= 1:
                groups[-1].append(text[i:j])
            else:
                groups.append([text[i:j]])
            last_end_line = line
            code_since = False
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = end if j < 0 else j + 2
            start_line = line
            line += text.count('\n', i, j)
            if groups and not code_since and last_end_line is not None and start_line - last_end_line <= 1:
                groups[-1].append(text[i:j])
            else:
                groups.append([text[i:j]])
            last_end_line = line
            code_since = False
            i = j
        elif c in '"\'`':
            j = i + 1
            while j < end and text[j] != c:
                if text[j] == '\\' and c != '`':
                    j += 1
                if text[j] == '\n':
                    line += 1
                j += 1
            i = j + 1
            code_since = True
        else:
            if not c.isspace():
                code_since = True
            i += 1
    return groups


def _group_text(comments):
    """go/ast CommentGroup.Text: markers removed, one space after //,
    trailing spaces cut, blank lines at the ends dropped, runs collapsed."""
    lines = []
    for c in comments:
        if c.startswith('//'):
            c = c[2:]
            if c.startswith(' '):
                c = c[1:]
        else:
            c = c[2:-2]
        lines.extend(c.split('\n'))
    lines = [l.rstrip(' \t\n\r') for l in lines]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    while out and not out[-1]:
        out.pop()
    return '\n'.join(out) + '\n' if out else ''


def _go_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)   # a JSON string is a Go string literal


def _main_source(path, ptest, xtest, found, flags_go):
    imports = ['"os"', '"testing"']
    used = {a for a, *_ in found['tests'] + found['benchmarks'] + found['fuzz'] + found['examples']}
    if found['main']:
        used.add(found['main'])
    if '_test' in used:
        imports.append(f'_test "{path}"')
    if xtest is not None:
        imports.append(f'_xtest "{path}_test"' if '_xtest' in used else f'_ "{path}_test"')
    lines = ['package main', '', 'import (']
    lines += [f'\t{i}' for i in imports]
    lines += [')', '']
    lines.append('var tests = []testing.InternalTest{')
    lines += [f'\t{{"{n}", {a}.{n}}},' for a, n in found['tests']]
    lines += ['}', '', 'var benchmarks = []testing.InternalBenchmark{']
    lines += [f'\t{{"{n}", {a}.{n}}},' for a, n in found['benchmarks']]
    lines += ['}', '', 'var fuzzTargets = []testing.InternalFuzzTarget{']
    lines += [f'\t{{"{n}", {a}.{n}}},' for a, n in found['fuzz']]
    lines += ['}', '', 'var examples = []testing.InternalExample{']
    lines += [f'\t{{"{n}", {a}.{n}, {_go_str(out)}, {"true" if un else "false"}}},'
              for a, n, out, un in found['examples']]
    lines += ['}', '', 'func main() {',
              f'\tm := testing.MainStart({flags_go}, tests, benchmarks, fuzzTargets, examples)']
    if found['main']:
        lines += [f'\t{found["main"]}.TestMain(m)', '\tos.Exit(m.ExitCode())']
    else:
        lines += ['\tos.Exit(m.Run())']
    lines += ['}', '']
    return '\n'.join(lines)
