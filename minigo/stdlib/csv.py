"""Package encoding/csv: RFC 4180 records, read and written in Python.

The Reader reads lines through a bufio.Reader of 4096 bytes (as Go does, so a
reader passed in sees the same Read calls; a *bufio.Reader already that big
is shared), then splits each record's line(s) into fields by Go's rules:
\\r\\n counts as \\n, empty lines and comment lines are skipped, a quoted field
may span lines, and each error is a *ParseError naming the record's first
line and the line and 1-based byte column of the fault. Field positions and
the input offset are kept for FieldPos and InputOffset.

The Writer writes each field to a bufio.Writer piece by piece as Go does
(quoting a field when it holds the delimiter, a quote, \\r or \\n, begins with
a space, or is exactly `\\.`), so errors surface at the same call.
"""
from __future__ import annotations

from ..text import gostr
from ..runtime.panic import nil_deref
from ..runtime.values import NIL_SLICE, Slice
from . import bufio
from .bufio import _Hidden, _same
from .unicode import is_space

GO_DECLS = '''
package csv

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var (
	ErrBareQuote     = errors.New("bare \\" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \\" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line")

	errInvalidDelim = errors.New("csv: invalid field or comment delimiter")
)

type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	switch {
	case e.Err == ErrFieldCount:
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	case e.StartLine != e.Line:
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

type Reader struct {
	Comma            rune
	Comment          rune
	FieldsPerRecord  int
	LazyQuotes       bool
	TrimLeadingSpace bool
	ReuseRecord      bool
	TrailingComma    bool

	state uintptr // the reading state, kept in Python
}

func NewReader(r io.Reader) *Reader

func (r *Reader) Read() (record []string, err error)
func (r *Reader) ReadAll() (records [][]string, err error)
func (r *Reader) FieldPos(field int) (line, column int)
func (r *Reader) InputOffset() int64

type Writer struct {
	Comma   rune
	UseCRLF bool
	w       *bufio.Writer
}

func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

func (w *Writer) Write(record []string) error

func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

func (w *Writer) Flush() { w.w.Flush() }

// Error is the error a Write or Flush met (the buffered writer keeps it).
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}
'''

# the Reader struct's fields
COMMA, COMMENT, FIELDS, LAZY, TRIM, REUSE, TRAILING, STATE = range(8)
# the Writer struct's fields
W_COMMA, W_CRLF, W_BUF = range(3)

QUOTE = 0x22
RUNE_ERROR = 0xFFFD


def _var(name):
    from .goside import package_var
    return package_var('encoding/csv', name)


def _eof():
    from .goside import package_var
    return package_var('io', 'EOF')


def _parse_error(start, line, col, name):
    from .goside import package_rtype
    return (package_rtype('encoding/csv', 'ParseError', pointer=True), [start, line, col, _var(name)])


def valid_delim(r):
    return (r not in (0, QUOTE, 0x0d, 0x0a, RUNE_ERROR)
            and 0 <= r <= 0x10FFFF and not 0xD800 <= r <= 0xDFFF)


def _first_rune(b):
    """The rune b starts with (RuneError when b is empty or invalid)."""
    if not b:
        return RUNE_ERROR
    if b[0] < 0x80:
        return b[0]
    return gostr.decode_rune(bytes(b[:4]))[0]


def _nl_len(b):
    return 1 if b and b[-1] == 0x0a else 0


def _space_prefix(b):
    """How many bytes of unicode.IsSpace runes b starts with (-1: all of it)."""
    i = 0
    while i < len(b):
        if b[i] < 0x80:
            r, size = b[i], 1
        else:
            r, size = gostr.decode_rune(bytes(b[i:i + 4]))
        if not is_space(r):
            return i
        i += size
    return -1


def _string_slice(items):
    return Slice(items, 0, len(items), len(items))


# ---------------------------------------------------------------- Reader

