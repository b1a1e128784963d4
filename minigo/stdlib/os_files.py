"""Package os, files and directories: *File's methods, Open/Create/OpenFile,
ReadFile/WriteFile, ReadDir, Mkdir(All), Remove(All), Rename, Stat/Lstat,
the working directory, temporary files, DirFS.

The system calls are Python's, on the host, as a Go binary makes them; each
failure becomes the *PathError or *LinkError Go returns, with Go's op name.
Two things a run owns here (run.state 'os.files'): its working directory
(Chdir changes the run's, never the process's, so that runs on other threads
keep theirs; relative names are resolved against it) and its open
descriptors (closed when the run is dropped, if the program did not).

A *File is the File struct (a list) holding a pointer to its state, the list
[fd, name, closed, appendMode] (file_fd reads fd and closed).
"""
from __future__ import annotations

import errno as _errno
import os as _os
import random as _rng
import stat as _stat

from ..runtime.context import current
from ..runtime.output import flush_stdout, write_stderr, write_stdout
from ..runtime.panic import nil_deref
from ..runtime.values import NIL_SLICE, make_slice
from .fs import fs_error, path_error
from .goside import package_rtype, package_var
from .io_eof import EOF, _new_error
from .syscall import errno_value

FD, NAME, CLOSED, APPEND = 0, 1, 2, 3     # the file state's fields

FILE_DECLS = '''
type File struct {
	*file
}

type file struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Close() error
func (f *File) Sync() error
func (f *File) Stat() (FileInfo, error)
func (f *File) Truncate(size int64) error
func (f *File) Chmod(mode FileMode) error
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)

// ReadFrom and WriteTo copy through a wrapper that hides them, so that
// io.Copy does not come back here.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return io.Copy(onlyWriter{f}, r)
}

func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return io.Copy(w, onlyReader{f})
}

type onlyWriter struct{ io.Writer }
type onlyReader struct{ io.Reader }

type FileInfo = fs.FileInfo
type FileMode = fs.FileMode
type DirEntry = fs.DirEntry
type PathError = fs.PathError

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     any
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return fs.sys }

// unixDirent is a DirEntry of ReadDir: its type comes with the name, its
// FileInfo from an Lstat when asked for.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

func Open(name string) (*File, error)
func Create(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func Truncate(name string, size int64) error
func Chmod(name string, mode FileMode) error
func Symlink(oldname, newname string) error
func Link(oldname, newname string) error
func Readlink(name string) (string, error)
func Chdir(dir string) error
func Getwd() (dir string, err error)
func TempDir() string
func UserHomeDir() (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func MkdirTemp(dir, pattern string) (string, error)

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// underlyingErrorIs looks one level into the os error types only, as Go's
// IsExist and friends do (errors.Is goes all the way).
func underlyingErrorIs(err, target error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	case *SyscallError:
		err = e.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	f, err := dir.open(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) open(name string) (*File, error)
func (dir dirFS) ReadFile(name string) ([]byte, error)
func (dir dirFS) ReadDir(name string) ([]DirEntry, error)
func (dir dirFS) Stat(name string) (fs.FileInfo, error)
'''

__all__ = []     # filled in below: every Python body os's declarations name


def export(fn):
    __all__.append(fn.__name__)
    return fn


# ---------------------------------------------------------------- run state

class _Files:
    """A run's working directory and open descriptors."""

    def __init__(self):
        self.cwd = None         # bytes, made on first use
        self.open = {}          # fd -> _Fd
        self.dirs = {}          # fd -> entries not yet returned by ReadDir & co.


class _Fd:
    """An open descriptor, closed when the run drops it (Go's finalizer does
    the same for an unreachable *File)."""
    __slots__ = ('fd',)

    def __init__(self, fd):
        self.fd = fd

    def close(self):
        fd, self.fd = self.fd, -1
        if fd >= 0:
            _os.close(fd)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass


def _files():
    return current().state('os.files', _Files)


def _cwd():
    """The run's working directory (the process's, or the sandbox's private
    directory, until the run changes it)."""
    st = _files()
    if st.cwd is None:
        box = current().sandbox
        st.cwd = box.root if box is not None else (current().cwd or _os.getcwdb())
    return st.cwd


