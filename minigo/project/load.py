"""From command-line arguments to parsed packages, as the go command finds
them: files named on the command line (one directory, package
command-line-arguments), a directory (`.`, `./cmd/tool`, `./...`) or an import
path inside the current module; then every local package they import, by
module path. The go command's refusals (no go.mod, no Go files, a missing
package, an import cycle, two package names in one directory) come back as a
LoadError holding the text it prints.

All files of a build share one errors.FileSet: a package's files join it in
file-name order (how gc sorts its errors) and are compiled in the order the
go command gives them (command-line order for files, names sorted for a
directory), which orders package variables and init functions.
"""
from __future__ import annotations

import os

from ..errors import ErrorList, FileSet, Source, go_display_path
from . import constraints
from .gomod import ModError, find_module

MAIN_ARGS = 'command-line-arguments'


class LoadError(Exception):
    """What the go command prints (ending in a newline) before compiling; exit 1."""

    def __init__(self, text):
        super().__init__(text)
        self.text = text if text.endswith('\n') else text + '\n'


class Package:
    """One package's parsed files."""

    def __init__(self, path, dir, name):
        self.path = path            # import path (command-line-arguments for named files)
        self.dir = dir
        self.name = name
        self.trees = []             # ast.File, in compile order, positions in the FileSet
        self.files = []             # their Sources, same order
        self.test_trees = []        # _test.go files of this package (go test)
        self.xtest_trees = []       # _test.go files of package NAME_test
        self.imports = {}           # import path -> (Source, ImportSpec) of its first import
        self.local_imports = []     # import paths of local packages, in source order


def no_go_mod():
    return LoadError("go: go.mod file not found in current directory or any parent directory; "
                     "see 'go help modules'")


