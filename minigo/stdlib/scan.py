"""Reading standard input for fmt.Scan*, bufio and os.Stdin.Read: one shared
buffered reader over the process's stdin (flushing stdout first, so prompts
appear before the program waits)."""
import sys

from ..runtime.output import flush_stdout

_buf = bytearray()
_eof = [False]


def _fill():
    if _eof[0]:
        return False
    flush_stdout()
    stream = sys.stdin.buffer
    line = stream.readline()
    if not line:
        _eof[0] = True
        return False
    _buf.extend(line)
    return True


def stdin_read(n):
    """Up to n bytes (at least one unless at EOF), as os.Stdin.Read."""
    if not _buf:
        if not _fill():
            return b''
    data = bytes(_buf[:n])
    del _buf[:n]
    return data


def stdin_readline():
    """One line including its newline (b'' at EOF)."""
    while b'\n' not in _buf:
        if not _fill():
            break
    i = _buf.find(b'\n')
    if i < 0:
        data = bytes(_buf)
        _buf.clear()
        return data
    data = bytes(_buf[:i + 1])
    del _buf[:i + 1]
    return data


def read_words(n, stop_at_newline):
    words = []
    while len(words) < n:
        while _buf and _buf[:1] in (b' ', b'\t', b'\r') or (_buf[:1] == b'\n' and not stop_at_newline):
            del _buf[:1]
        if not _buf:
            if not _fill():
                break
            continue
        if _buf[:1] == b'\n':
            if stop_at_newline:
                del _buf[:1]
                break
            continue
        i = 0
        while i < len(_buf) and _buf[i:i + 1] not in (b' ', b'\t', b'\r', b'\n'):
            i += 1
        if i == len(_buf) and _fill():
            continue
        words.append(bytes(_buf[:i]))
        del _buf[:i]
    if stop_at_newline:
        while _buf[:1] in (b' ', b'\t', b'\r'):
            del _buf[:1]
        if _buf[:1] == b'\n':
            del _buf[:1]
    return words


def eof_error(n):
    from . import io_eof
    if n == 0:
        return io_eof.EOF()
    return io_eof.unexpected_newline()


def store_scanned(word, target):
    """Parse word by the pointed-to type of target (an interface value holding a pointer)."""
    from ..runtime import rtypes as R
    from . import strconv
    rt, p = target
    et = rt.elem
    k = et.kind
    try:
        if k == R.STRING:
            v = word
        elif k in R.SIGNED_KINDS:
            v = int(word.decode(), 0 if word[:2] in (b'0x', b'0X') else 10)
        elif k in R.UNSIGNED_KINDS:
            v = int(word.decode(), 10)
        elif k in R.FLOAT_KINDS:
            v = float(word.decode())
        elif k == R.BOOL:
            v = {b'true': True, b'false': False}[word]
        else:
            v = word
    except (ValueError, KeyError):
        from .io_eof import scan_error
        return scan_error(word, et)
    p.c[p.k] = v
    return None


def sscanf(s, format, targets):
    words = s.split()
    from ..stdlib.fmt import _scan_tokens
    return _scan_tokens(words, targets)
