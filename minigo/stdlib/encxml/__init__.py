"""Package encoding/xml: Marshal/MarshalIndent/Unmarshal, Encoder and
Decoder (tokens, EncodeToken, DecodeElement, Skip), the token types,
EscapeText, with Go's error types and texts.

The API is declared in Go (GO_DECLS); the work is Python, in this
package's modules: scan (the tokenizer), typeinfo (which struct fields XML
sees), marshal (the Encoder), unmarshal (decoding into values), gotypes
(building the Go values).
"""
from __future__ import annotations

from ...runtime import introspect as I
from .. import byteslice
from . import gotypes as G
from . import marshal as M
from . import scan as S
from . import unmarshal as U

GO_DECLS = '''
package xml

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strconv"
)

const Header = `<?xml version="1.0" encoding="UTF-8"?>` + "\\n"

type SyntaxError struct {
	Msg  string
	Line int
}

func (e *SyntaxError) Error() string {
	return "XML syntax error on line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

type Name struct {
	Space, Local string
}

type Attr struct {
	Name  Name
	Value string
}

type Token any

type StartElement struct {
	Name Name
	Attr []Attr
}

func (e StartElement) Copy() StartElement {
	attrs := make([]Attr, len(e.Attr))
	copy(attrs, e.Attr)
	e.Attr = attrs
	return e
}

func (e StartElement) End() EndElement { return EndElement{e.Name} }

type EndElement struct {
	Name Name
}

type CharData []byte

func (c CharData) Copy() CharData { return CharData(bytes.Clone(c)) }

type Comment []byte

func (c Comment) Copy() Comment { return Comment(bytes.Clone(c)) }

type ProcInst struct {
	Target string
	Inst   []byte
}

func (p ProcInst) Copy() ProcInst {
	p.Inst = bytes.Clone(p.Inst)
	return p
}

type Directive []byte

func (d Directive) Copy() Directive { return Directive(bytes.Clone(d)) }

func CopyToken(t Token) Token {
	switch v := t.(type) {
	case CharData:
		return v.Copy()
	case Comment:
		return v.Copy()
	case Directive:
		return v.Copy()
	case ProcInst:
		return v.Copy()
	case StartElement:
		return v.Copy()
	}
	return t
}

type Marshaler interface {
	MarshalXML(e *Encoder, start StartElement) error
}

type MarshalerAttr interface {
	MarshalXMLAttr(name Name) (Attr, error)
}

type Unmarshaler interface {
	UnmarshalXML(d *Decoder, start StartElement) error
}

type UnmarshalerAttr interface {
	UnmarshalXMLAttr(attr Attr) error
}

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "xml: unsupported type: " + e.Type.String()
}

type UnmarshalError string

func (e UnmarshalError) Error() string { return string(e) }

type TagPathError struct {
	Struct       reflect.Type
	Field1, Tag1 string
	Field2, Tag2 string
}

func (e *TagPathError) Error() string {
	return fmt.Sprintf("%s field %q with tag %q conflicts with field %q with tag %q", e.Struct, e.Field1, e.Tag1, e.Field2, e.Tag2)
}

type encodeState struct{}

type Encoder struct {
	w  io.Writer
	st *encodeState
}

func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

func (enc *Encoder) Indent(prefix, indent string)
func (enc *Encoder) Encode(v any) error
func (enc *Encoder) EncodeElement(v any, start StartElement) error
func (enc *Encoder) EncodeToken(t Token) error
func (enc *Encoder) Flush() error
func (enc *Encoder) Close() error

func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.Indent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type decodeState struct{}

type Decoder struct {
	Strict        bool
	AutoClose     []string
	Entity        map[string]string
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)
	DefaultSpace  string
	r             io.Reader
	t             TokenReader
	st            *decodeState
}

type TokenReader interface {
	Token() (Token, error)
}

func NewDecoder(r io.Reader) *Decoder { return &Decoder{Strict: true, r: r} }

// NewTokenDecoder makes a Decoder whose tokens come from t (a Decoder itself is returned as is).
func NewTokenDecoder(t TokenReader) *Decoder {
	if d, ok := t.(*Decoder); ok {
		return d
	}
	return &Decoder{Strict: true, t: t}
}

func (d *Decoder) Token() (Token, error)
func (d *Decoder) RawToken() (Token, error)
func (d *Decoder) Decode(v any) error { return d.DecodeElement(v, nil) }
func (d *Decoder) DecodeElement(v any, start *StartElement) error
func (d *Decoder) Skip() error
func (d *Decoder) InputOffset() int64
func (d *Decoder) InputPos() (line, column int)

func Unmarshal(data []byte, v any) error {
	return NewDecoder(bytes.NewReader(data)).Decode(v)
}

// HTMLEntity maps the HTML 4 entity names to their text (for Decoder.Entity).
var HTMLEntity map[string]string = htmlEntity()

func htmlEntity() map[string]string

var HTMLAutoClose []string = []string{"basefont", "br", "area", "link", "img", "param", "hr", "input",
	"col", "frame", "isindex", "base", "meta"}

func EscapeText(w io.Writer, s []byte) error {
	_, err := w.Write(escapeText(s, true))
	return err
}

func Escape(w io.Writer, s []byte) {
	EscapeText(w, s)
}

func escapeText(s []byte, newline bool) []byte
'''