class Loader:
    def __init__(self, cwd=None, tests=False):
        self.cwd = os.path.abspath(cwd or os.getcwd())
        self.tests = tests
        self.fset = FileSet()
        self.module = None
        self.packages = {}          # import path -> Package

    # ------------------------------------------------------------ arguments

    def module_here(self, required=True):
        if self.module is None:
            try:
                self.module = find_module(self.cwd)
            except ModError as e:
                raise LoadError(str(e)) from None
        if self.module is None and required:
            raise no_go_mod()
        return self.module

    def load_files(self, paths):
        """`go run a.go b.go`: one package of exactly these files."""
        dirs = []
        for p in paths:
            d = os.path.dirname(p) or '.'
            if d not in dirs:
                dirs.append(d)
        if len(dirs) > 1:
            raise LoadError(f'named files must all be in one directory; have {dirs[0]} and {dirs[1]}')
        for p in paths:
            if not os.path.exists(p):
                raise LoadError(f'stat {p}: no such file or directory')
            if os.path.isdir(p):
                raise LoadError(f'{p} is a directory, should be a Go file')
        directory = os.path.abspath(dirs[0])
        self.module = None
        try:
            self.module = find_module(directory)
        except ModError as e:
            raise LoadError(str(e)) from None
        pkg = self.read_package(directory, MAIN_ARGS, [os.path.abspath(p) for p in paths],
                                shown=list(paths))
        self.resolve_imports(pkg)
        return pkg

    def expand(self, pattern):
        """Directories a package pattern names (`./...` walks down)."""
        if pattern.endswith('/...') or pattern == '...':
            base = pattern[:-4] or '.'
            root = self.dir_of(base)
            out = []
            for d, dirs, files in os.walk(root):
                dirs[:] = sorted(x for x in dirs if not x.startswith(('.', '_')) and x != 'testdata')
                if any(f.endswith('.go') for f in files):
                    out.append(d)
            return out
        return [self.dir_of(pattern)]

    def dir_of(self, pattern):
        mod = self.module_here()
        if pattern.startswith(('.', '/')):
            d = os.path.normpath(os.path.join(self.cwd, pattern))
        elif pattern == mod.path or pattern.startswith(mod.path + '/'):
            d = os.path.join(mod.root, pattern[len(mod.path):].lstrip('/'))
        else:
            raise LoadError(f'package {pattern} is not in std')
        if not os.path.isdir(d):
            raise LoadError(f'stat {d}: directory not found')
        return d

    def import_path_of(self, directory):
        mod = self.module_here()
        rel = os.path.relpath(directory, mod.root)
        if rel.startswith('..'):
            raise LoadError(f'directory {os.path.relpath(directory, self.cwd)} is outside main module')
        return mod.path if rel == '.' else mod.path + '/' + rel.replace(os.sep, '/')

    def load_dir(self, directory):
        """The package in a directory of the module, with its local imports."""
        path = self.import_path_of(directory)
        pkg = self.packages.get(path)
        if pkg is None:
            pkg = self.read_package(directory, path)
            self.resolve_imports(pkg)
        return pkg

    # ------------------------------------------------------------ reading a directory

    def go_files(self, directory):
        try:
            names = sorted(os.listdir(directory))
        except OSError:
            return None, False
        files = [n for n in names if n.endswith('.go') and not n.startswith(('.', '_'))
                 and os.path.isfile(os.path.join(directory, n))]
        if not self.tests:
            files = [n for n in files if not n.endswith('_test.go')]
        kept = [n for n in files if constraints.name_ok(n) and constraints.header_ok(_read_text(
            os.path.join(directory, n)))]
        return [os.path.join(directory, n) for n in kept], bool(files)

    def read_package(self, directory, path, paths=None, shown=None):
        if paths is None:
            paths, any_go = self.go_files(directory)
            if not paths:
                if any_go:
                    raise LoadError(f'package {path}: build constraints exclude all Go files in {directory}')
                raise LoadError(f'no Go files in {directory}')
        from ..syntax.gocommand import package_name
        texts = {p: _read_bytes(p) for p in paths}
        names = {}
        for p in paths:
            name = package_name(texts[p].decode('utf-8', 'surrogateescape'))
            if name is None:
                continue
            if p.endswith('_test.go') and name.endswith('_test'):
                continue
            names.setdefault(name, os.path.basename(p))
        if len(names) > 1:
            (a, fa), (b, fb) = list(names.items())[:2]
            raise LoadError(f'found packages {a} ({fa}) and {b} ({fb}) in {directory}')
        pkg = Package(path, directory, next(iter(names), None))
        self.packages[path] = pkg
        self.parse_files(pkg, paths, texts, shown)
        return pkg

    def parse_files(self, pkg, paths, texts, shown=None):
        """Parse each file (joined to the FileSet in name order); syntax
        errors of all of them are reported together, as gc does."""
        from ..frontend import decode_source
        from ..syntax.ast import shift_lines
        from ..syntax.parser import parse_source
        display = dict(zip(paths, shown)) if shown else {}
        srcs = {p: decode_source(display.get(p, p), texts[p]) for p in paths}
        for p, s in srcs.items():
            if p in display:
                s.display = go_display_path(display[p])
        bases = {p: self.fset.add(srcs[p]) for p in sorted(paths, key=os.path.basename)}
        errors = ErrorList(self.fset)
        go_command = None
        trees = {}
        for p in paths:
            try:
                trees[p] = shift_lines(parse_source(srcs[p]), bases[p])
            except ErrorList as el:
                if getattr(el, 'go_command', False) or getattr(el, 'go_command_text', None):
                    go_command = go_command or el
                    continue
                for e in el.errors:
                    errors.add((e.pos[0] + bases[p], e.pos[1]) if e.pos else None, e.msg)
                if el.too_many is not None and errors.too_many is None:
                    errors.too_many = (el.too_many[0] + bases[p], el.too_many[1])
        if go_command is not None:
            raise go_command
        if errors:
            errors.header = f'# {pkg.path}\n'
            raise errors
        for p in paths:
            tree = trees[p]
            is_test = p.endswith('_test.go')
            if is_test and tree.package.name == pkg.name + '_test':
                pkg.xtest_trees.append(tree)
            elif is_test:
                pkg.test_trees.append(tree)
            else:
                pkg.trees.append(tree)
            pkg.files.append(srcs[p])
        if pkg.name is None and pkg.trees:
            pkg.name = pkg.trees[0].package.name

    # ------------------------------------------------------------ imports

    def resolve_imports(self, pkg):
        """Load the local packages pkg imports (depth first), reporting what the
        go command reports for a path it cannot find and for a cycle."""
        self._resolve(pkg, [])

    def _resolve(self, pkg, stack):
        stack.append(pkg)
        errors = []
        for tree in pkg.trees + pkg.test_trees + pkg.xtest_trees:
            for spec in tree.imports:
                ipath = spec.path.val.decode('utf-8', 'replace')
                if ipath in pkg.imports:
                    continue
                pkg.imports[ipath] = (tree, spec)
                if ipath == pkg.path and tree in pkg.xtest_trees:
                    continue     # package p_test imports p: the package under test
                err = self.import_one(pkg, tree, spec, ipath, stack)
                if err:
                    errors.append(err)
        stack.pop()
        if errors:
            raise LoadError(''.join(errors))

    def where(self, spec):
        text = self.fset.where(spec.path.pos)
        return text[2:] if text.startswith('./') else text

    def import_one(self, pkg, tree, spec, ipath, stack):
        mod = self.module
        local = mod is not None and (ipath == mod.path or ipath.startswith(mod.path + '/'))
        if not local:
            first = ipath.split('/')[0]
            if '.' not in first:
                return None             # the standard library: the checker's importer
            if mod is None:
                return None             # the checker says there is no go.mod
            if any(ipath == r or ipath.startswith(r + '/') for r in mod.requires):
                return (f'{self.where(spec)}: missing go.sum entry for module providing package '
                        f'{ipath} (imported by {pkg.path}); to add:\n\tgo get {pkg.path}\n')
            return (f'{self.where(spec)}: no required module provides package {ipath}; '
                    f'to add it:\n\tgo get {ipath}\n')
        for i, p in enumerate(stack):
            if p.path == ipath:
                raise LoadError(self.cycle_text(stack[i:] + [p], stack[0]))
        dep = self.packages.get(ipath)
        if dep is None:
            directory = os.path.join(mod.root, ipath[len(mod.path):].lstrip('/'))
            paths, _ = self.go_files(directory) if os.path.isdir(directory) else (None, False)
            if not paths or not any(not p.endswith('_test.go') for p in paths):
                return (f'{self.where(spec)}: no required module provides package {ipath}; '
                        f'to add it:\n\tgo get {ipath}\n')
            try:
                dep = self.read_package(directory, ipath,
                                        [p for p in paths if not p.endswith('_test.go')])
            except LoadError as e:
                return f'{self.where(spec)}: {e.text}'
            if dep.name != 'main':
                self._resolve(dep, stack)
        if dep.name == 'main':
            return f'{self.where(spec)}: import "{ipath}" is a program, not an importable package\n'
        if ipath not in pkg.local_imports:
            pkg.local_imports.append(ipath)
        return None

    def cycle_text(self, cycle, top):
        """`package P\\n\\timports Q from f.go\\n...: import cycle not allowed`."""
        lines = [f'package {top.path}']
        chain = [top] if cycle[0] is not top else []
        chain += cycle
        # the packages from the top down to the cycle, then around it
        full = []
        for p in chain:
            if not full or full[-1] is not p:
                full.append(p)
        for a, b in zip(full, full[1:]):
            tree, spec = a.imports[b.path]
            fname = os.path.basename(self.fset.file_at(spec.path.pos[0])[0].path)
            lines.append(f'\timports {b.path} from {fname}')
        return '\n'.join(lines) + ': import cycle not allowed\n'


def _read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def _read_text(path):
    try:
        return _read_bytes(path).decode('utf-8', 'replace')
    except OSError:
        return ''
