"""Package encoding/binary: byte orders, varints, and Read/Write/Size/
Encode/Decode/Append of fixed-size values.

The byte orders and varints are small Go; Read and friends walk the value's
run-time type (Go uses reflect). As in Go, exactly typed basic values and
slices of them take a fast path (through the ByteOrder's methods one value
at a time), everything else the general one (bool and fixed-size numbers,
arrays and structs of them; `int`, strings and pointers inside are not
fixed-size). Decoding into an unexported field panics as reflect does."""
from __future__ import annotations

import struct

from ..runtime import rtypes as R
from ..runtime.gofmt import methods_of
from ..runtime.panic import GoPanic, index_error, nil_deref
from ..runtime.values import Slice
from . import byteslice

GO_DECLS = '''
package binary

import (
	"errors"
	"io"
)

type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

type littleEndian struct{}
type bigEndian struct{}
type nativeEndian struct{ littleEndian } // amd64

var LittleEndian littleEndian
var BigEndian bigEndian
var NativeEndian nativeEndian

func (littleEndian) Uint16(b []byte) uint16
func (littleEndian) Uint32(b []byte) uint32
func (littleEndian) Uint64(b []byte) uint64
func (littleEndian) PutUint16(b []byte, v uint16)
func (littleEndian) PutUint32(b []byte, v uint32)
func (littleEndian) PutUint64(b []byte, v uint64)
func (littleEndian) AppendUint16(b []byte, v uint16) []byte
func (littleEndian) AppendUint32(b []byte, v uint32) []byte
func (littleEndian) AppendUint64(b []byte, v uint64) []byte
func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16
func (bigEndian) Uint32(b []byte) uint32
func (bigEndian) Uint64(b []byte) uint64
func (bigEndian) PutUint16(b []byte, v uint16)
func (bigEndian) PutUint32(b []byte, v uint32)
func (bigEndian) PutUint64(b []byte, v uint64)
func (bigEndian) AppendUint16(b []byte, v uint16) []byte
func (bigEndian) AppendUint32(b []byte, v uint32) []byte
func (bigEndian) AppendUint64(b []byte, v uint64) []byte
func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// ---------------------------------------------------------------- varints

const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// Seven bits a byte, least significant group first; the high bit says more follow.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, byte(x)|0x80)
	}
	return append(buf, byte(x))
}

func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint: (value, bytes used); (0, 0) when buf ends first, (0, -bytes) on overflow.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	shift := uint(0)
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// Signed varints zig-zag: 0, -1, 1, -2... become 0, 1, 2, 3...
func zigzag(x int64) uint64 {
	if x < 0 {
		return ^(uint64(x) << 1)
	}
	return uint64(x) << 1
}

func unzigzag(u uint64) int64 {
	if u&1 != 0 {
		return ^int64(u >> 1)
	}
	return int64(u >> 1)
}

func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }
func PutVarint(buf []byte, x int64) int       { return PutUvarint(buf, zigzag(x)) }

func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	shift := uint(0)
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<shift, nil
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return x, errOverflow
}

func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}

// ---------------------------------------------------------------- values

var errBufferTooSmall = errors.New("buffer too small")

// fastSize is the size of an exactly typed basic value, pointer to one or
// slice of them (0 for anything else); generalSize is the size of the value
// (pointed to) for the general path, -1 when it is not of fixed size.
func fastSize(data any) int
func generalSize(data any, deref bool) int
func typeName(data any) string

// decodeInto stores buf into data (false if data cannot be stored into, as
// a non-pointer); encodeFrom writes data's bytes into buf.
func decodeInto(buf []byte, order ByteOrder, data any, fast bool) bool
func encodeFrom(buf []byte, order ByteOrder, data any, fast bool)

func readFull(r io.Reader, buf []byte) error {
	got := 0
	var err error
	for got < len(buf) && err == nil {
		var n int
		n, err = r.Read(buf[got:])
		got += n
	}
	if got >= len(buf) {
		return nil
	}
	if got > 0 && err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func Read(r io.Reader, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		buf := make([]byte, n)
		if err := readFull(r, buf); err != nil {
			return err
		}
		if decodeInto(buf, order, data, true) {
			return nil
		}
	}
	size := generalSize(data, false)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	buf := make([]byte, size)
	if err := readFull(r, buf); err != nil {
		return err
	}
	decodeInto(buf, order, data, false)
	return nil
}

func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if n := fastSize(data); n != 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if decodeInto(buf, order, data, true) {
			return n, nil
		}
	}
	size := generalSize(data, false)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	decodeInto(buf[:size], order, data, false)
	return size, nil
}

func Write(w io.Writer, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		if bs, ok := data.([]byte); ok {
			_, err := w.Write(bs)
			return err
		}
		buf := make([]byte, n)
		encodeFrom(buf, order, data, true)
		_, err := w.Write(buf)
		return err
	}
	size := generalSize(data, true)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	buf := make([]byte, size)
	encodeFrom(buf, order, data, false)
	_, err := w.Write(buf)
	return err
}

func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := fastSize(data)
	fast := n != 0
	if !fast {
		n = generalSize(data, true)
		if n < 0 {
			return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
		}
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	encodeFrom(buf, order, data, fast)
	return n, nil
}

func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	n := fastSize(data)
	fast := n != 0
	if !fast {
		n = generalSize(data, true)
		if n < 0 {
			return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
		}
	}
	l := len(buf)
	if cap(buf)-l < n {
		buf = append(buf[:cap(buf)], make([]byte, n)...)[:l] // slices.Grow
	}
	buf = buf[:l+n]
	encodeFrom(buf[l:], order, data, fast)
	return buf, nil
}

func Size(v any) int {
	if n := fastSize(v); n != 0 || isFastSlice(v) {
		return n
	}
	return generalSize(v, true)
}

func isFastSlice(v any) bool
'''

