"""The program's standard streams, which belong to its run: stdout is
buffered and flushed before anything that could interleave with it (stderr
writes, stdin reads, exit)."""
from .context import RUN, current


def write_stdout(b):
    RUN.run.stdout.write(b)


def flush_stdout():
    try:
        current().stdout.flush()
    except (BrokenPipeError, ValueError, AttributeError):
        pass


def write_stderr(b):
    run = current()
    flush_stdout()
    run.stderr.write(b)
    try:
        run.stderr.flush()
    except AttributeError:
        pass


def read_stdin(n):
    """Up to n bytes of the run's stdin (b'' at end of input), after flushing
    stdout so that a prompt shows first."""
    flush_stdout()
    f = current().stdin
    read1 = getattr(f, 'read1', None)
    return read1(n) if read1 is not None else f.read(n)


class TextSink:
    """A bytes stream over a text stream (the REPL's prompt-aware stdout)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, b):
        self.stream.write(bytes(b).decode('utf-8', 'replace'))

    def flush(self):
        self.stream.flush()
