"""Package unicode/utf8, on the Go-rule decoder of text/gostr.py."""
from __future__ import annotations

from ..text import gostr

GO_DECLS = '''
package utf8

const (
	RuneError = '\\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\\U0010FFFF'
	UTFMax    = 4
)

func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
'''


def sbytes(p):
    """The bytes of a []byte value."""
    a = p.a
    if a is None or p.len == 0:
        return b''
    return bytes(a[p.off:p.off + p.len])


def AppendRune(p, r):
    from ..compile.builtins import grow_append
    enc = gostr.encode_rune(r)
    return grow_append(p, list(enc), 1, True, lambda n: [0] * n)


def DecodeRuneInString(s):
    return gostr.decode_rune(s, 0)


def DecodeRune(p):
    a = p.a
    if a is None or p.len == 0:
        return gostr.RUNE_ERROR, 0
    c = a[p.off]
    if c < 0x80:
        return c, 1
    return gostr.decode_rune(bytes(a[p.off:p.off + min(p.len, 4)]), 0)


def DecodeLastRuneInString(s):
    return gostr.decode_last_rune(s)


def DecodeLastRune(p):
    a = p.a
    if a is None or p.len == 0:
        return gostr.RUNE_ERROR, 0
    end = p.off + p.len
    start = max(p.off, end - 4)
    return gostr.decode_last_rune(bytes(a[start:end]))


def EncodeRune(p, r):
    enc = gostr.encode_rune(r)
    n = len(enc)
    if n > p.len:
        from ..runtime.panic import index_error
        raise index_error(n - 1, p.len)     # Go's bounds check is on p[n-1]
    p.a[p.off:p.off + n] = enc
    return n


_ACCEPT = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}


def full_rune(b):
    n = len(b)
    if n == 0:
        return False
    x = b[0]
    if x < 0xC2 or x > 0xF4:
        return True             # ASCII, or invalid: a rune of width 1
    need = 2 if x < 0xE0 else 3 if x < 0xF0 else 4
    if n >= need:
        return True
    lo, hi = _ACCEPT.get(x, (0x80, 0xBF))
    if n > 1 and not (lo <= b[1] <= hi):
        return True
    if n > 2 and not (0x80 <= b[2] <= 0xBF):
        return True
    return False


def FullRune(p):
    return full_rune(sbytes(p)[:4])


def FullRuneInString(s):
    return full_rune(s[:4])


def RuneCount(p):
    return gostr.rune_count(sbytes(p))


def RuneCountInString(s):
    if s.isascii():
        return len(s)
    return gostr.rune_count(s)


def RuneLen(r):
    if r < 0:
        return -1
    if r < 0x80:
        return 1
    if r < 0x800:
        return 2
    if 0xD800 <= r <= 0xDFFF:
        return -1
    if r < 0x10000:
        return 3
    if r <= gostr.MAX_RUNE:
        return 4
    return -1


def RuneStart(b):
    return b & 0xC0 != 0x80


def valid(b):
    if b.isascii():
        return True
    try:
        b.decode('utf-8')
    except UnicodeDecodeError:
        return False
    return True


def Valid(p):
    return valid(sbytes(p))


def ValidString(s):
    return valid(s)


def ValidRune(r):
    return gostr.valid_rune(r)
