#!/usr/bin/env python3
"""What of the standard library's API minigo does not declare, package by package.

For each package minigo provides (minigo/stdlib/__init__.py PACKAGES), the
exported functions, types, variables, constants and methods (as Type.Method,
methods declared on exported types) of the real toolchain's GOROOT/src/<pkg>
-- the files `go list` builds for this platform, no tests -- read with
minigo's own parser, are compared with the checked minigo package's scope
(minigo.stdlib.import_package). Prints a Markdown report: the counts per
package, then the missing names; names minigo declares that Go does not
would be listed too (there should be none).

    python scripts/api_diff.py              # the whole report
    python scripts/api_diff.py --markdown   # only the summary table (README.md's)
    python scripts/api_diff.py --write-readme   # replace that table in README.md
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from minigo import types as T                      # noqa: E402
from minigo.errors import Source                   # noqa: E402
from minigo.stdlib import PACKAGES, import_package  # noqa: E402
from minigo.syntax import ast as A                 # noqa: E402
from minigo.syntax.parser import parse_source      # noqa: E402

README = os.path.join(ROOT, 'README.md')
BEGIN = '<!-- api_diff.py --markdown: begin -->'
END = '<!-- api_diff.py --markdown: end -->'


def exported(name):
    return name[:1].isupper()


def go_version():
    return subprocess.check_output(['go', 'env', 'GOVERSION'], text=True).strip()


def go_files(paths):
    """{import path: [its .go files for this platform]}, from `go list`."""
    out = subprocess.check_output(
        ['go', 'list', '-f', '{{.ImportPath}}|{{.Dir}}|{{join .GoFiles ","}}'] + sorted(paths),
        text=True, env=dict(os.environ, GOTOOLCHAIN='local'))
    files = {}
    for line in out.splitlines():
        path, d, names = line.split('|')
        files[path] = [os.path.join(d, n) for n in names.split(',') if n]
    return files


def _receiver_type(recv):
    """The receiver's type name: T, *T, T[K], *T[K, V]."""
    t = recv[0].type
    while True:
        if isinstance(t, A.StarExpr):
            t = t.x
        elif isinstance(t, A.IndexExpr):
            t = t.x
        elif isinstance(t, A.ParenExpr):
            t = t.x
        else:
            break
    return t.name if isinstance(t, A.Ident) else None


def go_api(files):
    """The exported names the files declare (methods as Type.Method)."""
    names = set()
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            tree = parse_source(Source(fn, f.read()))
        for d in tree.decls:
            if isinstance(d, A.FuncDecl):
                if not exported(d.name.name):
                    continue
                if d.recv:
                    recv = _receiver_type(d.recv)
                    if recv and exported(recv):
                        names.add(f'{recv}.{d.name.name}')
                else:
                    names.add(d.name.name)
            elif isinstance(d, A.GenDecl) and d.tok in ('type', 'var', 'const'):
                for spec in d.specs:
                    idents = [spec.name] if isinstance(spec, A.TypeSpec) else spec.names
                    names.update(i.name for i in idents if exported(i.name))
    return names


def minigo_api(path):
    pkg = import_package(path)
    names = set()
    for name, obj in pkg.scope.elems.items():
        if not exported(name):
            continue
        names.add(name)
        t = getattr(obj, 'type', None)
        if isinstance(obj, T.TypeName) and isinstance(t, T.Named):
            names.update(f'{name}.{m.name}' for m in t.methods if exported(m.name))
    return names


def report():
    files = go_files(PACKAGES)
    rows = []
    for path in sorted(PACKAGES):
        go = go_api(files.get(path, []))
        mg = minigo_api(path)
        rows.append((path, go, mg))
    return rows


def summary_table(rows):
    lines = ['| package | Go API | in minigo | missing |', '| --- | ---: | ---: | ---: |']
    tg = tm = 0
    for path, go, mg in rows:
        have = len(go & mg)
        tg += len(go)
        tm += have
        lines.append(f'| {path} | {len(go)} | {have} | {len(go) - have} |')
    lines.append(f'| **all {len(rows)}** | **{tg}** | **{tm}** | **{tg - tm}** |')
    return '\n'.join(lines)


def full_report(rows):
    out = [f'# minigo and the standard library of {go_version()}', '',
           'Exported functions, types, variables, constants and methods of each package',
           '(GOROOT/src, this platform\'s files) that minigo declares.', '',
           summary_table(rows), '', '## Missing', '']
    for path, go, mg in rows:
        missing = sorted(go - mg)
        if missing:
            out.append(f'- **{path}** ({len(missing)}): ' + ', '.join(f'`{n}`' for n in missing))
    extra = [(path, sorted(mg - go)) for path, go, mg in rows if mg - go]
    if extra:
        out += ['', '## Declared by minigo but not by Go', '']
        out += [f'- **{path}**: ' + ', '.join(f'`{n}`' for n in names) for path, names in extra]
    return '\n'.join(out)


def write_readme(table):
    with open(README, encoding='utf-8') as f:
        text = f.read()
    i, j = text.find(BEGIN), text.find(END)
    if i < 0 or j < i:
        sys.exit(f'README.md has no {BEGIN} ... {END} block')
    text = text[:i + len(BEGIN)] + '\n' + table + '\n' + text[j:]
    with open(README, 'w', encoding='utf-8') as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--markdown', action='store_true', help='print only the summary table')
    ap.add_argument('--write-readme', action='store_true', help="rewrite README.md's table")
    args = ap.parse_args()
    rows = report()
    if args.write_readme:
        write_readme(summary_table(rows))
    elif args.markdown:
        print(summary_table(rows))
    else:
        print(full_report(rows))


if __name__ == '__main__':
    main()
