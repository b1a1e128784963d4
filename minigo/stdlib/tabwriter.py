"""Package text/tabwriter: elastic tabstops, in Python.

Text is split into cells, each terminated by a tab ('\\t' hard, '\\v' soft) or
a line break ('\\n', or '\\f' which also ends every column). A column is a run
of consecutive lines that all have a tab-terminated cell at that index; its
width is the widest such cell plus padding (at least minwidth). The text after
a line's last tab is a cell of no column. Columns nest: the lines of a column
block are laid out, column by column to the right, before the lines after it.

Output happens on Flush, and also during Write when a line break ends a line
of a single cell (nothing later can change how the lines before it are
laid out) or at a '\\f'. Each piece of output is one Write to the underlying
writer, in the same pieces as Go's (padding in runs of at most 8 bytes), so a
custom writer sees the same calls; the process's own stdout and stderr get
each flush in one piece.

Write and Flush are Go wrappers that turn a panic in the underlying writer
into Go's `tabwriter: panic during Write (...)`; an error from the writer is
returned, leaving the buffered text as Go leaves it (Flush discards it).
"""
from __future__ import annotations

import re

from ..text import gostr
from ..runtime.gofmt import methods_of
from ..runtime.panic import index_error, nil_deref
from ..runtime.values import Slice
from .bufio import _Hidden, _is_std_file

GO_DECLS = '''
package tabwriter

import (
	"fmt"
	"io"
)

const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

const Escape = '\\xff'

type Writer struct {
	impl uintptr
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer

func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	return b.write(buf)
}

func (b *Writer) Flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	return b.flush()
}

func (b *Writer) write(buf []byte) (int, error)
func (b *Writer) flush() error
func (b *Writer) reset()

// handlePanic reports a panic out of the underlying writer (or out of a
// Writer never initialized) as tabwriter's own.
func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}
'''

FILTER_HTML, STRIP_ESCAPE, ALIGN_RIGHT, DISCARD_EMPTY, TAB_INDENT, DEBUG = (1 << i for i in range(6))
ESCAPE = 0xff
_END_OF = {ESCAPE: ESCAPE, ord('<'): ord('>'), ord('&'): ord(';')}   # escape start -> its end
_CELL_ENDS = b'\t\v\n\f'
_SPECIAL = re.compile(rb'[\t\v\n\f\xff]')
_SPECIAL_HTML = re.compile(rb'[\t\v\n\f\xff<&]')
_PAD_RUN = 8            # Go pads in writes of at most 8 bytes (8 tabs for tab padding)


class _OutputError(Exception):
    """The underlying writer failed: unwinds the formatting as Go's panic does."""

    def __init__(self, err):
        super().__init__()
        self.err = err
        self.n = 0


class Cell:
    __slots__ = ('size', 'width', 'htab')

    def __init__(self):
        self.size = 0       # bytes of text
        self.width = 0      # runes, as far as counted (escapes and tags adjust it)
        self.htab = False   # terminated by '\\t' (a soft '\\v' cell may be discarded)


