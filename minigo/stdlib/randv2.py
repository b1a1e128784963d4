"""Package math/rand/v2: PCG and ChaCha8 exactly as Go computes them.

PCG is the 128-bit LCG with Go's DXSM-style output mix; ChaCha8 is
internal/chacha8rand (4 interleaved ChaCha8 blocks per refill, key erasure every
16 blocks, 4 words reserved for the next seed). Bounded integers use Lemire's
multiply-and-reject on 64 bits (v2's uint64n), which differs from math/rand's.

A Rand is {src}; its Python methods call the Source's Uint64 through the
source's method table, so user-written Sources work. The top-level functions
draw on math/rand's `runtime_rand()` (seeded from the scheduler's seed: --seed
replays a run). Not provided: the generic method Rand.N (minigo does not
instantiate generic methods); the generic top-level N is (in Go).
"""
from __future__ import annotations

from functools import partial

from ..runtime.context import current
from ..runtime.gofmt import methods_of
from ..runtime.panic import nil_deref
from ..runtime.values import Slice
from .rand import (M32, M64, _make_ints, _str_panic, exp_float64, new_zipf, norm_float64,
                   runtime_rand, zipf_uint64)

GO_DECLS = '''
package rand

import "errors"

type Source interface {
	Uint64() uint64
}

type Rand struct {
	src Source
}

func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Int64() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int32() int32
func (r *Rand) Int() int
func (r *Rand) Uint() uint
func (r *Rand) Int64N(n int64) int64
func (r *Rand) Uint64N(n uint64) uint64

// N: a generic method (Go 1.27); Uint64N draws as Go's uint64n does
func (r *Rand) N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(r.Uint64N(uint64(n)))
}
func (r *Rand) Int32N(n int32) int32
func (r *Rand) Uint32N(n uint32) uint32
func (r *Rand) IntN(n int) int
func (r *Rand) UintN(n uint) uint
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) NormFloat64() float64
func (r *Rand) ExpFloat64() float64

func Int64() int64
func Uint32() uint32
func Uint64N(n uint64) uint64
func Uint32N(n uint32) uint32
func Uint64() uint64
func Int32() int32
func Int() int
func Uint() uint
func Int64N(n int64) int64
func Int32N(n int32) int32
func IntN(n int) int
func UintN(n uint) uint
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalUint64n(uint64(n)))
}

func globalUint64n(n uint64) uint64
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func NormFloat64() float64
func ExpFloat64() float64

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// PCG

type PCG struct {
	hi uint64
	lo uint64
}

func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{hi: seed1, lo: seed2}
}

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi, p.lo = seed1, seed2
}

func (p *PCG) Uint64() uint64

func appendUint64BE(b []byte, v uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(v>>uint(s)))
	}
	return b
}

func uint64BE(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendUint64BE(b, p.hi)
	return appendUint64BE(b, p.lo), nil
}

func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = uint64BE(data[4:12])
	p.lo = uint64BE(data[12:20])
	return nil
}

// ChaCha8: internal/chacha8rand.State, then the Read buffer.

type chacha8State struct {
	buf  [32]uint64
	seed [4]uint64
	i    uint32
	n    uint32
	c    uint32
}

type ChaCha8 struct {
	state   chacha8State
	readBuf [8]byte
	readLen int
}

func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.init(seed)
	return c
}

func (c *ChaCha8) init(seed [32]byte)

func (c *ChaCha8) Seed(seed [32]byte) {
	c.init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

func (c *ChaCha8) Uint64() uint64
func (c *ChaCha8) Read(p []byte) (n int, err error)

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

func (c *ChaCha8) marshalState() []byte
func (c *ChaCha8) unmarshalState(data []byte) bool

func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	return append(b, c.marshalState()...), nil
}

func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if !c.unmarshalState(data) {
		return new(errUnmarshalChaCha8)
	}
	return nil
}

// Zipf

type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf
func (z *Zipf) Uint64() uint64
'''

