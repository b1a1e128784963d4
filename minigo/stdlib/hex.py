"""Package encoding/hex. Whole-buffer encoding and decoding are Python; the
streaming Encoder, Decoder and Dumper are Go, so a Writer sees the same
sequence of Write calls as under Go (Dump's text is built in one piece)."""
from __future__ import annotations

import re

from ..runtime.panic import index_error
from . import byteslice

GO_DECLS = '''
package hex

import (
	"errors"
	"fmt"
	"io"
)

var ErrLength = errors.New("encoding/hex: odd length hex string")

type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }
func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int
func EncodeToString(src []byte) string

func AppendEncode(dst, src []byte) []byte {
	n := EncodedLen(len(src))
	dst = grow(dst, n)
	Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// decode reports the bytes decoded and what stopped it: -1 nothing, -2 an
// odd length, else the invalid byte.
func decode(dst, src []byte) (n, stop int)

func decodeError(stop int) error {
	switch stop {
	case -1:
		return nil
	case -2:
		return ErrLength
	}
	return InvalidByteError(stop)
}

func Decode(dst, src []byte) (int, error) {
	n, stop := decode(dst, src)
	return n, decodeError(stop)
}

func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	dst = grow(dst, n)
	n, err := Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

func DecodeString(s string) ([]byte, error) {
	dst := make([]byte, DecodedLen(len(s)))
	n, err := Decode(dst, []byte(s))
	return dst[:n], err
}

// grow is slices.Grow for bytes.
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		b = append(b[:cap(b)], make([]byte, n)...)[:len(b)]
	}
	return b
}

func Dump(data []byte) string

// ---------------------------------------------------------------- streams

const chunk = 1024 // bytes of hex text per Write / Read of the underlying stream

type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := min(len(p), chunk/2)
		m := Encode(e.out[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // hex text read and not yet decoded
	arr [chunk]byte
}

func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	// refill when fewer than two hex digits are left (keeping an odd one)
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if _, stop := decode(nil, d.in[len(d.in)-1:]); stop >= 0 {
				d.err = InvalidByteError(stop)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if have := len(d.in) / 2; len(p) > have {
		p = p[:have]
	}
	k, err := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*k:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return k, d.err // errors show once the decoded data is used up
	}
	return k, nil
}

// A dumper writes hexdump -C lines: the offset, 16 bytes in two groups of
// eight, then the printable ASCII between bars.
type dumper struct {
	w      io.Writer
	ascii  [18]byte // the right column, then '|' and newline
	buf    [14]byte
	inLine int  // bytes in the current line
	total  uint // bytes dumped
	closed bool
}

func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.inLine == 0 {
			off := uint32(h.total)
			Encode(h.buf[4:], []byte{byte(off >> 24), byte(off >> 16), byte(off >> 8), byte(off)})
			h.buf[12], h.buf[13] = ' ', ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return
			}
		}
		Encode(h.buf[:], []byte{b})
		h.buf[2] = ' '
		width := 3
		switch h.inLine {
		case 7:
			h.buf[3] = ' '
			width = 4
		case 15:
			h.buf[3], h.buf[4] = ' ', '|'
			width = 5
		}
		if _, err = h.w.Write(h.buf[:width]); err != nil {
			return
		}
		n++
		h.ascii[h.inLine] = printable(b)
		h.inLine++
		h.total++
		if h.inLine == 16 {
			h.ascii[16], h.ascii[17] = '|', '\\n'
			if _, err = h.w.Write(h.ascii[:]); err != nil {
				return
			}
			h.inLine = 0
		}
	}
	return
}

// Close pads a partial last line to full width and ends it.
func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.inLine == 0 {
		return
	}
	copy(h.buf[:5], "    |")
	used := h.inLine
	for ; h.inLine < 16; h.inLine++ {
		width := 3
		switch h.inLine {
		case 7:
			width = 4
		case 15:
			width = 5
		}
		if _, err = h.w.Write(h.buf[:width]); err != nil {
			return
		}
	}
	h.ascii[used], h.ascii[used+1] = '|', '\\n'
	_, err = h.w.Write(h.ascii[:used+2])
	return
}
'''

_NOT_HEX = re.compile(rb'[^0-9a-fA-F]')


def _write(dst, data):
    """Store data at the front of dst; past its end, Go's index panic."""
    n = byteslice.copy_into(dst, data)
    if n < len(data):
        raise index_error(dst.len, dst.len)


def Encode(dst, src):
    _write(dst, byteslice.data(src).hex().encode())
    return src.len * 2


def EncodeToString(src):
    return byteslice.data(src).hex().encode()


def decode(dst, src):
    s = byteslice.data(src)
    m = _NOT_HEX.search(s)
    bad = m.start() if m else len(s)
    pairs = min(bad, len(s) - len(s) % 2) // 2
    _write(dst, bytes.fromhex(s[:2 * pairs].decode()))
    if bad < len(s):
        return pairs, s[bad]
    if len(s) % 2:
        return pairs, -2
    return pairs, -1


def Dump(data):
    b = byteslice.data(data)
    lines = []
    for start in range(0, len(b), 16):
        row = b[start:start + 16]
        cells = []
        for k in range(16):
            cell = f'{row[k]:02x} ' if k < len(row) else '   '
            if k == 7:
                cell += ' '
            elif k == 15:
                cell += ' |'
            cells.append(cell)
        text = ''.join(chr(c) if 32 <= c <= 126 else '.' for c in row)
        lines.append(f'{start & 0xffffffff:08x}  {"".join(cells)}{text}|\n')
    return ''.join(lines).encode()