class _ReaderState(_Hidden):

    def __init__(self, src):
        self.br = src          # the bufio reading state lines come from
        self.num_line = 0
        self.offset = 0
        self.positions = []    # (line, column) of each field of the last record
        self.last = NIL_SLICE  # the record ReuseRecord reuses

    def read_line(self):
        """The next line, \\n-terminated unless it is the last, with \\r\\n
        made \\n (and a final \\r dropped); EOF only when nothing is left."""
        line, err = self.br.collect(0x0a)
        n = len(line)
        if n and _same(err, _eof()):
            err = None
            if line[-1] == 0x0d:
                line = line[:-1]
        self.num_line += 1
        self.offset += n
        if line.endswith(b'\r\n'):
            line = line[:-2] + b'\n'
        return line, err


def _buffered_source(r):
    """The bufio reading state over r: r's own when r is a *bufio.Reader of
    at least the default size (bufio.NewReader hands it back)."""
    from .goside import package_rtype
    if r is not None and r[0] is package_rtype('bufio', 'Reader', pointer=True) and r[1] is not None:
        st = bufio._rd(r[1])
        if len(st.buf) >= 4096:
            return st
    return bufio._Reader(bytearray(4096), r)


def NewReader(r):
    return [0x2c, 0, 0, False, False, False, False, _ReaderState(_buffered_source(r))]


def _state(rd):
    if rd is None:
        raise nil_deref()
    st = rd[STATE]
    if not isinstance(st, _ReaderState):
        raise nil_deref()   # a Reader not made by NewReader has no bufio.Reader
    return st


def _read_record(rd, dst):
    """One record as a []string (into dst's array when it is big enough),
    and the error; the record comes with ErrFieldCount and with the fields
    read before a parse error."""
    comma, comment = rd[COMMA], rd[COMMENT]
    if comma == comment or not valid_delim(comma) or (comment != 0 and not valid_delim(comment)):
        return NIL_SLICE, _var('errInvalidDelim')
    st = _state(rd)
    eof = _eof()

    line, err_read = b'', None
    while err_read is None:
        line, err_read = st.read_line()
        if comment and _first_rune(line) == comment:
            line = b''
            continue
        if err_read is None and len(line) == _nl_len(line):
            line = b''
            continue
        break
    if _same(err_read, eof):
        return NIL_SLICE, err_read

    lazy, trim = rd[LAZY], rd[TRIM]
    comma_b = gostr.encode_rune(comma)
    comma_len = len(comma_b)
    rec_line = st.num_line
    text = bytearray()
    ends = []                      # where each field's text ends in text
    positions = st.positions = []
    pos_line, pos_col = st.num_line, 1
    err = None

    def field_done(at):
        ends.append(len(text))
        positions.append(at)

    while True:                    # one field per turn
        if trim:
            k = _space_prefix(line)
            if k < 0:
                k = len(line)
                pos_col -= _nl_len(line)
            line = line[k:]
            pos_col += k
        if not line or line[0] != QUOTE:
            i = line.find(comma_b)
            field = line[:i] if i >= 0 else line[:len(line) - _nl_len(line)]
            if not lazy:
                j = field.find(b'"')
                if j >= 0:
                    err = _parse_error(rec_line, st.num_line, pos_col + j, 'ErrBareQuote')
                    break
            text += field
            field_done((pos_line, pos_col))
            if i < 0:
                break
            line = line[i + comma_len:]
            pos_col += i + comma_len
            continue

        start = (pos_line, pos_col)
        line = line[1:]
        pos_col += 1
        next_field = False
        while True:                # through the quoted text, line after line
            i = line.find(b'"')
            if i >= 0:
                text += line[:i]
                line = line[i + 1:]
                pos_col += i + 1
                rn = _first_rune(line)
                if rn == QUOTE:                       # "" is a quote
                    text.append(QUOTE)
                    line = line[1:]
                    pos_col += 1
                elif rn == comma:
                    line = line[comma_len:]
                    pos_col += comma_len
                    field_done(start)
                    next_field = True
                    break
                elif _nl_len(line) == len(line):      # the record ends
                    field_done(start)
                    break
                elif lazy:
                    text.append(QUOTE)
                else:
                    err = _parse_error(rec_line, st.num_line, pos_col - 1, 'ErrQuote')
                    break
            elif line:
                text += line
                if err_read is not None:
                    break          # the read failed inside the field: it is dropped
                pos_col += len(line)
                line, err_read = st.read_line()
                if line:
                    pos_line += 1
                    pos_col = 1
                if _same(err_read, eof):
                    err_read = None
            else:                                     # the input ended inside quotes
                if not lazy and err_read is None:
                    err = _parse_error(rec_line, pos_line, pos_col, 'ErrQuote')
                    break
                field_done(start)
                break
        if not next_field:
            break

    if err is None:
        err = err_read
    data = bytes(text)
    fields = []
    prev = 0
    for end in ends:
        fields.append(data[prev:end])
        prev = end
    n = len(fields)
    if dst.a is not None and dst.cap >= n:
        dst.a[dst.off:dst.off + n] = fields
        record = Slice(dst.a, dst.off, n, dst.cap)
    else:
        record = _string_slice(fields)

    want = rd[FIELDS]
    if want > 0:
        if n != want and err is None:
            err = _parse_error(rec_line, rec_line, 1, 'ErrFieldCount')
    elif want == 0:
        rd[FIELDS] = n             # the first record sets the count
    return record, err