M53 = (1 << 53) - 1
M128 = (1 << 128) - 1
TWO53 = float(1 << 53)
TWO24 = float(1 << 24)


# ------------------------------------------------------------------ sources

def _method(iface, name):
    if iface is None:
        raise nil_deref()
    rt, v = iface
    if rt is None:
        return getattr(v, name)
    return partial(methods_of(rt)[name], v)


def _fast():
    """RType of *PCG / *ChaCha8 -> its Python Uint64 (per run: the RTypes are the run's)."""
    from .goside import package_rtype
    return current().state('math/rand/v2.fast', lambda: {
        package_rtype('math/rand/v2', name, pointer=True): fn
        for name, fn in (('PCG', PCG_Uint64), ('ChaCha8', ChaCha8_Uint64))})


def _u64(r):
    src = r[0]
    if src is not None:
        fn = _fast().get(src[0])
        if fn is not None:
            return partial(fn, src[1])     # our own sources: skip method dispatch
    return _method(src, 'Uint64')


class _RuntimeSource:
    Uint64 = staticmethod(runtime_rand)


_GLOBAL = [(None, _RuntimeSource())]


# PCG: [hi, lo]
_PCG_MUL = (2549297995355413924 << 64) | 4865540595714422341
_PCG_INC = (6364136223846793005 << 64) | 1442695040888963407
_CHEAP_MUL = 0xda942042e4dd58b5


def PCG_Uint64(p):
    s = (((p[0] << 64) | p[1]) * _PCG_MUL + _PCG_INC) & M128
    hi = s >> 64
    lo = s & M64
    p[0] = hi
    p[1] = lo
    hi ^= hi >> 32
    hi = (hi * _CHEAP_MUL) & M64
    hi ^= hi >> 48
    return (hi * (lo | 1)) & M64


# ChaCha8: [state [buf[32], seed[4], i, n, c], readBuf[8], readLen]
_CTR_INC = 4
_CTR_MAX = 16
_CHUNK = 32
_RESEED = 4


_REP = 1 | 1 << 64 | 1 << 128 | 1 << 192     # one 32-bit word per 64-bit slot, 4 lanes
_LM = M32 * _REP


