"""The crypto hashes (crypto/md5, sha1, sha256, sha512) on Python's hashlib.

Each package is the same shape: size constants, New functions returning a
hash.Hash whose state is a hashlib object (kept in a uintptr field, copied
for Clone), and one-shot Sum functions returning a [N]byte array. This module
writes each package's GO_DECLS from a small table and holds the Python side
they share."""
from __future__ import annotations

import hashlib

from . import byteslice

_TEMPLATE = '''
package {pkg}

import "hash"

{consts}

type digest struct {{
	state     uintptr // the hashlib object
	algo      string
	size      int
	blockSize int
}}

func newDigest(algo string, size, blockSize int) *digest {{
	return &digest{{start(algo), algo, size, blockSize}}
}}

func start(algo string) uintptr
func oneShot(algo string, data []byte) []byte

func (d *digest) Reset()         {{ d.state = start(d.algo) }}
func (d *digest) Size() int      {{ return d.size }}
func (d *digest) BlockSize() int {{ return d.blockSize }}
func (d *digest) Write(p []byte) (nn int, err error)
func (d *digest) checkSum() []byte

// Sum appends the hash of what was written so far; d is unchanged.
func (d *digest) Sum(in []byte) []byte {{ return append(in, d.checkSum()...) }}

func (d *digest) Clone() (hash.Cloner, error) {{
	return &digest{{clone(d.state), d.algo, d.size, d.blockSize}}, nil
}}

func clone(state uintptr) uintptr

{funcs}
'''


def go_decls(pkg, consts, news, sums):
    """news: (Go name, hashlib name, size constant); sums: (Go name, hashlib
    name, size constant) for the one-shot functions."""
    block = 'BlockSize'
    funcs = []
    for name, algo, size in news:
        funcs.append(f'func {name}() hash.Hash {{ return newDigest("{algo}", {size}, {block}) }}')
    for name, algo, size in sums:
        funcs.append(f'func {name}(data []byte) (sum [{size}]byte) {{\n'
                     f'\tcopy(sum[:], oneShot("{algo}", data))\n\treturn\n}}')
    return _TEMPLATE.format(pkg=pkg, consts=consts, funcs='\n\n'.join(funcs))


def start(algo):
    return hashlib.new(algo.decode())


def clone(state):
    return state.copy()


def oneShot(algo, data):
    return byteslice.new(hashlib.new(algo.decode(), byteslice.data(data)).digest())


def digest_Write(d, p):
    if p.len:
        d[0].update(byteslice.data(p))
    return p.len, None


def digest_checkSum(d):
    return byteslice.new(d[0].digest())


def bind(namespace):
    """The Python functions a digest package's declarations name."""
    namespace.update(start=start, clone=clone, oneShot=oneShot,
                     digest_Write=digest_Write, digest_checkSum=digest_checkSum)
