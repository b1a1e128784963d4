"""`minigo repl` (and `minigo` alone): an interactive Go session.

At a terminal it is a prompt_toolkit prompt (ui.py); with stdin from a pipe
or file it reads the same inputs from stdin and prints results without
prompts, so a session can be scripted and tested.
"""
from __future__ import annotations

import os
import sys
import time

from .inputs import split_inputs

HELP = """\
Type Go: declarations (func, type, import) or statements; an expression's value is printed.
Names declared at the prompt stay; goroutines keep running between inputs.
  :help              this text
  :quit              leave (also Ctrl-D)
  :reset             forget every declaration
  :env               names in scope with their types
  :type EXPR         the type of an expression
  :doc NAME          signature of a builtin or package member (fmt.Println)
  :load FILE.go|DIR  add a file's (or a package directory's) declarations (main is not run)
  :run               run main()
  :goroutines        every goroutine and what it is doing
  :time              toggle timing of each input
"""

BUILTIN_DOCS = {
    'append': 'func append(slice []Type, elems ...Type) []Type',
    'cap': 'func cap(v Type) int',
    'clear': 'func clear[T ~[]Type | ~map[Type]Type1](t T)',
    'close': 'func close(c chan<- Type)',
    'complex': 'func complex(r, i FloatType) ComplexType',
    'copy': 'func copy(dst, src []Type) int',
    'delete': 'func delete(m map[Type]Type1, key Type)',
    'imag': 'func imag(c ComplexType) FloatType',
    'len': 'func len(v Type) int',
    'make': 'func make(t Type, size ...IntegerType) Type',
    'max': 'func max[T cmp.Ordered](x T, y ...T) T',
    'min': 'func min[T cmp.Ordered](x T, y ...T) T',
    'new': 'func new(Type) *Type',
    'panic': 'func panic(v any)',
    'print': 'func print(args ...Type)',
    'println': 'func println(args ...Type)',
    'real': 'func real(c ComplexType) FloatType',
    'recover': 'func recover() any',
}


