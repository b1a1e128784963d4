"""Reading standard input for fmt.Scan*, bufio and os.Stdin.Read: one
buffered reader per run over the run's stdin (flushing stdout first, so
prompts appear before the program waits)."""
from ..runtime.context import current
from ..runtime.output import flush_stdout


class StdinBuffer:
    """The bytes read from the run's stdin and not yet consumed."""

    def __init__(self):
        self.buf = bytearray()
        self.eof = False


def stdin_buffer():
    return current().state('stdin', StdinBuffer)


def _fill():
    st = stdin_buffer()
    if st.eof:
        return False
    flush_stdout()
    stream = current().stdin
    try:
        line = stream.readline()
    except (AttributeError, ValueError, OSError):
        line = b''
    if not line:
        st.eof = True
        return False
    st.buf.extend(line)
    return True


def stdin_read(n):
    """Up to n bytes (at least one unless at EOF), as os.Stdin.Read."""
    buf = stdin_buffer().buf
    if not buf:
        if not _fill():
            return b''
    data = bytes(buf[:n])
    del buf[:n]
    return data


def stdin_readline():
    """One line including its newline (b'' at EOF)."""
    buf = stdin_buffer().buf
    while b'\n' not in buf:
        if not _fill():
            break
    i = buf.find(b'\n')
    if i < 0:
        data = bytes(buf)
        buf.clear()
        return data
    data = bytes(buf[:i + 1])
    del buf[:i + 1]
    return data


# ------------------------------------------------------------------ fmt's scanner
# After Go's fmt/scan.go: a rune source with one rune of push-back, a width
# limit per operand, and the spacing rules of Scan / Scanln / Scanf. Failures
# unwind with _ScanFail (an error value) or _ScanEOF (io.EOF).

_EOF = -1
_SPACES = frozenset([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
                     0x205F, 0x3000] + list(range(0x2000, 0x200B)))
_HUGE = 1 << 30
_DEC, _OCT, _BIN, _HEX = '0123456789', '01234567', '01', '0123456789aAbBcCdDeEfF'


def _is_space(r):
    return r in _SPACES


class _ScanFail(Exception):
    def __init__(self, err):
        super().__init__()
        self.err = err


class _ScanEOF(Exception):
    pass


class _StringSource:
    def __init__(self, b):
        self.b = b
        self.i = 0
        self.last = 0

    def read_rune(self):
        from ..text import gostr
        if self.i >= len(self.b):
            return _EOF
        r, n = gostr.decode_rune(self.b, self.i)
        self.i += n
        self.last = n
        return r

    def unread_rune(self):
        self.i -= self.last
        self.last = 0


class _StdinSource:
    """os.Stdin is unbuffered in Go: bytes are consumed as read; the one rune
    pushed back is kept only for the duration of one Scan call."""

    def __init__(self):
        self.peek = None
        self.prev = None

    def _byte(self):
        buf = stdin_buffer().buf
        if not buf and not _fill():
            return None
        c = buf[0]
        del buf[:1]
        return c

    def read_rune(self):
        if self.peek is not None:
            r, self.peek = self.peek, None
            self.prev = r
            return r
        c = self._byte()
        if c is None:
            return _EOF
        data = bytes([c])
        if c >= 0x80:
            from ..text import gostr
            need = 2 if c >= 0xC0 else 1
            need = 3 if c >= 0xE0 else need
            need = 4 if c >= 0xF0 else need
            buf = stdin_buffer().buf
            while len(data) < need:
                nxt = buf[0] if (buf or _fill()) else None
                if nxt is None or not 0x80 <= nxt < 0xC0:
                    break
                del buf[:1]
                data += bytes([nxt])
            r, _ = gostr.decode_rune(data, 0)
        else:
            r = c
        self.prev = r
        return r

    def unread_rune(self):
        self.peek = self.prev


