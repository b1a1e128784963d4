"""The XML Decoder's tokenizer: bytes from an io.Reader into tokens, as
encoding/xml reads them (raw tokens, then Token's namespace translation and
element-nesting checks), with Go's syntax error texts and line numbers.

The state lives in a DecodeState kept in the Go Decoder's `st` field; the
Decoder's exported fields (Strict, AutoClose, Entity, CharsetReader,
DefaultSpace) are read from the Go struct as tokens are made. Tokens here
are tuples (gotypes.START, name, attrs), (END, name), (CHARDATA, bytes)...
A name is (space, local) as bytes.
"""
from __future__ import annotations

import re

from ...runtime.values import Slice
from ...text import gostr
from . import gotypes as G
from .names import is_name_char, is_name_start

# Decoder struct fields
STRICT, AUTO_CLOSE, ENTITY, CHARSET_READER, DEFAULT_SPACE, READER, TOKEN_READER, STATE = range(8)

XML_URL = b'http://www.w3.org/XML/1998/namespace'
XMLNS = b'xmlns'

# stack entry kinds
STK_START, STK_NS, STK_EOF = range(3)

_ENTITIES = {b'lt': b'<', b'gt': b'>', b'amp': b'&', b'apos': b"'", b'quot': b'"'}
_NAME_BYTES = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:.-')

READ_SIZE = 4096


class Stop(Exception):
    """The current token failed: d.err holds the error."""


class DecodeState:
    def __init__(self, reader):
        self.reader = reader        # the io.Reader (interface value)
        self.data = b''
        self.pos = 0
        self.next_byte = -1
        self.line = 1
        self.linestart = 0
        self.offset = 0
        self.err = None
        self.stk = []               # [kind, (space, local), ok]
        self.stk_depth = 0
        self.ns = {}
        self.need_close = False
        self.to_close = None
        self.next_token = None
        self.saved = None
        self.in_unmarshal_xml = False
        self.buf = bytearray()
        self.pending_err = None     # a reader's error that came with data: met once the data is used


def state(d):
    st = d[STATE]
    if st is None:
        st = d[STATE] = DecodeState(d[READER])
    return st


# ------------------------------------------------------------------ bytes

def _fill(st):
    """Read more input; False (with st.err set) when there is none."""
    from ...runtime import introspect as I
    if st.reader is None:
        from ...runtime.panic import nil_deref
        raise nil_deref()
    rt, v = st.reader
    read = I.method(rt, 'Read')
    for _ in range(100):
        buf = [0] * READ_SIZE
        n, err = read(v, Slice(buf, 0, READ_SIZE, READ_SIZE))
        if n > 0:
            st.data = bytes(buf[:n])
            st.pos = 0
            if err is not None and not G.is_eof(err):
                st.pending_err = err
            return True
        if err is not None:
            st.err = err
            return False
    st.err = G.new_error('multiple Read calls return no data or error')
    return False


def getc(st):
    """The next byte, or -1 (st.err set)."""
    if st.err is not None:
        return -1
    if st.next_byte >= 0:
        b = st.next_byte
        st.next_byte = -1
    else:
        if st.pos >= len(st.data):
            pending = st.pending_err
            if pending is not None:
                st.err = pending
                st.pending_err = None
                return -1
            if not _fill(st):
                return -1
        b = st.data[st.pos]
        st.pos += 1
        if st.saved is not None:
            st.saved.append(b)
    if b == 0x0a:
        st.line += 1
        st.linestart = st.offset + 1
    st.offset += 1
    return b


def syntax_error(st, msg):
    return G.syntax_error(msg, st.line)


def fail(st, msg):
    st.err = syntax_error(st, msg)
    raise Stop()


def mustgetc(st):
    b = getc(st)
    if b < 0:
        if G.is_eof(st.err):
            st.err = syntax_error(st, 'unexpected EOF')
        raise Stop()
    return b


def ungetc(st, b):
    if b == 0x0a:
        st.line -= 1
    st.next_byte = b
    st.offset -= 1


def space(st):
    while True:
        b = getc(st)
        if b < 0:
            return
        if b not in b' \r\n\t':
            ungetc(st, b)
            return


# ------------------------------------------------------------------ names

def is_name(b):
    """Whether b is an XML name."""
    if not b:
        return False
    i = 0
    n = len(b)
    first = True
    while i < n:
        r, size = gostr.decode_rune(b, i)
        if r == 0xFFFD and size == 1:
            return False
        if not (is_name_start(r) if first else is_name_char(r)):
            return False
        first = False
        i += size
    return True