class _Refused(bytes):
    """A file name the run's sandbox does not let it use: _sys fails a
    system call naming one with EACCES, without making it."""


def _path(name, follow=True):
    """A Go file name as the host opens it: relative names from the run's
    working directory; "" stays "" (ENOENT, as Go gets). Under a sandbox, a
    name outside its directory comes back _Refused (follow: whether the
    call follows a symbolic link in the last element)."""
    name = bytes(name)
    if name and not name.startswith(b'/'):
        name = _os.path.join(_cwd(), name)
    box = current().sandbox
    if box is not None and name and b'\0' not in name and not box.allows(name, follow):
        return _Refused(name)
    return name


def _sys(fn, *args):
    """fn(*args) -> (result, 0), or (None, errno) as the system call failed."""
    if any(type(a) is _Refused for a in args):
        return None, _errno.EACCES
    try:
        return fn(*args), 0
    except OSError as e:
        return None, e.errno or _errno.EIO
    except ValueError:          # a NUL in a name: Go's syscall says EINVAL
        return None, _errno.EINVAL


def _bytes(b):
    if b.len == 0:
        return b''
    return bytes(b.a[b.off:b.off + b.len])


# ---------------------------------------------------------------- values

def _new_file(fd, name, append=False):
    _files().open[fd] = _Fd(fd)
    return [[fd, name, False, append]]


# fs.FileMode's bits
(_MODE_DIR, _MODE_SYMLINK, _MODE_DEVICE, _MODE_PIPE, _MODE_SOCKET, _SETUID, _SETGID,
 _MODE_CHAR, _STICKY) = (1 << 31, 1 << 27, 1 << 26, 1 << 25, 1 << 24, 1 << 23, 1 << 22, 1 << 21, 1 << 20)

_TYPE_BITS = {
    _stat.S_IFBLK: _MODE_DEVICE,
    _stat.S_IFCHR: _MODE_DEVICE | _MODE_CHAR,
    _stat.S_IFDIR: _MODE_DIR,
    _stat.S_IFIFO: _MODE_PIPE,
    _stat.S_IFLNK: _MODE_SYMLINK,
    _stat.S_IFSOCK: _MODE_SOCKET,
}


def file_mode(st_mode):
    """A stat mode as an fs.FileMode."""
    m = (st_mode & 0o777) | _TYPE_BITS.get(_stat.S_IFMT(st_mode), 0)
    if st_mode & _stat.S_ISUID:
        m |= _SETUID
    if st_mode & _stat.S_ISGID:
        m |= _SETGID
    if st_mode & _stat.S_ISVTX:
        m |= _STICKY
    return m


def _sys_mode(perm):
    """An fs.FileMode as the mode bits of open/mkdir/chmod."""
    m = perm & 0o777
    if perm & _SETUID:
        m |= _stat.S_ISUID
    if perm & _SETGID:
        m |= _stat.S_ISGID
    if perm & _STICKY:
        m |= _stat.S_ISVTX
    return m


def basename(name):
    """The last element of name, trailing slashes removed ("/" stays)."""
    stripped = name.rstrip(b'/')
    if not stripped:
        return name[:1]
    return stripped.rsplit(b'/', 1)[-1]