def _block(seed, counter):
    """internal/chacha8rand's block: 4 ChaCha8 blocks (counters counter..counter+3),
    interleaved into 32 uint64s; key words are added back, constants are not.
    The 4 blocks are computed at once: word w of lane L sits at bits 64*L of one
    Python int (the upper 32 bits of each slot absorb carries and are masked off)."""
    LM = _LM
    k = []
    for s in seed:
        k.append((s & M32) * _REP)
        k.append((s >> 32) * _REP)
    b0, b1, b2, b3 = 0x61707865 * _REP, 0x3320646e * _REP, 0x79622d32 * _REP, 0x6b206574 * _REP
    b4, b5, b6, b7, b8, b9, b10, b11 = k
    b12 = (counter & M32) | ((counter + 1) & M32) << 64 | ((counter + 2) & M32) << 128 | \
        ((counter + 3) & M32) << 192
    b13 = b14 = b15 = 0
    for _ in range(4):
        # column round
        b0 = (b0 + b4) & LM; b12 ^= b0; b12 = ((b12 << 16) | (b12 >> 16)) & LM
        b8 = (b8 + b12) & LM; b4 ^= b8; b4 = ((b4 << 12) | (b4 >> 20)) & LM
        b0 = (b0 + b4) & LM; b12 ^= b0; b12 = ((b12 << 8) | (b12 >> 24)) & LM
        b8 = (b8 + b12) & LM; b4 ^= b8; b4 = ((b4 << 7) | (b4 >> 25)) & LM
        b1 = (b1 + b5) & LM; b13 ^= b1; b13 = ((b13 << 16) | (b13 >> 16)) & LM
        b9 = (b9 + b13) & LM; b5 ^= b9; b5 = ((b5 << 12) | (b5 >> 20)) & LM
        b1 = (b1 + b5) & LM; b13 ^= b1; b13 = ((b13 << 8) | (b13 >> 24)) & LM
        b9 = (b9 + b13) & LM; b5 ^= b9; b5 = ((b5 << 7) | (b5 >> 25)) & LM
        b2 = (b2 + b6) & LM; b14 ^= b2; b14 = ((b14 << 16) | (b14 >> 16)) & LM
        b10 = (b10 + b14) & LM; b6 ^= b10; b6 = ((b6 << 12) | (b6 >> 20)) & LM
        b2 = (b2 + b6) & LM; b14 ^= b2; b14 = ((b14 << 8) | (b14 >> 24)) & LM
        b10 = (b10 + b14) & LM; b6 ^= b10; b6 = ((b6 << 7) | (b6 >> 25)) & LM
        b3 = (b3 + b7) & LM; b15 ^= b3; b15 = ((b15 << 16) | (b15 >> 16)) & LM
        b11 = (b11 + b15) & LM; b7 ^= b11; b7 = ((b7 << 12) | (b7 >> 20)) & LM
        b3 = (b3 + b7) & LM; b15 ^= b3; b15 = ((b15 << 8) | (b15 >> 24)) & LM
        b11 = (b11 + b15) & LM; b7 ^= b11; b7 = ((b7 << 7) | (b7 >> 25)) & LM
        # diagonal round
        b0 = (b0 + b5) & LM; b15 ^= b0; b15 = ((b15 << 16) | (b15 >> 16)) & LM
        b10 = (b10 + b15) & LM; b5 ^= b10; b5 = ((b5 << 12) | (b5 >> 20)) & LM
        b0 = (b0 + b5) & LM; b15 ^= b0; b15 = ((b15 << 8) | (b15 >> 24)) & LM
        b10 = (b10 + b15) & LM; b5 ^= b10; b5 = ((b5 << 7) | (b5 >> 25)) & LM
        b1 = (b1 + b6) & LM; b12 ^= b1; b12 = ((b12 << 16) | (b12 >> 16)) & LM
        b11 = (b11 + b12) & LM; b6 ^= b11; b6 = ((b6 << 12) | (b6 >> 20)) & LM
        b1 = (b1 + b6) & LM; b12 ^= b1; b12 = ((b12 << 8) | (b12 >> 24)) & LM
        b11 = (b11 + b12) & LM; b6 ^= b11; b6 = ((b6 << 7) | (b6 >> 25)) & LM
        b2 = (b2 + b7) & LM; b13 ^= b2; b13 = ((b13 << 16) | (b13 >> 16)) & LM
        b8 = (b8 + b13) & LM; b7 ^= b8; b7 = ((b7 << 12) | (b7 >> 20)) & LM
        b2 = (b2 + b7) & LM; b13 ^= b2; b13 = ((b13 << 8) | (b13 >> 24)) & LM
        b8 = (b8 + b13) & LM; b7 ^= b8; b7 = ((b7 << 7) | (b7 >> 25)) & LM
        b3 = (b3 + b4) & LM; b14 ^= b3; b14 = ((b14 << 16) | (b14 >> 16)) & LM
        b9 = (b9 + b14) & LM; b4 ^= b9; b4 = ((b4 << 12) | (b4 >> 20)) & LM
        b3 = (b3 + b4) & LM; b14 ^= b3; b14 = ((b14 << 8) | (b14 >> 24)) & LM
        b9 = (b9 + b14) & LM; b4 ^= b9; b4 = ((b4 << 7) | (b4 >> 25)) & LM
    words = (b0, b1, b2, b3,
             b4 + k[0], b5 + k[1], b6 + k[2], b7 + k[3],
             b8 + k[4], b9 + k[5], b10 + k[6], b11 + k[7],
             b12, b13, b14, b15)
    out = []
    for w in words:
        out.append((w & M32) | (w >> 32 & 0xFFFFFFFF00000000))
        out.append((w >> 128 & M32) | (w >> 160 & 0xFFFFFFFF00000000))
    return out