def read_name(st):
    """Name bytes into st.buf (appended); False if none starts here."""
    b = mustgetc(st)
    if b < 0x80 and b not in _NAME_BYTES:
        ungetc(st, b)
        return False
    st.buf.append(b)
    while True:
        b = mustgetc(st)
        if b < 0x80 and b not in _NAME_BYTES:
            ungetc(st, b)
            return True
        st.buf.append(b)


def name(st):
    """A name, or None."""
    st.buf = bytearray()
    if not read_name(st):
        return None
    b = bytes(st.buf)
    if not is_name(b):
        fail(st, 'invalid XML name: ' + b.decode('utf-8', 'surrogateescape'))
    return b


def nsname(st):
    """A (space, local) name, or None."""
    s = name(st)
    if s is None:
        return None
    if s.count(b':') > 1:
        return None
    space_, colon, local = s.partition(b':')
    if not colon or not space_ or not local:
        return (b'', s)
    return (space_, local)


# ------------------------------------------------------------------ text

def _entity(d, st, before):
    """After '&' (already in st.buf at before): the entity's text, or None."""
    b = mustgetc(st)
    if b == 0x23:
        st.buf.append(b)
        b = mustgetc(st)
        base = 10
        if b == 0x78:
            base = 16
            st.buf.append(b)
            b = mustgetc(st)
        start = len(st.buf)
        while 48 <= b <= 57 or base == 16 and (97 <= b <= 102 or 65 <= b <= 70):
            st.buf.append(b)
            b = mustgetc(st)
        if b != 0x3b:
            ungetc(st, b)
            return None
        digits = bytes(st.buf[start:])
        st.buf.append(0x3b)
        if not digits:
            return None
        n = int(digits, base)
        if n <= 0x10FFFF and n < 1 << 64:
            return gostr.encode_rune(n)
        return None
    ungetc(st, b)
    if not read_name(st) and st.err is not None:
        raise Stop()
    b = mustgetc(st)
    if b != 0x3b:
        ungetc(st, b)
        return None
    nm = bytes(st.buf[before + 1:])
    st.buf.append(0x3b)
    if is_name(nm):
        text = _ENTITIES.get(nm)
        if text is not None:
            return text
        ents = d[ENTITY]
        if ents:
            v = ents.get(nm)
            if v is not None:
                return v
    return None


def text(d, st, quote, cdata):
    """Character data up to '<' (or the quote, or ]]> in CDATA), entities
    decoded and \\r\\n folded; raises Stop on a syntax error."""
    b0 = b1 = 0
    trunc = 0
    st.buf = bytearray()
    buf = st.buf
    while True:
        b = getc(st)
        if b < 0:
            if cdata:
                if G.is_eof(st.err):
                    st.err = syntax_error(st, 'unexpected EOF in CDATA section')
                raise Stop()
            break
        if quote < 0 and b0 == 0x5d and b1 == 0x5d and b == 0x3e:
            if cdata:
                trunc = 2
                break
            fail(st, 'unescaped ]]> not in CDATA section')
        if b == 0x3c and not cdata:
            if quote >= 0:
                fail(st, 'unescaped < inside quoted string')
            ungetc(st, b)
            break
        if quote >= 0 and b == quote:
            break
        if b == 0x26 and not cdata:
            before = len(buf)
            buf.append(0x26)
            t = _entity(d, st, before)
            if t is not None:
                del buf[before:]
                buf += t
                b0 = b1 = 0
                continue
            if not d[STRICT]:
                b0 = b1 = 0
                continue
            ent = bytes(buf[before:]).decode('utf-8', 'surrogateescape')
            if not ent.endswith(';'):
                ent += ' (no semicolon)'
            fail(st, 'invalid character entity ' + ent)
        if b == 0x0d:
            buf.append(0x0a)
        elif b1 == 0x0d and b == 0x0a:
            pass
        else:
            buf.append(b)
        b0, b1 = b1, b
    data = bytes(buf[:len(buf) - trunc])
    _check_chars(st, data)
    return data