# ------------------------------------------------------------------ byte orders

_WIDTH = {'16': 2, '32': 4, '64': 8}


def _order_methods(endian):
    ns = {}
    for bits, n in _WIDTH.items():
        def get(_, b, n=n):
            if b.len < n:
                raise index_error(n - 1, b.len)
            return int.from_bytes(bytes(b.a[b.off:b.off + n]), endian)

        def put(_, b, v, n=n):
            if b.len < n:
                raise index_error(n - 1, b.len)
            b.a[b.off:b.off + n] = v.to_bytes(n, endian)

        def app(_, b, v, n=n):
            return byteslice.append(b, v.to_bytes(n, endian))
        ns[f'Uint{bits}'] = get
        ns[f'PutUint{bits}'] = put
        ns[f'AppendUint{bits}'] = app
    return ns


for _recv, _endian in (('littleEndian', 'little'), ('bigEndian', 'big')):
    for _name, _fn in _order_methods(_endian).items():
        globals()[f'{_recv}_{_name}'] = _fn


# ------------------------------------------------------------------ the value walkers

_FIXED = {R.BOOL: 1, R.INT8: 1, R.UINT8: 1, R.INT16: 2, R.UINT16: 2, R.INT32: 4, R.UINT32: 4,
          R.INT64: 8, R.UINT64: 8, R.FLOAT32: 4, R.FLOAT64: 8, R.COMPLEX64: 8, R.COMPLEX128: 16}
_SIGNED = {R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64}
_SETTER = {R.BOOL: 'SetBool', R.FLOAT32: 'SetFloat', R.FLOAT64: 'SetFloat',
           R.COMPLEX64: 'SetComplex', R.COMPLEX128: 'SetComplex'}
for _k in _SIGNED:
    _SETTER[_k] = 'SetInt'
for _k in (R.UINT8, R.UINT16, R.UINT32, R.UINT64):
    _SETTER[_k] = 'SetUint'


def _STRING():
    from .. import types as T
    return R.rtype(T.Typ[T.STRING])


def _fast_kind(rt):
    """The kind of an exactly typed (unnamed) fixed-size basic type, else None."""
    if rt.named or rt.kind not in _FIXED or rt.kind in R.COMPLEX_KINDS:
        return None
    return rt.kind


def _fast(data):
    """(form, kind, n): form 'val' | 'ptr' | 'slice' for intDataSize's types."""
    if data is None:
        return None
    rt, v = data
    k = _fast_kind(rt)
    if k is not None:
        return 'val', k, 1
    if rt.named:
        return None
    if rt.kind == R.POINTER:
        k = _fast_kind(rt.elem)
        if k is not None:
            return 'ptr', k, 1
    elif rt.kind == R.SLICE:
        k = _fast_kind(rt.elem)
        if k is not None:
            return 'slice', k, v.len
    return None


