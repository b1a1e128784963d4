"""The Jupyter kernel: ipykernel's Kernel base speaking the wire protocol,
engine.py doing the work.

execute_request runs the cell on this (the main) thread while the REPL's hub
thread runs the goroutines; an interrupt is SIGINT, which ipykernel turns
into KeyboardInterrupt here during a request, and the REPL's runtime passes
it to the hub as Ctrl-C (the input and its goroutines stop). Streams,
results and displays go out on IOPub from whichever thread has them (the
hub's, the flusher's): ipykernel's IOPub socket queues sends from any thread.
Restart is a new kernel process, so a fresh session.
"""
from __future__ import annotations

import re
import threading

from ipykernel.kernelbase import Kernel

from ..repl.inputs import is_complete
from .engine import Engine

_WORD = re.compile(r'([A-Za-z_]\w*)\.(\w*)$|(:?\w*)$')
_NAME_AT = re.compile(r'[A-Za-z_][\w.]*')


class MinigoKernel(Kernel):
    implementation = 'minigo'
    implementation_version = '0.1.0'
    language = 'go'
    language_version = '1.27'
    language_info = {
        'name': 'go',
        'version': '1.27',
        'mimetype': 'text/x-go',
        'file_extension': '.go',
        'pygments_lexer': 'go',
        'codemirror_mode': 'go',
    }
    banner = 'minigo: Go in a notebook, goroutines that keep running. :help for REPL commands, %lsmagic for magics.'
    help_links = [{'text': 'The Go Programming Language Specification', 'url': 'https://go.dev/ref/spec'}]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # the hub, the flusher and this thread all send on IOPub: one at a time
        self.send_lock = threading.Lock()
        self.engine = Engine(self)

    # ------------------------------------------------------------ what the engine sends

    def _iopub(self, msg_type, content, parent):
        with self.send_lock:
            self.session.send(self.iopub_socket, msg_type, content, parent=parent,
                              ident=self._topic(msg_type))

    def send_stream(self, cell, name, text):
        self._iopub('stream', {'name': name, 'text': text}, cell.parent)

    def send_result(self, cell, data):
        self._iopub('execute_result', {'execution_count': cell.count, 'data': data, 'metadata': {}},
                    cell.parent)

    def send_display(self, cell, data):
        self._iopub('display_data', {'data': data, 'metadata': {}}, cell.parent)

    # ------------------------------------------------------------ requests

    async def do_execute(self, code, silent, store_history=True, user_expressions=None,
                         allow_stdin=False, *, cell_meta=None, cell_id=None):
        err = self.engine.execute(code, self.get_parent('shell'), self.execution_count)
        if err is None:
            return {'status': 'ok', 'execution_count': self.execution_count,
                    'payload': [], 'user_expressions': {}}
        content = {'ename': err.ename, 'evalue': err.evalue, 'traceback': err.traceback}
        self._iopub('error', content, self.get_parent('shell'))
        return {'status': 'error', 'execution_count': self.execution_count, **content}

    async def do_complete(self, code, cursor_pos):
        from .complete import complete
        return complete(self.engine.repl, code, cursor_pos)

    async def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        from .complete import inspect
        return inspect(self.engine.repl, code, cursor_pos)

    async def do_is_complete(self, code):
        return is_complete_reply(code)

    async def do_shutdown(self, restart):
        self.engine.close()
        return {'status': 'ok', 'restart': restart}


def is_complete_reply(code):
    """For the console: whether Enter runs the code or opens a new line."""
    stripped = code.strip()
    if not stripped or stripped.startswith(('%', ':')) and '\n' not in stripped:
        return {'status': 'complete'}
    if stripped.startswith('%%'):
        # a cell magic's body goes on until an empty line
        return {'status': 'complete'} if code.endswith('\n\n') else {'status': 'incomplete', 'indent': ''}
    if is_complete(code):
        return {'status': 'complete'}
    last = code.rstrip('\n').split('\n')[-1]
    indent = re.match(r'[ \t]*', last).group(0)
    if last.rstrip().endswith(('{', '(', '[')):
        indent += '    '
    return {'status': 'incomplete', 'indent': indent}


def main(argv=None):
    """`python -m minigo.jupyter -f CONNECTION_FILE`: what a kernelspec starts."""
    from ipykernel.kernelapp import IPKernelApp
    IPKernelApp.launch_instance(argv=argv, kernel_class=MinigoKernel)
