"""Package os: Args, Exit, the standard files, environment."""
import errno as _errno
import os as _os

from ..runtime.output import flush_stdout, write_stderr, write_stdout
from ..runtime.panic import GoExit
from ..runtime.values import Slice
from ..runtime.context import current

GO_DECLS = """
package os

import (
	"errors"
	"io"
)

// File is a pointer to the open file's state, as in Go: the zero File has
// none, so its methods dereference nil; a nil *File gives ErrInvalid.
type File struct {
	*file
}

type file struct {
	fd     int
	name   string
	closed bool
}

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := sysWrite(f.fd, b)
	return f.wrote(n, len(b), e)
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := sysWriteString(f.fd, s)
	return f.wrote(n, len(s), e)
}

func (f *File) wrote(n, want int, e int) (int, error) {
	var err error
	if n != want {
		err = io.ErrShortWrite
	}
	if e != 0 {
		err = &PathError{Op: "write", Path: f.name, Err: syscallErrno(e)}
	}
	return n, err
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: syscallErrno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.file == nil {
		return syscallErrno(22)
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

func (f *File) Name() string { return f.name }

func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "sync", Path: f.name, Err: ErrClosed}
	}
	if e := sysFsync(f.fd); e != 0 {
		return &PathError{Op: "sync", Path: f.name, Err: syscallErrno(e)}
	}
	return nil
}

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func sysWrite(fd int, b []byte) (n int, errno int)
func sysWriteString(fd int, s string) (n int, errno int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysFsync(fd int) (errno int)

// syscallErrno is an error number from the system, as syscall.Errno.
type syscallErrno uintptr

func (e syscallErrno) Error() string

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

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
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return &SyscallError{Syscall: "setenv", Err: syscallErrno(e)}
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
func Getwd() (dir string, err error)
"""


_EINVAL = _errno.EINVAL


def sysWrite(fd, b):
    return sysWriteString(fd, bytes(b.tolist()))


def _foreign_std_fd(fd):
    """fd is 0, 1 or 2 but the run's stream for it is not that descriptor
    (minigo.run gives a run byte buffers): the other direction of such a
    stream fails as a read-only or write-only file does."""
    if fd not in (0, 1, 2):
        return False
    run = current()
    stream = (run.stdin, run.stdout, run.stderr)[fd]
    try:
        return stream.fileno() != fd
    except (AttributeError, OSError, ValueError):
        return True


def sysWriteString(fd, data):
    if fd == 1:
        write_stdout(data)
        return len(data), 0
    if fd == 2:
        write_stderr(data)
        return len(data), 0
    if _foreign_std_fd(fd):
        return 0, _errno.EBADF
    flush_stdout()
    n = 0
    view = memoryview(data)
    while True:
        try:
            n += _os.write(fd, view[n:])
        except InterruptedError:
            continue
        except OSError as e:
            return n, e.errno or _EINVAL
        if n >= len(data):
            return n, 0


def sysRead(fd, b):
    if fd == 0:
        from .scan import stdin_read
        data = stdin_read(b.len)
    elif _foreign_std_fd(fd):
        return 0, _errno.EBADF
    else:
        flush_stdout()
        try:
            data = _os.read(fd, b.len)
        except OSError as e:
            return 0, e.errno or _EINVAL
    b.a[b.off:b.off + len(data)] = list(data)
    return len(data), 0


def sysFsync(fd):
    if fd == 1:
        flush_stdout()
    try:
        _os.fsync(fd)
    except OSError as e:
        return e.errno or _EINVAL
    return 0


def syscallErrno_Error(e):
    """Go's text for an errno: the C library's, with a lower-case first letter."""
    try:
        msg = _os.strerror(e)
    except (ValueError, OverflowError):
        msg = ''
    if not msg or msg.startswith('Unknown error'):
        return b'errno ' + str(e).encode()
    return (msg[:1].lower() + msg[1:]).encode()


def file_fd(f):
    """The descriptor of an open *os.File (None for nil, the zero File, or closed)."""
    if f is None:
        return None
    st = f[0]
    if st is None or st[2]:
        return None
    return st[0]


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


def Getwd():
    return _os.getcwd().encode(), None


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
