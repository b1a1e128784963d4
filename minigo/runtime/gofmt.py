"""Go's fmt formatting engine (after src/fmt/print.go and format.go).

Arguments are Go interface values: (RType, value) or None. Output is built as
a bytearray (Go strings are bytes). The verb tables and the order of
decisions -- methods (Error, String, GoString) before kinds, the bad-verb
forms `%!d(string=hi)`, `%!(EXTRA ...)`, `%!s(MISSING)` -- follow Go's fmt.
"""
from __future__ import annotations


from ..text import gostr
from . import rtypes as R
from .context import current
from ..text.fmtfloat import format_float
from .values import Ref, Slice

LDIGITS = b'0123456789abcdefx'
UDIGITS = b'0123456789ABCDEFX'

def formatter_caller(printer, arg, verb):
    """Calls arg's Format method with a fmt.State writing into printer. The
    fmt package's Go side does that; the standard library installs it here
    (stdlib/__init__.py), since the runtime sits below it."""
    raise NotImplementedError('no fmt.Formatter support installed')


def reflect_printable(v):
    """fmt's view of a reflect.Value v: the interface value it holds (None for
    the zero Value) and whether its methods may be used. The reflect package
    installs it (stdlib/__init__.py), since the runtime sits below it."""
    raise NotImplementedError('no reflect support installed')


def methods_of(rt):
    """rt's methods, compiled on first use by the run's method resolver."""
    if not rt.method_set_ready:
        resolve = current().method_resolver
        if resolve is not None:
            resolve(rt)
    return rt.methods


def fake_address(v):
    """A stable, Go-looking address for a reference value (no real addresses here)."""
    if isinstance(v, Ref):
        base = id(v.c) * 8 + (v.k if isinstance(v.k, int) else 0) * 8
    elif isinstance(v, Slice):
        base = (id(v.a) + v.off * 8) if v.a is not None else 0
    else:
        base = id(v)
    return 0xc000000000 + (base & 0xffffffff)


def as_str(b):
    return b if isinstance(b, bytes) else str(b).encode()


class GoPanicInFormat(Exception):
    pass


