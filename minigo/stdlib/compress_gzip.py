"""Package compress/gzip (RFC 1952), written in Go over compress/flate.

A member is a 10-byte header (magic, method, flags, modification time, extra
flags, OS) with optional extra data, Latin-1 name and comment and header
CRC, then a DEFLATE stream, then the CRC-32 and length of the data. The
Reader reads one member after another (unless Multistream(false)), checking
each trailer; the Header it shows is the first member's. The Writer writes the
header at its first Write, Flush or Close and the trailer at Close. The CRC-32
is Python's (zlib.crc32). Compressed bytes are zlib's, not Go's compressor's
(see compress/flate).
"""
import zlib

GO_DECLS = '''
package gzip

import (
	"bufio"
	"compress/flate"
	"errors"
	"io"
	"strconv"
	"time"
)

const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

var (
	ErrChecksum = errors.New("gzip: invalid checksum")
	ErrHeader   = errors.New("gzip: invalid header")
)

const (
	magic1, magic2, methodDeflate = 0x1f, 0x8b, 8

	flagHeaderCRC = 1 << 1
	flagExtra     = 1 << 2
	flagName      = 1 << 3
	flagComment   = 1 << 4

	maxHeaderString = 512 // bytes of a name or comment, with its NUL
)

type Header struct {
	Comment string
	Extra   []byte
	ModTime time.Time
	Name    string
	OS      byte
}

// crc32Update continues the IEEE CRC-32 crc over p.
func crc32Update(crc uint32, p []byte) uint32

func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }

func le32(b []byte) uint32 { return uint32(le16(b)) | uint32(le16(b[2:]))<<16 }

func putLE32(b []byte, v uint32) {
	for i := range 4 {
		b[i] = byte(v >> (8 * i))
	}
}

// truncated: input that ends inside a header or trailer.
func truncated(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// ---------------------------------------------------------------- Reader

type Reader struct {
	Header
	r            flate.Reader
	decompressor io.ReadCloser
	digest       uint32
	size         uint32
	err          error
	multistream  bool
}

func NewReader(r io.Reader) (*Reader, error) {
	z := new(Reader)
	if err := z.Reset(r); err != nil {
		return nil, err
	}
	return z, nil
}

func (z *Reader) Reset(r io.Reader) error {
	*z = Reader{decompressor: z.decompressor, multistream: true}
	if br, ok := r.(flate.Reader); ok {
		z.r = br
	} else {
		z.r = bufio.NewReader(r)
	}
	z.Header, z.err = z.readHeader()
	return z.err
}

func (z *Reader) Multistream(ok bool) { z.multistream = ok }

// readHeader reads a member's header (what it read so far, on an error)
// and starts the decompressor on the data after it.
func (z *Reader) readHeader() (h Header, err error) {
	var fixed [10]byte
	if _, err = io.ReadFull(z.r, fixed[:]); err != nil {
		return h, err
	}
	if fixed[0] != magic1 || fixed[1] != magic2 || fixed[2] != methodDeflate {
		return h, ErrHeader
	}
	flags := fixed[3]
	if t := int64(le32(fixed[4:8])); t > 0 {
		h.ModTime = time.Unix(t, 0)
	}
	h.OS = fixed[9]
	crc := crc32Update(0, fixed[:])
	if flags&flagExtra != 0 {
		var size [2]byte
		if _, err = io.ReadFull(z.r, size[:]); err != nil {
			return h, truncated(err)
		}
		crc = crc32Update(crc, size[:])
		extra := make([]byte, le16(size[:]))
		if _, err = io.ReadFull(z.r, extra); err != nil {
			return h, truncated(err)
		}
		crc = crc32Update(crc, extra)
		h.Extra = extra
	}
	if flags&flagName != 0 {
		if h.Name, crc, err = z.readString(crc); err != nil {
			return h, truncated(err)
		}
	}
	if flags&flagComment != 0 {
		if h.Comment, crc, err = z.readString(crc); err != nil {
			return h, truncated(err)
		}
	}
	if flags&flagHeaderCRC != 0 {
		var sum [2]byte
		if _, err = io.ReadFull(z.r, sum[:]); err != nil {
			return h, truncated(err)
		}
		if le16(sum[:]) != uint16(crc) {
			return h, ErrHeader
		}
	}
	z.digest = 0
	if z.decompressor == nil {
		z.decompressor = flate.NewReader(z.r)
	} else {
		z.decompressor.(flate.Resetter).Reset(z.r, nil)
	}
	return h, nil
}

// readString reads a NUL-terminated Latin-1 string, as UTF-8.
func (z *Reader) readString(crc uint32) (string, uint32, error) {
	var raw []byte
	latin1 := false
	for {
		if len(raw) >= maxHeaderString {
			return "", crc, ErrHeader
		}
		c, err := z.r.ReadByte()
		if err != nil {
			return "", crc, err
		}
		raw = append(raw, c)
		if c == 0 {
			break
		}
		latin1 = latin1 || c >= 0x80
	}
	crc = crc32Update(crc, raw)
	raw = raw[:len(raw)-1]
	if !latin1 {
		return string(raw), crc, nil
	}
	runes := make([]rune, len(raw))
	for i, c := range raw {
		runes[i] = rune(c)
	}
	return string(runes), crc, nil
}

func (z *Reader) Read(p []byte) (n int, err error) {
	if z.err != nil {
		return 0, z.err
	}
	for n == 0 {
		n, z.err = z.decompressor.Read(p)
		z.digest = crc32Update(z.digest, p[:n])
		z.size += uint32(n)
		if z.err != io.EOF {
			return n, z.err
		}
		// The member's data ended: check its trailer, go on to the next member.
		var trailer [8]byte
		if _, err := io.ReadFull(z.r, trailer[:]); err != nil {
			z.err = truncated(err)
			return n, z.err
		}
		if le32(trailer[:4]) != z.digest || le32(trailer[4:]) != z.size {
			z.err = ErrChecksum
			return n, z.err
		}
		z.digest, z.size = 0, 0
		if !z.multistream {
			return n, io.EOF
		}
		if _, z.err = z.readHeader(); z.err != nil {
			return n, z.err
		}
	}
	return n, nil
}

func (z *Reader) Close() error { return z.decompressor.Close() }

// ---------------------------------------------------------------- Writer

type Writer struct {
	Header
	w           io.Writer
	level       int
	wroteHeader bool
	closed      bool
	compressor  *flate.Writer
	digest      uint32
	size        uint32
	err         error
}

func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevel(w, DefaultCompression)
	return z
}

func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, errors.New("gzip: invalid compression level: " + strconv.Itoa(level))
	}
	z := new(Writer)
	z.init(w, level)
	return z, nil
}

func (z *Writer) init(w io.Writer, level int) {
	if z.compressor != nil {
		z.compressor.Reset(w)
	}
	*z = Writer{Header: Header{OS: 255}, w: w, level: level, compressor: z.compressor}
}

func (z *Writer) Reset(w io.Writer) { z.init(w, z.level) }

// writeHeader writes the member header from z.Header.
func (z *Writer) writeHeader() error {
	z.wroteHeader = true
	fixed := []byte{magic1, magic2, methodDeflate, 0, 0, 0, 0, 0, 0, z.OS}
	if z.Extra != nil {
		fixed[3] |= flagExtra
	}
	if z.Name != "" {
		fixed[3] |= flagName
	}
	if z.Comment != "" {
		fixed[3] |= flagComment
	}
	if z.ModTime.After(time.Unix(0, 0)) {
		putLE32(fixed[4:8], uint32(z.ModTime.Unix()))
	}
	switch z.level {
	case BestCompression:
		fixed[8] = 2
	case BestSpeed:
		fixed[8] = 4
	}
	if _, err := z.w.Write(fixed); err != nil {
		return err
	}
	if z.Extra != nil {
		if len(z.Extra) > 0xffff {
			return errors.New("gzip.Write: Extra data is too large")
		}
		if _, err := z.w.Write([]byte{byte(len(z.Extra)), byte(len(z.Extra) >> 8)}); err != nil {
			return err
		}
		if _, err := z.w.Write(z.Extra); err != nil {
			return err
		}
	}
	for _, s := range []string{z.Name, z.Comment} {
		if s != "" {
			if err := z.writeString(s); err != nil {
				return err
			}
		}
	}
	if z.compressor == nil {
		z.compressor, _ = flate.NewWriter(z.w, z.level)
	}
	return nil
}

// writeString writes s as NUL-terminated Latin-1.
func (z *Writer) writeString(s string) (err error) {
	wide := false
	for _, r := range s {
		if r == 0 || r > 0xff {
			return errors.New("gzip.Write: non-Latin-1 header string")
		}
		wide = wide || r > 0x7f
	}
	if wide {
		latin1 := make([]byte, 0, len(s))
		for _, r := range s {
			latin1 = append(latin1, byte(r))
		}
		_, err = z.w.Write(latin1)
	} else {
		_, err = io.WriteString(z.w, s)
	}
	if err != nil {
		return err
	}
	_, err = z.w.Write([]byte{0})
	return err
}

func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if !z.wroteHeader {
		if z.err = z.writeHeader(); z.err != nil {
			return 0, z.err
		}
	}
	z.size += uint32(len(p))
	z.digest = crc32Update(z.digest, p)
	var n int
	n, z.err = z.compressor.Write(p)
	return n, z.err
}

func (z *Writer) Flush() error {
	if z.err != nil || z.closed {
		return z.err
	}
	if !z.wroteHeader {
		if z.Write(nil); z.err != nil {
			return z.err
		}
	}
	z.err = z.compressor.Flush()
	return z.err
}

func (z *Writer) Close() error {
	if z.err != nil || z.closed {
		return z.err
	}
	z.closed = true
	if !z.wroteHeader {
		if z.Write(nil); z.err != nil {
			return z.err
		}
	}
	if z.err = z.compressor.Close(); z.err != nil {
		return z.err
	}
	var trailer [8]byte
	putLE32(trailer[:4], z.digest)
	putLE32(trailer[4:], z.size)
	_, z.err = z.w.Write(trailer[:])
	return z.err
}
'''


def crc32Update(crc, p):
    if p.len == 0:
        return crc
    return zlib.crc32(bytes(p.a[p.off:p.off + p.len]), crc)
