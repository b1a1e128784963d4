"""Package os: Args, Exit, the standard files, environment."""
import os as _os

from ..runtime.output import flush_stdout, write_stderr, write_stdout
from ..runtime.panic import GoExit
from ..runtime.values import Slice
from ..runtime.context import current

GO_DECLS = '''
package os

import "errors"

type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error { return nil }
func (f *File) Name() string { return f.name }
func (f *File) Sync() error  { return nil }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string

var ErrNotExist = errors.New("file does not exist")

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Getpid() int
func Hostname() (name string, err error)
func Getwd() (dir string, err error)
'''


def File_Write(f, b):
    data = bytes(b.tolist())
    return _write(f, data)


def File_WriteString(f, s):
    return _write(f, s)


def _write(f, data):
    fd = f[0]
    if fd == 1:
        write_stdout(data)
    elif fd == 2:
        write_stderr(data)
    else:
        raise NotImplementedError('writing to files')
    return len(data), None


def File_Read(f, b):
    from .scan import stdin_read
    if f[0] != 0:
        raise NotImplementedError('reading files')
    n = b.len
    data = stdin_read(n)
    if not data:
        from .io_eof import EOF
        return 0, EOF()
    b.a[b.off:b.off + len(data)] = list(data)
    return len(data), None


def Exit(code):
    flush_stdout()
    raise GoExit(code)


def Getenv(key):
    return current().environ.get(key.decode(), '').encode()


def LookupEnv(key):
    v = current().environ.get(key.decode())
    return (v.encode(), True) if v is not None else (b'', False)


def Setenv(key, value):
    current().environ[key.decode()] = value.decode()   # the run's own environment
    return None


def Getpid():
    return _os.getpid()


def Hostname():
    import socket
    return socket.gethostname().encode(), None


def Getwd():
    return _os.getcwd().encode(), None


def init_package(comp):
    """Fill os.Args with the program's arguments."""
    argv = current().args
    args = [a.encode('utf-8', 'surrogateescape') for a in argv]
    comp.set_global('Args', Slice(args, 0, len(args), len(args)))
