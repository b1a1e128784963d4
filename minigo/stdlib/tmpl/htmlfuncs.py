"""html/template's escaping functions: the `_html_template_*` functions the
escaper adds to pipelines (each takes ...any and gives a string), with Go's
replacement tables. A value of one of the package's content types (HTML,
JS, URL...) that suits the context passes unescaped."""
from __future__ import annotations

import re

from ...runtime import gofmt
from ...runtime import rtypes as R
from ...text import gostr
from ..goside import package_rtype
from . import htmlctx as H
from . import htmltrans as TR
from . import values as V

FAILSAFE = b'ZgotmplZ'

_CONTENT_TYPES = {'CSS': TR.CT_CSS, 'HTML': TR.CT_HTML, 'HTMLAttr': TR.CT_HTML_ATTR, 'JS': TR.CT_JS,
                  'JSStr': TR.CT_JS_STR, 'URL': TR.CT_URL, 'Srcset': TR.CT_SRCSET}


def _content_type(rt):
    if rt is V.rt_string():
        return TR.CT_PLAIN
    if rt.named and rt.pkg_path == 'html/template':
        return _CONTENT_TYPES.get(rt.name[len('template.'):])
    return None


def _indirect(iface):
    """Through pointers to the value (a nil pointer stays)."""
    if iface is None or iface[0].kind != R.POINTER:
        return iface
    v = V.from_iface(iface)
    while v.kind == R.POINTER and not v.is_nil():
        v = v.elem()
    return v.interface()


def _prints_itself(rt):
    return V._prints_itself(rt)


def indirect_to_stringer_or_error(iface):
    if iface is None:
        return None
    v = V.from_iface(iface)
    while not _prints_itself(v.rt) and v.kind == R.POINTER and not v.is_nil():
        v = v.elem()
    return v.interface()


def stringify(args):
    """(text, content type) of escaper arguments (interface values)."""
    if len(args) == 1:
        a = _indirect(args[0])
        if a is not None:
            ct = _content_type(a[0])
            if ct is not None:
                return a[1], ct
    return gofmt.sprint([indirect_to_stringer_or_error(a) for a in args if a is not None]), TR.CT_PLAIN


def eval_args(args):
    if len(args) == 1 and args[0] is not None and args[0][0] is V.rt_string():
        return args[0][1]
    return gofmt.sprint([indirect_to_stringer_or_error(a) for a in args])


# ------------------------------------------------------------------ HTML

def _table(pairs):
    return {k if isinstance(k, int) else ord(k): v.encode() for k, v in pairs.items()}


HTML_TABLE = _table({0: '\ufffd', '"': '&#34;', '&': '&amp;', "'": '&#39;', '+': '&#43;', '<': '&lt;',
                     '>': '&gt;'})
HTML_NORM_TABLE = {k: v for k, v in HTML_TABLE.items() if k != 0x26}
HTML_NOSPACE_TABLE = _table({0: '&#xfffd;', '\t': '&#9;', '\n': '&#10;', '\v': '&#11;', '\f': '&#12;',
                             '\r': '&#13;', ' ': '&#32;', '"': '&#34;', '&': '&amp;', "'": '&#39;',
                             '+': '&#43;', '<': '&lt;', '=': '&#61;', '>': '&gt;', '`': '&#96;'})
HTML_NOSPACE_NORM_TABLE = {k: v for k, v in HTML_NOSPACE_TABLE.items() if k != 0x26}


def html_replacer(s, table, bad_runes):
    """s with the table's runes replaced; without bad_runes, the noncharacters
    U+FDD0-FDEF and U+FFF0-FFFF (and invalid bytes) as &#x...;."""
    limit = max(table) + 1
    out = bytearray()
    written = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = gostr.decode_rune(s, i)
        if r < limit:
            repl = table.get(r)
            if repl is not None:
                out += s[written:i] + repl
                written = i + w
        elif not bad_runes and (0xfdd0 <= r <= 0xfdef or 0xfff0 <= r <= 0xffff):
            out += s[written:i] + b'&#x%x;' % r
            written = i + w
        i += w
    if written == 0:
        return s
    return bytes(out + s[written:])