class _Scanner:
    def __init__(self, src, nl_is_space, nl_is_end):
        self.src = src
        self.nl_is_space = nl_is_space
        self.nl_is_end = nl_is_end
        self.at_eof = False
        self.count = 0
        self.arg_limit = _HUGE
        self.max_wid = _HUGE
        self.buf = bytearray()

    # -- runes
    def get_rune(self):
        if self.at_eof or self.count >= self.arg_limit:
            return _EOF
        r = self.src.read_rune()
        if r == _EOF:
            self.at_eof = True
            return _EOF
        self.count += 1
        if self.nl_is_end and r == 0x0A:
            self.at_eof = True
        return r

    def unread(self):
        self.src.unread_rune()
        self.at_eof = False
        self.count -= 1

    def must_read(self):
        r = self.get_rune()
        if r == _EOF:
            from . import io_eof
            raise _ScanFail(io_eof._pkg_global('io', 'ErrUnexpectedEOF'))
        return r

    def fail(self, msg):
        from .io_eof import _new_error
        raise _ScanFail(_new_error(msg.encode() if isinstance(msg, str) else msg))

    def write(self, r):
        from ..text import gostr
        self.buf += gostr.encode_rune(r)

    def skip_space(self):
        while True:
            r = self.get_rune()
            if r == _EOF:
                return
            if r == 0x0D and self.peek('\n'):
                continue
            if r == 0x0A:
                if self.nl_is_space:
                    continue
                self.fail('unexpected newline')
            if not _is_space(r):
                self.unread()
                return

    def not_eof(self):
        if self.get_rune() == _EOF:
            raise _ScanEOF()
        self.unread()

    def consume(self, ok, accept):
        r = self.get_rune()
        if r == _EOF:
            return False
        if r >= 0 and chr(r) in ok:
            if accept:
                self.write(r)
            return True
        if accept:
            self.unread()
        return False

    def accept(self, ok):
        return self.consume(ok, True)

    def peek(self, ok):
        r = self.get_rune()
        if r != _EOF:
            self.unread()
        return r >= 0 and chr(r) in ok

    def token(self, skip, pred):
        if skip:
            self.skip_space()
        self.buf = bytearray()
        while True:
            r = self.get_rune()
            if r == _EOF:
                break
            if not pred(r):
                self.unread()
                break
            self.write(r)
        return bytes(self.buf)

    def ok_verb(self, verb, ok, what):
        if verb not in ok:
            self.fail(f"bad verb '%{verb}' for {what}")

    # -- numbers
    def scan_bool(self, verb):
        self.skip_space()
        self.not_eof()
        self.ok_verb(verb, 'tv', 'boolean')
        r = self.get_rune()
        c = chr(r) if r >= 0 else ''
        if c == '0':
            return False
        if c == '1':
            return True
        if c in 'tT' and c:
            if self.accept('rR') and (not self.accept('uU') or not self.accept('eE')):
                self.fail('syntax error scanning boolean')
            return True
        if c in 'fF' and c:
            if self.accept('aA') and (not self.accept('lL') or not self.accept('sS') or not self.accept('eE')):
                self.fail('syntax error scanning boolean')
            return False
        return False

    def get_base(self, verb):
        self.ok_verb(verb, 'bdoUxXv', 'integer')
        return {'b': (2, _BIN), 'o': (8, _OCT), 'x': (16, _HEX), 'X': (16, _HEX), 'U': (16, _HEX)}.get(verb, (10, _DEC))

    def scan_number(self, digits, have):
        if not have:
            self.not_eof()
            if not self.accept(digits):
                self.fail('expected integer')
        while self.accept(digits):
            pass
        return bytes(self.buf)

    def base_prefix(self):
        if not self.peek('0'):
            return 0, _DEC + '_', False
        self.accept('0')
        for ks, digits in (('bB', _BIN), ('oO', _OCT), ('xX', _HEX)):
            if self.peek(ks):
                self.consume(ks, True)
                return 0, digits + '_', True
        return 0, _OCT + '_', True

    def scan_int(self, verb, bits, signed):
        if verb == 'c':
            self.not_eof()
            r = self.get_rune()
            if signed:
                x = ((r << (64 - bits)) & 0xFFFFFFFFFFFFFFFF)
                x = (x - (1 << 64) if x >> 63 else x) >> (64 - bits)
            else:
                x = r & ((1 << bits) - 1)
            if x != r:
                self.fail('overflow on character value ' + chr(r))
            return r
        self.skip_space()
        self.not_eof()
        base, digits = self.get_base(verb)
        self.buf = bytearray()
        have = False
        if verb == 'U':
            if not self.consume('U', False) or not self.consume('+', False):
                self.fail('bad unicode format ')
        else:
            if signed:
                self.accept('+-')
            if verb == 'v':
                base, digits, have = self.base_prefix()
        tok = self.scan_number(digits, have)
        fn = 'ParseInt' if signed else 'ParseUint'
        v, err = _parse_int(tok, base, signed)
        if err:
            self.fail(f'strconv.{fn}: parsing {_quote(tok)}: {err}')
        if signed:
            lim = 1 << (bits - 1)
            if not -lim <= v < lim:
                self.fail('integer overflow on token ' + tok.decode('utf-8', 'replace'))
        elif v >> bits:
            self.fail('unsigned integer overflow on token ' + tok.decode('utf-8', 'replace'))
        return v

    def float_token(self):
        self.buf = bytearray()
        if self.accept('nN') and self.accept('aA') and self.accept('nN'):
            return bytes(self.buf)
        self.accept('+-')
        if self.accept('iI') and self.accept('nN') and self.accept('fF'):
            return bytes(self.buf)
        digits, exp = _DEC + '_', 'eEpP'
        if self.accept('0') and self.accept('xX'):
            digits, exp = _HEX + '_', 'pP'
        while self.accept(digits):
            pass
        if self.accept('.'):
            while self.accept(digits):
                pass
        if self.accept(exp):
            self.accept('+-')
            while self.accept(_DEC + '_'):
                pass
        return bytes(self.buf)

    def convert_float(self, tok, bits):
        p = tok.find(b'p')
        if p >= 0 and b'x' not in tok.lower():
            f = self.parse_float(tok[:p], bits)
            try:
                m = int(tok[p + 1:].decode())
            except ValueError:
                self.fail(f'strconv.Atoi: parsing {_quote(tok[p + 1:])}: invalid syntax')
            import math
            return math.ldexp(f, m)
        return self.parse_float(tok, bits)

    def parse_float(self, tok, bits):
        v, err = _parse_float(tok, bits)
        if err:
            self.fail(f'strconv.ParseFloat: parsing {_quote(tok)}: {err}')
        return v

    def scan_complex(self, verb, bits):
        self.ok_verb(verb, 'beEfFgGv', 'complex')
        self.skip_space()
        self.not_eof()
        parens = self.accept('(')
        real = self.float_token()
        self.buf = bytearray()
        if not self.accept('+-'):
            self.fail('syntax error scanning complex number')
        sign = bytes(self.buf)
        imag = self.float_token()
        if not self.accept('i'):
            self.fail('syntax error scanning complex number')
        if parens and not self.accept(')'):
            self.fail('syntax error scanning complex number')
        return complex(self.convert_float(real, bits // 2), self.convert_float(sign + imag, bits // 2))

    # -- strings
    def convert_string(self, verb):
        self.ok_verb(verb, 'svqxX', 'string')
        self.skip_space()
        self.not_eof()
        if verb == 'q':
            return self.quoted_string()
        if verb in 'xX':
            return self.hex_string()
        return self.token(True, lambda r: not _is_space(r))

    def quoted_string(self):
        self.not_eof()
        q = self.get_rune()
        self.buf = bytearray()
        if q == 0x60:
            while True:
                r = self.must_read()
                if r == q:
                    return bytes(self.buf)
                self.write(r)
        if q == 0x22:
            self.buf += b'"'
            while True:
                r = self.must_read()
                self.write(r)
                if r == 0x5C:
                    self.write(self.must_read())
                elif r == 0x22:
                    break
            from ..syntax import literals
            text = bytes(self.buf)
            try:
                if b'\n' in text:
                    raise ValueError
                return literals.string(text.decode('utf-8', 'surrogateescape'))
            except Exception:
                self.fail('invalid syntax')
        self.fail('expected quoted string')

    def hex_string(self):
        self.not_eof()
        self.buf = bytearray()
        while True:
            r1 = self.get_rune()
            if r1 == _EOF:
                break
            d1 = _hexval(r1)
            if d1 is None:
                self.unread()
                break
            d2 = _hexval(self.must_read())
            if d2 is None:
                self.fail('illegal hex digit')
            self.buf.append(d1 << 4 | d2)
        if not self.buf:
            self.fail('no hex data for %x string')
        return bytes(self.buf)

    # -- operands
    def scan_one(self, verb, arg):
        from ..runtime import rtypes as R
        from ..runtime.values import Slice
        self.buf = bytearray()
        if arg is None:
            self.fail("can't scan type: <nil>")
        rt, p = arg
        if rt.kind != R.POINTER:
            self.fail('type not a pointer: ' + rt.name)
        et = rt.elem
        k = et.kind
        if k == R.BOOL:
            v = self.scan_bool(verb)
        elif k in R.SIGNED_KINDS or k in R.UNSIGNED_KINDS:
            bits = et.size * 8
            v = self.scan_int(verb, bits, k in R.SIGNED_KINDS)
        elif k in R.FLOAT_KINDS:
            self.ok_verb(verb, 'beEfFgGv', et.name if et.named else ('float32' if k == R.FLOAT32 else 'float64'))
            self.skip_space()
            self.not_eof()
            v = self.convert_float(self.float_token(), 32 if k == R.FLOAT32 else 64)
        elif k in R.COMPLEX_KINDS:
            v = self.scan_complex(verb, 64 if k == R.COMPLEX64 else 128)
        elif k == R.STRING:
            v = self.convert_string(verb)
        elif k == R.SLICE and et.elem.kind == R.UINT8:
            b = self.convert_string(verb)
            v = Slice(list(b), 0, len(b), len(b))
        else:
            self.fail("can't scan type: " + rt.name)
        if p is None:
            from ..runtime.panic import nil_deref
            raise nil_deref()
        p.c[p.k] = v

    def do_scan(self, args):
        n = 0
        try:
            for a in args:
                self.scan_one('v', a)
                n += 1
            if self.nl_is_end:
                while True:
                    r = self.get_rune()
                    if r == 0x0A or r == _EOF:
                        break
                    if not _is_space(r):
                        self.fail('expected newline')
        except _ScanFail as e:
            return n, e.err
        except _ScanEOF:
            from . import io_eof
            return n, io_eof.EOF()
        return n, None

    def advance(self, fmt, i):
        """Match spaces and literal text of fmt from i; the number of bytes
        consumed, or -1 when the input does not match."""
        from ..text import gostr
        start = i
        while i < len(fmt):
            c, w = gostr.decode_rune(fmt, i)
            if _is_space(c):
                newlines = 0
                trailing = False
                while _is_space(c) and i < len(fmt):
                    if c == 0x0A:
                        newlines += 1
                        trailing = False
                    else:
                        trailing = True
                    i += w
                    if i < len(fmt):
                        c, w = gostr.decode_rune(fmt, i)
                for _ in range(newlines):
                    r = self.get_rune()
                    while _is_space(r) and r != 0x0A:
                        r = self.get_rune()
                    if r != 0x0A and r != _EOF:
                        self.fail('newline in format does not match input')
                if trailing:
                    r = self.get_rune()
                    if newlines == 0:
                        if not _is_space(r) and r != _EOF:
                            self.fail('expected space in input to match format')
                        if r == 0x0A:
                            self.fail('newline in input does not match format')
                    while _is_space(r) and r != 0x0A:
                        r = self.get_rune()
                    if r != _EOF:
                        self.unread()
                continue
            if c == 0x25:
                if i + w == len(fmt):
                    self.fail('missing verb: % at end of format string')
                if fmt[i + w:i + w + 1] != b'%':
                    return i - start
                i += w
            r = self.must_read()
            if r != c:
                self.unread()
                return -1
            i += w
        return i - start

    def do_scanf(self, fmt, args):
        from ..text import gostr
        n = 0
        try:
            i = 0
            end = len(fmt)
            while i < end:
                w = self.advance(fmt, i)
                if w > 0:
                    i += w
                    continue
                if fmt[i] != 0x25:
                    if w < 0:
                        self.fail('input does not match format')
                    break
                i += 1
                wid, present = 0, False
                while i < end and 0x30 <= fmt[i] <= 0x39:
                    wid = wid * 10 + fmt[i] - 0x30
                    present = True
                    i += 1
                self.max_wid = wid if present else _HUGE
                c, w = gostr.decode_rune(fmt, i) if i < end else (0xFFFD, 0)
                i += w
                if c != 0x63:
                    self.skip_space()
                if c == 0x25:
                    self.skip_space()
                    self.not_eof()
                    if not self.accept('%'):
                        self.fail('missing literal %')
                    continue
                self.arg_limit = min(_HUGE, self.count + self.max_wid)
                if n >= len(args):
                    self.fail("too few operands for format '%" + fmt[i - w:].decode('utf-8', 'replace') + "'")
                self.scan_one(chr(c), args[n])
                n += 1
                self.arg_limit = _HUGE
            if n < len(args):
                self.fail('too many operands')
        except _ScanFail as e:
            return n, e.err
        except _ScanEOF:
            from . import io_eof
            return n, io_eof.EOF()
        return n, None


def _hexval(r):
    if 0x30 <= r <= 0x39:
        return r - 0x30
    if 0x61 <= r <= 0x66:
        return r - 0x61 + 10
    if 0x41 <= r <= 0x46:
        return r - 0x41 + 10
    return None


def _quote(b):
    from ..text import gostr
    return gostr.quote(b)


def _underscore_ok(s):
    saw = '^'
    i = 0
    if s[:1] in ('+', '-'):
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == '0' and s[1].lower() in 'box':
        i, saw, hexa = 2, '0', s[1].lower() == 'x'
    while i < len(s):
        c = s[i]
        if c.isdigit() or (hexa and c.lower() in 'abcdef'):
            saw = '0'
        elif c == '_':
            if saw != '0':
                return False
            saw = '_'
        else:
            if saw == '_':
                return False
            saw = '!'
        i += 1
    return saw != '_'


def _parse_int(tok, base, signed):
    """strconv.ParseInt/ParseUint(tok, base, 64): (value, error text or None)."""
    s = tok.decode('utf-8', 'replace')
    body = s
    neg = False
    if signed and body[:1] in ('+', '-'):
        neg = body[0] == '-'
        body = body[1:]
    b = base
    if b == 0:
        b = 10
        if body[:1] == '0':
            if body[1:2].lower() == 'x':
                b, body = 16, body[2:]
            elif body[1:2].lower() == 'b':
                b, body = 2, body[2:]
            elif body[1:2].lower() == 'o':
                b, body = 8, body[2:]
            else:
                b, body = 8, body[1:]
                if not body:
                    body = '0'
        if '_' in s and not _underscore_ok(s):
            return 0, 'invalid syntax'
        body = body.replace('_', '')
    if not body or '_' in body:
        return 0, 'invalid syntax'
    try:
        v = int(body, b)
    except ValueError:
        return 0, 'invalid syntax'
    if neg:
        v = -v
    if signed and not -(1 << 63) <= v < (1 << 63):
        return 0, 'value out of range'
    if not signed and v >> 64:
        return 0, 'value out of range'
    return v, None


def _parse_float(tok, bits):
    """strconv.ParseFloat(tok, bits) for the tokens the scanner builds."""
    import struct
    s = tok.decode('utf-8', 'replace')
    low = s.lower()
    sign = -1.0 if low[:1] == '-' else 1.0
    body = low[1:] if low[:1] in '+-' and low else low
    if body in ('inf', 'infinity'):
        return sign * float('inf'), None
    if low == 'nan':
        return float('nan'), None
    try:
        if body.startswith('0x'):
            if not _underscore_ok(s):
                return 0.0, 'invalid syntax'
            hb = body.replace('_', '')
            if 'p' not in hb:
                return 0.0, 'invalid syntax'
            v = sign * float.fromhex(hb)
        else:
            if '_' in body or not body or body[0] not in '0123456789.':
                return 0.0, 'invalid syntax'
            v = sign * float(body)
    except (ValueError, OverflowError):
        if body.startswith('0x'):
            return sign * float('inf'), 'value out of range'
        return 0.0, 'invalid syntax'
    if v in (float('inf'), float('-inf')):
        return v, 'value out of range'
    if bits == 32:
        try:
            v32 = struct.unpack('f', struct.pack('f', v))[0]
        except OverflowError:
            v32 = sign * float('inf')
        if v32 in (float('inf'), float('-inf')):
            return v32, 'value out of range'
        v = v32
    return v, None


def scan_string(b, fmt, args, nl_is_space, nl_is_end):
    sc = _Scanner(_StringSource(b), nl_is_space, nl_is_end)
    if fmt is None:
        return sc.do_scan(args)
    return sc.do_scanf(fmt, args)


def scan_stdin(fmt, args, nl_is_space, nl_is_end):
    sc = _Scanner(_StdinSource(), nl_is_space, nl_is_end)
    if fmt is None:
        return sc.do_scan(args)
    return sc.do_scanf(fmt, args)
