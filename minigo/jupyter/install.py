"""`minigo kernel install [--user] [--prefix DIR] [--name NAME]`: write the
kernelspec (kernel.json: start this Python with `-m minigo.jupyter`) where
Jupyter looks for kernels, through jupyter_client's KernelSpecManager, so
that `jupyter kernelspec list` shows it and Jupyter's launcher offers
"Go (minigo)"."""
from __future__ import annotations

import json
import os
import sys
import tempfile

from . import DISPLAY_NAME, KERNEL_NAME, require


def kernel_json(python=None):
    return {
        'argv': [python or sys.executable, '-m', 'minigo.jupyter', '-f', '{connection_file}'],
        'display_name': DISPLAY_NAME,
        'language': 'go',
        'interrupt_mode': 'signal',
        # ipykernel imports debugpy, which warns about frozen modules on stderr
        # at every start; this kernel has no debugger
        'env': {'PYDEVD_DISABLE_FILE_VALIDATION': '1'},
        'metadata': {'debugger': False},
    }


def install(user=False, prefix=None, name=KERNEL_NAME):
    """Install the kernelspec; returns the directory it went to."""
    require()
    from jupyter_client.kernelspec import KernelSpecManager
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'kernel.json'), 'w', encoding='utf-8') as f:
            json.dump(kernel_json(), f, indent=1)
            f.write('\n')
        return KernelSpecManager().install_kernel_spec(tmp, kernel_name=name, user=user, prefix=prefix)