def _file_info(name, st):
    from .time import Unix
    ns = st.st_mtime_ns
    info = [basename(name), st.st_size, file_mode(st.st_mode), Unix(ns // 10**9, ns % 10**9), None]
    return (package_rtype('os', 'fileStat', pointer=True), info)


def _dirent(parent, name, typ, info=None):
    return (package_rtype('os', 'unixDirent', pointer=True), [parent, name, typ, info])


def _err_invalid():
    return package_var('os', 'ErrInvalid')


def _errno_of(err):
    """The errno inside a *PathError made here."""
    return err[1][2][1]


def _link_error(op, old, new, err):
    if isinstance(err, int):
        err = errno_value(err)
    return (package_rtype('os', 'LinkError', pointer=True), [op, old, new, err])


# ---------------------------------------------------------------- *File

def _state(f, op):
    """(file state, None) for an open file; (None, the error) for a nil *File
    (ErrInvalid) or a closed one; the zero File has no state: nil dereference."""
    if f is None:
        return None, _err_invalid()
    st = f[0]
    if st is None:
        raise nil_deref()
    if st[CLOSED]:
        return None, path_error(op, st[NAME], fs_error('ErrClosed'))
    return st, None


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


def sys_write(fd, data):
    """Write all of data -> (n, errno); the standard outputs go to the run's streams."""
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
            return n, e.errno or _errno.EINVAL
        if n >= len(data):
            return n, 0


def sys_read(fd, size):
    """One read of up to size bytes -> (data, errno)."""
    if fd == 0:
        from .scan import stdin_read
        return stdin_read(size), 0
    if _foreign_std_fd(fd):
        return b'', _errno.EBADF
    if fd in (1, 2):
        flush_stdout()
    data, e = _sys(_os.read, fd, size)
    return (data or b''), e


def _store(b, data, at=0):
    b.a[b.off + at:b.off + at + len(data)] = list(data)


@export
def File_Read(f, b):
    st, err = _state(f, b'read')
    if err is not None:
        return 0, err
    if b.len == 0:
        return 0, None
    data, e = sys_read(st[FD], b.len)
    if e:
        return 0, path_error(b'read', st[NAME], e)
    if not data:
        return 0, EOF()
    _store(b, data)
    return len(data), None


@export
def File_ReadAt(f, b, off):
    st, err = _state(f, b'read')
    if err is not None:
        return 0, err
    if off < 0:
        return 0, path_error(b'readat', st[NAME], _new_error(b'negative offset'))
    n = 0
    while n < b.len:
        data, e = _sys(_os.pread, st[FD], b.len - n, off + n)
        if e:
            return n, path_error(b'read', st[NAME], e)
        if not data:
            return n, EOF()
        _store(b, data, n)
        n += len(data)
    return n, None


def _wrote(st, n, want, e):
    err = None
    if n != want:
        err = package_var('io', 'ErrShortWrite')
    if e:
        err = path_error(b'write', st[NAME], e)
    return n, err


@export
def File_Write(f, b):
    st, err = _state(f, b'write')
    if err is not None:
        return 0, err
    data = _bytes(b)
    n, e = sys_write(st[FD], data)
    return _wrote(st, n, len(data), e)


@export
def File_WriteString(f, s):
    st, err = _state(f, b'write')
    if err is not None:
        return 0, err
    n, e = sys_write(st[FD], s)
    return _wrote(st, n, len(s), e)


@export
def File_WriteAt(f, b, off):
    st, err = _state(f, b'write')
    if err is not None:
        return 0, err
    if st[APPEND]:
        return 0, _new_error(b'os: invalid use of WriteAt on file opened with O_APPEND')
    if off < 0:
        return 0, path_error(b'writeat', st[NAME], _new_error(b'negative offset'))
    data = _bytes(b)
    n = 0
    while n < len(data):
        m, e = _sys(_os.pwrite, st[FD], data[n:], off + n)
        if e:
            return n, path_error(b'write', st[NAME], e)
        n += m
    return n, None


@export
def File_Seek(f, offset, whence):
    st, err = _state(f, b'seek')
    if err is not None:
        return 0, err
    fd = st[FD]
    if _foreign_std_fd(fd):
        return 0, path_error(b'seek', st[NAME], _errno.ESPIPE)
    _files().dirs.pop(fd, None)       # a directory is read again from where it now is
    pos, e = _sys(_os.lseek, fd, offset, whence)
    if e:
        return 0, path_error(b'seek', st[NAME], e)
    return pos, None


@export
def File_Close(f):
    if f is None:
        return _err_invalid()
    st = f[0]
    if st is None:
        return errno_value(_errno.EINVAL)
    if st[CLOSED]:
        return path_error(b'close', st[NAME], fs_error('ErrClosed'))
    st[CLOSED] = True
    files = _files()
    files.dirs.pop(st[FD], None)
    h = files.open.pop(st[FD], None)
    if h is not None:
        _, e = _sys(h.close)
        if e:
            return path_error(b'close', st[NAME], e)
    return None


@export
def File_Sync(f):
    st, err = _state(f, b'sync')
    if err is not None:
        return err
    if st[FD] == 1:
        flush_stdout()
    _, e = _sys(_os.fsync, st[FD])
    return path_error(b'sync', st[NAME], e) if e else None


@export
def File_Stat(f):
    st, err = _state(f, b'stat')
    if err is not None:
        return None, err
    s, e = _sys(_os.fstat, st[FD])
    if e:
        return None, path_error(b'stat', st[NAME], e)
    return _file_info(st[NAME], s), None


@export
def File_Truncate(f, size):
    st, err = _state(f, b'truncate')
    if err is not None:
        return err
    _, e = _sys(_os.ftruncate, st[FD], size) if size >= 0 else (None, _errno.EINVAL)
    return path_error(b'truncate', st[NAME], e) if e else None


@export
def File_Chmod(f, mode):
    st, err = _state(f, b'chmod')
    if err is not None:
        return err
    _, e = _sys(_os.fchmod, st[FD], _sys_mode(mode))
    return path_error(b'chmod', st[NAME], e) if e else None


# ---------------------------------------------------------------- directories

def _entry_type(entry):
    """The fs.FileMode type bits of a scandir entry (its d_type when known)."""
    try:
        if entry.is_symlink():
            return _MODE_SYMLINK
        if entry.is_dir(follow_symlinks=False):
            return _MODE_DIR
        if entry.is_file(follow_symlinks=False):
            return 0
        return _TYPE_BITS.get(_stat.S_IFMT(entry.stat(follow_symlinks=False).st_mode), 0)
    except OSError:
        return 0


def _read_dir(f, n):
    """The next n (all when n <= 0) entries of a directory file as
    [(name, type)], and the error Go gives: io.EOF when n > 0 finds none."""
    if f is None:
        return None, _err_invalid()
    st = f[0]
    if st is None:
        raise nil_deref()
    if st[CLOSED]:
        return None, path_error(b'readdirent', st[NAME], _new_error(b'use of closed file'))
    files = _files()
    fd = st[FD]
    pending = files.dirs.get(fd)
    if pending is None:
        try:
            with _os.scandir(fd) as it:
                pending = [(e.name, _entry_type(e)) for e in it]
        except OSError as e:
            return None, path_error(b'readdirent', st[NAME], e.errno or _errno.EIO)
        files.dirs[fd] = pending
    if n <= 0:
        out = pending[:]
        pending.clear()
        return out, None
    if not pending:
        return [], EOF()
    out = pending[:n]
    del pending[:n]
    return out, None


def _scandir_name(name):
    return name if isinstance(name, bytes) else _os.fsencode(name)


@export
def File_ReadDir(f, n):
    ents, err = _read_dir(f, n)
    if ents is None:
        return NIL_SLICE, err
    parent = f[0][NAME]
    return make_slice([_dirent(parent, _scandir_name(name), typ) for name, typ in ents]), err


@export
def File_Readdirnames(f, n):
    ents, err = _read_dir(f, n)
    if ents is None:
        return NIL_SLICE, err
    return make_slice([_scandir_name(name) for name, _ in ents]), err


@export
def File_Readdir(f, n):
    ents, err = _read_dir(f, n)
    if ents is None:
        return NIL_SLICE, err
    parent = f[0][NAME]
    infos = []
    for name, _ in ents:
        name = _scandir_name(name)
        s, e = _sys(_os.lstat, _path(parent + b'/' + name, follow=False))
        if e == _errno.ENOENT:
            continue            # removed since the directory was read
        if e:
            return make_slice(infos), path_error(b'lstat', parent + b'/' + name, e)
        infos.append(_file_info(name, s))
    return make_slice(infos), err


# ---------------------------------------------------------------- opening

_O_CLOEXEC = getattr(_os, 'O_CLOEXEC', 0)
_O_DIRECTORY = getattr(_os, 'O_DIRECTORY', 0)
_O_NOFOLLOW = getattr(_os, 'O_NOFOLLOW', 0)


def _open(name, flag, perm):
    """(*File, error) for open(2) of name."""
    fd, e = _sys(_os.open, _path(name), flag | _O_CLOEXEC, _sys_mode(perm))
    if e:
        return None, path_error(b'open', name, e)
    return _new_file(fd, bytes(name), bool(flag & _os.O_APPEND)), None


@export
def Open(name):
    return _open(name, _os.O_RDONLY, 0)


@export
def Create(name):
    return _open(name, _os.O_RDWR | _os.O_CREAT | _os.O_TRUNC, 0o666)


@export
def OpenFile(name, flag, perm):
    return _open(name, flag, perm)


def _read_all(fd):
    """The rest of an open file -> (data, errno)."""
    chunks = []
    while True:
        data, e = _sys(_os.read, fd, 1 << 16)
        if e:
            return b''.join(chunks), e
        if not data:
            return b''.join(chunks), 0
        chunks.append(data)


def _close_fd(fd):
    h = _files().open.pop(fd, None)
    if h is not None:
        _sys(h.close)


@export
def ReadFile(name):
    fd, e = _sys(_os.open, _path(name), _os.O_RDONLY | _O_CLOEXEC)
    if e:
        return NIL_SLICE, path_error(b'open', name, e)
    _files().open[fd] = _Fd(fd)
    data, e = _read_all(fd)
    _close_fd(fd)
    out = make_slice(list(data)) if data or not e else NIL_SLICE
    return out, (path_error(b'read', name, e) if e else None)


@export
def WriteFile(name, data, perm):
    f, err = _open(name, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, perm)
    if err is not None:
        return err
    _, err = File_Write(f, data)
    err2 = File_Close(f)
    return err if err is not None else err2


@export
def ReadDir(name):
    fd, e = _sys(_os.open, _path(name), _os.O_RDONLY | _O_CLOEXEC | _O_DIRECTORY)
    if e:
        return NIL_SLICE, path_error(b'open', name, e)
    f = _new_file(fd, bytes(name))
    ents, err = File_ReadDir(f, -1)
    File_Close(f)
    lst = ents.tolist()
    lst.sort(key=lambda d: d[1][1])
    return make_slice(lst), err


# ---------------------------------------------------------------- names

@export
def Mkdir(name, perm):
    _, e = _sys(_os.mkdir, _path(name), _sys_mode(perm))
    return path_error(b'mkdir', name, e) if e else None


def _is_dir(name, follow=True):
    s, e = _sys(_os.stat if follow else _os.lstat, _path(name, follow))
    return not e and _stat.S_ISDIR(s.st_mode)


@export
def MkdirAll(path, perm):
    """Make path and the directories above it: nil if it is a directory
    already, "not a directory" for an element that is something else."""
    path = bytes(path)
    s, e = _sys(_os.stat, _path(path))
    if not e:
        if _stat.S_ISDIR(s.st_mode):
            return None
        return path_error(b'mkdir', path, _errno.ENOTDIR)
    parent = path.rstrip(b'/')
    cut = parent.rfind(b'/')
    if cut > 0:
        err = MkdirAll(parent[:cut].rstrip(b'/') or b'/', perm)
        if err is not None:
            return err
    err = Mkdir(path, perm)
    if err is not None and _is_dir(path, follow=False):
        return None       # made meanwhile, or "path/." of a directory made just now
    return err


@export
def Remove(name):
    p = _path(name, follow=False)
    _, e = _sys(_os.unlink, p)
    if not e:
        return None
    _, e1 = _sys(_os.rmdir, p)
    if not e1:
        return None
    return path_error(b'remove', name, e if e1 == _errno.ENOTDIR else e1)


@export
def RemoveAll(path):
    """Remove path and all it holds; nil when it is not there. Go removes
    from the parent directory down, and its errors name the failing entry
    below the parent ("unlinkat ./x/y: permission denied")."""
    path = bytes(path)
    if not path:
        return None
    if path == b'.' or path.endswith(b'/.'):
        return path_error(b'RemoveAll', path, _errno.EINVAL)
    err = Remove(path)
    if err is None or _errno_of(err) == _errno.ENOENT:
        return None
    parent, base = _split_path(path)
    fd, e = _sys(_os.open, _path(parent), _os.O_RDONLY | _O_CLOEXEC)
    if e:
        return None if e == _errno.ENOENT else path_error(b'open', parent, e)
    _os.close(fd)
    err = _remove_from(_path(parent), base)
    if err is not None:
        err[1][1] = parent + b'/' + err[1][1]
    return err


def _split_path(path):
    """(parent, base) as RemoveAll splits a path: "." when there is no parent."""
    while path.startswith(b'//'):
        path = path[1:]
    if len(path) > 1:
        path = path[:1] + path[1:].rstrip(b'/')
    i = path.rfind(b'/', 0, len(path) - 1)
    if i < 0:
        return b'.', path
    return (path[:1] if i == 0 else path[:i]), path[i + 1:]


def _remove_from(parent, base):
    """Remove parent/base and everything below it; the first failure as a
    *PathError whose path is relative to parent."""
    p = _os.path.join(parent, base)
    _, e = _sys(_os.unlink, p)
    if not e or e == _errno.ENOENT:
        return None
    if e not in (_errno.EISDIR, _errno.EPERM, _errno.EACCES):
        return path_error(b'unlinkat', base, e)
    unlink_err = e
    first = None
    fd, e = _sys(_os.open, p, _os.O_RDONLY | _O_CLOEXEC | _O_DIRECTORY | _O_NOFOLLOW)
    if e:
        if e == _errno.ENOENT:
            return None
        if e == _errno.ENOTDIR:
            return path_error(b'unlinkat', base, unlink_err)
        first = path_error(b'openfdat', base, unlink_err if e == _errno.ELOOP else e)
    else:
        names, e = _sys(_os.listdir, fd)
        _os.close(fd)
        if e:
            return None if e == _errno.ENOENT else path_error(b'readdirnames', base, e)
        for name in names:
            err = _remove_from(p, _scandir_name(name))
            if err is not None:
                err[1][1] = base + b'/' + err[1][1]
                first = first or err
    _, e = _sys(_os.rmdir, p)
    if not e or e == _errno.ENOENT:
        return None
    return first or path_error(b'unlinkat', base, e)


@export
def Rename(oldpath, newpath):
    old, new = _path(oldpath, follow=False), _path(newpath, follow=False)
    ns, e = _sys(_os.lstat, new)
    if not e and _stat.S_ISDIR(ns.st_mode):
        # renaming onto an existing directory: report a bad old name first
        os_, e = _sys(_os.lstat, old)
        if e:
            return _link_error(b'rename', oldpath, newpath, e)
        if oldpath == newpath or (os_.st_dev, os_.st_ino) != (ns.st_dev, ns.st_ino):
            return _link_error(b'rename', oldpath, newpath, _errno.EEXIST)
    _, e = _sys(_os.rename, old, new)
    return _link_error(b'rename', oldpath, newpath, e) if e else None


def _stat_op(op, name, follow):
    s, e = _sys(_os.stat if follow else _os.lstat, _path(name, follow))
    if e:
        return None, path_error(op, name, e)
    return _file_info(bytes(name), s), None


@export
def Stat(name):
    return _stat_op(b'stat', name, True)


@export
def Lstat(name):
    return _stat_op(b'lstat', name, False)


@export
def Truncate(name, size):
    _, e = _sys(_os.truncate, _path(name), size) if size >= 0 else (None, _errno.EINVAL)
    return path_error(b'truncate', name, e) if e else None


@export
def Chmod(name, mode):
    _, e = _sys(_os.chmod, _path(name), _sys_mode(mode))
    return path_error(b'chmod', name, e) if e else None


@export
def Symlink(oldname, newname):
    _, e = _sys(_os.symlink, bytes(oldname), _path(newname, follow=False))
    return _link_error(b'symlink', oldname, newname, e) if e else None


@export
def Link(oldname, newname):
    _, e = _sys(_os.link, _path(oldname, follow=False), _path(newname, follow=False))
    return _link_error(b'link', oldname, newname, e) if e else None


@export
def Readlink(name):
    target, e = _sys(_os.readlink, _path(name, follow=False))
    if e:
        return b'', path_error(b'readlink', name, e)
    return target, None


# ---------------------------------------------------------------- directories of the run

@export
def Chdir(dir):
    p = _path(dir)
    s, e = _sys(_os.stat, p)
    if not e and not _stat.S_ISDIR(s.st_mode):
        e = _errno.ENOTDIR
    if not e and not _os.access(p, _os.X_OK):     # chdir(2) needs search permission
        e = _errno.EACCES
    if e:
        return path_error(b'chdir', dir, e)
    _files().cwd = _os.path.realpath(p)
    return None


@export
def Getwd():
    """As Go's: $PWD when it names the working directory (it may spell it
    through a symbolic link), else the kernel's name for it."""
    cwd = _cwd()
    pwd = _getenv(b'PWD')
    if pwd.startswith(b'/'):
        a, _ = _sys(_os.stat, pwd)
        b, _ = _sys(_os.stat, cwd)
        if a is not None and b is not None and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino):
            return pwd, None
    return cwd, None


def _getenv(key):
    return current().environ.get(key, b'')


@export
def TempDir():
    return _getenv(b'TMPDIR') or b'/tmp'


@export
def UserHomeDir():
    home = _getenv(b'HOME')
    if not home:
        return b'', _new_error(b'$HOME is not defined')
    return home, None


def _temp_pattern(op, pattern):
    """(prefix, suffix, None) around the last '*', or the error for a '/'."""
    pattern = bytes(pattern)
    if b'/' in pattern:
        return None, None, path_error(op, pattern, _new_error(b'pattern contains path separator'))
    prefix, star, suffix = pattern.rpartition(b'*')
    if not star:
        return pattern, b'', None
    return prefix, suffix, None


def _temp_prefix(dir, prefix):
    dir = bytes(dir) or TempDir()
    return (dir if dir.endswith(b'/') else dir + b'/') + prefix


def _random():
    return str(_rng.getrandbits(32)).encode()


@export
def CreateTemp(dir, pattern):
    prefix, suffix, err = _temp_pattern(b'createtemp', pattern)
    if err is not None:
        return None, err
    prefix = _temp_prefix(dir, prefix)
    for _ in range(10000):
        f, err = _open(prefix + _random() + suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        if err is None or _errno_of(err) != _errno.EEXIST:
            return f, err
    return None, path_error(b'createtemp', prefix + b'*' + suffix, fs_error('ErrExist'))


@export
def MkdirTemp(dir, pattern):
    prefix, suffix, err = _temp_pattern(b'mkdirtemp', pattern)
    if err is not None:
        return b'', err
    prefix = _temp_prefix(dir, prefix)
    for _ in range(10000):
        name = prefix + _random() + suffix
        err = Mkdir(name, 0o700)
        if err is None:
            return name, None
        e = _errno_of(err)
        if e == _errno.EEXIST:
            continue
        if e == _errno.ENOENT:
            _, serr = Stat(bytes(dir) or TempDir())
            if serr is not None and _errno_of(serr) == _errno.ENOENT:
                return b'', serr
        return b'', err
    return b'', path_error(b'mkdirtemp', prefix + b'*' + suffix, fs_error('ErrExist'))


# ---------------------------------------------------------------- DirFS

def _dirfs_join(dir, op, name):
    """dir/name for a DirFS, or (None, the error Go gives)."""
    from .fs import ValidPath
    if not dir:
        return None, path_error(op, name, _new_error(b'os: DirFS with empty root'))
    if not ValidPath(name) or b'\0' in name:
        return None, path_error(op, name, _err_invalid())
    return (dir if dir.endswith(b'/') else dir + b'/') + name, None


def _rename_path(err, name):
    """Go reports a DirFS error with the name asked for, not the joined one."""
    if err is not None and err[0] is package_rtype('io/fs', 'PathError', pointer=True):
        err[1][1] = bytes(name)
    return err


def _dirfs_call(dir, op, name, fn, zero):
    """fn on name inside a DirFS, errors naming what was asked for."""
    full, err = _dirfs_join(dir, op, name)
    if err is not None:
        return zero, err
    value, err = fn(full)
    return value, _rename_path(err, name)


@export
def dirFS_open(dir, name):
    return _dirfs_call(dir, b'open', name, Open, None)


@export
def dirFS_ReadFile(dir, name):
    return _dirfs_call(dir, b'readfile', name, ReadFile, NIL_SLICE)


@export
def dirFS_ReadDir(dir, name):
    return _dirfs_call(dir, b'readdir', name, ReadDir, NIL_SLICE)


@export
def dirFS_Stat(dir, name):
    return _dirfs_call(dir, b'stat', name, Stat, None)


def file_fd(f):
    """The descriptor of an open *os.File (None for nil, the zero File, or closed)."""
    if f is None:
        return None
    st = f[0]
    if st is None or st[CLOSED]:
        return None
    return st[FD]


__all__ += ['FILE_DECLS', 'file_fd']