def _init64(st, seed):
    st[1][:] = seed
    st[0][:] = _block(seed, 0)
    st[4] = 0
    st[2] = 0
    st[3] = _CHUNK


def _refill(st):
    st[4] += _CTR_INC
    buf = st[0]
    if st[4] == _CTR_MAX:
        st[1][:] = buf[_CHUNK - _RESEED:]
        st[4] = 0
    buf[:] = _block(st[1], st[4])
    st[2] = 0
    st[3] = _CHUNK - _RESEED if st[4] == _CTR_MAX - _CTR_INC else _CHUNK


def ChaCha8_init(c, seed):
    b = bytes(seed)
    _init64(c[0], [int.from_bytes(b[k:k + 8], 'little') for k in range(0, 32, 8)])


def ChaCha8_Uint64(c):
    st = c[0]
    while True:
        i = st[2]
        if i < st[3]:
            st[2] = i + 1
            return st[0][i & 31]
        _refill(st)


def ChaCha8_Read(c, p):
    a, off, ln = p.a, p.off, p.len
    if ln == 0:
        return 0, None
    n = 0
    rb = c[1]
    if c[2] > 0:
        rl = c[2]
        n = min(ln, rl)
        a[off:off + n] = rb[8 - rl:8 - rl + n]
        c[2] = rl - n
    while ln - n >= 8:
        a[off + n:off + n + 8] = ChaCha8_Uint64(c).to_bytes(8, 'little')
        n += 8
    rest = ln - n
    if rest > 0:
        rb[:] = ChaCha8_Uint64(c).to_bytes(8, 'little')
        a[off + n:off + ln] = rb[:rest]
        n += rest
        c[2] = 8 - rest
    return n, None


