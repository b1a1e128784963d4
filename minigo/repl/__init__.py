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
from .style import PLAIN, Style

HELP = """\
Type Go: declarations (func, type, import) or statements; an input's last expression is printed
with its type, and kept in _. Names declared at the prompt stay (unless the input fails);
goroutines keep running between inputs. Ctrl-C stops the running input and its goroutines.
  :help              this text
  :quit [N]          leave, with exit status N (also Ctrl-D)
  :reset             forget every declaration
  :env               names in scope with their types
  :type EXPR         the type of an expression
  :doc NAME          a declaration and its doc comment (fmt.Println, strings.Builder, your own)
  :load FILE.go|DIR  add a file's (or a package directory's) declarations (main is not run)
  :run               run main()
  :goroutines        every goroutine, what it is doing and which input started it
  :kill G...         stop goroutines by id
  :stop              stop every goroutine
  :time              toggle timing of each input
"""



class Repl:
    def __init__(self, seed=None, interactive=False, stdout=None, stderr=None, style=PLAIN):
        """stdout, stderr: binary streams for the session's output (default:
        the process's); style: colours and carets for the REPL's own messages."""
        from ..runtime.output import flush_stdout, write_stderr, write_stdout
        from .runtime import ReplRuntime
        self.runtime = ReplRuntime(seed, stdout, stderr)
        self.style = style
        self.runtime.sched.paint = lambda text: style.paint('error', text)
        self.runtime.start()
        self.interactive = interactive
        self.out = lambda s: write_stdout(s.encode('utf-8', 'surrogateescape'))
        self.err = lambda s: (flush_stdout(), write_stderr(s.encode('utf-8', 'surrogateescape')))
        self.session = self.new_session()
        self.quit = False
        self.quit_code = 0

    def new_session(self):
        from .session import Session
        return Session(self.runtime, self.out, self.err, paint=self.style.paint)

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
            self.session.eval(text, report=self.report)
            if self.session.show_time:
                self.err(f'({(time.perf_counter() - t0) * 1000:.1f} ms)\n')
        self.flush()
        if self.runtime.finished.is_set():
            self.quit = True

    def report(self, err):
        """Compile errors of an input."""
        self.err(self.style.errors(err))

    # ------------------------------------------------------------ meta commands

    def meta(self, line):
        cmd, _, arg = line.partition(' ')
        name = ALIASES.get(cmd, cmd)
        method = COMMANDS.get(name)
        if method is None:
            self.err(f'unknown command {cmd} (try :help)\n')
            return
        getattr(self, method)(arg.strip())

    def cmd_quit(self, arg):
        if arg and not arg.lstrip('-').isdigit():
            self.err('usage: :quit [exit status]\n')
            return
        self.quit = True
        self.quit_code = int(arg) if arg else 0

    def cmd_help(self, arg):
        self.out(HELP)

    def cmd_reset(self, arg):
        self.session = self.new_session()

    def cmd_env(self, arg):
        for name, desc in self.session.names():
            self.out(desc + '\n')

    def cmd_type(self, arg):
        from .report import InputError
        try:
            self.out(self.session.type_of(arg) + '\n')
        except InputError as e:
            self.report(e)

    def cmd_doc(self, arg):
        from .docs import doc
        self.out(doc(arg, self.session))

    def cmd_load(self, arg):
        self.session.load(arg, report=self.report)

    def cmd_run(self, arg):
        self.session.eval('main()', report=self.report)

    def cmd_goroutines(self, arg):
        for gid, state, where, what in self.runtime.call(self.runtime.sched.goroutines) or ():
            text = ', '.join(t for t in (where, what) if t)
            self.out(f'goroutine {gid} [{state}]{" " + text if text else ""}\n')

    def cmd_kill(self, arg):
        words = arg.split()
        if not words or not all(w.isdigit() for w in words):
            self.err('usage: :kill G... (goroutine ids, as :goroutines lists them)\n')
            return
        ids = {int(w) for w in words}
        stopped = self.runtime.call(lambda: self.runtime.sched.stop(ids)) or []
        for gid, state in stopped:
            self.out(f'stopped goroutine {gid} [{state}]\n')
        for gid in sorted(ids - {gid for gid, _ in stopped}):
            self.err(f'no goroutine {gid}\n')

    def cmd_stop(self, arg):
        stopped = self.runtime.call(self.runtime.sched.stop) or []
        if not stopped:
            self.out('no goroutines to stop\n')
            return
        self.out('stopped goroutines ' + ', '.join(f'{gid} [{state}]' for gid, state in stopped) + '\n')

    def cmd_time(self, arg):
        self.session.show_time = not self.session.show_time
        self.out(f'timing {"on" if self.session.show_time else "off"}\n')

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
        return self.quit_code


COMMANDS = {
    ':quit': 'cmd_quit', ':help': 'cmd_help', ':reset': 'cmd_reset', ':env': 'cmd_env',
    ':type': 'cmd_type', ':doc': 'cmd_doc', ':load': 'cmd_load', ':run': 'cmd_run',
    ':goroutines': 'cmd_goroutines', ':kill': 'cmd_kill', ':stop': 'cmd_stop', ':time': 'cmd_time',
}
ALIASES = {':q': ':quit', ':exit': ':quit', ':h': ':help'}


def main(seed=None, history=True, color='auto') -> int:
    """The session `minigo repl` starts (the command line has read its flags)."""
    if not sys.stdin.isatty():
        # a script: Go-shaped error lines, colours only when asked for
        forced = color if color in ('dark', 'light') else None
        repl = Repl(seed, style=Style(forced))
        repl.run_script(sys.stdin.read())
        return repl.close()
    from .ui import interactive
    return interactive(Repl, seed, history=history, color=color)


def history_path():
    base = os.environ.get('XDG_DATA_HOME') or os.path.join(os.path.expanduser('~'), '.local', 'share')
    return os.path.join(base, 'minigo', 'history')