class Printer:
    """One formatting job (Go's pp)."""

    def __init__(self, wrap_errs=False):
        self.buf = bytearray()
        self.clearflags()
        self.erroring = False
        self.panicking = False
        self.wrap_errs = wrap_errs
        self.wrapped = []

    def clearflags(self):
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plusV = self.sharpV = False
        self.wid = self.prec = 0

    # ------------------------------------------------------------ padding

    def write_padding(self, n):
        if n <= 0:
            return
        self.buf += (b'0' if self.zero and not self.minus else b' ') * n

    def pad(self, b):
        if not self.wid_present or self.wid == 0:
            self.buf += b
            return
        width = self.wid - gostr.rune_count(bytes(b))
        if not self.minus:
            self.write_padding(width)
            self.buf += b
        else:
            self.buf += b
            self.write_padding(width)

    pad_string = pad

    # ------------------------------------------------------------ primitives

    def fmt_boolean(self, v):
        self.pad(b'true' if v else b'false')

    def fmt_unicode(self, u):
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        u &= 0xFFFFFFFFFFFFFFFF   # Go formats the value as a uint64
        digits = '%X' % u
        s = 'U+' + digits.rjust(prec, '0')
        if self.sharp and u <= 0x10FFFF and gostr.is_print(u):
            s += " '" + chr(u) + "'"
        old = self.zero
        self.zero = False
        self.pad(s.encode('utf-8', 'surrogatepass'))
        self.zero = old

    def fmt_integer(self, u, base, signed, verb, digits):
        negative = signed and u < 0
        if negative:
            u = -u
        if not signed and u < 0:
            u &= (1 << 64) - 1
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u).encode()
        elif base == 16:
            s = ('%x' % u).encode()
            if digits is UDIGITS:
                s = s.upper()
        elif base == 8:
            s = ('%o' % u).encode()
        else:
            s = ('{:b}'.format(u)).encode()
        if len(s) < prec:
            s = b'0' * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = b'0b' + s
            elif base == 8:
                if s[:1] != b'0':
                    s = b'0' + s
            elif base == 16:
                s = b'0' + digits[16:17] + s
        if verb == 'O':
            s = b'0o' + s
        if negative:
            s = b'-' + s
        elif self.plus:
            s = b'+' + s
        elif self.space:
            s = b' ' + s
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def truncate(self, s):
        if self.prec_present:
            n = self.prec
            for i, _ in gostr.runes(s):
                n -= 1
                if n < 0:
                    return s[:i]
        return s

    def fmt_s(self, s):
        self.pad(self.truncate(s))

    def fmt_sbx(self, s, digits):
        length = len(s)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        buf = self.buf
        x = digits[16:17]
        if self.sharp:
            buf += b'0' + x
        for i in range(length):
            if self.space and i > 0:
                buf += b' '
                if self.sharp:
                    buf += b'0' + x
            c = s[i]
            buf.append(digits[c >> 4])
            buf.append(digits[c & 0xF])
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s):
        s = self.truncate(s)
        if self.sharp and gostr.can_backquote(s):
            self.pad(b'`' + s + b'`')
            return
        if self.plus:
            self.pad(gostr.quote_ascii(s).encode())
        else:
            self.pad(gostr.quote(s).encode('utf-8', 'surrogatepass'))

    def fmt_c(self, c):
        if c > 0x10FFFF or c < 0:
            c = 0xFFFD
        self.pad(gostr.encode_rune(c))

    def fmt_qc(self, c):
        if c > 0x10FFFF or c < 0:
            c = 0xFFFD
        self.pad(gostr.quote_rune(c, ascii_only=self.plus).encode('utf-8', 'surrogatepass'))

    def fmt_float(self, v, size, verb, prec):
        if self.prec_present:
            prec = self.prec
        num = format_float(v, verb, prec, size).encode()
        if num[:1] in (b'-', b'+'):
            pass
        else:
            num = b'+' + num
        if self.space and num[:1] == b'+' and not self.plus:
            num = b' ' + num[1:]
        if num[1:2] in (b'I', b'N'):
            old = self.zero
            self.zero = False
            if num[1:2] == b'N' and not self.space and not self.plus:
                num = num[1:]
            self.pad(num)
            self.zero = old
            return
        if self.sharp and verb != 'b':
            digits = 0
            if verb in ('v', 'g', 'G', 'x'):
                digits = prec
                if digits == -1:
                    digits = 6
            tail = b''
            has_point = False
            saw_nonzero = False
            i = 1
            body = bytearray(num)
            while i < len(body):
                ch = body[i]
                if ch == ord('.'):
                    has_point = True
                elif ch in (ord('p'), ord('P')):
                    tail = bytes(body[i:])
                    del body[i:]
                    break
                elif ch in (ord('e'), ord('E')) and verb not in ('x', 'X'):
                    tail = bytes(body[i:])
                    del body[i:]
                    break
                else:
                    if ch != ord('0'):
                        saw_nonzero = True
                    if saw_nonzero:
                        digits -= 1
                i += 1
            if not has_point:
                if len(body) == 2 and body[1] == ord('0'):
                    digits -= 1
                body += b'.'
            while digits > 0:
                body += b'0'
                digits -= 1
            num = bytes(body) + tail
        if self.plus or num[:1] != b'+':
            if self.zero and not self.minus and self.wid_present and self.wid > len(num):
                self.buf += num[:1]
                self.write_padding(self.wid - len(num))
                self.buf += num[1:]
                return
            self.pad(num)
            return
        self.pad(num[1:])

    # ------------------------------------------------------------ pp level

    def bad_verb(self, arg, verb):
        self.erroring = True
        self.buf += b'%!' + verb.encode('utf-8', 'surrogatepass') + b'('
        if arg is not None:
            self.buf += arg[0].name.encode() + b'='
            self.print_arg(arg, 'v')
        else:
            self.buf += b'<nil>'
        self.buf += b')'
        self.erroring = False

    def fmt_bool_v(self, arg, v, verb):
        if verb in ('t', 'v'):
            self.fmt_boolean(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_0x64(self, v, leading):
        sharp = self.sharp
        self.sharp = leading
        self.fmt_integer(v, 16, False, 'v', LDIGITS)
        self.sharp = sharp

    def fmt_int(self, arg, v, signed, verb):
        if verb == 'v':
            if self.sharpV and not signed:
                self.fmt_0x64(v, True)
            else:
                self.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == 'd':
            self.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == 'b':
            self.fmt_integer(v, 2, signed, verb, LDIGITS)
        elif verb in ('o', 'O'):
            self.fmt_integer(v, 8, signed, verb, LDIGITS)
        elif verb == 'x':
            self.fmt_integer(v, 16, signed, verb, LDIGITS)
        elif verb == 'X':
            self.fmt_integer(v, 16, signed, verb, UDIGITS)
        elif verb == 'c':
            self.fmt_c(v)
        elif verb == 'q':
            self.fmt_qc(v)
        elif verb == 'U':
            self.fmt_unicode(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_float_v(self, arg, v, size, verb):
        if verb == 'v':
            self.fmt_float(v, size, 'g', -1)
        elif verb in ('b', 'g', 'G', 'x', 'X'):
            self.fmt_float(v, size, verb, -1)
        elif verb in ('f', 'e', 'E'):
            self.fmt_float(v, size, verb, 6)
        elif verb == 'F':
            self.fmt_float(v, size, 'f', 6)
        else:
            self.bad_verb(arg, verb)

    def fmt_complex(self, arg, v, size, verb):
        if verb in ('v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E'):
            old = self.plus
            self.buf += b'('
            self.fmt_float_v(arg, v.real, size // 2, verb)
            self.plus = True
            self.fmt_float_v(arg, v.imag, size // 2, verb)
            self.buf += b'i)'
            self.plus = old
        else:
            self.bad_verb(arg, verb)

    def fmt_string(self, arg, v, verb):
        if verb == 'v':
            if self.sharpV:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == 's':
            self.fmt_s(v)
        elif verb == 'x':
            self.fmt_sbx(v, LDIGITS)
        elif verb == 'X':
            self.fmt_sbx(v, UDIGITS)
        elif verb == 'q':
            self.fmt_q(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_bytes(self, v, is_nil, verb, type_string, rt, arg):
        if verb in ('v', 'd'):
            if self.sharpV:
                self.buf += type_string.encode()
                if is_nil:
                    self.buf += b'(nil)'
                    return
                self.buf += b'{'
                for i, c in enumerate(v):
                    if i:
                        self.buf += b', '
                    self.fmt_0x64(c, True)
                self.buf += b'}'
            else:
                self.buf += b'['
                for i, c in enumerate(v):
                    if i:
                        self.buf += b' '
                    self.fmt_integer(c, 10, False, verb, LDIGITS)
                self.buf += b']'
        elif verb == 's':
            self.pad(self.truncate(bytes(v)))
        elif verb == 'x':
            self.fmt_sbx(bytes(v), LDIGITS)
        elif verb == 'X':
            self.fmt_sbx(bytes(v), UDIGITS)
        elif verb == 'q':
            self.fmt_q(bytes(v))
        else:
            self.print_value(rt, arg[1], verb, 0)

    def fmt_pointer(self, rt, v, verb, arg):
        k = rt.kind
        if k not in (R.CHAN, R.FUNC, R.MAP, R.POINTER, R.SLICE, R.UNSAFEPTR):
            self.bad_verb(arg, verb)
            return
        if v is None or (isinstance(v, Slice) and v.a is None):
            u = 0
        else:
            u = fake_address(v)
        if verb == 'v':
            if self.sharpV:
                self.buf += b'(' + rt.name.encode() + b')('
                if u == 0:
                    self.buf += b'nil'
                else:
                    self.fmt_0x64(u, True)
                self.buf += b')'
            else:
                if u == 0:
                    self.pad(b'<nil>')
                else:
                    self.fmt_0x64(u, not self.sharp)
        elif verb == 'p':
            self.fmt_0x64(u, not self.sharp)
        elif verb in ('b', 'o', 'd', 'x', 'X'):
            self.fmt_int(arg, u, False, verb)
        else:
            self.bad_verb(arg, verb)

    def handle_methods(self, arg, verb):
        if self.erroring:
            return False
        rt = arg[0]
        if verb == 'w':
            ms = methods_of(rt)
            if 'Error' not in ms or not self.wrap_errs:
                self.bad_verb(arg, verb)
                return True
            verb = 'v'
        ms = methods_of(rt)
        if 'Format' in ms and _is_formatter(rt):
            from .panic import GoPanic, go_exception
            try:
                formatter_caller(self, arg, verb)
            except Exception as e:     # noqa: BLE001 -- Go's catchPanic, for Format too
                p = e if isinstance(e, GoPanic) else go_exception(e)
                if p is None:
                    raise
                self.caught_panic(arg, 'Format', verb, p)
            return True
        if self.sharpV:
            if 'GoString' in ms:
                s = self.call_method(arg, 'GoString', verb)
                if s is not None:
                    self.fmt_s(s)
                return True
            return False
        if verb in ('v', 's', 'x', 'X', 'q'):
            for name in ('Error', 'String'):
                if name in ms and _returns_string(rt, name):
                    s = self.call_method(arg, name, verb)
                    if s is not None:
                        self.fmt_string(arg, s, verb)
                    return True
        return False

    def call_method(self, arg, name, verb):
        from .panic import GoPanic
        try:
            return methods_of(arg[0])[name](arg[1])
        except GoPanic as p:
            self.caught_panic(arg, name, verb, p)
            return None

    def caught_panic(self, arg, name, verb, p):
        """Go's catchPanic: a method of a nil pointer that panics prints
        <nil>; any other panic is shown in the output."""
        rt, v = arg
        if rt.kind == R.POINTER and v is None:
            self.buf += b'<nil>'
            return
        if self.panicking:
            raise p
        flags = self._save()
        self.clearflags()
        self.buf += b'%!' + verb.encode() + b'(PANIC=' + name.encode() + b' method: '
        self.panicking = True
        self.print_arg(p.value, 'v')
        self.panicking = False
        self.buf += b')'
        self._restore(flags)
        return None

    def _save(self):
        return (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
                self.zero, self.plusV, self.sharpV, self.wid, self.prec)

    def _restore(self, f):
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
         self.zero, self.plusV, self.sharpV, self.wid, self.prec) = f

    def print_arg(self, arg, verb):
        if arg is None:
            if verb in ('T', 'v'):
                self.pad(b'<nil>')
            else:
                self.bad_verb(None, verb)
            return
        rt, v = arg
        if verb == 'T':
            self.fmt_s(rt.name.encode())
            return
        if verb == 'p':
            self.fmt_pointer(rt, v, 'p', arg)
            return
        if rt.named and rt.pkg_path == 'reflect' and rt.name == 'reflect.Value':
            # Go's printArg prints what a reflect.Value holds
            inner, methods_ok = reflect_printable(v)
            if inner is None:
                self.fmt_s(b'<invalid reflect.Value>')
            elif not (methods_ok and self.handle_methods(inner, verb)):
                self.print_value(inner[0], inner[1], verb, 0, not methods_ok)
            return
        if not rt.named:
            # Go's printArg switches on the concrete type: unnamed basic types
            # and []byte are printed directly, without looking for methods.
            if rt.kind in _BASIC_KINDS:
                self._print_basic(arg, rt.kind, v, verb)
                return
            if rt.kind == R.SLICE and rt.elem.kind == R.UINT8 and not rt.elem.named:
                self.fmt_bytes(v.tolist(), v.a is None, verb, '[]byte', rt, arg)
                return
        if not self.handle_methods(arg, verb):
            self.print_value(rt, v, verb, 0)

    def _print_basic(self, arg, k, v, verb):
        if k == R.BOOL:
            self.fmt_bool_v(arg, v, verb)
        elif k in R.SIGNED_KINDS:
            self.fmt_int(arg, v, True, verb)
        elif k in R.UNSIGNED_KINDS:
            self.fmt_int(arg, v, False, verb)
        elif k == R.FLOAT32:
            self.fmt_float_v(arg, v, 32, verb)
        elif k == R.FLOAT64:
            self.fmt_float_v(arg, v, 64, verb)
        elif k == R.COMPLEX64:
            self.fmt_complex(arg, v, 64, verb)
        elif k == R.COMPLEX128:
            self.fmt_complex(arg, v, 128, verb)
        elif k == R.STRING:
            self.fmt_string(arg, v, verb)

    def print_value(self, rt, v, verb, depth, ro=False):
        """printValue: a value of type rt (not an interface value). ro: it was
        reached through an unexported field, so (as reflect forbids
        Interface() on it) its methods are not used."""
        if depth > 0 and rt.kind != R.INTERFACE and not ro:
            arg = (rt, v)
            if self.handle_methods(arg, verb):
                return
        arg = (rt, v)
        k = rt.kind
        if k in _BASIC_KINDS:
            self._print_basic(arg, k, v, verb)
        elif k == R.MAP:
            if self.sharpV:
                self.buf += rt.name.encode()
                if v is None:
                    self.buf += b'(nil)'
                    return
                self.buf += b'{'
            else:
                self.buf += b'map['
            items = sorted_map_items(rt, v)
            for i, (key, val) in enumerate(items):
                if i:
                    self.buf += b', ' if self.sharpV else b' '
                self.print_value(rt.key, key, verb, depth + 1, ro)
                self.buf += b':'
                self.print_value(rt.elem, val, verb, depth + 1, ro)
            self.buf += b'}' if self.sharpV else b']'
        elif k == R.STRUCT:
            if self.sharpV:
                self.buf += rt.name.encode()
            self.buf += b'{'
            for i, frt in enumerate(rt.fields):
                if i:
                    self.buf += b', ' if self.sharpV else b' '
                if self.plusV or self.sharpV:
                    name = rt.field_names[i]
                    if name:
                        self.buf += name.encode() + b':'
                self.print_value(frt, v[i], verb, depth + 1, ro or not rt.exported_fields[i])
            self.buf += b'}'
        elif k == R.INTERFACE:
            if v is None:
                if self.sharpV:
                    self.buf += rt.name.encode() + b'(nil)'
                else:
                    self.buf += b'<nil>'
            else:
                self.print_value(v[0], v[1], verb, depth + 1, ro)
        elif k in (R.ARRAY, R.SLICE):
            items = v.tolist() if k == R.SLICE else v
            if verb in ('s', 'q', 'x', 'X') and rt.elem.kind == R.UINT8:
                self.fmt_bytes(items, k == R.SLICE and v.a is None, verb, rt.name, rt, arg)
                return
            if self.sharpV:
                self.buf += rt.name.encode()
                if k == R.SLICE and v.a is None:
                    self.buf += b'(nil)'
                    return
                self.buf += b'{'
                for i, x in enumerate(items):
                    if i:
                        self.buf += b', '
                    self.print_value(rt.elem, x, verb, depth + 1, ro)
                self.buf += b'}'
            else:
                self.buf += b'['
                for i, x in enumerate(items):
                    if i:
                        self.buf += b' '
                    self.print_value(rt.elem, x, verb, depth + 1, ro)
                self.buf += b']'
        elif k == R.POINTER:
            if depth == 0 and v is not None and rt.elem.kind in (R.ARRAY, R.SLICE, R.STRUCT, R.MAP):
                self.buf += b'&'
                e = v if rt.elem.aggregate else v.c[v.k]
                self.print_value(rt.elem, e, verb, depth + 1, ro)
                return
            self.fmt_pointer(rt, v, verb, arg)
        elif k in (R.CHAN, R.FUNC, R.UNSAFEPTR):
            self.fmt_pointer(rt, v, verb, arg)
        else:
            self.buf += b'?'

    # ------------------------------------------------------------ entry points

    def do_print(self, args):
        prev_string = False
        for i, arg in enumerate(args):
            is_string = arg is not None and arg[0].kind == R.STRING
            if i > 0 and not is_string and not prev_string:
                self.buf += b' '
            self.print_arg(arg, 'v')
            prev_string = is_string

    def do_println(self, args):
        for i, arg in enumerate(args):
            if i > 0:
                self.buf += b' '
            self.print_arg(arg, 'v')
        self.buf += b'\n'

    def do_printf(self, fmt, a):
        end = len(fmt)
        arg_num = 0
        after_index = False
        reordered = False
        i = 0
        nargs = len(a)
        while i < end:
            good_arg_num = True
            lasti = i
            j = fmt.find(b'%', i)
            if j < 0:
                j = end
            if j > lasti:
                self.buf += fmt[lasti:j]
            i = j
            if i >= end:
                break
            i += 1
            self.clearflags()
            simple_done = False
            while i < end:
                c = fmt[i]
                if c == 0x23:
                    self.sharp = True
                elif c == 0x30:
                    self.zero = True
                elif c == 0x2b:
                    self.plus = True
                elif c == 0x2d:
                    self.minus = True
                elif c == 0x20:
                    self.space = True
                else:
                    if 0x61 <= c <= 0x7a and arg_num < nargs:
                        if c in (0x77, 0x76):   # w, v
                            if c == 0x77:
                                self.wrapped.append(arg_num)
                            self.sharpV = self.sharp
                            self.sharp = False
                            self.plusV = self.plus
                            self.plus = False
                        self.print_arg(a[arg_num], chr(c))
                        arg_num += 1
                        i += 1
                        simple_done = True
                    break
                i += 1
            if simple_done:
                continue
            arg_num, i, after_index, reordered, good_arg_num = self._arg_number(
                arg_num, fmt, i, nargs, reordered, good_arg_num)
            if i < end and fmt[i] == 0x2a:   # '*'
                i += 1
                self.wid, self.wid_present, arg_num = _int_from_arg(a, arg_num)
                if not self.wid_present:
                    self.buf += b'%!(BADWIDTH)'
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    good_arg_num = False
            if i + 1 < end and fmt[i] == 0x2e:   # '.'
                i += 1
                if after_index:
                    good_arg_num = False
                arg_num, i, after_index, reordered, good_arg_num = self._arg_number(
                    arg_num, fmt, i, nargs, reordered, good_arg_num)
                if i < end and fmt[i] == 0x2a:
                    i += 1
                    self.prec, self.prec_present, arg_num = _int_from_arg(a, arg_num)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        self.buf += b'%!(BADPREC)'
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True
            if not after_index:
                arg_num, i, after_index, reordered, good_arg_num = self._arg_number(
                    arg_num, fmt, i, nargs, reordered, good_arg_num)
            if i >= end:
                self.buf += b'%!(NOVERB)'
                break
            r, size = gostr.decode_rune(fmt, i)
            verb = chr(r)
            i += size
            if verb == '%':
                self.buf += b'%'
            elif not good_arg_num:
                self.buf += b'%!' + verb.encode('utf-8', 'surrogatepass') + b'(BADINDEX)'
            elif arg_num >= nargs:
                self.buf += b'%!' + verb.encode('utf-8', 'surrogatepass') + b'(MISSING)'
            else:
                if verb in ('w', 'v'):
                    if verb == 'w':
                        self.wrapped.append(arg_num)
                    self.sharpV = self.sharp
                    self.sharp = False
                    self.plusV = self.plus
                    self.plus = False
                self.print_arg(a[arg_num], verb)
                arg_num += 1
        if not reordered and arg_num < nargs:
            self.clearflags()
            self.buf += b'%!(EXTRA '
            for k, arg in enumerate(a[arg_num:]):
                if k:
                    self.buf += b', '
                if arg is None:
                    self.buf += b'<nil>'
                else:
                    self.buf += arg[0].name.encode() + b'='
                    self.print_arg(arg, 'v')
            self.buf += b')'

    def _arg_number(self, arg_num, fmt, i, nargs, reordered, good):
        if len(fmt) <= i or fmt[i] != 0x5b:   # '['
            return arg_num, i, False, reordered, good
        reordered = True
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < nargs:
            return index, i + wid, True, reordered, good
        return arg_num, i + wid, ok, reordered, False


_BASIC_KINDS = frozenset({R.BOOL, R.INT, R.INT8, R.INT16, R.INT32, R.INT64, R.UINT, R.UINT8, R.UINT16,
                          R.UINT32, R.UINT64, R.UINTPTR, R.FLOAT32, R.FLOAT64, R.COMPLEX64,
                          R.COMPLEX128, R.STRING})


def _returns_string(rt, name):
    """Whether rt's method `name` has the signature of error.Error / Stringer.String."""
    from .. import types as T
    from ..typecheck.lookup import lookup_field_or_method
    obj, _, _ = lookup_field_or_method(rt.t, False, name)
    if not isinstance(obj, T.Func):
        return name in rt.methods
    sig = obj.type
    return (not sig.params.vars and len(sig.results.vars) == 1
            and isinstance(sig.results.vars[0].type.underlying(), T.Basic)
            and sig.results.vars[0].type.underlying().kind == T.STRING
            and not isinstance(sig.results.vars[0].type, T.Named))


def _is_formatter(rt):
    """Whether rt's method Format has fmt.Formatter's signature."""
    from .. import types as T
    from ..typecheck.lookup import lookup_field_or_method
    obj, _, _ = lookup_field_or_method(rt.t, False, 'Format')
    if not isinstance(obj, T.Func) or obj.type is None:
        return False
    sig = obj.type
    if len(sig.params.vars) != 2 or sig.results.vars:
        return False
    st, verb = T.unalias(sig.params.vars[0].type), T.unalias(sig.params.vars[1].type)
    st_ok = (isinstance(st, T.Named) and st.obj.name == 'State' and st.obj.pkg is not None
             and st.obj.pkg.path == 'fmt')
    vu = verb.underlying()
    return st_ok and not isinstance(verb, T.Named) and isinstance(vu, T.Basic) and vu.kind == T.INT32


def _parsenum(s, start, end):
    if start >= end:
        return 0, False, end
    num = 0
    is_num = False
    i = start
    while i < end and 0x30 <= s[i] <= 0x39:
        if num > 1000000:
            return 0, False, end
        num = num * 10 + s[i] - 0x30
        is_num = True
        i += 1
    return num, is_num, i


def _parse_arg_number(fmt):
    if len(fmt) < 3:
        return 0, 1, False
    for i in range(1, len(fmt)):
        if fmt[i] == 0x5d:
            width, ok, newi = _parsenum(fmt, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


def _int_from_arg(a, arg_num):
    new = arg_num
    num = 0
    ok = False
    if arg_num < len(a):
        arg = a[arg_num]
        if arg is not None and arg[0].kind in R.INTEGER_KINDS:
            num = arg[1]
            ok = True
            if not (-1000000 <= num <= 1000000):
                num = 0
                ok = False
        new = arg_num + 1
    return num, ok, new


# ------------------------------------------------------------------ map ordering (internal/fmtsort)

def sorted_map_items(rt, m):
    if not m:
        return []
    kout = None if rt.key.hash_direct else rt.key.kout
    items = [((kout(k) if kout else k), v) for k, v in m.items()]
    key = sort_key_fn(rt.key)
    try:
        items.sort(key=lambda kv: key(kv[0]))
    except TypeError:
        pass
    return items


def sort_key_fn(rt):
    k = rt.kind
    if k in R.INTEGER_KINDS or k == R.STRING:
        return lambda v: v
    if k in R.FLOAT_KINDS:
        return lambda v: (0, 0.0) if v != v else (1, v)
    if k in R.COMPLEX_KINDS:
        return lambda v: ((0 if v.real != v.real else 1, v.real), (0 if v.imag != v.imag else 1, v.imag))
    if k == R.BOOL:
        return lambda v: v
    if k in (R.POINTER, R.CHAN):
        return lambda v: 0 if v is None else fake_address(v)
    if k == R.STRUCT:
        fks = [sort_key_fn(f) for f in rt.fields]
        return lambda v: tuple(f(x) for f, x in zip(fks, v))
    if k == R.ARRAY:
        ek = sort_key_fn(rt.elem)
        return lambda v: tuple(ek(x) for x in v)
    if k == R.INTERFACE:
        def iface_key(v):
            if v is None:
                return (0,)
            return (1, id(v[0]), sort_key_fn(v[0])(v[1]))
        return iface_key
    return lambda v: 0


# ------------------------------------------------------------------ helpers

def sprint(args):
    p = Printer()
    p.do_print(args)
    return bytes(p.buf)


def sprintln(args):
    p = Printer()
    p.do_println(args)
    return bytes(p.buf)


def sprintf(fmt, args, wrap_errs=False):
    p = Printer(wrap_errs)
    p.do_printf(fmt, args)
    return bytes(p.buf), p.wrapped


def value_string(arg):
    """%v of one interface value."""
    p = Printer()
    p.print_arg(arg, 'v')
    return bytes(p.buf)


def panic_value_string(v):
    """What `panic: ` is followed by for panic value v (runtime/error.go printpanicval)."""
    if v is None:
        return 'nil'
    rt, x = v
    ms = methods_of(rt)
    if 'Error' in ms:
        try:
            return _b2s(ms['Error'](x))
        except Exception:
            pass
    elif 'String' in ms:
        try:
            return _b2s(ms['String'](x))
        except Exception:
            pass
    k = rt.kind
    if k in _BASIC_KINDS:
        if k == R.STRING:
            s = _b2s(x)
            return f'{rt.name}("{s}")' if rt.named else s
        if k in R.FLOAT_KINDS or k in R.COMPLEX_KINDS:
            s = _b2s(value_string((rt.under if rt.named else rt, x)))
        elif k == R.BOOL:
            s = 'true' if x else 'false'
        else:
            s = str(x)
        return f'{rt.name}({s})' if rt.named else s
    return f'({rt.name}) 0x{fake_address(x):x}'


def _b2s(b):
    if isinstance(b, (bytes, bytearray)):
        return gostr.to_str(bytes(b))
    return str(b)