def strip_tags(html):
    """The text of an HTML fragment, tags and comments dropped."""
    out = bytearray()
    s = html
    c = H.Context()
    i = 0
    all_text = True
    while i != len(s):
        if c.delim == H.DELIM_NONE:
            st = c.state
            if c.element != H.EL_NONE and st not in H.IN_TAG_STATES:
                st = H.RCDATA
            d, nread = TR.TRANSITIONS[st](c, s[i:])
            i1 = i + nread
            if c.state in (H.TEXT, H.RCDATA):
                j = i1
                if d.state != c.state:
                    k = s.rfind(b'<', i, j)
                    if k >= 0:
                        j = k
                out += s[i:j]
            else:
                all_text = False
            c, i = d, i1
            continue
        i1 = TR.delim_end(c, s[i:])
        if i1 == len(s) - i:
            break
        i1 += i
        if c.delim != H.DELIM_SPACE:
            i1 += 1
        c, i = H.Context(H.TAG, element=c.element), i1
    if all_text:
        return html
    if c.state in (H.TEXT, H.RCDATA):
        out += s[i:]
    return bytes(out)


def html_escaper(args):
    s, t = stringify(args)
    if t == TR.CT_HTML:
        return s
    return html_replacer(s, HTML_TABLE, True)


def attr_escaper(args):
    s, t = stringify(args)
    if t == TR.CT_HTML:
        return html_replacer(strip_tags(s), HTML_NORM_TABLE, True)
    return html_replacer(s, HTML_TABLE, True)


def rcdata_escaper(args):
    s, t = stringify(args)
    if t == TR.CT_HTML:
        return html_replacer(s, HTML_NORM_TABLE, True)
    return html_replacer(s, HTML_TABLE, True)


def nospace_escaper(args):
    s, t = stringify(args)
    if not s:
        return FAILSAFE
    if t == TR.CT_HTML:
        return html_replacer(strip_tags(s), HTML_NOSPACE_NORM_TABLE, False)
    return html_replacer(s, HTML_NOSPACE_TABLE, False)


def html_name_filter(args):
    s, t = stringify(args)
    if t == TR.CT_HTML_ATTR:
        return s
    if not s:
        return FAILSAFE
    s = s.decode('utf-8', 'surrogateescape').lower()
    if TR.attr_type(s) != TR.CT_PLAIN:
        return FAILSAFE
    if not re.fullmatch('[0-9a-z]+', s):
        return FAILSAFE
    return s.encode()


def comment_escaper(args):
    return b''


# ------------------------------------------------------------------ JavaScript

_LOW = {i: b'\\u%04x' % i for i in range(0x20)}
_LOW.update({7: b'\\u0007', 8: b'\\u0008', 9: b'\\t', 10: b'\\n', 11: b'\\u000b', 12: b'\\f', 13: b'\\r'})


def _js_table(extra):
    t = {0: b'\\u0000', 9: b'\\t', 10: b'\\n', 11: b'\\u000b', 12: b'\\f', 13: b'\\r'}
    t.update({ord(k): v.encode() for k, v in extra.items()})
    return t


JS_STR_TABLE = _js_table({'"': '\\u0022', '`': '\\u0060', '&': '\\u0026', "'": '\\u0027', '+': '\\u002b',
                          '/': '\\/', '<': '\\u003c', '>': '\\u003e', '\\': '\\\\'})
JS_BQ_STR_TABLE = {**JS_STR_TABLE, ord('$'): b'\\u0024', ord('{'): b'\\u007b', ord('}'): b'\\u007d'}
JS_STR_NORM_TABLE = {k: v for k, v in JS_STR_TABLE.items() if k != 0x5c}
JS_REGEXP_TABLE = _js_table({'"': '\\u0022', '$': '\\$', '&': '\\u0026', "'": '\\u0027', '(': '\\(',
                             ')': '\\)', '*': '\\*', '+': '\\u002b', '-': '\\-', '.': '\\.', '/': '\\/',
                             '<': '\\u003c', '>': '\\u003e', '?': '\\?', '[': '\\[', '\\': '\\\\',
                             ']': '\\]', '^': '\\^', '{': '\\{', '|': '\\|', '}': '\\}'})


def js_replace(s, table):
    out = bytearray()
    written = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = gostr.decode_rune(s, i)
        if r < 0x20:
            repl = _LOW[r]
        elif r < 0x80 and r in table:
            repl = table[r]
        elif r == 0x2028:
            repl = b'\\u2028'
        elif r == 0x2029:
            repl = b'\\u2029'
        else:
            i += w
            continue
        out += s[written:i] + repl
        written = i + w
        i += w
    if written == 0:
        return s
    return bytes(out + s[written:])


