"""Package encoding/base64.

Encodings, the streaming Encoder and Decoder and the error type are Go; the
whole-buffer Encode and Decode are Python (binascii on runs of valid
symbols). Decode reproduces Go's quantum-by-quantum rules exactly: where it
reports a CorruptInputError, how CR and LF are skipped, what padding and
Strict accept, what it has written to dst by then (Go's fast paths store
a few zero bytes just past the output, and so does this), and the index
panics of a dst that is too short."""
from __future__ import annotations

import binascii

from ..runtime.panic import index_error
from . import byteslice

GO_DECLS = '''
package base64

import (
	"io"
	"strconv"
)

type Encoding struct {
	encode    [64]byte
	decodeMap [256]uint8 // symbol -> value, 0xff for non-symbols
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\\n' || c == '\\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decodeMap[c] != 0xff {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.encode[i] = c
		e.decodeMap[c] = uint8(i)
	}
	return e
}

func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\\r' || padding == '\\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
var URLEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6 // 6 bits a symbol, rounded up
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.padChar) }

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte)

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = grow(dst, n)
	enc.Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// decode returns the bytes written and the offset of corrupt input, or -1.
func (enc *Encoding) decode(dst, src []byte) (n int, corrupt int64)

func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, at := enc.decode(dst, src)
	if at >= 0 {
		err = CorruptInputError(at)
	}
	return n, err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = grow(dst, n)
	n, err := enc.Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

func grow(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		b = append(b[:cap(b)], make([]byte, n)...)[:len(b)]
	}
	return b
}

// ---------------------------------------------------------------- Encoder

// An encoder holds up to two bytes that do not fill a 3-byte group yet and
// writes the rest in blocks of at most 1024 symbols.
type encoder struct {
	err   error
	enc   *Encoding
	w     io.Writer
	part  [3]byte
	nPart int
	out   [1024]byte
}

func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nPart > 0 {
		i := 0
		for ; i < len(p) && e.nPart < 3; i++ {
			e.part[e.nPart] = p[i]
			e.nPart++
		}
		n += i
		p = p[i:]
		if e.nPart < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.part[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nPart = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.part[:], p)
	e.nPart = len(p)
	n += len(p)
	return
}

// Close writes the held bytes, padded; the writer is not closed.
func (e *encoder) Close() error {
	if e.err == nil && e.nPart > 0 {
		e.enc.Encode(e.out[:], e.part[:e.nPart])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nPart)])
		e.nPart = 0
	}
	return e.err
}

// ---------------------------------------------------------------- Decoder

type decoder struct {
	err     error
	readErr error // what the last Read of r returned
	enc     *Encoding
	r       io.Reader
	in      [1024]byte // symbols read, not yet decoded
	nIn     int
	out     []byte // decoded, not yet returned
	outBuf  [1024 / 4 * 3]byte
}

func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &skipNewlines{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// at least one 4-symbol group, about as much as p can take
	for d.nIn < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		want = max(want, 4)
		want = min(want, len(d.in))
		var got int
		got, d.readErr = d.r.Read(d.in[d.nIn:want])
		d.nIn += got
	}
	if d.nIn < 4 {
		// the input ended inside a group: unpadded encodings decode it
		if d.enc.padChar == NoPadding && d.nIn > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outBuf[:], d.in[:d.nIn])
			d.nIn = 0
			d.out = d.outBuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nIn > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	groups := d.nIn / 4 * 4
	room := d.nIn / 4 * 3
	if room > len(p) {
		room, d.err = d.enc.Decode(d.outBuf[:], d.in[:groups])
		d.out = d.outBuf[:room]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.in[:groups])
	}
	d.nIn -= groups
	copy(d.in[:d.nIn], d.in[groups:])
	return n, d.err
}

// skipNewlines drops CR and LF from what it reads, reading again rather
// than returning only newlines.
type skipNewlines struct {
	r io.Reader
}

func (s *skipNewlines) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	for n > 0 {
		kept := 0
		for i, c := range p[:n] {
			if c != '\\r' && c != '\\n' {
				if i != kept {
					p[kept] = c
				}
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = s.r.Read(p)
	}
	return n, err
}
'''

_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_NO_PADDING = -1
_tables = {}   # alphabet / decode map bytes -> translation tables (pure data, shared)


def _to_custom(alphabet):
    t = _tables.get(('enc', alphabet))
    if t is None:
        t = _tables['enc', alphabet] = bytes.maketrans(_STD, alphabet)
    return t


def _from_custom(dmap):
    """(table to the standard alphabet, table marking non-symbols with 1)."""
    t = _tables.get(('dec', dmap))
    if t is None:
        to_std = bytearray(256)
        marks = bytearray(256)
        for c, v in enumerate(dmap):
            if v == 0xff:
                marks[c] = 1
            else:
                to_std[c] = _STD[v]
        t = _tables['dec', dmap] = (bytes(to_std), bytes(marks))
    return t


