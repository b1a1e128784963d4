"""html/template's contexts: where in an HTML document a point of the
template's output falls (text, a tag, an attribute value of some kind, a URL
and which part of it, JavaScript and its string/regexp/comment states, CSS),
and the escaping errors (html/template's *Error) found while following it.

A Context is immutable (transitions make new ones); its printed form and the
names derived templates get from it (`t$htmltemplate_stateJS...`) are Go's.
"""
from __future__ import annotations

STATES = ('stateText stateTag stateAttrName stateAfterName stateBeforeValue stateHTMLCmt stateRCDATA '
          'stateAttr stateURL stateSrcset stateJS stateJSDqStr stateJSSqStr stateJSTmplLit stateJSRegexp '
          'stateJSBlockCmt stateJSLineCmt stateJSHTMLOpenCmt stateJSHTMLCloseCmt stateCSS stateCSSDqStr '
          'stateCSSSqStr stateCSSDqURL stateCSSSqURL stateCSSURL stateCSSBlockCmt stateCSSLineCmt '
          'stateError stateMetaContent stateMetaContentURL stateDead').split()
(TEXT, TAG, ATTR_NAME, AFTER_NAME, BEFORE_VALUE, HTML_CMT, RCDATA, ATTR, URL, SRCSET, JS, JS_DQ_STR,
 JS_SQ_STR, JS_TMPL_LIT, JS_REGEXP, JS_BLOCK_CMT, JS_LINE_CMT, JS_HTML_OPEN_CMT, JS_HTML_CLOSE_CMT, CSS,
 CSS_DQ_STR, CSS_SQ_STR, CSS_DQ_URL, CSS_SQ_URL, CSS_URL, CSS_BLOCK_CMT, CSS_LINE_CMT, ERROR, META_CONTENT,
 META_CONTENT_URL, DEAD) = range(len(STATES))

DELIMS = ('delimNone', 'delimDoubleQuote', 'delimSingleQuote', 'delimSpaceOrTagEnd')
DELIM_NONE, DELIM_DQ, DELIM_SQ, DELIM_SPACE = range(4)

URL_PARTS = ('urlPartNone', 'urlPartPreQuery', 'urlPartQueryOrFrag', 'urlPartUnknown')
URL_NONE, URL_PRE_QUERY, URL_QUERY_OR_FRAG, URL_UNKNOWN = range(4)

JS_CTXS = ('jsCtxRegexp', 'jsCtxDivOp', 'jsCtxUnknown')
JS_REGEXP_CTX, JS_DIV_OP, JS_UNKNOWN = range(3)

ELEMENTS = ('elementNone', 'elementScript', 'elementStyle', 'elementTextarea', 'elementTitle', 'elementMeta')
EL_NONE, EL_SCRIPT, EL_STYLE, EL_TEXTAREA, EL_TITLE, EL_META = range(6)

ATTRS = ('attrNone', 'attrScript', 'attrScriptType', 'attrStyle', 'attrURL', 'attrSrcset', 'attrMetaContent')
AT_NONE, AT_SCRIPT, AT_SCRIPT_TYPE, AT_STYLE, AT_URL, AT_SRCSET, AT_META_CONTENT = range(7)

COMMENT_STATES = frozenset({HTML_CMT, JS_BLOCK_CMT, JS_LINE_CMT, JS_HTML_OPEN_CMT, JS_HTML_CLOSE_CMT,
                            CSS_BLOCK_CMT, CSS_LINE_CMT})
IN_TAG_STATES = frozenset({TAG, ATTR_NAME, AFTER_NAME, BEFORE_VALUE, ATTR})
SCRIPT_LITERAL_STATES = frozenset({JS_DQ_STR, JS_SQ_STR, JS_TMPL_LIT, JS_REGEXP})

# error codes (html/template's ErrorCode values)
(OK, ERR_AMBIG_CONTEXT, ERR_BAD_HTML, ERR_BRANCH_END, ERR_END_CONTEXT, ERR_NO_SUCH_TEMPLATE,
 ERR_OUTPUT_CONTEXT, ERR_PARTIAL_CHARSET, ERR_PARTIAL_ESCAPE, ERR_RANGE_LOOP_REENTRY, ERR_SLASH_AMBIG,
 ERR_PREDEFINED_ESCAPER, ERR_JS_TEMPLATE) = range(13)


class HtmlError:
    """An escaping error, as it is being built (its line and text may still
    change); html.py makes the Go *Error of it."""
    __slots__ = ('code', 'node', 'name', 'line', 'description')

    def __init__(self, code, node, line, description):
        self.code = code
        self.node = node
        self.name = ''
        self.line = line
        self.description = description

    def text(self):
        if self.node is not None:
            from .execute import error_context
            loc, _ = error_context(self.node)
            return f'html/template:{loc}: {self.description}'
        if self.line:
            return f'html/template:{self.name}:{self.line}: {self.description}'
        if self.name:
            return f'html/template:{self.name}: {self.description}'
        return 'html/template: ' + self.description


class Context:
    __slots__ = ('state', 'delim', 'url_part', 'js_ctx', 'js_brace_depth', 'attr', 'element', 'n', 'err')

    def __init__(self, state=TEXT, delim=DELIM_NONE, url_part=URL_NONE, js_ctx=JS_REGEXP_CTX,
                 js_brace_depth=None, attr=AT_NONE, element=EL_NONE, err=None):
        self.state = state
        self.delim = delim
        self.url_part = url_part
        self.js_ctx = js_ctx
        self.js_brace_depth = js_brace_depth     # None, or a tuple of ints
        self.attr = attr
        self.element = element
        self.n = None                            # the break/continue node a context was taken at
        self.err = err

    def but(self, **kw):
        """A copy with some fields changed."""
        c = Context(self.state, self.delim, self.url_part, self.js_ctx, self.js_brace_depth, self.attr,
                    self.element, self.err)
        c.n = self.n
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    def eq(self, d):
        return (self.state == d.state and self.delim == d.delim and self.url_part == d.url_part
                and self.js_ctx == d.js_ctx and (self.js_brace_depth or ()) == (d.js_brace_depth or ())
                and self.attr == d.attr and self.element == d.element and self.err is d.err)

    def __str__(self):
        depth = '[' + ' '.join(str(x) for x in self.js_brace_depth or ()) + ']'
        err = self.err.text() if self.err is not None else '<nil>'
        return (f'{{{STATES[self.state]} {DELIMS[self.delim]} {URL_PARTS[self.url_part]} '
                f'{JS_CTXS[self.js_ctx]} {depth} {ATTRS[self.attr]} {ELEMENTS[self.element]} {err}}}')

    def mangle(self, name):
        """The name of template name's copy for this start context."""
        if self.state == TEXT:
            return name
        s = name + '$htmltemplate_' + STATES[self.state]
        if self.delim != DELIM_NONE:
            s += '_' + DELIMS[self.delim]
        if self.url_part != URL_NONE:
            s += '_' + URL_PARTS[self.url_part]
        if self.js_ctx != JS_REGEXP_CTX:
            s += '_' + JS_CTXS[self.js_ctx]
        if self.js_brace_depth is not None:
            s += '_jsBraceDepth([' + ' '.join(str(x) for x in self.js_brace_depth) + '])'
        if self.attr != AT_NONE:
            s += '_' + ATTRS[self.attr]
        if self.element != EL_NONE:
            s += '_' + ELEMENTS[self.element]
        return s


def error_context(code, node, line, description):
    return Context(ERROR, err=HtmlError(code, node, line, description))