class _State(_Hidden):

    def __init__(self):
        self.output = None
        self.minwidth = self.tabwidth = self.padding = 0
        self.padchar = 0
        self.flags = 0
        self.lines = []     # a Writer never initialized has no line to add cells to
        self.widths = []
        self.clear()

    def clear(self):
        self.buf = bytearray()    # the text of all cells, without tabs and line breaks
        self.pos = 0              # how far into buf the current cell's width is counted
        self.cell = Cell()        # the cell being read
        self.end = 0              # the byte that ends the escape being read, or 0

    def reset(self):
        self.clear()
        self.lines = [[]]
        self.widths = []

    # ------------------------------------------------------------ reading

    def add_text(self, data):
        self.buf += data
        self.cell.size += len(data)

    def count_width(self):
        self.cell.width += gostr.rune_count(bytes(self.buf[self.pos:]))
        self.pos = len(self.buf)

    def end_escape(self):
        if self.end == ESCAPE:
            self.count_width()
            if not self.flags & STRIP_ESCAPE:
                self.cell.width -= 2    # the Escape bytes are written but take no room
        elif self.end == ord(';'):
            self.cell.width += 1        # an HTML entity is one character wide
        self.pos = len(self.buf)        # an HTML tag is no width at all
        self.end = 0

    def end_cell(self, htab):
        if not self.lines:
            raise index_error(-1, 0)
        self.cell.htab = htab
        line = self.lines[-1]
        line.append(self.cell)
        self.cell = Cell()
        return len(line)

    def write(self, data, out):
        """Go's Write loop over data; returns how far it got (Go's n). The
        bytes that matter are found by a regular expression, not one by one."""
        flags = self.flags
        special = _SPECIAL_HTML if flags & FILTER_HTML else _SPECIAL
        n = 0
        i = 0
        size = len(data)
        while i < size:
            if self.end:
                j = data.find(bytes((self.end,)), i)
                if j < 0:
                    break
                k = j if self.end == ESCAPE and flags & STRIP_ESCAPE else j + 1
                self.add_text(data[n:k])
                n = i = j + 1
                self.end_escape()
                continue
            m = special.search(data, i)
            if m is None:
                break
            i = m.start()
            ch = data[i]
            if ch in _CELL_ENDS:
                self.add_text(data[n:i])
                self.count_width()
                n = i + 1
                ncells = self.end_cell(ch == 9)
                if ch in b'\n\f':
                    self.lines.append([])
                    if ch == 12 or ncells == 1:
                        try:
                            self.flush(out)
                            if ch == 12 and flags & DEBUG:
                                out.write(b'---\n')
                        except _OutputError as e:
                            e.n = n     # Go's n: just past the line break
                            raise
            else:                       # Escape, or '<' or '&' filtering HTML
                self.add_text(data[n:i])
                self.count_width()
                n = i + 1 if ch == ESCAPE and flags & STRIP_ESCAPE else i
                self.end = _END_OF[ch]
            i += 1
        self.add_text(data[n:])
        return len(data)

    def flush(self, out):
        if self.cell.size > 0:
            if self.end:
                self.end_escape()      # an escape left open ends here
            self.end_cell(False)
        self.layout(0, 0, len(self.lines), out)
        out.done()
        self.reset()

    # ------------------------------------------------------------ layout

    def layout(self, pos, line0, line1, out):
        """Write lines line0..line1 (their text from buf[pos:]), giving the
        columns at len(self.widths) and beyond their widths; returns the
        position in buf after them."""
        column = len(self.widths)
        lines = self.lines
        this = line0
        while this < line1:
            if column >= len(lines[this]) - 1:
                this += 1
                continue
            pos = self.write_lines(pos, line0, this, out)     # the lines before the block
            line0 = this
            width = self.minwidth
            discardable = True
            while this < line1 and column < len(lines[this]) - 1:
                c = lines[this][column]
                width = max(width, c.width + self.padding)
                if c.width > 0 or c.htab:
                    discardable = False
                this += 1
            if discardable and self.flags & DISCARD_EMPTY:
                width = 0
            self.widths.append(width)
            pos = self.layout(pos, line0, this, out)
            self.widths.pop()
            line0 = this
        return self.write_lines(pos, line0, line1, out)

    def write_lines(self, pos, line0, line1, out):
        flags, widths, buf = self.flags, self.widths, self.buf
        for i in range(line0, line1):
            indent = bool(flags & TAB_INDENT)     # leading empty cells pad with tabs
            for j, c in enumerate(self.lines[i]):
                if j and flags & DEBUG:
                    out.write(b'|')
                padded = j < len(widths)
                if c.size == 0:
                    if padded:
                        self.pad(c.width, widths[j], indent, out)
                    continue
                indent = False
                text = bytes(buf[pos:pos + c.size])
                pos += c.size
                if flags & ALIGN_RIGHT:
                    if padded:
                        self.pad(c.width, widths[j], False, out)
                    out.write(text)
                else:
                    out.write(text)
                    if padded:
                        self.pad(c.width, widths[j], False, out)
            if i + 1 == len(self.lines):
                # the unterminated rest of the last line
                out.write(bytes(buf[pos:pos + self.cell.size]))
                pos += self.cell.size
            else:
                out.write(b'\n')
        return pos

    def pad(self, textw, cellw, use_tabs, out):
        if self.padchar == 9 or use_tabs:
            tw = self.tabwidth
            if tw == 0:
                return      # tabs of no width cannot pad
            cellw = -(-cellw // tw) * tw
            n = cellw - textw
            if n < 0:
                raise _str_panic('internal error')
            out.write_run(b'\t', -(-n // tw))
        else:
            out.write_run(bytes([self.padchar]), cellw - textw)


class _Output:
    """Where the formatted text goes: the underlying writer, one Write per
    piece (the process's stdout and stderr: in one piece per flush)."""

    def __init__(self, w):
        self.w = w
        self.pending = bytearray() if _is_std_file(w) else None

    def write(self, data):
        if self.pending is not None:
            self.pending += data
            return
        w = self.w
        if w is None:
            raise nil_deref()
        lst = list(data)
        n, err = methods_of(w[0])['Write'](w[1], Slice(lst, 0, len(lst), len(lst)))
        if n != len(data) and err is None:
            err = _short_write()
        if err is not None:
            raise _OutputError(err)

    def write_run(self, unit, n):
        while n > _PAD_RUN:
            self.write(unit * _PAD_RUN)
            n -= _PAD_RUN
        if n < 0:
            from ..runtime.panic import slice_error
            raise slice_error('Acap', n, _PAD_RUN)
        self.write(unit * n)

    def done(self):
        if self.pending:
            from .bufio import _write_to
            _write_to(self.w, bytes(self.pending))
            self.pending.clear()


def _short_write():
    from .goside import package_var
    return package_var('io', 'ErrShortWrite')


def _str_panic(msg):
    from .bufio import _str_panic as p
    return p(msg)


def _st(b):
    if b is None:
        raise nil_deref()
    st = b[0]
    if not isinstance(st, _State):
        st = b[0] = _State()
    return st


def Writer_Init(b, output, minwidth, tabwidth, padding, padchar, flags):
    if minwidth < 0 or tabwidth < 0 or padding < 0:
        raise _str_panic('negative minwidth, tabwidth, or padding')
    st = _st(b)
    st.output = output
    st.minwidth, st.tabwidth, st.padding, st.padchar = minwidth, tabwidth, padding, padchar
    if padchar == 9:
        flags &= ~ALIGN_RIGHT       # tab padding is always left-aligned
    st.flags = flags
    st.reset()
    return b


def Writer_write(b, buf):
    st = _st(b)
    data = bytes(buf.a[buf.off:buf.off + buf.len]) if buf.len else b''
    out = _Output(st.output)
    try:
        n = st.write(data, out)
    except _OutputError as e:
        return e.n, e.err
    out.done()
    return n, None


def Writer_flush(b):
    st = _st(b)
    out = _Output(st.output)
    try:
        st.flush(out)
    except _OutputError as e:
        st.reset()
        return e.err
    return None


def Writer_reset(b):
    _st(b).reset()
