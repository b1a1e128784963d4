"""Package io/fs: FileMode, FileInfo, DirEntry, PathError and the errors os
shares (os.ErrNotExist is fs.ErrNotExist), the FS interfaces with ReadDir,
ReadFile, Stat and WalkDir over them, and SkipDir/SkipAll.

os imports this package, and fmt imports os, so nearly every program parses
it: the Go here is kept to what needs Go (calls through interfaces)."""
from __future__ import annotations

from ..runtime.gofmt import methods_of

GO_DECLS = '''
package fs

import (
	"errors"
	"io"
	"time"
)

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var SkipDir = errors.New("skip this directory")
var SkipAll = errors.New("skip everything and stop the walk")

type FileMode uint32

const (
	ModeDir FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

func (m FileMode) String() string
func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

type FS interface {
	Open(name string) (File, error)
}

type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

type WalkDirFunc func(path string, d DirEntry, err error) error

func ValidPath(name string) bool

func FormatFileInfo(info FileInfo) string {
	s := info.Mode().String() + " " + decimal(info.Size()) + " " +
		info.ModTime().Format(time.DateTime) + " " + info.Name()
	if info.IsDir() {
		s += "/"
	}
	return s
}

func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}

func decimal(n int64) string

// infoEntry is a FileInfo seen as a DirEntry.
type infoEntry struct {
	fi FileInfo
}

func (d infoEntry) Name() string               { return d.fi.Name() }
func (d infoEntry) IsDir() bool                { return d.fi.IsDir() }
func (d infoEntry) Type() FileMode             { return d.fi.Mode().Type() }
func (d infoEntry) Info() (FileInfo, error)    { return d.fi, nil }
func (d infoEntry) String() string             { return FormatDirEntry(d) }

func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{fi: info}
}

func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortByName(list)
	return list, err
}

func sortByName(list []DirEntry)

func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkDir calls fn for name, then (for a directory fn did not skip) for
// each entry of it in name order; a read error is reported by a second call.
func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	err := fn(name, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		if err = fn(name, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(fsys, joinPath(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

func joinPath(dir, name string) string
'''

_MODE_LETTERS = 'dalTLDpSugct?'


def FileMode_String(m):
    """ls-style: the type letters of the set high bits (or '-'), then rwx x3."""
    out = [c for i, c in enumerate(_MODE_LETTERS) if m & (1 << (31 - i))]
    if not out:
        out.append('-')
    out.extend(c if m & (1 << (8 - i)) else '-' for i, c in enumerate('rwxrwxrwx'))
    return ''.join(out).encode()


def ValidPath(name):
    try:
        name.decode('utf-8')     # Python's decoder rejects what utf8.ValidString does
    except UnicodeDecodeError:
        return False
    if name == b'.':
        return True
    return all(elem not in (b'', b'.', b'..') for elem in name.split(b'/'))


def decimal(n):
    return str(n).encode()


def sortByName(lst):
    """Sort a []DirEntry in place by Name(), as slices.SortFunc does."""
    if lst.a is None or lst.len < 2:
        return
    items = lst.a[lst.off:lst.off + lst.len]
    keyed = [(methods_of(e[0])['Name'](e[1]), i, e) for i, e in enumerate(items)]
    keyed.sort(key=lambda t: (t[0], t[1]))
    lst.a[lst.off:lst.off + lst.len] = [e for _, _, e in keyed]


def joinPath(dir, name):
    from .pathops import join_slash
    return join_slash([dir, name])


# ------------------------------------------------- for os and path/filepath

def path_error(op, path, err):
    """A *fs.PathError as a Go error; err is an errno (int) or an error value."""
    from .goside import package_rtype
    if isinstance(err, int):
        from .syscall import errno_value
        err = errno_value(err)
    return (package_rtype('io/fs', 'PathError', pointer=True), [op, path, err])


def fs_error(name):
    """One of fs's error variables (ErrNotExist, ErrClosed, SkipDir...)."""
    from .goside import package_var
    return package_var('io/fs', name)