class Repl:
    def __init__(self, seed=None, interactive=False, stdout=None, stderr=None):
        """stdout, stderr: binary streams for the session's output (default:
        the process's)."""
        from ..runtime.output import write_stderr, write_stdout
        from .runtime import ReplRuntime
        from .session import Session
        self.runtime = ReplRuntime(seed, stdout, stderr)
        self.runtime.start()
        self.interactive = interactive
        self.out = lambda s: write_stdout(s.encode('utf-8', 'surrogateescape'))
        self.err = lambda s: write_stderr(s.encode('utf-8', 'surrogateescape'))
        self.session = Session(self.runtime, self.out, self.err)
        self.quit = False

    def flush(self):
        from ..runtime.output import flush_stdout
        flush_stdout()

    def handle(self, text):
        """One input (Go or a meta command)."""
        stripped = text.strip()
        if stripped.startswith(':'):
            self.meta(stripped)
        else:
            t0 = time.perf_counter()
            self.session.eval(text)
            if self.session.show_time:
                self.err(f'({(time.perf_counter() - t0) * 1000:.1f} ms)\n')
        self.flush()
        if self.runtime.finished.is_set():
            self.quit = True

    # ------------------------------------------------------------ meta commands

    def meta(self, line):
        from .session import InputError, Session
        cmd, _, arg = line.partition(' ')
        arg = arg.strip()
        if cmd in (':q', ':quit', ':exit'):
            self.quit = True
        elif cmd in (':h', ':help'):
            self.out(HELP)
        elif cmd == ':reset':
            self.session = Session(self.runtime, self.out, self.err)
        elif cmd == ':env':
            for name, desc in self.session.names():
                self.out(desc + '\n')
        elif cmd == ':type':
            try:
                self.out(self.session.type_of(arg) + '\n')
            except InputError as e:
                self.err(str(e))
        elif cmd == ':doc':
            self.out(self.doc(arg) + '\n')
        elif cmd == ':load':
            self.load(arg)
        elif cmd == ':run':
            self.session.eval('main()')
        elif cmd == ':goroutines':
            for gid, state, label in self.runtime.sched.goroutines():
                self.out(f'goroutine {gid} [{state}]{" " + label if label else ""}\n')
        elif cmd == ':time':
            self.session.show_time = not self.session.show_time
            self.out(f'timing {"on" if self.session.show_time else "off"}\n')
        else:
            self.err(f'unknown command {cmd} (try :help)\n')

    def doc(self, name):
        if name in BUILTIN_DOCS:
            return BUILTIN_DOCS[name]
        from .. import types as T
        pkgname, _, member = name.partition('.')
        if member:
            from ..stdlib import import_package
            from .session import AUTO_IMPORTS
            pkg = import_package(AUTO_IMPORTS.get(pkgname, pkgname))
            obj = pkg.scope.lookup(member) if pkg is not None else None
            if obj is None:
                return f'no documentation for {name}'
            from .session import describe
            return describe(obj).replace(f' {member}', f' {pkgname}.{member}', 1)
        obj = self.session.chk.file_scope.lookup_parent(name)[1]
        if obj is None:
            return f'no documentation for {name}'
        from .session import describe
        return describe(obj) if not isinstance(obj, T.Builtin) else name

    def load(self, path):
        from .session import InputError
        import os
        import re
        if os.path.isdir(path):
            # a package directory: its files (not the tests) in name order, as
            # one input, their import declarations gathered at its top
            names = sorted(n for n in os.listdir(path) if n.endswith('.go') and not n.endswith('_test.go'))
            if not names:
                self.err(f'no Go files in {os.path.abspath(path)}\n')
                return
            paths = [os.path.join(path, n) for n in names]
        else:
            paths = [path]
        texts = []
        imports = []
        for p in paths:
            try:
                with open(p, encoding='utf-8') as f:
                    text = f.read()
            except OSError as e:
                self.err(f'open {p}: {e.strerror.lower() if e.strerror else e}\n')
                return
            text = re.sub(r'^\s*package\s+\w+\s*;?', lambda m: '\n' * m.group(0).count('\n'),
                          text, count=1, flags=re.M)
            if len(paths) > 1:
                def hoist(m):
                    specs = m.group(1)[1:-1] if m.group(1).startswith('(') else m.group(1)
                    imports.extend(x.strip() for x in re.split(r'[;\n]', specs) if x.strip())
                    return '\n' * m.group(0).count('\n')
                text = re.sub(r'^import\s*(\(.*?\)|(?:\w+\s+)?"[^"\n]*")', hoist, text, flags=re.M | re.S)
            texts.append(text)
        text = '\n'.join(texts)
        if imports:
            text = 'import (' + '; '.join(dict.fromkeys(imports)) + ')\n' + text
        try:
            fn = self.session.prepare_decls(text)
        except InputError as e:
            self.err(str(e))
            return
        if fn is not None:
            self.runtime.run(fn)

    # ------------------------------------------------------------ loops

    def run_script(self, text):
        for inp in split_inputs(text):
            self.handle(inp)
            if self.quit:
                break
            self.runtime.settle()
        self.flush()

    def close(self):
        self.runtime.stop()
        code = self.runtime.exit_code()
        return code if code is not None else 0


def main(args) -> int:
    no_history = '--no-history' in args
    seed = None
    rest = [a for a in args if a != '--no-history']
    for i, a in enumerate(rest):
        if a.startswith('--seed='):
            seed = int(a.split('=', 1)[1])
        elif a == '--seed' and i + 1 < len(rest):
            seed = int(rest[i + 1])
    if not sys.stdin.isatty():
        repl = Repl(seed)
        repl.run_script(sys.stdin.read())
        return repl.close()
    from .ui import interactive
    return interactive(Repl, seed, history=not no_history)


def history_path():
    base = os.environ.get('XDG_DATA_HOME') or os.path.join(os.path.expanduser('~'), '.local', 'share')
    return os.path.join(base, 'minigo', 'history')