def fastSize(data):
    f = _fast(data)
    return 0 if f is None else _FIXED[f[1]] * f[2]


def isFastSlice(data):
    f = _fast(data)
    return f is not None and f[0] == 'slice'


def sizeof(rt):
    k = rt.kind
    if k in _FIXED:
        return _FIXED[k]
    if k == R.ARRAY:
        s = sizeof(rt.elem)
        return s * rt.len if s >= 0 else -1
    if k == R.STRUCT:
        total = 0
        for f in rt.fields:
            s = sizeof(f)
            if s < 0:
                return -1
            total += s
        return total
    return -1


def _data_size(rt, v):
    """dataSize of a reflect.Value of type rt (slices and arrays count elements)."""
    if rt.kind in (R.SLICE, R.ARRAY):
        s = sizeof(rt.elem)
        if s < 0:
            return -1
        return s * (v.len if rt.kind == R.SLICE else rt.len)
    return sizeof(rt)


def _target(data, deref):
    """(rt, value) the general path works on, or None (an invalid reflect.Value):
    Read/Decode look through a pointer or take a slice; Write/Size/Encode/
    Append look through one pointer (reflect.Indirect)."""
    if data is None:
        return None
    rt, v = data
    if rt.kind == R.POINTER:
        if v is None:
            return None
        return rt.elem, _deref(rt.elem, v)
    if deref or rt.kind == R.SLICE:
        return rt, v
    return None


def _deref(ert, p):
    return p if ert.aggregate else p.c[p.k]


def generalSize(data, deref):
    t = _target(data, deref)
    if t is None:
        return -1
    return _data_size(*t)


def typeName(data):
    return b'<nil>' if data is None else data[0].name.encode()


# ------------------------------------------------------------------ coding scalars

class _Order:
    """A ByteOrder: ours through int.from_bytes, a user's through its methods."""

    def __init__(self, order):
        self.endian = None
        self.methods = None
        if order is None:
            raise nil_deref()
        name = order[0].name
        if name in ('binary.littleEndian', 'binary.nativeEndian'):
            self.endian = 'little'
        elif name == 'binary.bigEndian':
            self.endian = 'big'
        else:
            self.methods = methods_of(order[0])
            self.recv = order[1]

    def get(self, buf, off, n, view_end):
        """order.UintN(buf[off:view_end])."""
        if self.endian is not None:
            if view_end - off < n:
                raise index_error(n - 1, view_end - off)
            return int.from_bytes(bytes(buf.a[buf.off + off:buf.off + off + n]), self.endian)
        view = Slice(buf.a, buf.off + off, view_end - off, buf.cap - off)
        return self.methods[f'Uint{n * 8}'](self.recv, view)

    def put(self, buf, off, n, view_end, x):
        if self.endian is not None:
            if view_end - off < n:
                raise index_error(n - 1, view_end - off)
            buf.a[buf.off + off:buf.off + off + n] = x.to_bytes(n, self.endian)
            return
        view = Slice(buf.a, buf.off + off, view_end - off, buf.cap - off)
        self.methods[f'PutUint{n * 8}'](self.recv, view, x)


def _to_bits(k, x):
    if k == R.BOOL:
        return 1 if x else 0
    if k == R.FLOAT32:
        return struct.unpack('<I', struct.pack('<f', x))[0]
    if k == R.FLOAT64:
        return struct.unpack('<Q', struct.pack('<d', x))[0]
    return x & ((1 << (8 * _FIXED[k])) - 1)


def _from_bits(k, u):
    if k == R.BOOL:
        return u != 0
    if k == R.FLOAT32:
        return struct.unpack('<f', struct.pack('<I', u))[0]
    if k == R.FLOAT64:
        return struct.unpack('<d', struct.pack('<Q', u))[0]
    bits = _SIGNED.get(k)
    if bits is not None and u >= 1 << (bits - 1):
        return u - (1 << bits)
    return u


