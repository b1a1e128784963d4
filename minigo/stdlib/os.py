"""Package os: Args, Exit, the standard files, environment; files and
directories are os_files.py's."""
import errno as _errno
import os as _os

from ..runtime.output import flush_stdout
from ..runtime.panic import GoExit
from ..runtime.values import Slice
from ..runtime.context import current
from .os_files import *            # noqa: F401,F403 -- the bodies of FILE_DECLS
from .os_files import FILE_DECLS, file_fd

GO_DECLS = """
package os

import (
	"io"
	"io/fs"
	"syscall"
	"time"
)

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

var (
	Stdin  = &File{&file{fd: 0, name: "/dev/stdin"}}
	Stdout = &File{&file{fd: 1, name: "/dev/stdout"}}
	Stderr = &File{&file{fd: 2, name: "/dev/stderr"}}
)

var Args []string

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return &SyscallError{Syscall: "setenv", Err: syscall.Errno(e)}
	}
	return nil
}

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func setenv(key, value string) int
func unsetenv(key string)
func Getpid() int
func Hostname() (name string, err error)
""" + FILE_DECLS


_EINVAL = _errno.EINVAL


def Exit(code):
    flush_stdout()
    raise GoExit(code)


def Getenv(key):
    return current().environ.get(key, b'')


def LookupEnv(key):
    v = current().environ.get(key)
    return (v, True) if v is not None else (b'', False)


def setenv(key, value):
    # as syscall.Setenv: no empty key, no '=' or NUL in the key, no NUL in the value;
    # the environment is the run's own copy
    if not key or b'=' in key or b'\0' in key or b'\0' in value:
        return _EINVAL
    current().environ[bytes(key)] = bytes(value)
    return 0


def unsetenv(key):
    if key and b'=' not in key and b'\0' not in key:
        current().environ.pop(bytes(key), None)


def Getpid():
    return _os.getpid()


def Hostname():
    import socket
    return socket.gethostname().encode(), None


def stdout_is_open():
    """os.Stdout is still the open standard output (what fmt.Print* checks
    before writing to the process's stdout directly). The os package's
    globals and os.Stdout's slot in them are the run's."""
    G, i = current().state('os.stdout', lambda: [None, 0])
    return G is None or file_fd(G[i]) == 1


def init_package(comp):
    """Fill os.Args with the program's arguments."""
    st = current().state('os.stdout', lambda: [None, 0])
    st[0] = comp.G
    st[1] = comp.global_slot(comp.pkg.scope.lookup('Stdout'))
    argv = current().args
    args = [a.encode('utf-8', 'surrogateescape') for a in argv]
    comp.set_global('Args', Slice(args, 0, len(args), len(args)))
