"""Package hash/adler32, on zlib.adler32."""
from __future__ import annotations

import zlib

from . import byteslice

GO_DECLS = '''
package adler32

import "hash"

const Size = 4

type digest uint32 // s2<<16 | s1

func New() hash.Hash32 { d := digest(1); return &d }

func (d *digest) Reset()         { *d = 1 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = digest(update(uint32(*d), p))
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

func (d *digest) Clone() (hash.Cloner, error) { r := *d; return &r, nil }

func update(s uint32, p []byte) uint32

func Checksum(data []byte) uint32 { return update(1, data) }
'''


def update(s, p):
    return zlib.adler32(byteslice.data(p), s)