def ChaCha8_marshalState(c):
    st = c[0]
    used = (st[4] // _CTR_INC) * _CHUNK + st[2]
    data = b'chacha8:' + used.to_bytes(8, 'big') + b''.join(s.to_bytes(8, 'little') for s in st[1])
    lst = list(data)
    return Slice(lst, 0, len(lst), len(lst))


def ChaCha8_unmarshalState(c, data):
    st = c[0]
    d = bytes(data.tolist())
    if len(d) != 48 or d[:8] != b'chacha8:':
        return False
    used = int.from_bytes(d[8:16], 'big')
    if used > (_CTR_MAX // _CTR_INC) * _CHUNK - _RESEED:
        return False
    st[1][:] = [int.from_bytes(d[16 + 8 * k:24 + 8 * k], 'little') for k in range(4)]
    st[4] = _CTR_INC * (used // _CHUNK)
    st[0][:] = _block(st[1], st[4])
    st[2] = used % _CHUNK
    st[3] = _CHUNK - _RESEED if st[4] == _CTR_MAX - _CTR_INC else _CHUNK
    return True


# ------------------------------------------------------------------ Rand: [src]

def _uint64n(u64, n):
    """v2's uint64n (n > 0): Lemire's multiply-shift with rejection, on 64 bits."""
    if n & (n - 1) == 0:
        return u64() & (n - 1)
    p = u64() * n
    lo = p & M64
    if lo < n:
        thresh = ((1 << 64) - n) % n
        while lo < thresh:
            p = u64() * n
            lo = p & M64
    return p >> 64


def _float64(u64):
    return (u64() & M53) / TWO53


def Rand_Int64(r):
    return _u64(r)() & ((1 << 63) - 1)


def Rand_Uint32(r):
    return _u64(r)() >> 32


def Rand_Uint64(r):
    return _u64(r)()


def Rand_Int32(r):
    return _u64(r)() >> 33


def Rand_Int(r):
    return _u64(r)() & ((1 << 63) - 1)


def Rand_Uint(r):
    return _u64(r)()


def Rand_Int64N(r, n):
    if n <= 0:
        raise _str_panic('invalid argument to Int64N')
    return _uint64n(_u64(r), n)


def Rand_Uint64N(r, n):
    if n == 0:
        raise _str_panic('invalid argument to Uint64N')
    return _uint64n(_u64(r), n)


def Rand_Int32N(r, n):
    if n <= 0:
        raise _str_panic('invalid argument to Int32N')
    return _uint64n(_u64(r), n)


def Rand_Uint32N(r, n):
    if n == 0:
        raise _str_panic('invalid argument to Uint32N')
    return _uint64n(_u64(r), n)


def Rand_IntN(r, n):
    if n <= 0:
        raise _str_panic('invalid argument to IntN')
    return _uint64n(_u64(r), n)


def Rand_UintN(r, n):
    if n == 0:
        raise _str_panic('invalid argument to UintN')
    return _uint64n(_u64(r), n)


def Rand_Float64(r):
    return _float64(_u64(r))


def Rand_Float32(r):
    return ((_u64(r)() >> 32) & 0xFFFFFF) / TWO24


def Rand_Perm(r, n):
    p = _make_ints(n)
    for i in range(n):
        p[i] = i
    u64 = _u64(r)
    for i in range(n - 1, 0, -1):
        j = _uint64n(u64, i + 1)
        p[i], p[j] = p[j], p[i]
    return Slice(p, 0, n, n)


def Rand_Shuffle(r, n, swap):
    if n < 0:
        raise _str_panic('invalid argument to Shuffle')
    u64 = _u64(r)
    for i in range(n - 1, 0, -1):
        swap(i, _uint64n(u64, i + 1))


def Rand_NormFloat64(r):
    u64 = _u64(r)

    def next_ji():
        u = u64()
        j = u & M32
        if j >> 31:
            j -= 1 << 32
        return j, (u >> 32) & 0x7F
    return norm_float64(next_ji, partial(_float64, u64))


def Rand_ExpFloat64(r):
    u64 = _u64(r)

    def next_ji():
        u = u64()
        return u & M32, (u >> 32) & 0xFF
    return exp_float64(next_ji, partial(_float64, u64))


# ------------------------------------------------------------------ top-level functions

def Int64():
    return Rand_Int64(_GLOBAL)


def Uint32():
    return Rand_Uint32(_GLOBAL)


def Uint64N(n):
    return Rand_Uint64N(_GLOBAL, n)


def Uint32N(n):
    return Rand_Uint32N(_GLOBAL, n)


def Uint64():
    return runtime_rand()


def Int32():
    return Rand_Int32(_GLOBAL)


def Int():
    return Rand_Int(_GLOBAL)


def Uint():
    return runtime_rand()


def Int64N(n):
    return Rand_Int64N(_GLOBAL, n)


def Int32N(n):
    return Rand_Int32N(_GLOBAL, n)


def IntN(n):
    return Rand_IntN(_GLOBAL, n)


def UintN(n):
    return Rand_UintN(_GLOBAL, n)


def globalUint64n(n):
    return _uint64n(runtime_rand, n)


def Float64():
    return _float64(runtime_rand)


def Float32():
    return Rand_Float32(_GLOBAL)


def Perm(n):
    return Rand_Perm(_GLOBAL, n)


def Shuffle(n, swap):
    Rand_Shuffle(_GLOBAL, n, swap)


def NormFloat64():
    return Rand_NormFloat64(_GLOBAL)


def ExpFloat64():
    return Rand_ExpFloat64(_GLOBAL)


# ------------------------------------------------------------------ Zipf

def NewZipf(r, s, v, imax):
    return new_zipf(r, s, v, imax)


def Zipf_Uint64(z):
    if z is None:
        raise _str_panic('rand: nil Zipf')
    r = z[0]
    if r is None:
        raise nil_deref()
    return zipf_uint64(z, partial(_float64, _u64(r)))
