"""What the Jupyter kernel does with a cell, without Jupyter's wire protocol
(kernel.py speaks that): one REPL session for the notebook, its output sent
to the cells that own the goroutines printing it, a cell's trailing
expression as its result, and what ends an input (compile errors, a panic, a
deadlock, os.Exit, an interrupt) as the cell's error, in Go's words and with
the cell's line numbers.

A cell runs as its REPL inputs would, one after another (cells.py cuts it),
stopping at the first that fails; what that one declared is rolled back, as
at the prompt. After the cell, goroutines it made runnable get to run until
they block, sleep or just compute (the REPL's settle), so that what `go f()`
prints shows under its cell and a notebook's outputs do not depend on timing.

The front end is an object with send_stream(cell, name, text),
send_result(cell, data) and send_display(cell, data); cells are CellRun.
"""
from __future__ import annotations

import threading
import time

from ..repl import Repl
from ..repl.session import Session
from ..repl.style import Style
from .cells import parse_cell
from .output import Flusher, StreamSink

SETTLE_SECONDS = 1.0
PAINT = Style('any', carets=True)     # how a cell's compile errors are drawn (ANSI, as IPython's are)

# how an input ended -> the error's name
ERROR_NAMES = {
    'panic': 'panic', 'fatal': 'fatal error', 'deadlock': 'fatal error',
    'exit': 'exit', 'interrupted': 'interrupted',
}


class CellRun:
    """One execute request."""

    def __init__(self, parent, count):
        self.parent = parent      # the request, as the front end knows it
        self.count = count        # the execution count (In[count])
        self.show = False         # the input running now may show the cell's result
        self.reports = []         # the hub's reports of what ended the running input


class CellError(Exception):
    """A cell that failed: Jupyter's error (ename, evalue, traceback lines)."""

    def __init__(self, ename, evalue, traceback):
        super().__init__(evalue)
        self.ename = ename
        self.evalue = evalue
        self.traceback = traceback

    @classmethod
    def text(cls, ename, text, evalue=None):
        """An error whose traceback is Go's text (its first line the value)."""
        lines = text.rstrip('\n').split('\n')
        first = lines[0] if lines else ename
        if evalue is None:
            evalue = first.split(': ', 1)[1] if first.startswith(ename + ': ') else first
        return cls(ename, evalue, [PAINT.paint('error', lines[0])] + lines[1:])


class KernelSession(Session):
    """A REPL session whose inputs name the cell and its lines in traces
    (`cell3.go:2`): each input's code is compiled as from its cell's file,
    less the lines of the session's wrapper and plus the lines of the cell
    above the input."""

    cell_file = 'cell.go'
    chunk_line = 1        # the cell's line where the input being compiled starts

    def input_naming(self, offset):
        return self.cell_file, offset - (self.chunk_line - 1)


class KernelRepl(Repl):
    """The REPL with a KernelSession, whose results go to the engine."""

    def __init__(self, engine, seed, stdout, stderr):
        self.engine = engine
        super().__init__(seed, stdout=stdout, stderr=stderr)

    def new_session(self):
        return KernelSession(self.runtime, self.engine.show, self.err, paint=self.style.paint)


