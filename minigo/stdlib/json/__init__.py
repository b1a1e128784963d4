"""Package encoding/json: Marshal/Unmarshal, Encoder/Decoder, Valid,
Compact/Indent/HTMLEscape, RawMessage and Number, with Go's error types.

The API is declared in Go (GO_DECLS): the error types with their Error
methods, Number and RawMessage with theirs, and the Encoder and the thin
wrappers that write into a bytes.Buffer are Go; the work is Python, in this
package's modules: scan (reading JSON, Go's syntax errors), fields (which
struct fields JSON sees), encode (per-type encoders, compact, indent),
decode (storing a parsed value into Go values), stream (the Decoder),
errors (building the Go error values).
"""
from __future__ import annotations

from ...runtime.introspect import make_slice
from ...runtime.values import NIL_SLICE
from . import stream
from .decode import invalid_target, unmarshal
from .encode import EncodeError, marshal
from .errors import bytes_of, syntax_error
from .format import compact as compact_json, html_escape, indent
from .scan import SyntaxErr, parse, valid

GO_DECLS = '''
package json

import (
	"bytes"
	"encoding/json/jsontext"
	"io"
	"reflect"
	"strconv"
	"strings"
)

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

type isZeroer interface {
	IsZero() bool
}

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

type UnmarshalTypeError struct {
	Value  string
	Type   reflect.Type
	Offset int64
	Struct string
	Field  string
	Err    error
}

func (e *UnmarshalTypeError) Error() string {
	var s string
	if e.Struct != "" || e.Field != "" {
		// a path ending in an index is an element, not a struct field
		into := "Go struct field "
		i := strings.LastIndexByte(e.Field, '.') + 1
		if len(e.Field[i:]) > 0 && strings.TrimRight(e.Field[i:], "0123456789") == "" {
			into = ""
		}
		s = "json: cannot unmarshal " + e.Value + " into " + into + e.Struct + "." + e.Field + " of type " + e.Type.String()
	} else {
		s = "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *UnmarshalTypeError) Unwrap() error { return e.Err }

type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

type RawMessage = jsontext.Value

func Marshal(v any) ([]byte, error)
func MarshalIndent(v any, prefix, indent string) ([]byte, error)
func Unmarshal(data []byte, v any) error
func Valid(data []byte) bool

func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := compact(src)
	if err == nil {
		dst.Write(b)
	}
	return err
}

func compact(src []byte) ([]byte, error)

func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := indentJSON(src, prefix, indent)
	if err == nil {
		dst.Write(b)
	}
	return err
}

func indentJSON(src []byte, prefix, indent string) ([]byte, error)

func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(htmlEscape(src))
}

func htmlEscape(src []byte) []byte

type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indent     string
}

func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	b, err := marshalEscaping(v, enc.escapeHTML)
	if err != nil {
		return err
	}
	if len(enc.prefix)+len(enc.indent) > 0 {
		if b, err = indentJSON(b, enc.prefix, enc.indent); err != nil {
			return err
		}
	}
	b = append(b, '\\n')
	if _, err = enc.w.Write(b); err != nil {
		enc.err = err
	}
	return err
}

func marshalEscaping(v any, escapeHTML bool) ([]byte, error)

func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// decodeStream: the Decoder's Python-side state (never looked into by Go code)
type decodeStream struct{}

type Decoder struct {
	r  io.Reader
	st *decodeStream
}

func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

func (dec *Decoder) UseNumber()
func (dec *Decoder) DisallowUnknownFields()
func (dec *Decoder) Decode(v any) error
func (dec *Decoder) More() bool
func (dec *Decoder) Token() (Token, error)
func (dec *Decoder) InputOffset() int64

func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buffered())
}

func (dec *Decoder) buffered() []byte

type Token any

type Delim rune

func (d Delim) String() string {
	return string(d)
}
'''


def _bytes(b):
    return make_slice(list(b))


def _syntax(se):
    return syntax_error(se.msg, se.offset)


def Marshal(v):
    try:
        return _bytes(marshal(v)), None
    except EncodeError as e:
        return NIL_SLICE, e.err


def marshalEscaping(v, esc):
    try:
        return _bytes(marshal(v, esc)), None
    except EncodeError as e:
        return NIL_SLICE, e.err


def MarshalIndent(v, prefix, ind):
    try:
        b = marshal(v)
    except EncodeError as e:
        return NIL_SLICE, e.err
    return _bytes(indent(b, prefix, ind, validate=False)), None


def Unmarshal(data, v):
    b = bytes_of(data)
    bad = invalid_target(v)      # Go checks v before it reads data
    if bad is not None:
        return bad
    try:
        tree = parse(b)
    except SyntaxErr as se:
        return _syntax(se)
    return unmarshal(b, tree, v)


def Valid(data):
    return valid(bytes_of(data))


def compact(src):
    try:
        return _bytes(compact_json(bytes_of(src), False, False)), None
    except SyntaxErr as se:
        return NIL_SLICE, _syntax(se)


def indentJSON(src, prefix, ind):
    try:
        return _bytes(indent(bytes_of(src), prefix, ind)), None
    except SyntaxErr as se:
        return NIL_SLICE, _syntax(se)


def htmlEscape(src):
    return _bytes(html_escape(bytes_of(src)))


def Decoder_UseNumber(dec):
    stream.state(dec).use_number = True


def Decoder_DisallowUnknownFields(dec):
    stream.state(dec).reject_unknown = True


Decoder_Decode = stream.Decode
Decoder_More = stream.More
Decoder_Token = stream.Token
Decoder_InputOffset = stream.InputOffset
Decoder_buffered = stream.Buffered
