"""Package syscall, the little of it that os's errors show: Errno (the error
inside a *fs.PathError, printed as `syscall.Errno`), the common error
numbers and the open flags.

The numbers are the host's (Python's errno and os modules), as a Go binary
built for the host has them; Errno's text is the C library's with a
lower-case first letter, which is Go's table on Linux.
"""
from __future__ import annotations

import errno as _errno
import os as _os

from .goside import package_var

# the error numbers a program may name; a name this host lacks is left out
_ERRNO_NAMES = (
    'E2BIG', 'EACCES', 'EADDRINUSE', 'EAGAIN', 'EBADF', 'EBUSY', 'ECHILD', 'ECONNREFUSED',
    'ECONNRESET', 'EDEADLK', 'EEXIST', 'EFAULT', 'EFBIG', 'EINTR', 'EINVAL', 'EIO', 'EISDIR',
    'ELOOP', 'EMFILE', 'EMLINK', 'ENAMETOOLONG', 'ENFILE', 'ENODEV', 'ENOENT', 'ENOEXEC',
    'ENOMEM', 'ENOSPC', 'ENOSYS', 'ENOTDIR', 'ENOTEMPTY', 'ENOTSUP', 'ENOTTY', 'ENXIO',
    'EOPNOTSUPP', 'EPERM', 'EPIPE', 'ERANGE', 'EROFS', 'ESPIPE', 'ESRCH', 'ETIMEDOUT',
    'EWOULDBLOCK', 'EXDEV',
)
_OPEN_FLAGS = ('O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_SYNC',
               'O_TRUNC', 'O_NONBLOCK', 'O_NOCTTY', 'O_CLOEXEC', 'O_DIRECTORY', 'O_NOFOLLOW')


def _consts(names, module, typ=''):
    return ''.join(f'\t{n} {typ}= {getattr(module, n)}\n' for n in names if hasattr(module, n))


GO_DECLS = f'''
package syscall

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

func (e Errno) Error() string
func (e Errno) Is(target error) bool
func (e Errno) Temporary() bool {{
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}}
func (e Errno) Timeout() bool {{
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}}

const (
{_consts(_ERRNO_NAMES, _errno, 'Errno ')})

const (
{_consts(_OPEN_FLAGS, _os)})
'''


def Errno_Error(e):
    """Go's text for an errno: the C library's, with a lower-case first letter."""
    try:
        msg = _os.strerror(e)
    except (ValueError, OverflowError):
        msg = ''
    if not msg or msg.startswith('Unknown error'):
        return b'errno ' + str(e).encode()
    return (msg[:1].lower() + msg[1:]).encode()


# which errors.Is targets an errno matches: (package, variable) -> errnos
_IS = (
    (('io/fs', 'ErrPermission'), (_errno.EACCES, _errno.EPERM)),
    (('io/fs', 'ErrExist'), (_errno.EEXIST, _errno.ENOTEMPTY)),
    (('io/fs', 'ErrNotExist'), (_errno.ENOENT,)),
    (('errors', 'ErrUnsupported'), tuple(getattr(_errno, n) for n in ('ENOSYS', 'ENOTSUP', 'EOPNOTSUPP')
                                         if hasattr(_errno, n))),
)


def Errno_Is(e, target):
    if target is None:
        return False
    for (pkg, name), errnos in _IS:
        v = package_var(pkg, name)
        if v is not None and v[0] is target[0] and v[1] is target[1]:
            return e in errnos
    return False


def errno_value(e):
    """An Errno as a Go error (an interface value)."""
    from .goside import package_rtype
    return (package_rtype('syscall', 'Errno'), e)
