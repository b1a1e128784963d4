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


def write_stderr(b):
    flush_stdout()
    e = sys.stderr.buffer
    e.write(b)
    e.flush()
