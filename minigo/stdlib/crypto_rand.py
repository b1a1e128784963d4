"""Package crypto/rand: Reader, Read and Text (Int and Prime need math/big,
which minigo does not have, so they are not declared).

The bytes come from a per-run stream derived from the run's seed (as
runtime.rand's do, see rand.py), so `--seed` replays a program that uses
crypto/rand too. minigo is for learning Go, not for making real secrets."""
from __future__ import annotations

import random as _random

from ..runtime.context import current
from ..runtime.panic import GoFatal

GO_DECLS = '''
package rand

import "io"

type reader struct{}

func (reader) Read(b []byte) (n int, err error) {
	fill(b)
	return len(b), nil
}

var defaultReader = reader{}

var Reader io.Reader = defaultReader

func fill(b []byte)
func fatal(msg string)

// Read never fails: a replaced Reader that fails is a fatal error, as in Go.
func Read(b []byte) (n int, err error) {
	if Reader == io.Reader(defaultReader) {
		fill(b)
		return len(b), nil
	}
	tmp := make([]byte, len(b))
	got := 0
	for got < len(tmp) && err == nil {
		var k int
		k, err = Reader.Read(tmp[got:])
		got += k
	}
	if got >= len(tmp) {
		err = nil
	} else if err == io.EOF {
		err = io.ErrUnexpectedEOF
		if got == 0 {
			err = io.EOF
		}
	}
	copy(b, tmp)
	if err != nil {
		fatal("crypto/rand: failed to read random data (see https://go.dev/issue/66821): " + err.Error())
	}
	return len(b), nil
}

func Text() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := make([]byte, 26) // 26 base32 digits carry at least 128 bits
	Read(b)
	for i, c := range b {
		b[i] = alphabet[c%32]
	}
	return string(b)
}
'''


def _rng():
    def make():
        s = current().sched
        seed = s.seed if s is not None else _random.SystemRandom().getrandbits(64)
        return _random.Random(f'minigo crypto/rand {seed}')
    return current().state('crypto/rand', make)


def fill(b):
    if b.len:
        b.a[b.off:b.off + b.len] = _rng().randbytes(b.len)


def fatal(msg):
    raise GoFatal(msg.decode('utf-8', 'replace'), trace_state=current().sched)
