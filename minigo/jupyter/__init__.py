"""minigo in Jupyter: a kernel (`minigo kernel install`, then "Go (minigo)"
in Jupyter's launcher, or `jupyter console --kernel minigo`).

kernel.py speaks Jupyter's protocol on ipykernel's Kernel base; engine.py
runs cells in one REPL session; cells.py reads a cell; magics.py and
program.py are `%%trace`, `%%race`, `%%explore`, `%%file`, `%run` and the
rest; output.py routes goroutines' output to their cells; complete.py is Tab
and Shift-Tab; install.py writes the kernelspec.

ipykernel is an optional dependency (`pip install 'minigo[jupyter]'`):
nothing here imports it until a kernel starts, and `require()` says what to
install when it is missing.
"""
from __future__ import annotations

KERNEL_NAME = 'minigo'
DISPLAY_NAME = 'Go (minigo)'
EXTRA_HINT = "the Jupyter kernel needs ipykernel and jupyter_client: pip install 'minigo[jupyter]'"


class MissingJupyter(Exception):
    """ipykernel or jupyter_client is not installed."""


def require():
    """Import what the kernel needs, or raise MissingJupyter saying what to install."""
    try:
        import ipykernel.kernelbase  # noqa: F401
        import jupyter_client.kernelspec  # noqa: F401
    except ImportError as e:
        raise MissingJupyter(f'{EXTRA_HINT} ({e})') from None
