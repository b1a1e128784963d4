"""Package compress/flate: DEFLATE (RFC 1951) through Python's zlib.

Decompression gives what Go's gives, Read by Read: Go's decompressor hands
decoded bytes to Read when its 32 KiB window fills, when the stream ends
(with io.EOF on the same Read), and at an empty stored block (what a
Writer's Flush leaves, so that streaming works); this Inflater releases what
zlib decodes at the same points (an empty stored block is recognised by
00 00 ff ff in the input after which zlib would accept an end of stream).
When a stream fails (zlib rejects it, or the input ends or fails first),
flate_trace.py decodes it again the way Go reads bits, for what Go has
output by then, its CorruptInputError offset and how much input it took.
Input is read as flate_source.py describes, never past the stream's end.

Compression is zlib's, at the same levels (HuffmanOnly is zlib's Huffman-only
strategy), with Flush a sync flush as Go's: any DEFLATE reader decodes it, but
the compressed bytes are not the ones Go's compressor writes.
"""
from __future__ import annotations

import zlib
from collections import deque

from ..runtime.panic import nil_deref
from . import flate_trace
from .bufio import _Hidden, _same, _write_to
from .flate_source import as_byte_reader, source_of
from .io_eof import EOF

GO_DECLS = '''
package flate

import (
	"errors"
	"io"
	"strconv"
)

const (
	NoCompression      = 0
	BestSpeed          = 1
	BestCompression    = 9
	DefaultCompression = -1
	HuffmanOnly        = -2
)

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "flate: corrupt input before offset " + strconv.FormatInt(int64(e), 10)
}

type InternalError string

func (e InternalError) Error() string { return "flate: internal error: " + string(e) }

// ReadError and WriteError are no longer returned (as in Go).
type ReadError struct {
	Offset int64
	Err    error
}

func (e *ReadError) Error() string {
	return "flate: read error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}

type WriteError struct {
	Offset int64
	Err    error
}

func (e *WriteError) Error() string {
	return "flate: write error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}

type Reader interface {
	io.Reader
	io.ByteReader
}

type Resetter interface {
	Reset(r io.Reader, dict []byte) error
}

var errWriterClosed = errors.New("flate: closed writer")

func corrupt(offset int64) error { return CorruptInputError(offset) }

// decompressor is what NewReader returns; its state is an Inflater.
type decompressor struct {
	state uintptr
}

func NewReader(r io.Reader) io.ReadCloser { return newDecompressor(r, nil) }

func NewReaderDict(r io.Reader, dict []byte) io.ReadCloser { return newDecompressor(r, dict) }

func newDecompressor(r io.Reader, dict []byte) *decompressor

func (f *decompressor) Read(b []byte) (int, error)
func (f *decompressor) Close() error
func (f *decompressor) Reset(r io.Reader, dict []byte) error

type Writer struct {
	state uintptr
}

func NewWriter(w io.Writer, level int) (*Writer, error) { return NewWriterDict(w, level, nil) }

func NewWriterDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, errors.New("flate: invalid compression level " + strconv.Itoa(level) + ": want value in range [-2, 9]")
	}
	return &Writer{newDeflater(w, level, dict)}, nil
}

func newDeflater(w io.Writer, level int, dict []byte) uintptr

func (w *Writer) Write(data []byte) (n int, err error)
func (w *Writer) Flush() error
func (w *Writer) Close() error
func (w *Writer) Reset(dst io.Writer)
'''

WINDOW = 1 << 15
SYNC_MARK = b'\x00\x00\xff\xff'   # the empty stored block a sync flush ends with


def _goerr(name):
    from .goside import package_var
    return package_var('io', name)


def _corrupt(offset):
    from .goside import package_func
    return package_func('compress/flate', 'corrupt')(offset)


def _bytes_of(s):
    return bytes(s.a[s.off:s.off + s.len]) if s.len else b''


