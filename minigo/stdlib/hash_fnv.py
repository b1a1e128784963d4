"""Package hash/fnv: FNV-1 and FNV-1a in 32, 64 and 128 bits. The types and
their small methods are Go; Write, the byte loop, is Python."""
from __future__ import annotations

from . import byteslice

GO_DECLS = '''
package fnv

import "hash"

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high, low
	sum128a [2]uint64
)

const (
	offset32  = 2166136261
	offset64  = 14695981039346656037
)

func New32() hash.Hash32   { s := sum32(offset32); return &s }
func New32a() hash.Hash32  { s := sum32a(offset32); return &s }
func New64() hash.Hash64   { s := sum64(offset64); return &s }
func New64a() hash.Hash64  { s := sum64a(offset64); return &s }
func New128() hash.Hash    { s := sum128{0x6c62272e07bb0142, 0x62b821756295c58d}; return &s }
func New128a() hash.Hash   { s := sum128a{0x6c62272e07bb0142, 0x62b821756295c58d}; return &s }

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{0x6c62272e07bb0142, 0x62b821756295c58d} }
func (s *sum128a) Reset() { *s = sum128a{0x6c62272e07bb0142, 0x62b821756295c58d} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error)
func (s *sum32a) Write(data []byte) (int, error)
func (s *sum64) Write(data []byte) (int, error)
func (s *sum64a) Write(data []byte) (int, error)
func (s *sum128) Write(data []byte) (int, error)
func (s *sum128a) Write(data []byte) (int, error)

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

// Sum appends the state big-endian.
func (s *sum32) Sum(in []byte) []byte  { return be32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte { return be32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte  { return be64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte { return be64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte { return be128(in, s[0], s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return be128(in, s[0], s[1]) }

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be128(b []byte, hi, lo uint64) []byte {
	return append(b, byte(hi>>56), byte(hi>>48), byte(hi>>40), byte(hi>>32),
		byte(hi>>24), byte(hi>>16), byte(hi>>8), byte(hi),
		byte(lo>>56), byte(lo>>48), byte(lo>>40), byte(lo>>32),
		byte(lo>>24), byte(lo>>16), byte(lo>>8), byte(lo))
}

func (s *sum32) Clone() (hash.Cloner, error)   { r := *s; return &r, nil }
func (s *sum32a) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum64) Clone() (hash.Cloner, error)   { r := *s; return &r, nil }
func (s *sum64a) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum128) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum128a) Clone() (hash.Cloner, error) { r := *s; return &r, nil }
'''

PRIME32 = 16777619
PRIME64 = 1099511628211
PRIME128 = (1 << 88) + 0x13b
M32 = (1 << 32) - 1
M64 = (1 << 64) - 1
M128 = (1 << 128) - 1


def _fnv1(h, b, prime, mask):
    for c in b:
        h = ((h * prime) & mask) ^ c
    return h


def _fnv1a(h, b, prime, mask):
    for c in b:
        h = ((h ^ c) * prime) & mask
    return h


def _scalar_writer(step, prime, mask):
    def write(s, d):
        s.c[s.k] = step(s.c[s.k], byteslice.data(d), prime, mask)
        return d.len, None
    return write


def _wide_writer(step):
    def write(s, d):
        h = step((s[0] << 64) | s[1], byteslice.data(d), PRIME128, M128)
        s[0], s[1] = h >> 64, h & M64
        return d.len, None
    return write


sum32_Write = _scalar_writer(_fnv1, PRIME32, M32)
sum32a_Write = _scalar_writer(_fnv1a, PRIME32, M32)
sum64_Write = _scalar_writer(_fnv1, PRIME64, M64)
sum64a_Write = _scalar_writer(_fnv1a, PRIME64, M64)
sum128_Write = _wide_writer(_fnv1)
sum128a_Write = _wide_writer(_fnv1a)