def _store(dst, at, data):
    dst.a[dst.off + at:dst.off + at + len(data)] = data


def Encoding_Encode(enc, dst, src):
    data = byteslice.data(src)
    if not data:
        return
    full, tail = divmod(len(data), 3)
    std = binascii.b2a_base64(data, newline=False)
    body_len = 4 * full + (tail + 1 if tail else 0)
    out = std[:body_len].translate(_to_custom(bytes(enc[0])))
    pad = enc[2]
    if tail and pad != _NO_PADDING:
        out += bytes((pad & 0xff,)) * (3 - tail)
    room = dst.len
    if room < 4 * full:           # each full group checks dst[3] before storing
        fit = room // 4
        _store(dst, 0, out[:4 * fit])
        raise index_error(3, room - 4 * fit)
    if room < len(out):           # the last group stores symbol by symbol
        _store(dst, 0, out[:room])
        rest = room - 4 * full
        raise index_error(rest, rest)
    _store(dst, 0, out)


class _Decoding:
    """One Decode call: Go's three loops (8 symbols, 4 symbols, one group at
    a time), with the valid stretches done in bulk."""

    def __init__(self, enc, dst, src):
        self.dmap = enc[1]
        self.pad = enc[2]
        self.strict = enc[3]
        self.to_std, marks = _from_custom(bytes(enc[1]))
        self.s = byteslice.data(src)
        self.bad = self.s.translate(marks)      # 1 at every non-symbol
        self.dst = dst
        self.n = 0
        self.si = 0

    def run(self):
        s = self.s
        if not s:
            return 0, -1
        for block, out in ((8, 6), (4, 3)):
            while len(s) - self.si >= block and self.dst.len - self.n >= block:
                if not self.bulk(block, out):
                    err = self.quantum()
                    if err >= 0:
                        return self.n, err
        while self.si < len(s):
            err = self.quantum()
            if err >= 0:
                return self.n, err
        return self.n, -1

    def bulk(self, block, out):
        """Decode as many whole blocks of valid symbols as the loop would;
        False when the next block holds a non-symbol."""
        si, n = self.si, self.n
        nxt = self.bad.find(1, si)
        if nxt < 0:
            nxt = len(self.s)
        m = min((nxt - si) // block, (self.dst.len - n - block) // out + 1)
        if m <= 0:
            return False
        chunk = self.s[si:si + block * m].translate(self.to_std)
        data = binascii.a2b_base64(chunk)
        _store(self.dst, n, data + bytes(block - out))   # Go stores whole words
        self.n = n + out * m
        self.si = si + block * m
        return True

    def skip_newlines(self, si):
        s = self.s
        while si < len(s) and s[si] in (10, 13):
            si += 1
        return si

    def quantum(self):
        """Go's decodeQuantum at self.si: up to 4 symbols, padding, newlines.
        Returns the corrupt offset or -1; updates si and n."""
        s, si, pad = self.s, self.si, self.pad
        vals = [0, 0, 0, 0]
        dlen = 4
        err = -1
        j = 0
        while j < 4:
            if si == len(s):
                if j == 0:
                    self.si = si
                    return -1
                if j == 1 or pad != _NO_PADDING:
                    self.si = si
                    return si - j
                dlen = j
                break
            c = s[si]
            si += 1
            v = self.dmap[c]
            if v != 0xff:
                vals[j] = v
                j += 1
                continue
            if c == 10 or c == 13:
                continue
            if c != pad or j < 2:
                self.si = si
                return si - 1
            if j == 2:        # "==" expected: the second may follow newlines
                si = self.skip_newlines(si)
                if si == len(s):
                    self.si = si
                    return len(s)
                if s[si] != pad:
                    self.si = si
                    return si - 1
                si += 1
            si = self.skip_newlines(si)
            if si < len(s):
                err = si      # trailing garbage, reported after the group is stored
            dlen = j
            break
        self.si = si
        word = vals[0] << 18 | vals[1] << 12 | vals[2] << 6 | vals[3]
        b = [word >> 16 & 0xff, word >> 8 & 0xff, word & 0xff]
        room = self.dst.len - self.n
        # stored last byte first, as Go does; Strict wants the unused bits zero
        for idx in range(dlen - 2, -1, -1):
            if idx >= room:
                raise index_error(idx, room)
            self.dst.a[self.dst.off + self.n + idx] = b[idx]
            if idx == 1 and self.strict and dlen == 3 and b[2]:
                return si - 1
            if idx == 0 and self.strict and dlen == 2 and (b[1] or b[2]):
                return si - 2
        self.n += dlen - 1
        return err


def Encoding_decode(enc, dst, src):
    return _Decoding(enc, dst, src).run()
