"""How template text moves html/template's context: one function per state
takes the context and the text that follows and gives the context after the
part of the text it consumed, and how much that was (Go's transition table,
with its quirks: `</script` inside a JS string, `<!--` in scripts, url(...)
in CSS, meta refresh URLs)."""
from __future__ import annotations

import re

from . import htmlctx as H
from .htmlctx import Context, error_context

_SPACE = b' \t\n\f\r'


def eat_white_space(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


def _q(b):
    """Go's %q of bytes."""
    from ...text import gostr
    return gostr.quote(bytes(b))


def _q32(b):
    """Go's %.32q: at most 32 runes, quoted."""
    from ...text import gostr
    runes = gostr.to_runes(bytes(b))[:32]
    return gostr.quote(gostr.from_runes(runes)) if len(runes) == 32 else gostr.quote(bytes(b))


# ------------------------------------------------------------------ HTML

ELEMENT_NAMES = {b'script': H.EL_SCRIPT, b'style': H.EL_STYLE, b'textarea': H.EL_TEXTAREA,
                 b'title': H.EL_TITLE, b'meta': H.EL_META}


def _alpha(c):
    return 65 <= c <= 90 or 97 <= c <= 122


def _alnum(c):
    return _alpha(c) or 48 <= c <= 57


def eat_tag_name(s, i):
    n = len(s)
    if i == n or not _alpha(s[i]):
        return i, H.EL_NONE
    j = i + 1
    while j < n:
        x = s[j]
        if _alnum(x):
            j += 1
        elif x in b':-' and j + 1 < n and _alnum(s[j + 1]):
            j += 2
        else:
            break
    return j, ELEMENT_NAMES.get(bytes(s[i:j]).lower(), H.EL_NONE)


def eat_attr_name(s, i):
    """(end of the attribute name at i, None) or (-1, error context)."""
    for j in range(i, len(s)):
        c = s[j]
        if c in b' \t\n\f\r=>':
            return j, None
        if c in b'\'"<':
            return -1, error_context(H.ERR_BAD_HTML, None, 0,
                                     f'{_q(s[j:j + 1])} in attribute name: {_q32(s)}')
    return len(s), None


def t_text(c, s):
    k = 0
    n = len(s)
    while True:
        i = s.find(b'<', k)
        if i < 0 or i + 1 == n:
            return c, n
        if s.startswith(b'<!--', i):
            return Context(H.HTML_CMT), i + 4
        i += 1
        end = False
        if s[i] == 0x2f:
            if i + 1 == n:
                return c, n
            end, i = True, i + 1
        j, e = eat_tag_name(s, i)
        if j != i:
            return Context(H.TAG, element=H.EL_NONE if end else e), j
        k = j


ELEMENT_CONTENT = {H.EL_NONE: H.TEXT, H.EL_SCRIPT: H.JS, H.EL_STYLE: H.CSS, H.EL_TEXTAREA: H.RCDATA,
                   H.EL_TITLE: H.RCDATA, H.EL_META: H.TEXT}


def t_tag(c, s):
    i = eat_white_space(s, 0)
    if i == len(s):
        return c, len(s)
    if s[i] == 0x3e:
        if c.element == H.EL_META:
            return Context(H.TEXT), i + 1
        return Context(ELEMENT_CONTENT[c.element], element=c.element), i + 1
    j, err = eat_attr_name(s, i)
    if err is not None:
        return err, len(s)
    if i == j:
        return error_context(H.ERR_BAD_HTML, None, 0,
                             f'expected space, attr name, or end of tag, but got {_q(s[i:])}'), len(s)
    name = bytes(s[i:j]).lower().decode('utf-8', 'surrogateescape')
    if c.element == H.EL_SCRIPT and name == 'type':
        attr = H.AT_SCRIPT_TYPE
    elif c.element == H.EL_META and name == 'content':
        attr = H.AT_META_CONTENT
    else:
        attr = _ATTR_OF_CONTENT.get(attr_type(name), H.AT_NONE)
    state = H.ATTR_NAME if j == len(s) else H.AFTER_NAME
    return Context(state, element=c.element, attr=attr), j


def t_attr_name(c, s):
    i, err = eat_attr_name(s, 0)
    if err is not None:
        return err, len(s)
    if i != len(s):
        c = c.but(state=H.AFTER_NAME)
    return c, i


def t_after_name(c, s):
    i = eat_white_space(s, 0)
    if i == len(s):
        return c, len(s)
    if s[i] != 0x3d:
        return c.but(state=H.TAG), i
    return c.but(state=H.BEFORE_VALUE), i + 1


ATTR_START = {H.AT_NONE: H.ATTR, H.AT_SCRIPT: H.JS, H.AT_SCRIPT_TYPE: H.ATTR, H.AT_STYLE: H.CSS,
              H.AT_URL: H.URL, H.AT_SRCSET: H.SRCSET, H.AT_META_CONTENT: H.META_CONTENT}


def t_before_value(c, s):
    i = eat_white_space(s, 0)
    if i == len(s):
        return c, len(s)
    delim = H.DELIM_SPACE
    if s[i] == 0x27:
        delim, i = H.DELIM_SQ, i + 1
    elif s[i] == 0x22:
        delim, i = H.DELIM_DQ, i + 1
    return c.but(state=ATTR_START[c.attr], delim=delim), i


def t_html_cmt(c, s):
    i = s.find(b'-->')
    if i >= 0:
        return Context(), i + 3
    return c, len(s)


_END_MARKERS = {H.EL_SCRIPT: b'script', H.EL_STYLE: b'style', H.EL_TEXTAREA: b'textarea',
                H.EL_TITLE: b'title', H.EL_META: b''}


def t_special_tag_end(c, s):
    """The end of a script, style, textarea or title element's content."""
    if c.element != H.EL_NONE:
        if c.element == H.EL_SCRIPT and (c.state in H.SCRIPT_LITERAL_STATES or c.state in H.COMMENT_STATES):
            return c, len(s)
        i = index_tag_end(s, _END_MARKERS[c.element])
        if i != -1:
            return Context(), i
    return c, len(s)


def index_tag_end(s, tag):
    """Where `</tag` followed by a separator starts in s (case-insensitively), or -1."""
    res = 0
    while s:
        i = s.find(b'</')
        if i < 0:
            return -1
        s = s[i + 2:]
        if len(tag) <= len(s) and bytes(s[:len(tag)]).lower() == tag:
            s = s[len(tag):]
            if s and s[0] in b'> \t\n\f/':
                return res + i
            res += len(tag)
        res += i + 2
    return -1


def t_attr(c, s):
    return c, len(s)


def t_url(c, s):
    if b'#' in s or b'?' in s:
        c = c.but(url_part=H.URL_QUERY_OR_FRAG)
    elif len(s) != eat_white_space(s, 0) and c.url_part == H.URL_NONE:
        c = c.but(url_part=H.URL_PRE_QUERY)
    return c, len(s)


# ------------------------------------------------------------------ JavaScript

JS_WHITESPACE = ('\f\n\r\t\v \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009'
                 '\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')

_REGEXP_PRECEDERS = frozenset(b'break case continue delete do else finally in instanceof return throw try '
                              b'typeof void yield'.split())


def _trim_js_space(s):
    return s.decode('utf-8', 'surrogateescape').rstrip(JS_WHITESPACE).encode('utf-8', 'surrogateescape')


def is_js_ident_part(c):
    return c == 0x24 or c == 0x5f or _alnum(c)


def next_js_ctx(s, preceding):
    """Whether a '/' after JS text s starts a regexp or is a division."""
    s = _trim_js_space(bytes(s))
    if not s:
        return preceding
    c, n = s[-1], len(s)
    if c in b'+-':
        start = n - 1
        while start > 0 and s[start - 1] == c:
            start -= 1
        return H.JS_REGEXP_CTX if (n - start) & 1 else H.JS_DIV_OP
    if c == 0x2e:
        if n != 1 and 48 <= s[n - 2] <= 57:
            return H.JS_DIV_OP
        return H.JS_REGEXP_CTX
    if c in b',<>=*%&|^?!~([:;{}':
        return H.JS_REGEXP_CTX
    j = n
    while j > 0 and is_js_ident_part(s[j - 1]):
        j -= 1
    if s[j:] in _REGEXP_PRECEDERS and not _trim_js_space(s[:j]).endswith(b'.'):
        return H.JS_REGEXP_CTX
    return H.JS_DIV_OP


_JS_SPECIAL = re.compile(rb'["`\'/{}<\-#]')


def t_js(c, s):
    m = _JS_SPECIAL.search(s)
    if m is None:
        return c.but(js_ctx=next_js_ctx(s, c.js_ctx)), len(s)
    i = m.start()
    c = c.but(js_ctx=next_js_ctx(s[:i], c.js_ctx))
    ch = s[i]
    n = len(s)
    if ch == 0x22:
        c = c.but(state=H.JS_DQ_STR, js_ctx=H.JS_REGEXP_CTX)
    elif ch == 0x27:
        c = c.but(state=H.JS_SQ_STR, js_ctx=H.JS_REGEXP_CTX)
    elif ch == 0x60:
        c = c.but(state=H.JS_TMPL_LIT, js_ctx=H.JS_REGEXP_CTX)
    elif ch == 0x2f:
        if i + 1 < n and s[i + 1] == 0x2f:
            c, i = c.but(state=H.JS_LINE_CMT), i + 1
        elif i + 1 < n and s[i + 1] == 0x2a:
            c, i = c.but(state=H.JS_BLOCK_CMT), i + 1
        elif c.js_ctx == H.JS_REGEXP_CTX:
            c = c.but(state=H.JS_REGEXP)
        elif c.js_ctx == H.JS_DIV_OP:
            c = c.but(js_ctx=H.JS_REGEXP_CTX)
        else:
            return error_context(H.ERR_SLASH_AMBIG, None, 0,
                                 f"'/' could start a division or regexp: {_q32(s[i:])}"), n
    elif ch == 0x3c:
        if i + 3 < n and s.startswith(b'<!--', i):
            c, i = c.but(state=H.JS_HTML_OPEN_CMT), i + 3
    elif ch == 0x2d:
        if i + 2 < n and s.startswith(b'-->', i):
            c, i = c.but(state=H.JS_HTML_CLOSE_CMT), i + 2
    elif ch == 0x23:
        if i + 1 < n and s[i + 1] == 0x21:
            return c.but(state=H.JS_LINE_CMT), i + 2
        while i + 1 < n and is_js_ident_part(s[i + 1]):
            i += 1
        c = c.but(js_ctx=H.JS_DIV_OP)
    elif ch == 0x7b:
        depth = c.js_brace_depth
        if not depth:
            return c.but(js_ctx=next_js_ctx(s[i:i + 1], c.js_ctx)), i + 1
        c = c.but(js_brace_depth=depth[:-1] + (depth[-1] + 1,), js_ctx=next_js_ctx(s[i:i + 1], c.js_ctx))
    elif ch == 0x7d:
        depth = c.js_brace_depth
        if not depth:
            return c.but(js_ctx=next_js_ctx(s[i:i + 1], c.js_ctx)), i + 1
        if depth[-1] - 1 >= 0:
            return c.but(js_brace_depth=depth[:-1] + (depth[-1] - 1,),
                         js_ctx=next_js_ctx(s[i:i + 1], c.js_ctx)), i + 1
        c = c.but(js_brace_depth=depth[:-1], state=H.JS_TMPL_LIT)
    return c, i + 1


def _partial_escape(what, s):
    return error_context(H.ERR_PARTIAL_ESCAPE, None, 0, f'unfinished escape sequence in {what}: {_q(s)}'), len(s)


_JS_TMPL_SPECIAL = re.compile(rb'[`\\$]')


def t_js_tmpl(c, s):
    k = 0
    n = len(s)
    while True:
        m = _JS_TMPL_SPECIAL.search(s, k)
        if m is None:
            return c, n
        i = m.start()
        ch = s[i]
        if ch == 0x5c:
            i += 1
            if i == n:
                return _partial_escape('JS string', s)
        elif ch == 0x24:
            if n >= i + 2 and s[i + 1] == 0x7b:
                depth = (c.js_brace_depth or ()) + (0,)
                return c.but(js_brace_depth=depth, state=H.JS, js_ctx=H.JS_REGEXP_CTX), i + 2
        else:
            return c.but(state=H.JS), i + 1
        k = i + 1


_DELIMITED_SPECIALS = {H.JS_DQ_STR: rb'[\\"]', H.JS_SQ_STR: rb"[\\']", H.JS_REGEXP: rb'[\\/\[\]]'}


def t_js_delimited(c, s):
    pattern = re.compile(_DELIMITED_SPECIALS[c.state])
    k, in_charset = 0, False
    n = len(s)
    while True:
        m = pattern.search(s, k)
        if m is None:
            break
        i = m.start()
        ch = s[i]
        if ch == 0x5c:
            i += 1
            if i == n:
                return _partial_escape('JS string', s)
        elif ch == 0x5b:
            in_charset = True
        elif ch == 0x5d:
            in_charset = False
        elif ch == 0x2f:
            if i > 0 and i + 7 <= n and bytes(s[i - 1:i + 7]).lower() == b'</script':
                i += 1
            elif not in_charset:
                return c.but(state=H.JS, js_ctx=H.JS_DIV_OP), i + 1
        elif not in_charset:
            return c.but(state=H.JS, js_ctx=H.JS_DIV_OP), i + 1
        k = i + 1
    if in_charset:
        return error_context(H.ERR_PARTIAL_CHARSET, None, 0, f'unfinished JS regexp charset: {_q(s)}'), n
    return c, n


def t_block_cmt(c, s):
    i = s.find(b'*/')
    if i < 0:
        return c, len(s)
    return c.but(state=H.JS if c.state == H.JS_BLOCK_CMT else H.CSS), i + 2


def t_line_cmt(c, s):
    if c.state == H.CSS_LINE_CMT:
        ends, end_state = ('\n', '\f', '\r'), H.CSS
    else:
        ends, end_state = ('\n', '\r', '\u2028', '\u2029'), H.JS
    t = s.decode('utf-8', 'surrogateescape')
    best = -1
    for e in ends:
        j = t.find(e)
        if j >= 0 and (best < 0 or j < best):
            best = j
    if best < 0:
        return c, len(s)
    return c.but(state=end_state), len(t[:best].encode('utf-8', 'surrogateescape'))


# ------------------------------------------------------------------ CSS

def is_css_nmchar(r):
    return (97 <= r <= 122 or 65 <= r <= 90 or 48 <= r <= 57 or r == 0x2d or r == 0x5f
            or 0x80 <= r <= 0xd7ff or 0xe000 <= r <= 0xfffd or 0x10000 <= r <= 0x10ffff)


def ends_with_css_keyword(b, kw):
    from ...text import gostr
    i = len(b) - len(kw)
    if i < 0:
        return False
    if i != 0:
        r, _ = gostr.decode_last_rune(bytes(b[:i]))
        if is_css_nmchar(r):
            return False
    return bytes(b[i:]).lower() == kw


_CSS_SPECIAL = re.compile(rb'[("\'/]')


def t_css(c, s):
    k = 0
    n = len(s)
    while True:
        m = _CSS_SPECIAL.search(s, k)
        if m is None:
            return c, n
        i = m.start()
        ch = s[i]
        if ch == 0x28:
            p = s[:i].rstrip(b'\t\n\f\r ')
            if ends_with_css_keyword(p, b'url'):
                j = n - len(s[i + 1:].lstrip(b'\t\n\f\r '))
                if j != n and s[j] == 0x22:
                    return c.but(state=H.CSS_DQ_URL), j + 1
                if j != n and s[j] == 0x27:
                    return c.but(state=H.CSS_SQ_URL), j + 1
                return c.but(state=H.CSS_URL), j
        elif ch == 0x2f:
            if i + 1 < n:
                if s[i + 1] == 0x2f:
                    return c.but(state=H.CSS_LINE_CMT), i + 2
                if s[i + 1] == 0x2a:
                    return c.but(state=H.CSS_BLOCK_CMT), i + 2
        elif ch == 0x22:
            return c.but(state=H.CSS_DQ_STR), i + 1
        elif ch == 0x27:
            return c.but(state=H.CSS_SQ_STR), i + 1
        k = i + 1


_CSS_STR_ENDS = {H.CSS_DQ_STR: rb'[\\"]', H.CSS_DQ_URL: rb'[\\"]', H.CSS_SQ_STR: rb"[\\']",
                 H.CSS_SQ_URL: rb"[\\']", H.CSS_URL: rb'[\\\t\n\f\r )]'}


def t_css_str(c, s):
    pattern = re.compile(_CSS_STR_ENDS[c.state])
    k = 0
    n = len(s)
    while True:
        m = pattern.search(s, k)
        if m is None:
            c, nread = t_url(c, decode_css(s[k:]))
            return c, k + nread
        i = m.start()
        if s[i] == 0x5c:
            i += 1
            if i == n:
                return _partial_escape('CSS string', s)
        else:
            return c.but(state=H.CSS), i + 1
        c, _ = t_url(c, decode_css(s[:i + 1]))
        k = i + 1


def _is_hex(c):
    return 48 <= c <= 57 or 97 <= c <= 102 or 65 <= c <= 70


def decode_css(s):
    """CSS escapes (\\hex and \\char) decoded."""
    from ...text import gostr
    s = bytes(s)
    if b'\\' not in s:
        return s
    out = bytearray()
    while s:
        i = s.find(b'\\')
        if i < 0:
            i = len(s)
        out += s[:i]
        s = s[i:]
        if len(s) < 2:
            break
        if _is_hex(s[1]):
            j = 2
            while j < len(s) and j < 7 and _is_hex(s[j]):
                j += 1
            r = int(s[1:j], 16)
            if r > 0x10FFFF:
                r, j = r // 16, j - 1
            out += gostr.encode_rune(r)
            s = _skip_css_space(s[j:])
        else:
            _, size = gostr.decode_rune(s, 1)
            out += s[1:1 + size]
            s = s[1 + size:]
    return bytes(out)


def _skip_css_space(c):
    if not c:
        return c
    if c[0] in b'\t\n\f ':
        return c[1:]
    if c[0] == 0x0d:
        return c[2:] if c[1:2] == b'\n' else c[1:]
    return c


# ------------------------------------------------------------------ meta refresh

def t_meta_content(c, s):
    n = len(s)
    for i in range(n):
        if i + 3 <= n - 1 and bytes(s[i:i + 3]).lower() == b'url':
            j = eat_white_space(s, i + 3)
            if j < n and s[j] == 0x3d:
                return c.but(state=H.META_CONTENT_URL), j + 1
    return c, n


def t_meta_content_url(c, s):
    i = s.find(b';')
    if i >= 0:
        return c.but(state=H.META_CONTENT), i + 1
    return c, len(s)


def t_error(c, s):
    return c, len(s)


TRANSITIONS = {
    H.TEXT: t_text, H.TAG: t_tag, H.ATTR_NAME: t_attr_name, H.AFTER_NAME: t_after_name,
    H.BEFORE_VALUE: t_before_value, H.HTML_CMT: t_html_cmt, H.RCDATA: t_special_tag_end, H.ATTR: t_attr,
    H.URL: t_url, H.META_CONTENT: t_meta_content, H.META_CONTENT_URL: t_meta_content_url, H.SRCSET: t_url,
    H.JS: t_js, H.JS_DQ_STR: t_js_delimited, H.JS_SQ_STR: t_js_delimited, H.JS_REGEXP: t_js_delimited,
    H.JS_TMPL_LIT: t_js_tmpl, H.JS_BLOCK_CMT: t_block_cmt, H.JS_LINE_CMT: t_line_cmt,
    H.JS_HTML_OPEN_CMT: t_line_cmt, H.JS_HTML_CLOSE_CMT: t_line_cmt, H.CSS: t_css, H.CSS_DQ_STR: t_css_str,
    H.CSS_SQ_STR: t_css_str, H.CSS_DQ_URL: t_css_str, H.CSS_SQ_URL: t_css_str, H.CSS_URL: t_css_str,
    H.CSS_BLOCK_CMT: t_block_cmt, H.CSS_LINE_CMT: t_line_cmt, H.ERROR: t_error,
}

_DELIM_ENDS = {H.DELIM_DQ: re.compile(b'"'), H.DELIM_SQ: re.compile(b"'"),
               H.DELIM_SPACE: re.compile(b'[ \t\n\f\r>]')}

_JS_TYPES = frozenset({
    '', 'application/ecmascript', 'application/javascript', 'application/json', 'application/ld+json',
    'application/x-ecmascript', 'application/x-javascript', 'module', 'text/ecmascript', 'text/javascript',
    'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3',
    'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript',
    'text/x-javascript'})


def is_js_type(mime):
    t = mime.split(';', 1)[0].lower().strip(' \t\n\v\f\r\x85\xa0')
    return t in _JS_TYPES


def delim_end(c, s):
    """Where the attribute value delimited by c.delim ends in s (len(s) if it does not)."""
    m = _DELIM_ENDS[c.delim].search(s)
    return m.start() if m else len(s)


def context_after_text(c, s):
    """(context after a prefix of text s, the prefix's length)."""
    if c.delim == H.DELIM_NONE:
        c1, i = t_special_tag_end(c, s)
        if i == 0:
            return c1, 0     # a special tag's end: the element's content is over
        return TRANSITIONS[c.state](c, s[:i])
    i = delim_end(c, s)
    if c.delim == H.DELIM_SPACE:
        m = re.search(b'["\'<=`]', s[:i])
        if m is not None:
            j = m.start()
            return error_context(H.ERR_BAD_HTML, None, 0,
                                 f'{_q(s[j:j + 1])} in unquoted attr: {_q(s[:i])}'), len(s)
    if i == len(s):
        # the whole value is attribute text: entities are decoded before the
        # value's own grammar (URL, JS, CSS) sees it
        u = _html_unescape(bytes(s))
        while u:
            c1, i1 = TRANSITIONS[c.state](c, u)
            c, u = c1, u[i1:]
        return c, len(s)
    element = c.element
    if (c.state == H.ATTR and c.element == H.EL_SCRIPT and c.attr == H.AT_SCRIPT_TYPE
            and not is_js_type(bytes(s[:i]).decode('utf-8', 'surrogateescape'))):
        element = H.EL_NONE
    if c.delim != H.DELIM_SPACE:
        i += 1
    return Context(H.TAG, element=element), i


def _html_unescape(b):
    from .. import html as gohtml
    return gohtml.UnescapeString(b)


# ------------------------------------------------------------------ attribute types

(CT_PLAIN, CT_CSS, CT_HTML, CT_HTML_ATTR, CT_JS, CT_JS_STR, CT_URL, CT_SRCSET, CT_UNSAFE) = range(9)

_ATTR_OF_CONTENT = {CT_URL: H.AT_URL, CT_CSS: H.AT_STYLE, CT_JS: H.AT_SCRIPT, CT_SRCSET: H.AT_SRCSET}

_ATTR_TYPES = {}
for _names, _ct in (
        ('accept alt autocomplete autofocus autoplay border checked class cols colspan contenteditable '
         'contextmenu controls coords datetime default dir dirname disabled draggable dropzone for '
         'formtarget headers height hidden high hreflang id ismap kind label lang list loop low max '
         'maxlength media mediagroup min multiple name open optimum placeholder preload pubdate radiogroup '
         'readonly required reversed rows rowspan spellcheck scope scoped seamless selected shape size '
         'sizes span srclang start step tabindex target title width wrap', CT_PLAIN),
        ('accept-charset async challenge charset content crossorigin defer enctype form formenctype '
         'formmethod formnovalidate http-equiv keytype language method novalidate pattern rel sandbox '
         'type value', CT_UNSAFE),
        ('action archive background cite classid codebase data formaction href icon longdesc manifest '
         'poster profile src usemap xmlns', CT_URL),
        ('srcdoc', CT_HTML), ('srcset', CT_SRCSET), ('style', CT_CSS)):
    for _n in _names.split():
        _ATTR_TYPES[_n] = _ct


def attr_type(name):
    """What an attribute's value holds, by its (lower-case) name."""
    if name.startswith('data-'):
        name = name[5:]
    elif ':' in name:
        prefix, name = name.split(':', 1)
        if prefix == 'xmlns':
            return CT_URL
    t = _ATTR_TYPES.get(name)
    if t is not None:
        return t
    if name.startswith('on'):
        return CT_JS
    if 'src' in name or 'uri' in name or 'url' in name:
        return CT_URL
    return CT_PLAIN
