"""Package path: slash-separated paths (the operations are pathops.py's)."""
from __future__ import annotations

from . import pathops
from .goside import package_var

GO_DECLS = '''
package path

import "errors"

var ErrBadPattern = errors.New("syntax error in pattern")

func Clean(path string) string
func Split(path string) (dir, file string)
func Join(elem ...string) string
func Ext(path string) string
func Base(path string) string
func Dir(path string) string
func IsAbs(path string) bool
func Match(pattern, name string) (matched bool, err error)
'''

Clean = pathops.clean
Split = pathops.split
Ext = pathops.ext
Base = pathops.base
Dir = pathops.dir_


def Join(elem):
    return pathops.join_slash(elem.tolist())


def IsAbs(path):
    return path.startswith(b'/')


def Match(pattern, name):
    try:
        return pathops.match(pattern, name), None
    except pathops.BadPattern:
        return False, package_var('path', 'ErrBadPattern')