def js_str_escaper(args):
    s, t = stringify(args)
    if t == TR.CT_JS_STR:
        return js_replace(s, JS_STR_NORM_TABLE)
    return js_replace(s, JS_STR_TABLE)


def js_tmpl_lit_escaper(args):
    s, _ = stringify(args)
    return js_replace(s, JS_BQ_STR_TABLE)


def js_regexp_escaper(args):
    s, _ = stringify(args)
    s = js_replace(s, JS_REGEXP_TABLE)
    return s or b'(?:)'


def _json_marshaler_rt():
    return package_rtype('encoding/json', 'Marshaler')


def _implements_marshaler(rt):
    """json.Marshaler, which time.Time is too (encoding/json writes it itself here)."""
    from ...runtime import introspect as I
    t = rt.elem if rt.kind == R.POINTER else rt
    if t.named and t.pkg_path == 'time' and t.name == 'time.Time':
        return True
    return I.implements(rt, _json_marshaler_rt())


def indirect_to_json_marshaler(iface):
    if iface is None:
        return None
    v = V.from_iface(iface)
    while not _implements_marshaler(v.rt) and v.kind == R.POINTER and not v.is_nil():
        v = v.elem()
    return v.interface()


_SCRIPT_TAG = re.compile(rb'(?i)<(/?)script')


def js_val_escaper(args):
    """A value as a JavaScript expression: its JSON, padded with spaces where
    it could run into an identifier."""
    from ...runtime import introspect as I
    if len(args) == 1:
        a = indirect_to_json_marshaler(args[0])
        if a is not None:
            ct = _content_type(a[0])
            if ct == TR.CT_JS:
                return a[1]
            if ct == TR.CT_JS_STR:
                return b'"' + a[1] + b'"'
            if not _implements_marshaler(a[0]) and V.implements(a[0], V._stringer_rt()):
                a = (V.rt_string(), I.method(a[0], 'String')(a[1]))
    else:
        a = (V.rt_string(), gofmt.sprint([indirect_to_json_marshaler(x) for x in args]))
    from ..json.encode import EncodeError, marshal
    from . import goerr
    try:
        b = marshal(a)
    except EncodeError as e:
        msg = goerr.message(e.err).encode('utf-8', 'surrogateescape')
        msg = _SCRIPT_TAG.sub(rb'\\x3C\1script', msg).replace(b'*/', b'* /').replace(b'<!--', b'\\x3C!--')
        return b' /* ' + msg + b' */null '
    if not b:
        return b' null '
    first, _ = gostr.decode_rune(b, 0)
    last, _ = gostr.decode_last_rune(b)
    pad = _js_ident(first) or _js_ident(last)
    b = b.replace('\u2028'.encode(), b'\\u2028').replace('\u2029'.encode(), b'\\u2029')
    return b' ' + b + b' ' if pad else b


def _js_ident(r):
    return r < 0x80 and TR.is_js_ident_part(r)


# ------------------------------------------------------------------ URLs

def is_safe_url(s):
    protocol, colon, _ = s.partition(b':')
    if colon and b'/' not in protocol:
        if protocol.lower() not in (b'http', b'https', b'mailto'):
            return False
    return True


def url_filter(args):
    s, t = stringify(args)
    if t == TR.CT_URL:
        return s
    if not is_safe_url(s):
        return b'#' + FAILSAFE
    return s


