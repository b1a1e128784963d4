"""The program's standard output: buffered, flushed before anything that
could interleave with it (stderr writes, stdin reads, exit)."""
import sys

_out = None


def stdout():
    global _out
    if _out is None:
        _out = sys.stdout.buffer
    return _out


def write_stdout(b):
    stdout().write(b)


def flush_stdout():
    if _out is not None:
        try:
            _out.flush()
        except (BrokenPipeError, ValueError):
            pass


_err = None


def write_stderr(b):
    flush_stdout()
    e = _err if _err is not None else sys.stderr.buffer
    e.write(b)
    e.flush()


class TextSink:
    """A bytes stream over a text stream (the REPL's prompt-aware stdout)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, b):
        self.stream.write(bytes(b).decode('utf-8', 'replace'))

    def flush(self):
        self.stream.flush()


def redirect(out_text, err_text):
    """Send program output to text streams (None: back to the process's own)."""
    global _out, _err
    flush_stdout()
    _out = TextSink(out_text) if out_text is not None else None
    _err = TextSink(err_text) if err_text is not None else None