def Reader_Read(rd):
    if rd is None:
        raise nil_deref()
    if rd[REUSE]:
        st = rd[STATE]
        last = st.last if isinstance(st, _ReaderState) else NIL_SLICE
        record, err = _read_record(rd, last)
        if isinstance(st, _ReaderState):
            st.last = record
        return record, err
    return _read_record(rd, NIL_SLICE)


def Reader_ReadAll(rd):
    records = []
    eof = _eof()
    while True:
        record, err = _read_record(rd, NIL_SLICE)
        if _same(err, eof):
            return (_string_slice(records) if records else NIL_SLICE), None
        if err is not None:
            return NIL_SLICE, err
        records.append(record)


def _known(rd):
    """The reading state, or a fresh one for a Reader not made by NewReader
    (nothing read: no positions, offset 0)."""
    st = rd[STATE]
    return st if isinstance(st, _ReaderState) else _ReaderState(None)


def Reader_FieldPos(rd, field):
    positions = _known(rd).positions
    if not 0 <= field < len(positions):
        from .bufio import _str_panic
        raise _str_panic('out of range index passed to FieldPos')
    return positions[field]


def Reader_InputOffset(rd):
    return _known(rd).offset


# ---------------------------------------------------------------- Writer

def _needs_quotes(field, comma, comma_b):
    if not field:
        return False
    if field == b'\\.':
        return True
    if comma < 0x80:
        if any(c in field for c in (b'\n', b'\r', b'"', comma_b)):
            return True
    elif comma_b in field or any(c in field for c in (b'"', b'\r', b'\n')):
        return True
    return is_space(_first_rune(field))


def _special(field):
    """The index of the first quote, \\r or \\n in field (len when none)."""
    found = [i for i in (field.find(b'"'), field.find(b'\r'), field.find(b'\n')) if i >= 0]
    return min(found) if found else len(field)


def Writer_Write(w, record):
    if w is None:
        raise nil_deref()
    comma, crlf, bw = w[W_COMMA], w[W_CRLF], w[W_BUF]
    if not valid_delim(comma):
        return _var('errInvalidDelim')
    comma_b = gostr.encode_rune(comma)
    put_str = bufio.Writer_WriteString
    put_byte = bufio.Writer_WriteByte
    newline = b'\r\n' if crlf else b'\n'
    for n, field in enumerate(record.tolist()):
        if n > 0:
            _, err = bufio.Writer_WriteRune(bw, comma)
            if err is not None:
                return err
        if not _needs_quotes(field, comma, comma_b):
            _, err = put_str(bw, field)
            if err is not None:
                return err
            continue
        err = put_byte(bw, QUOTE)
        if err is not None:
            return err
        while field:
            i = _special(field)
            _, err = put_str(bw, field[:i])
            if err is not None:
                return err
            field = field[i:]
            if field:
                c = field[0]
                if c == QUOTE:
                    _, err = put_str(bw, b'""')
                elif c == 0x0d:
                    if not crlf:
                        err = put_byte(bw, c)
                elif crlf:
                    _, err = put_str(bw, b'\r\n')
                else:
                    err = put_byte(bw, c)
                field = field[1:]
                if err is not None:
                    return err
        err = put_byte(bw, QUOTE)
        if err is not None:
            return err
    if crlf:
        return put_str(bw, newline)[1]
    return put_byte(bw, 0x0a)