class _Coder:
    """The general path's cursor over buf (Go's coder: each value is read
    from or written to buf[offset:offset+size])."""

    def __init__(self, buf, order):
        self.buf = buf
        self.order = order
        self.off = 0

    def read(self, k):
        n = _FIXED[k]
        off = self.off
        if n == 1:
            u = self.buf.a[self.buf.off + off]
        else:
            u = self.order.get(self.buf, off, n, off + n)
        self.off = off + n
        return _from_bits(k, u)

    def write(self, k, x):
        n = _FIXED[k]
        off = self.off
        if n == 1:
            self.buf.a[self.buf.off + off] = _to_bits(k, x)
        else:
            self.order.put(self.buf, off, n, off + n, _to_bits(k, x))
        self.off = off + n

    def read_complex(self, k):
        part = R.FLOAT32 if k == R.COMPLEX64 else R.FLOAT64
        re = self.read(part)
        return complex(re, self.read(part))

    def write_complex(self, k, x):
        part = R.FLOAT32 if k == R.COMPLEX64 else R.FLOAT64
        self.write(part, x.real)
        self.write(part, x.imag)

    # walking values: containers are Python lists (arrays, structs) or Slices

    def decode_into(self, rt, holder, key, settable):
        """Decode a value of type rt into holder[key]."""
        k = rt.kind
        if k == R.ARRAY or k == R.STRUCT or k == R.SLICE:
            self.decode_items(rt, holder[key], settable)
            return
        if not settable:
            raise GoPanic((_STRING(), f'reflect: reflect.Value.{_SETTER[k]} using value '
                                             f'obtained using unexported field'.encode()))
        holder[key] = self.read_complex(k) if k in R.COMPLEX_KINDS else self.read(k)

    def decode_items(self, rt, v, settable):
        k = rt.kind
        if k == R.STRUCT:
            for i, (frt, name, exported) in enumerate(zip(rt.fields, rt.field_names, rt.exported_fields)):
                ok = settable and exported
                if ok or name != '_':
                    self.decode_into(frt, v, i, ok)
                else:
                    self.off += sizeof(frt)
        elif k == R.ARRAY:
            for i in range(rt.len):
                self.decode_into(rt.elem, v, i, settable)
        else:   # slice: elements are always settable
            for i in range(v.len):
                self.decode_into(rt.elem, v.a, v.off + i, True)

    def encode(self, rt, x):
        k = rt.kind
        if k == R.STRUCT:
            for frt, name, fv in zip(rt.fields, rt.field_names, x):
                if name == '_':
                    n = sizeof(frt)
                    self.buf.a[self.buf.off + self.off:self.buf.off + self.off + n] = bytes(n)
                    self.off += n
                else:
                    self.encode(frt, fv)
        elif k == R.ARRAY:
            for e in x:
                self.encode(rt.elem, e)
        elif k == R.SLICE:
            for i in range(x.len):
                self.encode(rt.elem, x.a[x.off + i])
        elif k in R.COMPLEX_KINDS:
            self.write_complex(k, x)
        else:
            self.write(k, x)


def decodeInto(buf, order, data, fast):
    o = _Order(order)
    if fast:
        form, k, n = _fast(data)
        if form == 'val':
            return False
        rt, v = data
        size = _FIXED[k]
        if form == 'ptr':
            if v is None:
                raise nil_deref()
            u = buf.a[buf.off] if size == 1 else o.get(buf, 0, size, buf.len)
            v.c[v.k] = _from_bits(k, u)
            return True
        for i in range(n):
            off = i * size
            u = buf.a[buf.off + off] if size == 1 else o.get(buf, off, size, buf.len)
            v.a[v.off + i] = _from_bits(k, u)
        return True
    rt, v = _target(data, False)
    c = _Coder(buf, o)
    if rt.kind in (R.ARRAY, R.STRUCT, R.SLICE):
        c.decode_items(rt, v, True)
    else:
        p = data[1]
        c.decode_into(rt, p.c, p.k, True)
    return True


def encodeFrom(buf, order, data, fast):
    o = _Order(order)
    if fast:
        form, k, n = _fast(data)
        rt, v = data
        size = _FIXED[k]
        if form == 'slice':
            items = v.a[v.off:v.off + v.len] if v.a is not None else []
        elif form == 'ptr':
            if v is None:
                raise nil_deref()
            items = [v.c[v.k]]
        else:
            items = [v]
        for i, x in enumerate(items):
            off = i * size
            if size == 1:
                buf.a[buf.off + off] = _to_bits(k, x)
            else:
                o.put(buf, off, size, buf.len, _to_bits(k, x))
        return
    rt, v = _target(data, True)
    _Coder(buf, o).encode(rt, v)