def go_start(name, attrs):
    """A StartElement value (Go struct) of a Python name and attributes."""
    return [G.go_name(name), G.go_attrs(attrs)]


def _py_start(v):
    return G.py_name(v[0]), G.py_attrs(v[1])


# ------------------------------------------------------------------ Encoder

def _enc_state(enc):
    st = enc[1]
    if st is None:
        st = enc[1] = M.EncodeState()
    st.enc = enc
    return st


def Encoder_Indent(enc, prefix, indent):
    p = _enc_state(enc)
    p.prefix, p.indent = prefix, indent


def _encode(enc, v, start):
    p = _enc_state(enc)
    try:
        M.marshal_value(p, I.value_of(v), None, start)
    except M.EncodeError as e:
        return e.err
    return M.flush(p, enc[0])


def Encoder_Encode(enc, v):
    return _encode(enc, v, None)


def Encoder_EncodeElement(enc, v, start):
    return _encode(enc, v, _py_start(start))


def Encoder_EncodeToken(enc, t):
    p = _enc_state(enc)
    tok = G.from_go(t)
    if tok is None:
        return G.new_error('xml: EncodeToken of invalid token type')
    try:
        M.encode_token(p, tok, False)
    except M.EncodeError as e:
        return e.err
    return None


def Encoder_Flush(enc):
    return M.flush(_enc_state(enc), enc[0])


def Encoder_Close(enc):
    p = _enc_state(enc)
    if p.closed:
        return None
    p.closed = True
    err = M.flush(p, enc[0])
    if err is not None:
        return err
    if p.tags:
        return G.new_error(f'unclosed tag <{p.tags[-1][1].decode("utf-8", "surrogateescape")}>')
    return None


def htmlEntity():
    from html.entities import name2codepoint      # the same 252 HTML 4 entities as Go's table
    return {k.encode(): chr(v).encode() for k, v in name2codepoint.items()}


def escapeText(s, newline):
    return byteslice.new(M.escape(byteslice.data(s), newline))


# ------------------------------------------------------------------ Decoder

def Decoder_Token(d):
    st = S.state(d)
    t, err = S.token(d, st)
    if err is not None:
        return None, err
    return G.to_go(t), None


def Decoder_RawToken(d):
    st = S.state(d)
    if st.in_unmarshal_xml:
        return None, G.new_error('xml: cannot use RawToken from UnmarshalXML method')
    t = S.raw_token(d, st)
    if t is None:
        return None, st.err
    return G.to_go(t), None


def Decoder_DecodeElement(d, v, start):
    st = S.state(d)
    tok = None
    if start is not None:
        name, attrs = _py_start(start)
        tok = (G.START, name, attrs)
    return U.decode_element(d, st, v, tok)


def Decoder_Skip(d):
    return S.skip(d, S.state(d))


def Decoder_InputOffset(d):
    return S.state(d).offset


def Decoder_InputPos(d):
    st = S.state(d)
    return st.line, st.offset - st.linestart + 1

