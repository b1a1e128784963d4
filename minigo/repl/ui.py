"""The REPL at a terminal: prompt_toolkit with Go highlighting (pygments),
history, completion, and multi-line input that runs when it is complete.

Program output from goroutines is printed through patch_stdout, so it appears
above the prompt without breaking the line being edited.
"""
from __future__ import annotations

import os
import re
import sys

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.lexers import PygmentsLexer
from prompt_toolkit.patch_stdout import patch_stdout
from pygments.lexers.go import GoLexer

from .. import types as T
from .inputs import is_complete

KEYWORDS = ['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough',
            'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range',
            'return', 'select', 'struct', 'switch', 'type', 'var']

_WORD = re.compile(r'([A-Za-z_]\w*)\.(\w*)$|(:?\w*)$')


class GoCompleter(Completer):
    """Keywords, builtins, declared names, packages; members after `pkg.`;
    fields and methods after `x.` when x's type is known. Each candidate
    carries its signature or type (shown beside it in the menu)."""

    def __init__(self, repl):
        self.repl = repl

    def get_completions(self, document, complete_event):
        text = document.text_before_cursor
        m = _WORD.search(text)
        if m is None:
            return
        if m.group(1) is not None:
            prefix = m.group(2)
            for name, meta in self.members(m.group(1)):
                if name.startswith(prefix):
                    yield Completion(name, start_position=-len(prefix), display_meta=meta)
            return
        word = m.group(3)
        if not word:
            return
        for name, meta in self.candidates(word.startswith(':') and text.strip() == word):
            if name.startswith(word) and name != word:
                yield Completion(name, start_position=-len(word), display_meta=meta)

    def candidates(self, meta):
        """(name, description) of what a word may complete to."""
        from ..typecheck.universe import UNIVERSE
        from . import COMMANDS, HELP
        from .docs import summary
        from .session import AUTO_IMPORTS
        if meta:
            return [(c, _command_help(c, HELP)) for c in sorted(COMMANDS)]
        found = {k: 'keyword' for k in KEYWORDS}
        found.update((n, summary(o)) for n, o in UNIVERSE.elems.items())
        found.update((n, f'package {p}') for n, p in AUTO_IMPORTS.items())
        chk = self.repl.session.chk
        for scope in (chk.pkg_scope, chk.file_scope):
            found.update((n, summary(o)) for n, o in scope.elems.items() if not n.startswith('_'))
        return sorted(found.items())

    def members(self, name):
        from ..stdlib import import_package
        from .docs import summary
        from .session import AUTO_IMPORTS
        session = self.repl.session
        obj = session.chk.file_scope.lookup_parent(name)[1]
        pkg = None
        if obj is None and name in AUTO_IMPORTS:
            pkg = import_package(AUTO_IMPORTS[name])
        elif isinstance(obj, T.PkgName):
            pkg = obj.imported
        if pkg is not None:
            def q(p):
                return '' if p is pkg else p.name + '.'
            return sorted((n, summary(o, q)) for n, o in pkg.scope.elems.items() if o.exported())
        if isinstance(obj, (T.Var, T.Const)) and obj.type is not None:
            return type_members(obj.type)
        return []


def _command_help(cmd, help_text):
    for line in help_text.splitlines():
        if line.strip().startswith(cmd + ' ') or line.strip() == cmd:
            return line.strip()[len(cmd):].strip()
    return ''


def type_members(t):
    """(name, type or signature) of the fields and methods reachable from a
    value of type t."""
    from .docs import summary
    found = {}
    seen = set()

    def visit(t):
        if isinstance(t, T.Pointer):
            t = t.elem
        if id(t) in seen:
            return
        seen.add(id(t))
        if isinstance(t, T.Named):
            for m in t.methods:
                found.setdefault(m.name, summary(m))
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Struct):
            for f in u.fields:
                found.setdefault(f.name, summary(f))
                if f.embedded:
                    visit(f.type)
        elif isinstance(u, T.Interface):
            for m in getattr(u, 'all_methods', None) or getattr(u, 'methods', []):
                found.setdefault(m.name, summary(m))
    visit(t)
    return sorted((n, meta) for n, meta in found.items() if n != '_')


def interactive(repl_class, seed, history=True, pt_input=None, pt_output=None, color='auto'):
    """The terminal REPL. pt_input/pt_output: prompt_toolkit Input/Output to use
    instead of the terminal (tests drive it through a pipe input); color: a
    --color choice (style.py)."""
    from prompt_toolkit.output import ColorDepth, create_output
    from . import history_path
    from .style import Style, background
    output = pt_output or create_output()
    palette = background(color, color_depth=output.get_default_color_depth())
    style = Style(palette, carets=True)
    repl = repl_class(seed, interactive=True, style=style)
    if history:
        path = history_path()
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            hist = FileHistory(path)
        except OSError:
            hist = InMemoryHistory()
    else:
        hist = InMemoryHistory()

    kb = KeyBindings()

    @kb.add('enter')
    def _(event):
        buf = event.current_buffer
        text = buf.text
        if text.strip().startswith(':') or not text.strip() or (
                buf.document.is_cursor_at_the_end and is_complete(text)):
            buf.validate_and_handle()
        else:
            buf.insert_text('\n' + _indent_of(buf.document.current_line, text))

    @kb.add('}')
    def _(event):
        # a closing brace on a line of only indentation goes back one level
        buf = event.current_buffer
        line = buf.document.current_line_before_cursor
        if line and not line.strip():
            buf.delete_before_cursor(min(4, len(line)))
        buf.insert_text('}')

    session = PromptSession(
        message=[('class:prompt', 'go> ')], prompt_continuation=lambda width, line, wrap: '... ',
        lexer=PygmentsLexer(GoLexer), history=hist, completer=GoCompleter(repl),
        complete_while_typing=False, key_bindings=kb, multiline=True,
        enable_history_search=True, input=pt_input, output=output,
        # our palette only: the default pygments colours assume a light background
        style=style.prompt_toolkit_style(), include_default_pygments_style=False,
        color_depth=None if palette else ColorDepth.MONOCHROME)
    print('minigo REPL - Go with goroutines that keep running. :help for commands, Ctrl-D to quit.')
    from ..runtime.output import TextSink
    run = repl.runtime.run_ctx
    streams = run.stdout, run.stderr
    with patch_stdout(raw=True):
        run.stdout, run.stderr = TextSink(sys.stdout), TextSink(sys.stderr)   # above the prompt
        try:
            while not repl.quit:
                try:
                    text = session.prompt()
                except KeyboardInterrupt:
                    _hint_spinning(repl)
                    continue
                except EOFError:
                    break
                try:
                    repl.handle(text)
                except KeyboardInterrupt:   # before the input ran: nothing of it is kept
                    repl.err(repl.style.paint('error', 'interrupted') + '\n')
        finally:
            run.stdout, run.stderr = streams
    return repl.close()


def _hint_spinning(repl):
    """Ctrl-C at the prompt clears the line; when goroutines are busy
    computing in the background, say how to stop them."""
    spinning = repl.runtime.call(repl.runtime.sched.spinning) or []
    if spinning:
        ids = ' '.join(str(g) for g in sorted(spinning))
        repl.err(repl.style.paint('note', f'goroutines busy in the background: {ids} '
                                          f'(:kill {ids} or :stop stops them)') + '\n')


def _indent_of(line, text):
    indent = re.match(r'\s*', line).group(0).replace('\t', '    ')
    if line.rstrip().endswith(('{', '(')):
        indent += '    '   # spaces: a tab shows as ^I in the prompt
    return indent
