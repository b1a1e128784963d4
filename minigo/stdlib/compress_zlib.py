"""Package compress/zlib (RFC 1950), written in Go over compress/flate.

A zlib stream is a 2-byte header (method 8, window, level hint, a check
making it a multiple of 31, the preset-dictionary flag and then the
dictionary's Adler-32), a DEFLATE stream, and the Adler-32 of the data,
big-endian. The Adler-32 is Python's (zlib.adler32). Compressed bytes are
zlib's, not Go's compressor's (see compress/flate).
"""
import zlib

GO_DECLS = '''
package zlib

import (
	"bufio"
	"compress/flate"
	"errors"
	"io"
	"strconv"
)

const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

var (
	ErrChecksum   = errors.New("zlib: invalid checksum")
	ErrDictionary = errors.New("zlib: invalid dictionary")
	ErrHeader     = errors.New("zlib: invalid header")
)

type Resetter interface {
	Reset(r io.Reader, dict []byte) error
}

// adler32Update continues the Adler-32 sum over p (start from 1).
func adler32Update(sum uint32, p []byte) uint32

func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func putBE32(b []byte, v uint32) {
	for i := range 4 {
		b[i] = byte(v >> (24 - 8*i))
	}
}

func truncated(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// ---------------------------------------------------------------- reader

type reader struct {
	r            flate.Reader
	decompressor io.ReadCloser
	sum          uint32
	err          error
}

func NewReader(r io.Reader) (io.ReadCloser, error) { return NewReaderDict(r, nil) }

func NewReaderDict(r io.Reader, dict []byte) (io.ReadCloser, error) {
	z := new(reader)
	if err := z.Reset(r, dict); err != nil {
		return nil, err
	}
	return z, nil
}

func (z *reader) Reset(r io.Reader, dict []byte) error {
	*z = reader{decompressor: z.decompressor, sum: 1}
	if br, ok := r.(flate.Reader); ok {
		z.r = br
	} else {
		z.r = bufio.NewReader(r)
	}
	var head [4]byte
	if _, z.err = io.ReadFull(z.r, head[:2]); z.err != nil {
		z.err = truncated(z.err)
		return z.err
	}
	method, window := head[0]&0x0f, head[0]>>4
	if method != 8 || window > 7 || (uint16(head[0])<<8|uint16(head[1]))%31 != 0 {
		z.err = ErrHeader
		return z.err
	}
	withDict := head[1]&0x20 != 0
	if withDict {
		if _, z.err = io.ReadFull(z.r, head[:]); z.err != nil {
			z.err = truncated(z.err)
			return z.err
		}
		if be32(head[:]) != adler32Update(1, dict) {
			z.err = ErrDictionary
			return z.err
		}
	}
	switch {
	case z.decompressor != nil:
		z.decompressor.(flate.Resetter).Reset(z.r, dict)
	case withDict:
		z.decompressor = flate.NewReaderDict(z.r, dict)
	default:
		z.decompressor = flate.NewReader(z.r)
	}
	return nil
}

func (z *reader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	var n int
	n, z.err = z.decompressor.Read(p)
	z.sum = adler32Update(z.sum, p[:n])
	if z.err != io.EOF {
		return n, z.err
	}
	var sum [4]byte
	if _, err := io.ReadFull(z.r, sum[:]); err != nil {
		z.err = truncated(err)
		return n, z.err
	}
	if be32(sum[:]) != z.sum {
		z.err = ErrChecksum
		return n, z.err
	}
	return n, io.EOF
}

func (z *reader) Close() error {
	if z.err != nil && z.err != io.EOF {
		return z.err
	}
	z.err = z.decompressor.Close()
	return z.err
}

// ---------------------------------------------------------------- Writer

type Writer struct {
	w           io.Writer
	level       int
	dict        []byte
	compressor  *flate.Writer
	sum         uint32
	err         error
	wroteHeader bool
}

func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevelDict(w, DefaultCompression, nil)
	return z
}

func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	return NewWriterLevelDict(w, level, nil)
}

func NewWriterLevelDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, errors.New("zlib: invalid compression level: " + strconv.Itoa(level))
	}
	return &Writer{w: w, level: level, dict: dict, sum: 1}, nil
}

func (z *Writer) Reset(w io.Writer) {
	z.w = w
	if z.compressor != nil {
		z.compressor.Reset(w)
	}
	z.sum = 1
	z.err = nil
	z.wroteHeader = false
}

// levelHint is the header's FLEVEL for a compression level.
var levelHint = map[int]byte{-2: 0, 0: 0, 1: 0, 2: 1, 3: 1, 4: 1, 5: 1, -1: 2, 6: 2, 7: 3, 8: 3, 9: 3}

func (z *Writer) writeHeader() error {
	z.wroteHeader = true
	head := []byte{0x78, levelHint[z.level] << 6}
	if z.dict != nil {
		head[1] |= 0x20
	}
	head[1] += byte(31 - (uint16(head[0])<<8|uint16(head[1]))%31)
	if _, err := z.w.Write(head); err != nil {
		return err
	}
	if z.dict != nil {
		var sum [4]byte
		putBE32(sum[:], adler32Update(1, z.dict))
		if _, err := z.w.Write(sum[:]); err != nil {
			return err
		}
	}
	if z.compressor == nil {
		var err error
		if z.compressor, err = flate.NewWriterDict(z.w, z.level, z.dict); err != nil {
			return err
		}
		z.sum = 1
	}
	return nil
}

func (z *Writer) Write(p []byte) (n int, err error) {
	if !z.wroteHeader {
		z.err = z.writeHeader()
	}
	if z.err != nil {
		return 0, z.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if n, err = z.compressor.Write(p); err != nil {
		z.err = err
		return n, err
	}
	z.sum = adler32Update(z.sum, p)
	return n, nil
}

func (z *Writer) Flush() error {
	if !z.wroteHeader {
		z.err = z.writeHeader()
	}
	if z.err != nil {
		return z.err
	}
	z.err = z.compressor.Flush()
	return z.err
}

func (z *Writer) Close() error {
	if !z.wroteHeader {
		z.err = z.writeHeader()
	}
	if z.err != nil {
		return z.err
	}
	if z.err = z.compressor.Close(); z.err != nil {
		return z.err
	}
	var sum [4]byte
	putBE32(sum[:], z.sum)
	_, z.err = z.w.Write(sum[:])
	return z.err
}
'''


def adler32Update(s, p):
    if p.len == 0:
        return s
    return zlib.adler32(bytes(p.a[p.off:p.off + p.len]), s)