_ILLEGAL = re.compile('[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


def _check_chars(st, data):
    """Invalid UTF-8 or a character XML does not allow, whichever comes first, is an error."""
    try:
        s = data.decode('utf-8')
    except UnicodeDecodeError:
        s = None
    if s is not None:
        m = _ILLEGAL.search(s)
        if m is not None:
            fail(st, f'illegal character code U+{ord(m.group()):04X}')
        return
    i = 0
    while i < len(data):
        r, size = gostr.decode_rune(data, i)
        if r == 0xFFFD and size == 1:
            fail(st, 'invalid UTF-8')
        if not in_character_range(r):
            fail(st, f'illegal character code U+{r:04X}')
        i += size


def in_character_range(r):
    return (r == 0x09 or r == 0x0A or r == 0x0D or 0x20 <= r <= 0xD7FF or 0xE000 <= r <= 0xFFFD
            or 0x10000 <= r <= 0x10FFFF)


def attrval(d, st):
    b = mustgetc(st)
    if b in (0x22, 0x27):
        return text(d, st, b, False)
    if d[STRICT]:
        fail(st, 'unquoted or missing attribute value in element')
    ungetc(st, b)
    out = bytearray()
    while True:
        b = mustgetc(st)
        if 97 <= b <= 122 or 65 <= b <= 90 or 48 <= b <= 57 or b in b'_:-':
            out.append(b)
        else:
            ungetc(st, b)
            return bytes(out)


# ------------------------------------------------------------------ raw tokens

def raw_token(d, st):
    """The next token before namespace translation: a token, or None (st.err set)."""
    if d[TOKEN_READER] is not None:
        return _from_token_reader(d, st)
    if st.err is not None:
        return None
    if st.need_close:
        st.need_close = False
        return (G.END, st.to_close)
    try:
        return _raw(d, st)
    except Stop:
        return None


def _from_token_reader(d, st):
    """A token from the Decoder's TokenReader (NewTokenDecoder)."""
    from ...runtime import introspect as I
    rt, v = d[TOKEN_READER]
    tok, err = I.method(rt, 'Token')(v)
    st.err = err
    if tok is None:
        return None
    t = G.from_go(tok)
    return t if t is not None else (G.OTHER, tok)     # not a token type: passed on as it is


def _raw(d, st):
    b = getc(st)
    if b < 0:
        return None
    if b != 0x3c:
        ungetc(st, b)
        return (G.CHARDATA, text(d, st, -1, False))
    b = mustgetc(st)
    if b == 0x2f:
        nm = nsname(st)
        if nm is None:
            if st.err is None:
                fail(st, 'expected element name after </')
            raise Stop()
        space(st)
        if mustgetc(st) != 0x3e:
            fail(st, 'invalid characters between </' + nm[1].decode('utf-8', 'surrogateescape') + ' and >')
        return (G.END, nm)
    if b == 0x3f:
        return _proc_inst(d, st)
    if b == 0x21:
        return _bang(d, st)
    ungetc(st, b)
    nm = nsname(st)
    if nm is None:
        if st.err is None:
            fail(st, 'expected element name after <')
        raise Stop()
    attrs = []
    empty = False
    while True:
        space(st)
        b = mustgetc(st)
        if b == 0x2f:
            empty = True
            if mustgetc(st) != 0x3e:
                fail(st, 'expected /> in element')
            break
        if b == 0x3e:
            break
        ungetc(st, b)
        an = nsname(st)
        if an is None:
            if st.err is None:
                fail(st, 'expected attribute name in element')
            raise Stop()
        space(st)
        b = mustgetc(st)
        if b != 0x3d:
            if d[STRICT]:
                fail(st, 'attribute name without = in element')
            ungetc(st, b)
            value = an[1]
        else:
            space(st)
            value = attrval(d, st)
        attrs.append((an, value))
    if empty:
        st.need_close = True
        st.to_close = nm
    return (G.START, nm, attrs)


def _proc_inst(d, st):
    target = name(st)
    if target is None:
        if st.err is None:
            fail(st, 'expected target name after <?')
        raise Stop()
    space(st)
    out = bytearray()
    b0 = 0
    while True:
        b = mustgetc(st)
        out.append(b)
        if b0 == 0x3f and b == 0x3e:
            break
        b0 = b
    data = bytes(out[:-2])
    if target == b'xml':
        content = data
        ver = proc_inst_param(b'version', content)
        if ver and ver != b'1.0':
            st.err = G.new_error(f'xml: unsupported version {_q(ver)}; only version 1.0 is supported')
            raise Stop()
        enc = proc_inst_param(b'encoding', content)
        if enc and enc.lower() != b'utf-8':
            if d[CHARSET_READER] is None:
                st.err = G.new_error(f'xml: encoding {_q(enc)} declared but Decoder.CharsetReader is nil')
                raise Stop()
            _switch_charset(d, st, enc)
    return (G.PROCINST, target, data)


def _switch_charset(d, st, enc):
    """Read the rest of the input through d.CharsetReader."""
    from ..goside import package_func
    rest = bytearray(st.data[st.pos:])
    while _fill(st):
        rest += st.data
    st.err = None
    src = package_func('bytes', 'NewReader')(Slice(list(rest), 0, len(rest), len(rest)))
    from ..goside import package_rtype
    reader_rt = package_rtype('bytes', 'Reader', True)
    newr, err = d[CHARSET_READER](enc, (reader_rt, src))
    if err is not None:
        st.err = package_func('fmt', 'Errorf')(b'xml: opening charset %q: %w',
                                               Slice([(_string_rt(), enc), err], 0, 2, 2))
        raise Stop()
    if newr is None:
        from ...runtime.panic import GoPanic
        raise GoPanic((_string_rt(), b'CharsetReader returned a nil Reader for charset ' + enc))
    st.reader = newr
    st.data = b''
    st.pos = 0


def _string_rt():
    from ... import types as T
    from ...runtime import rtypes as R
    return R.rtype(T.Typ[T.STRING])


def _q(b):
    return gostr.quote(b)


def _bang(d, st):
    b = mustgetc(st)
    if b == 0x2d:
        if mustgetc(st) != 0x2d:
            fail(st, 'invalid sequence <!- not part of <!--')
        out = bytearray()
        b0 = b1 = 0
        while True:
            b = mustgetc(st)
            out.append(b)
            if b0 == 0x2d and b1 == 0x2d:
                if b != 0x3e:
                    fail(st, 'invalid sequence "--" not allowed in comments')
                break
            b0, b1 = b1, b
        return (G.COMMENT, bytes(out[:-3]))
    if b == 0x5b:
        for c in b'CDATA[':
            if mustgetc(st) != c:
                fail(st, 'invalid <![ sequence')
        return (G.CHARDATA, text(d, st, -1, True))
    # a directive: up to the '>' outside quotes and nested <...>; comments
    # inside become a space
    out = bytearray([b])
    inquote = 0
    depth = 0
    while True:
        b = mustgetc(st)
        if inquote == 0 and b == 0x3e and depth == 0:
            break
        while True:          # handle b (again, after a '<' that began no comment)
            out.append(b)
            if b == inquote:
                inquote = 0
            elif inquote != 0:
                pass
            elif b in (0x27, 0x22):
                inquote = b
            elif b == 0x3e:
                depth -= 1
            elif b == 0x3c:
                matched = 0
                for c in b'!--':
                    b = mustgetc(st)
                    if b != c:
                        break
                    matched += 1
                if matched < 3:
                    out += b'!--'[:matched]
                    depth += 1
                    continue     # handle the byte that broke the match
                del out[-1]
                b0 = b1 = 0
                while True:
                    b = mustgetc(st)
                    if b0 == 0x2d and b1 == 0x2d and b == 0x3e:
                        break
                    b0, b1 = b1, b
                out.append(0x20)
            break
    return (G.DIRECTIVE, bytes(out))


def proc_inst_param(param, s):
    """The value of param="..." in a processing instruction's text ('' if none)."""
    param = param + b'='
    lenp = len(param)
    i = 0
    sep = 0
    while i < len(s):
        sub = s[i:]
        k = sub.find(param)
        if k < 0 or lenp + k >= len(sub):
            return b''
        i += lenp + k + 1
        c = sub[lenp + k]
        if c in (0x27, 0x22):
            sep = c
            break
    if sep == 0:
        return b''
    j = s.find(bytes([sep]), i)
    if j < 0:
        return b''
    return s[i:j]


# ------------------------------------------------------------------ tokens

def push(st, kind, nm=None, ok=False):
    st.stk.append([kind, nm, ok])
    if kind == STK_START:
        st.stk_depth += 1


def pop(st):
    if not st.stk:
        return None
    s = st.stk.pop()
    if s[0] == STK_START:
        st.stk_depth -= 1
    return s


def push_eof(st):
    """Mark the start of the element an UnmarshalXML method is given: its
    tokens end there."""
    i = len(st.stk) - 1
    while st.stk[i][0] != STK_START:
        i -= 1
    while i - 1 >= 0 and st.stk[i - 1][0] == STK_NS:
        i -= 1
    st.stk.insert(i, [STK_EOF, None, False])


def pop_eof(st):
    if not st.stk or st.stk[-1][0] != STK_EOF:
        return False
    st.stk.pop()
    return True


def translate(d, st, nm, is_element):
    space_, local = nm
    if space_ == XMLNS:
        return nm
    if space_ == b'' and not is_element:
        return nm
    if space_ == b'xml':
        space_ = XML_URL
    elif space_ == b'' and local == XMLNS:
        return nm
    if space_ in st.ns:
        return (st.ns[space_], local)
    if space_ == b'':
        return (d[DEFAULT_SPACE], local)
    return (space_, local)


def _pop_element(d, st, nm):
    """Check an end element against the open one: the name to report, or None (st.err set)."""
    s = pop(st)
    if s is None or s[0] != STK_START:
        st.err = syntax_error(st, 'unexpected end element </' + nm[1].decode('utf-8', 'surrogateescape') + '>')
        return None
    open_name = s[1]
    if open_name[1] != nm[1]:
        if not d[STRICT]:
            st.need_close = True
            st.to_close = nm
            nm = open_name
        else:
            st.err = syntax_error(st, f'element <{_s(open_name[1])}> closed by </{_s(nm[1])}>')
            return None
    elif open_name[0] != nm[0]:
        ns = _s(nm[0]) if nm[0] else '""'
        st.err = syntax_error(st, f'element <{_s(open_name[1])}> in space {_s(open_name[0])} closed by '
                                  f'</{_s(nm[1])}> in space {ns}')
        return None
    nm = translate(d, st, nm, True)
    while st.stk and st.stk[-1][0] not in (STK_START, STK_EOF):
        s = pop(st)
        if s[2]:
            st.ns[s[1][1]] = s[1][0]
        else:
            st.ns.pop(s[1][1], None)
    return nm


def _s(b):
    return b.decode('utf-8', 'surrogateescape')


def _auto_close(d, st, t):
    if not st.stk or st.stk[-1][0] != STK_START:
        return None
    top = st.stk[-1][1]
    for s in _strings(d[AUTO_CLOSE]):
        if s.lower() == top[1].lower():
            if t[0] != G.END or t[1][1].lower() != top[1].lower():
                return (G.END, top)
            break
    return None


def _strings(s):
    """The items of a []string."""
    from ...runtime import introspect as I
    return I.slice_items(s) if s is not None else []


def token(d, st):
    """Decoder.Token: (token or None, error or None)."""
    if st.stk and st.stk[-1][0] == STK_EOF:
        return None, G.eof()
    err = None
    if st.next_token is not None:
        t = st.next_token
        st.next_token = None
    else:
        t = raw_token(d, st)
        if t is None:
            err = st.err
            if G.is_eof(err) and st.stk and st.stk[-1][0] != STK_EOF:
                err = syntax_error(st, 'unexpected EOF')
            return None, err
    if not d[STRICT]:
        t1 = _auto_close(d, st, t)
        if t1 is not None:
            st.next_token = t
            t = t1
    if t[0] == G.START:
        _, nm, attrs = t
        for (aspace, alocal), value in attrs:
            if aspace == XMLNS:
                push(st, STK_NS, (st.ns.get(alocal, b''), alocal), alocal in st.ns)
                st.ns[alocal] = value
            if aspace == b'' and alocal == XMLNS:
                push(st, STK_NS, (st.ns.get(b'', b''), b''), b'' in st.ns)
                st.ns[b''] = value
        push(st, STK_START, nm)
        t = (G.START, translate(d, st, nm, True), [(translate(d, st, n, False), v) for n, v in attrs])
    elif t[0] == G.END:
        nm = _pop_element(d, st, t[1])
        if nm is None:
            return None, st.err
        t = (G.END, nm)
    return t, None


def skip(d, st):
    depth = 0
    while True:
        t, err = token(d, st)
        if err is not None:
            return err
        if t[0] == G.START:
            depth += 1
        elif t[0] == G.END:
            if depth == 0:
                return None
            depth -= 1


def saved_offset(st):
    n = len(st.saved)
    if st.next_byte >= 0:
        n -= 1
    return n
