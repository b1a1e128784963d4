"""Package math/bits on Python integers (uint values arrive in [0, 2**n))."""
from ..runtime.panic import runtime_panic

GO_DECLS = '''
package bits

const UintSize = 64

func LeadingZeros(x uint) int
func LeadingZeros8(x uint8) int
func LeadingZeros16(x uint16) int
func LeadingZeros32(x uint32) int
func LeadingZeros64(x uint64) int
func TrailingZeros(x uint) int
func TrailingZeros8(x uint8) int
func TrailingZeros16(x uint16) int
func TrailingZeros32(x uint32) int
func TrailingZeros64(x uint64) int
func OnesCount(x uint) int
func OnesCount8(x uint8) int
func OnesCount16(x uint16) int
func OnesCount32(x uint32) int
func OnesCount64(x uint64) int
func RotateLeft(x uint, k int) uint
func RotateLeft8(x uint8, k int) uint8
func RotateLeft16(x uint16, k int) uint16
func RotateLeft32(x uint32, k int) uint32
func RotateLeft64(x uint64, k int) uint64
func Reverse(x uint) uint
func Reverse8(x uint8) uint8
func Reverse16(x uint16) uint16
func Reverse32(x uint32) uint32
func Reverse64(x uint64) uint64
func ReverseBytes(x uint) uint
func ReverseBytes16(x uint16) uint16
func ReverseBytes32(x uint32) uint32
func ReverseBytes64(x uint64) uint64
func Len(x uint) int
func Len8(x uint8) int
func Len16(x uint16) int
func Len32(x uint32) int
func Len64(x uint64) int
func Add(x, y, carry uint) (sum, carryOut uint)
func Add32(x, y, carry uint32) (sum, carryOut uint32)
func Add64(x, y, carry uint64) (sum, carryOut uint64)
func Sub(x, y, borrow uint) (diff, borrowOut uint)
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32)
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)
func Mul(x, y uint) (hi, lo uint)
func Mul32(x, y uint32) (hi, lo uint32)
func Mul64(x, y uint64) (hi, lo uint64)
func Div(hi, lo, y uint) (quo, rem uint)
func Div32(hi, lo, y uint32) (quo, rem uint32)
func Div64(hi, lo, y uint64) (quo, rem uint64)
func Rem(hi, lo, y uint) uint
func Rem32(hi, lo, y uint32) uint32
func Rem64(hi, lo, y uint64) uint64
'''


def _lz(n):
    return lambda x: n - x.bit_length()


def _tz(n):
    def tz(x):
        if x == 0:
            return n
        return (x & -x).bit_length() - 1
    return tz


def _ones(x):
    return bin(x).count('1')


def _rot(n):
    mask = (1 << n) - 1

    def rot(x, k):
        s = k % n
        return ((x << s) | (x >> (n - s))) & mask
    return rot


def _rev(n):
    def rev(x):
        return int(format(x, '0%db' % n)[::-1], 2)
    return rev


def _revbytes(n):
    nb = n // 8

    def rb(x):
        return int.from_bytes(x.to_bytes(nb, 'little'), 'big')
    return rb


def _len(x):
    return x.bit_length()


def _add(n):
    mask = (1 << n) - 1

    def add(x, y, carry):
        s = x + y + carry
        return s & mask, s >> n
    return add


def _sub(n):
    mask = (1 << n) - 1

    def sub(x, y, borrow):
        d = x - y - borrow
        return d & mask, 1 if d < 0 else 0
    return sub


def _mul(n):
    mask = (1 << n) - 1

    def mul(x, y):
        p = x * y
        return p >> n, p & mask
    return mul


def _div(n):
    def div(hi, lo, y):
        if y == 0:
            raise runtime_panic('integer divide by zero')
        if y <= hi:
            raise runtime_panic('integer overflow')
        q, r = divmod((hi << n) | lo, y)
        return q, r
    return div


def _rem(n):
    def rem(hi, lo, y):
        if y == 0:
            raise runtime_panic('integer divide by zero')
        return (((hi % y) << n) | lo) % y
    return rem


LeadingZeros, LeadingZeros8, LeadingZeros16, LeadingZeros32, LeadingZeros64 = (
    _lz(64), _lz(8), _lz(16), _lz(32), _lz(64))
TrailingZeros, TrailingZeros8, TrailingZeros16, TrailingZeros32, TrailingZeros64 = (
    _tz(64), _tz(8), _tz(16), _tz(32), _tz(64))
OnesCount = OnesCount8 = OnesCount16 = OnesCount32 = OnesCount64 = _ones
RotateLeft, RotateLeft8, RotateLeft16, RotateLeft32, RotateLeft64 = (
    _rot(64), _rot(8), _rot(16), _rot(32), _rot(64))
Reverse, Reverse8, Reverse16, Reverse32, Reverse64 = _rev(64), _rev(8), _rev(16), _rev(32), _rev(64)
ReverseBytes, ReverseBytes16, ReverseBytes32, ReverseBytes64 = (
    _revbytes(64), _revbytes(16), _revbytes(32), _revbytes(64))
Len = Len8 = Len16 = Len32 = Len64 = _len
Add, Add32, Add64 = _add(64), _add(32), _add(64)
Sub, Sub32, Sub64 = _sub(64), _sub(32), _sub(64)
Mul, Mul32, Mul64 = _mul(64), _mul(32), _mul(64)
Div, Div32, Div64 = _div(64), _div(32), _div(64)
Rem, Rem32, Rem64 = _rem(64), _rem(32), _rem(64)