class Engine:
    def __init__(self, front, seed=None):
        self.front = front
        self.cell = None          # the cell running now (or the last one)
        self.inputs = {}          # REPL input number -> the CellRun it came from
        self.seed = seed          # for programs run by magics (None: a random seed each run)
        self.virtual_time = False
        self.stdout = StreamSink('stdout', self.target, front.send_stream)
        self.stderr = StreamSink('stderr', self.target, front.send_stream)
        self.flusher = Flusher([self.stdout, self.stderr])
        self.flusher.start()
        self.repl = KernelRepl(self, seed, self.stdout, self.stderr)
        sched = self.repl.runtime.sched
        sched.on_start = self.on_start
        sched.on_report = self.on_report

    # ------------------------------------------------------------ the hub's side

    def on_start(self, job):
        if job.label is not None:           # a user's input (not settle's)
            self.inputs[job.no] = self.cell

    def on_report(self, text, no):
        """The report of what ended input no: the running cell's error when
        the input is the cell's, else stderr of the cell that owns it."""
        job = self.repl.runtime.sched.job
        cell = self.cell
        if job is not None and job.label is not None and job.no == no and cell is not None \
                and self.inputs.get(no) is cell:
            cell.reports.append(text)
            return True
        return False

    def target(self):
        """The cell the code writing now belongs to."""
        rt = self.repl.runtime if hasattr(self, 'repl') else None    # None while the REPL starts
        if rt is not None and threading.current_thread() is rt.thread:
            g = rt.sched.current
            no = rt.sched.owner.get(g.id) if g is not None else None
            cell = self.inputs.get(no)
            if cell is not None:
                return cell
        return self.cell

    def show(self, text):
        """An input's trailing expression (`42 // int`): the cell's result
        when the input is the cell's last, else a line of its output."""
        cell = self.cell
        if cell is not None and cell.show:
            cell.show = False
            self.flush()
            self.front.send_result(cell, {'text/plain': text.rstrip('\n')})
        else:
            self.stdout.write(text.encode('utf-8', 'surrogateescape'))

    def flush(self):
        self.stdout.flush()
        self.stderr.flush()

    # ------------------------------------------------------------ cells

    def execute(self, code, parent, count):
        """Run a cell; None when it succeeded, else its CellError."""
        from . import magics
        cell = self.cell = CellRun(parent, count)
        try:
            parsed = parse_cell(code)
            for m in parsed.line_magics:
                magics.run_line(self, m)
            if parsed.cell_magic is not None:
                magics.run_cell(self, parsed.cell_magic, parsed.body)
                return None
            go = [k for k, c in enumerate(parsed.chunks) if c.kind != 'meta']
            for k, chunk in enumerate(parsed.chunks):
                if chunk.kind == 'meta':
                    self.meta(chunk.text)
                    continue
                self.run_input(chunk, show=(k == go[-1]))
            self.repl.runtime.settle(SETTLE_SECONDS)
            return None
        except CellError as e:
            return e
        except KeyboardInterrupt:       # while compiling, or between inputs
            return CellError('interrupted', 'interrupted', [PAINT.paint('error', 'interrupted')])
        finally:
            self.flush()

    def meta(self, line):
        """A REPL command (`:goroutines`), its output the cell's."""
        from ..repl import ALIASES
        cmd = line.split(' ', 1)[0]
        if ALIASES.get(cmd, cmd) == ':quit':
            msg = ':quit does not apply in a notebook: restart or shut down the kernel instead'
            raise CellError('usage error', msg, [PAINT.paint('error', msg)])
        self.repl.meta(line)
        self.repl.flush()

    def run_input(self, chunk, show):
        session = self.repl.session
        session.cell_file = f'cell{self.cell.count}.go'
        session.chunk_line = chunk.line
        self.cell.show = show
        self.cell.reports = []
        errors = []
        t0 = time.perf_counter()
        outcome = session.eval(chunk.text, report=errors.append)
        self.cell.show = False
        if session.show_time:       # :time
            self.repl.flush()
            self.stderr.write(f'({(time.perf_counter() - t0) * 1000:.1f} ms)\n'.encode())
        if outcome == 'ok':
            return
        self.repl.flush()
        if outcome == 'error':
            raise compile_error(errors[0], chunk.line)
        text = ''.join(self.cell.reports) or outcome
        raise CellError.text(ERROR_NAMES.get(outcome, outcome), text)

    # ------------------------------------------------------------ the rest of the protocol

    def close(self):
        self.flusher.stop()
        self.repl.close()
        self.flush()


def compile_error(err, first_line):
    """A REPL InputError as the cell's error: lines counted from the cell's
    top (an input starting on line first_line)."""
    for d in err.diags:
        if d.line is not None and not d.where:
            d.line += first_line - 1
    text = PAINT.errors(err)
    first = err.diags[0].plain() if err.diags else 'compile error'
    return CellError('compile error', first, text.rstrip('\n').split('\n'))
