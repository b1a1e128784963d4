"""A run's sandbox (`minigo run --sandbox`), for running code one does not
trust, such as students' programs: the files it may reach (only those below
a private directory, its working directory) and the limits it runs under.

The os package asks `allows` before every system call that names a file; a
refusal is the EACCES a program in a restricted Go environment would get
("open /etc/passwd: permission denied" as a *PathError). The environment is
the run's own copy anyway (Run.environ), so Setenv never leaks out; the
sandbox points HOME, TMPDIR and PWD at the private directory.
"""
from __future__ import annotations

import os


class Sandbox:
    """root: the private directory (an absolute, symlink-free path, bytes);
    memory: bytes the run may add to the process's address space (None: no
    limit); seconds: wall-clock time the run may take (None: no limit)."""

    def __init__(self, root, memory=None, seconds=None):
        root = os.fsencode(root)
        self.root = os.path.realpath(root)
        self.memory = memory
        self.seconds = seconds

    def allows(self, path, follow=True):
        """May the run use path (absolute, bytes)? follow: whether the system
        call follows a symbolic link in the last element (open, stat) or
        acts on the link itself (lstat, unlink, rename, readlink)."""
        if follow:
            real = os.path.realpath(path)
        else:
            parent, base = os.path.split(path.rstrip(b'/') or b'/')
            real = os.path.join(os.path.realpath(parent), base)
            if base in (b'.', b'..'):
                real = os.path.realpath(real)
        return real == self.root or real.startswith(self.root + b'/')

    def environ(self, env):
        """The run's environment (a copy already) with the private directory
        as home, temporary directory and working directory."""
        for key in (b'HOME', b'TMPDIR', b'PWD'):
            env[key] = self.root
        return env


    def memory_limit(self):
        """`with box.memory_limit():` caps the process's address space at
        what it uses now plus self.memory (one run per process, as `minigo
        run` is; entered on the run's own thread, whose big stack is mapped
        by then): an allocation past it fails with MemoryError, which the
        runner reports as Go's "runtime: out of memory"."""
        return _AddressSpaceLimit(self.memory)


class _AddressSpaceLimit:
    def __init__(self, extra):
        self.extra = extra
        self.prev = None

    def __enter__(self):
        if self.extra is None:
            return self
        try:
            import resource
            with open('/proc/self/statm') as f:
                used = int(f.read().split()[0]) * os.sysconf('SC_PAGE_SIZE')
            prev = resource.getrlimit(resource.RLIMIT_AS)
            soft = used + self.extra
            if prev[1] != resource.RLIM_INFINITY:
                soft = min(soft, prev[1])
            resource.setrlimit(resource.RLIMIT_AS, (soft, prev[1]))
            self.prev = prev
        except (ImportError, OSError, ValueError):
            pass            # no /proc or no rlimits here: no memory limit
        return self

    def __exit__(self, *exc):
        if self.prev is not None:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, self.prev)


class sandboxed:
    """`with sandboxed(memory, seconds) as box:` a Sandbox over a fresh private
    directory, removed afterwards with all the run left in it."""

    def __init__(self, memory=None, seconds=None):
        self.memory = memory
        self.seconds = seconds

    def __enter__(self):
        import tempfile
        self.box = Sandbox(tempfile.mkdtemp(prefix='minigo-sandbox-'), self.memory, self.seconds)
        return self.box

    def __exit__(self, *exc):
        import shutil
        shutil.rmtree(self.box.root, ignore_errors=True)