_URL_RESERVED = frozenset(b"!#$&*+,/:;=?@[]")
_URL_UNRESERVED = frozenset(b'-._~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _hex(c):
    return 48 <= c <= 57 or 97 <= c <= 102 or 65 <= c <= 70


def process_url(s, norm):
    """(s with the bytes a URL may not hold %-escaped, whether anything changed);
    norm keeps reserved characters and existing %XX escapes."""
    out = bytearray()
    written = 0
    n = len(s)
    for i in range(n):
        c = s[i]
        if c in _URL_UNRESERVED:
            continue
        if c in _URL_RESERVED and norm:
            continue
        if c == 0x25 and norm and i + 2 < n and _hex(s[i + 1]) and _hex(s[i + 2]):
            continue
        out += s[written:i] + b'%%%02x' % c
        written = i + 1
    out += s[written:]
    return bytes(out), written != 0


def _url_processor(norm, args):
    s, t = stringify(args)
    if t == TR.CT_URL:
        norm = True
    b, changed = process_url(s, norm)
    return b if changed else s


def url_escaper(args):
    return _url_processor(False, args)


def url_normalizer(args):
    return _url_processor(True, args)


def _html_space(c):
    return c in b'\t\n\f\r '


def _html_space_or_alnum(c):
    return _html_space(c) or c < 0x80 and (chr(c).isascii() and chr(c).isalnum())


def _srcset_element(s, left, right, out):
    start = left
    while start < right and _html_space(s[start]):
        start += 1
    end = right
    for i in range(start, right):
        if _html_space(s[i]):
            end = i
            break
    url = s[start:end]
    if is_safe_url(url) and all(_html_space_or_alnum(s[i]) for i in range(end, right)):
        out += s[left:start] + process_url(url, True)[0] + s[end:right]
        return
    out += b'#' + FAILSAFE


def srcset_escaper(args):
    s, t = stringify(args)
    if t == TR.CT_SRCSET:
        return s
    if t == TR.CT_URL:
        b, changed = process_url(s, True)
        return (b if changed else s).replace(b',', b'%2c')
    out = bytearray()
    written = 0
    for i in range(len(s)):
        if s[i] == 0x2c:
            _srcset_element(s, written, i, out)
            out += b','
            written = i + 1
    _srcset_element(s, written, len(s), out)
    return bytes(out)


# ------------------------------------------------------------------ CSS

CSS_TABLE = {0: b'\\0', 9: b'\\9', 10: b'\\a', 12: b'\\c', 13: b'\\d', 0x22: b'\\22', 0x26: b'\\26',
             0x27: b'\\27', 0x28: b'\\28', 0x29: b'\\29', 0x2b: b'\\2b', 0x2f: b'\\2f', 0x3a: b'\\3a',
             0x3b: b'\\3b', 0x3c: b'\\3c', 0x3e: b'\\3e', 0x5c: b'\\\\', 0x7b: b'\\7b', 0x7d: b'\\7d'}


def css_escaper(args):
    s, _ = stringify(args)
    out = bytearray()
    written = 0
    n = len(s)
    for i in range(n):
        repl = CSS_TABLE.get(s[i])
        if repl is None:
            continue
        out += s[written:i] + repl
        written = i + 1
        if repl != b'\\\\' and (written == n or _hex(s[written]) or s[written] in b'\t\n\f\r '):
            out += b' '
    if written == 0:
        return s
    return bytes(out + s[written:])


def css_value_filter(args):
    s, t = stringify(args)
    if t == TR.CT_CSS:
        return s
    b = TR.decode_css(s)
    ident = bytearray()
    for i, c in enumerate(b):
        if c in b'\x00"\'()/;@[\\]`{}<>':
            return FAILSAFE
        if c == 0x2d:
            if i != 0 and b[i - 1] == 0x2d:
                return FAILSAFE
        elif c < 0x80 and TR.is_css_nmchar(c):
            ident.append(c)
    ident = bytes(ident).lower()
    if b'expression' in ident or b'mozbinding' in ident:
        return FAILSAFE
    return b


ESCAPERS = {
    '_html_template_attrescaper': attr_escaper,
    '_html_template_commentescaper': comment_escaper,
    '_html_template_cssescaper': css_escaper,
    '_html_template_cssvaluefilter': css_value_filter,
    '_html_template_htmlnamefilter': html_name_filter,
    '_html_template_htmlescaper': html_escaper,
    '_html_template_jsregexpescaper': js_regexp_escaper,
    '_html_template_jsstrescaper': js_str_escaper,
    '_html_template_jstmpllitescaper': js_tmpl_lit_escaper,
    '_html_template_jsvalescaper': js_val_escaper,
    '_html_template_nospaceescaper': nospace_escaper,
    '_html_template_rcdataescaper': rcdata_escaper,
    '_html_template_srcsetescaper': srcset_escaper,
    '_html_template_urlescaper': url_escaper,
    '_html_template_urlfilter': url_filter,
    '_html_template_urlnormalizer': url_normalizer,
    '_eval_args_': eval_args,
}