class Inflater(_Hidden):
    """A raw DEFLATE stream being decoded, with Go's Read-by-Read results."""

    def __init__(self, r, dict_):
        self.reset(r, dict_)

    def reset(self, r, dict_):
        self.src = source_of(as_byte_reader(r))
        self.dict = dict_
        self.z = self._new_z()
        self.fed = bytearray()        # the stream's bytes so far (for an error's offset)
        self.pending = bytearray()    # decoded, not yet handed to Read
        # Go's window starts with (the last 32 KiB of) the dictionary in it,
        # which moves where it fills up.
        self.pos = len(dict_) if dict_ and len(dict_) < WINDOW else 0
        self.released = 0             # bytes of output handed over
        self.ready = deque()          # [bytes, offset read, ends with the error?]
        self.err = None

    def _new_z(self):
        if self.dict:
            return zlib.decompressobj(-15, zdict=self.dict)
        return zlib.decompressobj(-15)

    # ------------------------------------------------------------ Read

    def read(self, p):
        while True:
            if self.ready:
                item = self.ready[0]
                data, off, final = item
                n = min(p.len, len(data) - off)
                if n:
                    p.a[p.off:p.off + n] = data[off:off + n]
                item[1] = off + n
                if item[1] < len(data):
                    return n, None
                self.ready.popleft()
                return n, (self.err if final else None)
            if self.err is not None:
                return 0, self.err
            self.step()

    def release(self, upto, final=False):
        data = bytes(self.pending[:upto])
        del self.pending[:upto]
        self.pos += len(data)
        self.released += len(data)
        if data:
            self.ready.append([data, 0, final])

    def release_full_windows(self):
        """Hand over each window's worth as Go does when its window fills."""
        while True:
            room = WINDOW - self.pos % WINDOW
            if room > len(self.pending):
                return
            self.release(room)

    def fail(self, err):
        self.release_full_windows()
        self.err = err
        self.release(len(self.pending), final=True)

    def step(self):
        chunk, err = self.src.take()
        if err is not None:
            self.replay(b'', [], err)
            return
        pieces = _split_at_marks(chunk)
        for k, piece in enumerate(pieces):
            try:
                out = self.z.decompress(piece)
            except zlib.error:
                self.replay(piece, pieces[k + 1:], None)
                return
            self.fed += piece
            self.pending += out
            if self.z.eof:
                self.src.give_back(len(self.z.unused_data) + sum(map(len, pieces[k + 1:])))
                self.fail(EOF())
                return
            if piece.endswith(SYNC_MARK) and self.at_block_boundary():
                self.release_full_windows()
                self.release(len(self.pending))
        self.release_full_windows()

    def at_block_boundary(self):
        """Did the input just end an empty stored block? Then a final empty
        stored block would end the stream right there (bytes 00 00 ff ff
        inside Huffman-coded data would not)."""
        probe = self.z.copy()
        try:
            probe.decompress(b'\x01' + SYNC_MARK)
        except zlib.error:
            return False
        return probe.eof and not probe.unused_data

    def replay(self, piece, rest, stop):
        """The stream fails (zlib rejects piece, or the input stopped with
        error stop): decode it again from its start as Go reads it, taking
        the rest of the chunk and then more input if Go would, to find what
        Go has output when it fails, the error, and how much input it took
        (the rest goes back)."""
        rest = list(rest)
        got = [sum(map(len, rest)), len(piece) + sum(map(len, rest))]   # bytes beyond data; last chunk's size

        def more():
            if rest:
                return rest.pop(0), None
            if stop is not None:
                return b'', stop
            data, err = self.src.take()
            if err is None:
                got[0] += len(data)
                got[1] = len(data)
            return data, err

        data = bytes(self.fed) + bytes(piece)
        out, taken, failure = flate_trace.Decoder(data, more, self.dict).run()
        unused = len(data) + got[0] - taken
        if 0 < unused <= got[1]:
            self.src.give_back(unused)
        self.pending = bytearray(out[self.released:])
        if failure is None:
            err = EOF()        # Go ends a stream zlib rejected (it checks less)
        elif isinstance(failure, flate_trace.Corrupt):
            err = _corrupt(taken)
        else:
            err = _goerr('ErrUnexpectedEOF') if _same(failure.err, EOF()) else failure.err
        self.fail(err)

    def close(self):
        if _same(self.err, EOF()):
            return None
        return self.err


def _split_at_marks(chunk):
    """chunk cut after each sync mark in it (a place Go hands data over)."""
    pieces = []
    start = 0
    while True:
        i = chunk.find(SYNC_MARK, start)
        if i < 0:
            break
        pieces.append(chunk[start:i + 4])
        start = i + 4
    if start < len(chunk):
        pieces.append(chunk[start:])
    return pieces


def _inflater(f):
    if f is None:
        raise nil_deref()
    st = f[0]
    if not isinstance(st, Inflater):
        raise nil_deref()      # a decompressor not made by NewReader
    return st


def newDecompressor(r, dict_):
    return [Inflater(r, _bytes_of(dict_) or None)]


def decompressor_Read(f, b):
    return _inflater(f).read(b)


def decompressor_Close(f):
    return _inflater(f).close()


def decompressor_Reset(f, r, dict_):
    if f is None:
        raise nil_deref()
    d = _bytes_of(dict_) or None
    if isinstance(f[0], Inflater):
        f[0].reset(r, d)
    else:
        f[0] = Inflater(r, d)
    return None


# ---------------------------------------------------------------- Writer

class Deflater(_Hidden):

    def __init__(self, w, level, dict_):
        self.level = level
        self.dict = dict_
        self.reset(w)

    def reset(self, w):
        self.w = w
        self.err = None
        self.closed = False
        strategy = zlib.Z_HUFFMAN_ONLY if self.level == -2 else zlib.Z_DEFAULT_STRATEGY
        level = zlib.Z_DEFAULT_COMPRESSION if self.level == -2 else self.level
        if self.dict:
            self.z = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy, zdict=self.dict)
        else:
            self.z = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)

    def emit(self, data):
        if not data:
            return None
        if self.w is None:
            raise nil_deref()
        n, err = _write_to(self.w, data)
        if err is None and n != len(data):
            err = _goerr('ErrShortWrite')
        return err

    def write(self, data):
        if self.err is not None:
            return 0, self.err
        err = self.emit(self.z.compress(data))
        if err is not None:
            self.err = err
            return 0, err
        return len(data), None

    def flush(self):
        if self.err is not None:
            return self.err
        self.err = self.emit(self.z.flush(zlib.Z_SYNC_FLUSH))
        return self.err

    def close(self):
        if self.closed:
            return None
        if self.err is not None:
            return self.err
        err = self.emit(self.z.flush(zlib.Z_FINISH))
        if err is not None:
            return err
        self.closed = True
        from .goside import package_var
        self.err = package_var('compress/flate', 'errWriterClosed')
        return None


def newDeflater(w, level, dict_):
    return Deflater(w, level, _bytes_of(dict_) or None)


def _deflater(w):
    if w is None:
        raise nil_deref()
    st = w[0]
    if not isinstance(st, Deflater):
        raise nil_deref()      # a Writer not made by NewWriter
    return st


def Writer_Write(w, data):
    return _deflater(w).write(_bytes_of(data))


def Writer_Flush(w):
    return _deflater(w).flush()


def Writer_Close(w):
    return _deflater(w).close()


def Writer_Reset(w, dst):
    _deflater(w).reset(dst)
