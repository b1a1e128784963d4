"""Package path/filepath: file-name paths with the host's separator ('/'
here, so the path operations are package path's, in pathops.py), Abs and Rel,
Glob, and Walk/WalkDir over the file system."""
from __future__ import annotations

from ..runtime.values import NIL_SLICE, make_slice
from . import pathops
from .goside import package_var

GO_DECLS = '''
package filepath

import (
	"errors"
	"io/fs"
	"os"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

var ErrBadPattern = errors.New("syntax error in pattern")

var SkipDir error = fs.SkipDir
var SkipAll error = fs.SkipAll

func Clean(path string) string
func Split(path string) (dir, file string)
func Join(elem ...string) string
func Ext(path string) string
func Base(path string) string
func Dir(path string) string
func IsAbs(path string) bool
func IsLocal(path string) bool
func Match(pattern, name string) (matched bool, err error)
func Rel(basepath, targpath string) (string, error)
func Abs(path string) (string, error)
func SplitList(path string) []string
func ToSlash(path string) string
func FromSlash(path string) string
func VolumeName(path string) string
func Glob(pattern string) (matches []string, err error)

type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and everything below it, in lexical order, with
// each one's Lstat; a directory it cannot list gets a second call with the error.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := readDirNames(path)
	if err1 := fn(path, info, err); err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(path, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(filename, fileInfo, fn); err != nil {
			if !fileInfo.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

func readDirNames(dir string) ([]string, error)

// WalkDir is fs.WalkDir over the host's files, with Lstat for the root.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	return fs.WalkDir(hostFS{}, root, fn)
}

type hostFS struct{}

func (hostFS) Open(name string) (fs.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (hostFS) Stat(name string) (fs.FileInfo, error)      { return os.Lstat(name) }
func (hostFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
'''

Clean = pathops.clean
Split = pathops.split
Ext = pathops.ext
Base = pathops.base
Dir = pathops.dir_
IsLocal = pathops.is_local


def Join(elem):
    return pathops.join_slash(elem.tolist())


def IsAbs(path):
    return path.startswith(b'/')


def _bad_pattern():
    return package_var('path/filepath', 'ErrBadPattern')


def Match(pattern, name):
    try:
        return pathops.match(pattern, name), None
    except pathops.BadPattern:
        return False, _bad_pattern()


def Rel(basepath, targpath):
    r = pathops.rel(basepath, targpath)
    if r is None:
        from .io_eof import _new_error
        return b'', _new_error(b"Rel: can't make " + targpath + b' relative to ' + basepath)
    return r, None


def Abs(path):
    if path.startswith(b'/'):
        return pathops.clean(path), None
    from .os_files import Getwd
    wd, err = Getwd()
    if err is not None:
        return b'', err
    return pathops.join_slash([wd, path]), None


def SplitList(path):
    if not path:
        return make_slice([])
    return make_slice(path.split(b':'))


def ToSlash(path):
    return path


FromSlash = ToSlash


def VolumeName(path):
    return b''


def readDirNames(dir):
    from .os_files import File_Close, File_Readdirnames, Open
    f, err = Open(dir)
    if err is not None:
        return NIL_SLICE, err
    names, err = File_Readdirnames(f, -1)
    File_Close(f)
    if err is not None:
        return NIL_SLICE, err
    return make_slice(sorted(names.tolist())), None


# ---------------------------------------------------------------- Glob

def Glob(pattern):
    try:
        pathops.match(pattern, b'')     # the whole pattern must be well formed
        found = _glob(pattern, 0)
    except pathops.BadPattern:
        return NIL_SLICE, _bad_pattern()
    return (make_slice(found) if found else NIL_SLICE), None


_MAX_DEPTH = 10000     # Go's limit on the directory levels of a pattern


def _glob(pattern, depth):
    """The names matching pattern, in lexical order within each directory."""
    from .os_files import Lstat
    if depth >= _MAX_DEPTH:
        raise pathops.BadPattern
    if not pathops.has_meta(pattern):
        _, err = Lstat(pattern)
        return [] if err is not None else [pattern]
    d, file = pathops.split(pattern)
    if not d:
        d = b'.'
    elif d != b'/':
        d = d[:-1]
    if not pathops.has_meta(d):
        return _glob_dir(d, file)
    if d == pattern:
        raise pathops.BadPattern
    out = []
    for sub in _glob(d, depth + 1):
        out.extend(_glob_dir(sub, file))
    return out


def _glob_dir(d, pattern):
    """The entries of directory d matching pattern, joined to d (I/O errors: none)."""
    from .os_files import _is_dir, _path
    import os as _os
    if not _is_dir(d):
        return []
    try:
        names = sorted(_os.fsencode(n) for n in _os.listdir(_path(d)))
    except (OSError, ValueError):
        return []
    return [pathops.join_slash([d, n]) for n in names if pathops.match(pattern, n)]
