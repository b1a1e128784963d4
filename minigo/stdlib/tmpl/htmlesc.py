"""html/template's escaper: follows the context through a template's tree
(text moves it, actions are given the escaping functions their context
needs, branches must end in the same context, a template called in a
non-text context is escaped as a derived copy named for that context) and
then edits the text/template trees in place, as Go's escaper does.

Edits are collected first and committed only when a whole template escaped
without error; an escaping error becomes html/template's *Error.
"""
from __future__ import annotations

import re

from ...runtime.panic import GoPanic
from . import htmlctx as H
from . import htmlfuncs as HF
from . import htmltrans as TR
from . import nodes as N
from . import store
from .funcs import Func
from .htmlctx import Context, error_context
from .parse import Tree

PREDEFINED_ESCAPERS = frozenset({'html', 'urlquery'})

EQUIV_ESCAPERS = {
    '_html_template_attrescaper': 'html',
    '_html_template_htmlescaper': 'html',
    '_html_template_rcdataescaper': 'html',
    '_html_template_urlescaper': 'urlquery',
    '_html_template_urlnormalizer': 'urlquery',
}

# an escaper made redundant by the one before it
REDUNDANT = {
    '_html_template_commentescaper': {'_html_template_attrescaper', '_html_template_htmlescaper'},
    '_html_template_cssescaper': {'_html_template_attrescaper'},
    '_html_template_jsregexpescaper': {'_html_template_attrescaper'},
    '_html_template_jsstrescaper': {'_html_template_attrescaper'},
    '_html_template_jstmpllitescaper': {'_html_template_attrescaper'},
    '_html_template_urlescaper': {'_html_template_urlnormalizer'},
}


def normalize_esc(e):
    return EQUIV_ESCAPERS.get(e, e)


class RangeContext:
    __slots__ = ('outer', 'breaks', 'continues')

    def __init__(self, outer):
        self.outer = outer
        self.breaks = []
        self.continues = []


class Escaper:
    def __init__(self, ns):
        self.ns = ns
        self.output = {}            # template name -> its start context
        self.derived = {}           # name -> derived text template
        self.called = set()
        self.action_edits = {}      # ActionNode -> escaper names
        self.template_edits = {}    # TemplateNode -> callee name
        self.text_edits = {}        # TextNode -> new text
        self.range_ctx = None

    # ------------------------------------------------------------ walking

    def escape(self, c, n):
        kind = n.kind
        if kind == 'action':
            return self.escape_action(c, n)
        if kind in ('break', 'continue'):
            c = c.but()
            c.n = n
            (self.range_ctx.breaks if kind == 'break' else self.range_ctx.continues).append(c)
            return Context(H.DEAD)
        if kind == 'comment':
            return c
        if kind in ('if', 'range', 'with'):
            return self.escape_branch(c, n, kind)
        if kind == 'list':
            return self.escape_list(c, n)
        if kind == 'template':
            return self.escape_template(c, n)
        if kind == 'text':
            return self.escape_text(c, n)
        raise AssertionError('escaping ' + str(n))

    def escape_action(self, c, n):
        if n.pipe.decl:
            return c       # a variable declaration prints nothing
        c = nudge(c)
        cmds = n.pipe.cmds
        for pos, cmd in enumerate(cmds):
            first = cmd.args[0]
            if first.kind != 'identifier' or first.ident not in PREDEFINED_ESCAPERS:
                continue
            if (pos < len(cmds) - 1
                    or c.state == H.ATTR and c.delim == H.DELIM_SPACE and first.ident == 'html'):
                return error_context(H.ERR_PREDEFINED_ESCAPER, n, n.line,
                                     f'predefined escaper {_quote(first.ident)} disallowed in template')
        s = []
        st = c.state
        if st == H.ERROR:
            return c
        if st in (H.URL, H.CSS_DQ_STR, H.CSS_SQ_STR, H.CSS_DQ_URL, H.CSS_SQ_URL, H.CSS_URL):
            part = c.url_part
            if part == H.URL_NONE:
                s.append('_html_template_urlfilter')
            if part in (H.URL_NONE, H.URL_PRE_QUERY):
                if st in (H.CSS_DQ_STR, H.CSS_SQ_STR):
                    s.append('_html_template_cssescaper')
                else:
                    s.append('_html_template_urlnormalizer')
            elif part == H.URL_QUERY_OR_FRAG:
                s.append('_html_template_urlescaper')
            else:
                return error_context(H.ERR_AMBIG_CONTEXT, n, n.line,
                                     f'{n} appears in an ambiguous context within a URL')
        elif st == H.META_CONTENT:
            pass
        elif st == H.META_CONTENT_URL:
            s.append('_html_template_urlfilter')
        elif st == H.JS:
            s.append('_html_template_jsvalescaper')
            c = c.but(js_ctx=H.JS_DIV_OP)       # a value was written: a '/' after it divides
        elif st in (H.JS_DQ_STR, H.JS_SQ_STR):
            s.append('_html_template_jsstrescaper')
        elif st == H.JS_TMPL_LIT:
            s.append('_html_template_jstmpllitescaper')
        elif st == H.JS_REGEXP:
            s.append('_html_template_jsregexpescaper')
        elif st == H.CSS:
            s.append('_html_template_cssvaluefilter')
        elif st == H.TEXT:
            s.append('_html_template_htmlescaper')
        elif st == H.RCDATA:
            s.append('_html_template_rcdataescaper')
        elif st == H.ATTR:
            pass
        elif st in (H.ATTR_NAME, H.TAG):
            c = c.but(state=H.ATTR_NAME)
            s.append('_html_template_htmlnamefilter')
        elif st == H.SRCSET:
            s.append('_html_template_srcsetescaper')
        elif st in H.COMMENT_STATES:
            s.append('_html_template_commentescaper')
        else:
            raise AssertionError('unexpected state ' + H.STATES[st])
        if c.delim == H.DELIM_SPACE:
            s.append('_html_template_nospaceescaper')
        elif c.delim != H.DELIM_NONE:
            s.append('_html_template_attrescaper')
        self.edit(self.action_edits, n, s)
        return c

    def escape_branch(self, c, n, name):
        if name == 'range':
            self.range_ctx = RangeContext(self.range_ctx)
        c0 = self.escape_list(c, n.list)
        if name == 'range':
            if c0.state != H.ERROR:
                c0 = join_range(c0, self.range_ctx)
            self.range_ctx = self.range_ctx.outer
            if c0.state == H.ERROR:
                return c0
            # the loop may run again from where its body ended
            self.range_ctx = RangeContext(self.range_ctx)
            c1, _ = self.escape_list_conditionally(c0, n.list, None)
            c0 = join(c0, c1, n, name)
            if c0.state == H.ERROR:
                self.range_ctx = self.range_ctx.outer
                c0.err.line = n.line
                c0.err.description = 'on range loop re-entry: ' + c0.err.description
                return c0
            c0 = join_range(c0, self.range_ctx)
            self.range_ctx = self.range_ctx.outer
            if c0.state == H.ERROR:
                return c0
        c1 = self.escape_list(c, n.else_list)
        return join(c0, c1, n, name)

    def escape_list(self, c, n):
        if n is None:
            return c
        for m in n.nodes:
            c = self.escape(c, m)
            if c.state == H.DEAD:
                break
        return c

    def escape_list_conditionally(self, c, n, keep):
        """Escape list n in a scratch escaper; its edits are kept only if keep(scratch, context)."""
        e1 = Escaper(self.ns)
        e1.range_ctx = self.range_ctx
        e1.output.update(self.output)
        c = e1.escape_list(c, n)
        ok = keep is not None and keep(e1, c)
        if ok:
            self.output.update(e1.output)
            self.derived.update(e1.derived)
            self.called |= e1.called
            for k, v in e1.action_edits.items():
                self.edit(self.action_edits, k, v)
            for k, v in e1.template_edits.items():
                self.edit(self.template_edits, k, v)
            for k, v in e1.text_edits.items():
                self.edit(self.text_edits, k, v)
        return c, ok

    def escape_template(self, c, n):
        c, name = self.escape_tree(c, n, n.name, n.line)
        if name != n.name:
            self.edit(self.template_edits, n, name)
        return c

    def escape_tree(self, c, node, name, line):
        """The context after template name run from context c (and the name
        of the copy escaped for c)."""
        dname = c.mangle(name)
        self.called.add(dname)
        out = self.output.get(dname)
        if out is not None:
            return out, dname
        t = self.template(name)
        if t is None:
            if name in self.ns.set:
                return error_context(H.ERR_NO_SUCH_TEMPLATE, node, line,
                                     f'{_quote(name)} is an incomplete or empty template'), dname
            return error_context(H.ERR_NO_SUCH_TEMPLATE, node, line, f'no such template {_quote(name)}'), dname
        if dname != name:
            dt = self.template(dname)
            if dt is None:
                dt = store.new(dname)
                store.init(dt)
                tree = Tree(dname)
                tree.root = t[1].tree.root.copy()
                dt[1].tree = tree
                self.derived[dname] = dt
            t = dt
        return self.compute_out_ctx(c, t), dname

    def compute_out_ctx(self, c, t):
        c1, ok = self.escape_template_body(c, t)
        if not ok:
            # a recursive template: assume it ends where the first pass ended
            c2, ok2 = self.escape_template_body(c1, t)
            if ok2:
                c1, ok = c2, True
        if not ok and c1.state != H.ERROR:
            return error_context(H.ERR_OUTPUT_CONTEXT, t[1].tree.root, 0,
                                 f'cannot compute output context for template {store.name_of(t)}')
        return c1

    def escape_template_body(self, c, t):
        name = store.name_of(t)

        def keep(e1, c1):
            if c1.state == H.ERROR:
                return False
            if name not in e1.called:
                return True
            return c.eq(c1)
        self.output[name] = c
        return self.escape_list_conditionally(c, t[1].tree.root, keep)

    def escape_text(self, c, n):
        s = n.text
        written, i = 0, 0
        b = bytearray()
        while i != len(s):
            c1, nread = TR.context_after_text(c, s[i:])
            i1 = i + nread
            if c.state in (H.TEXT, H.RCDATA):
                end = i1
                if c1.state != c.state:
                    k = s.rfind(b'<', i, end)
                    if k >= 0:
                        end = k
                for j in range(i, end):
                    if s[j] == 0x3c and not s[j:j + 9].upper().startswith(b'<!DOCTYPE'):
                        b += s[written:j] + b'&lt;'
                        written = j + 1
            elif c.state in H.COMMENT_STATES and c.delim == H.DELIM_NONE:
                if c.state == H.JS_BLOCK_CMT:
                    seg = s[written:i1].decode('utf-8', 'surrogateescape')
                    b += b'\n' if any(x in seg for x in '\n\r\u2028\u2029') else b' '
                elif c.state == H.CSS_BLOCK_CMT:
                    b += b' '
                written = i1
            if c.state != c1.state and c1.state in H.COMMENT_STATES and c1.delim == H.DELIM_NONE:
                cs = i1 - 2
                if c1.state in (H.HTML_CMT, H.JS_HTML_OPEN_CMT):
                    cs -= 2
                elif c1.state == H.JS_HTML_CLOSE_CMT:
                    cs -= 1
                b += s[written:cs]
                written = i1
            if c.state in H.SCRIPT_LITERAL_STATES and _SPECIAL_SCRIPT_TAG.search(s, i, i1):
                b += s[written:i] + _SPECIAL_SCRIPT_TAG.sub(rb'\\x3C\1', s[i:i1])
                written = i1
            if i == i1 and c.state == c1.state:
                raise AssertionError(f'infinite loop from {c} to {c1}')
            c, i = c1, i1
        if written != 0 and c.state != H.ERROR:
            if c.state not in H.COMMENT_STATES or c.delim != H.DELIM_NONE:
                b += n.text[written:]
            self.edit(self.text_edits, n, bytes(b))
        return c

    # ------------------------------------------------------------ edits

    @staticmethod
    def edit(edits, n, v):
        if n in edits:
            from .values import rt_string
            raise GoPanic((rt_string(), f'node {n} shared between templates'.encode()))
        edits[n] = v

    def commit(self):
        funcs = escaper_funcs()
        for name in self.output:
            t = self.template(name)
            if t is not None:
                store.init(t).common.exec_funcs.update(funcs)
        arb = self.arbitrary_template()
        for t in self.derived.values():
            store.add_parse_tree(arb[0], store.name_of(t), t[1].tree)
        for n, s in self.action_edits.items():
            ensure_pipeline_contains(n.pipe, s)
        for n, name in self.template_edits.items():
            n.name = name
        for n, s in self.text_edits.items():
            n.text = s
        self.called = set()
        self.action_edits = {}
        self.template_edits = {}
        self.text_edits = {}

    def template(self, name):
        """The text template name (or a derived one made here)."""
        t = store.lookup(self.arbitrary_template()[0], name)
        if t is None:
            t = self.derived.get(name)
        return t

    def arbitrary_template(self):
        for t in self.ns.set.values():
            return t
        raise AssertionError('no templates in name space')


_SPECIAL_SCRIPT_TAG = re.compile(rb'(?i)<(script|/script|!--)')


def _quote(s):
    from .lex import quote
    return quote(s)


def nudge(c):
    """The context a value written at c would be in (a tag expects an attribute name)."""
    if c.state == H.TAG:
        return c.but(state=H.ATTR_NAME)
    if c.state == H.BEFORE_VALUE:
        return c.but(state=TR.ATTR_START[c.attr], delim=H.DELIM_SPACE, attr=H.AT_NONE)
    if c.state == H.AFTER_NAME:
        return c.but(state=H.ATTR_NAME, attr=H.AT_NONE)
    return c


def join(a, b, node, name):
    """The context two branches end in together, or an error context."""
    if a.state == H.ERROR:
        return a
    if b.state == H.ERROR:
        return b
    if a.state == H.DEAD:
        return b
    if b.state == H.DEAD:
        return a
    if a.eq(b):
        return a
    c = a.but(url_part=b.url_part)
    if c.eq(b):
        return c.but(url_part=H.URL_UNKNOWN)
    c = a.but(js_ctx=b.js_ctx)
    if c.eq(b):
        return c.but(js_ctx=H.JS_UNKNOWN)
    c, d = nudge(a), nudge(b)
    if not (c.eq(a) and d.eq(b)):
        e = join(c, d, node, name)
        if e.state != H.ERROR:
            return e
    return error_context(H.ERR_BRANCH_END, node, 0,
                         f'{{{{{name}}}}} branches end in different contexts: {a}, {b}')


def join_range(c0, rc):
    for c in rc.breaks:
        c0 = join(c0, c, c.n, 'range')
        if c0.state == H.ERROR:
            c0.err.line = c.n.line
            c0.err.description = 'at range loop break: ' + c0.err.description
            return c0
    for c in rc.continues:
        c0 = join(c0, c, c.n, 'range')
        if c0.state == H.ERROR:
            c0.err.line = c.n.line
            c0.err.description = 'at range loop continue: ' + c0.err.description
            return c0
    return c0


def _ident_cmd(name, pos):
    cmd = N.CommandNode(None, 0)
    cmd.args.append(N.IdentifierNode(None, pos, name))
    return cmd


def _append_cmd(cmds, cmd):
    if cmds:
        last, nxt = cmds[-1].args[0], cmd.args[0]
        if last.kind == 'identifier' and nxt.kind == 'identifier' and nxt.ident in REDUNDANT.get(last.ident, ()):
            return cmds
    cmds.append(cmd)
    return cmds


def ensure_pipeline_contains(p, s):
    """Append escapers s to pipeline p, unless a predefined escaper at its
    end (html, urlquery) already does their work."""
    if not s:
        return
    s = list(s)
    n = len(p.cmds)
    if n > 0:
        last = p.cmds[-1]
        first = last.args[0]
        if first.kind == 'identifier' and first.ident in PREDEFINED_ESCAPERS:
            esc = first.ident
            if len(p.cmds) == 1 and len(last.args) > 1:
                # {{html .X .Y}}: the arguments are printed first, then escaped
                last.args[0] = N.IdentifierNode(None, first.pos, '_eval_args_')
                p.cmds = _append_cmd(p.cmds, _ident_cmd(esc, p.pos))
                n += 1
            dup = False
            for i, e in enumerate(s):
                if normalize_esc(esc) == normalize_esc(e):
                    s[i] = first.ident
                    dup = True
            if dup:
                n -= 1
    new_cmds = p.cmds[:n]
    inserted = {normalize_esc(c.args[0].ident) for c in new_cmds if c.args[0].kind == 'identifier'}
    for name in s:
        if normalize_esc(name) not in inserted:
            new_cmds = _append_cmd(new_cmds, _ident_cmd(name, p.pos))
    p.cmds = new_cmds


def escaper_funcs():
    """The escaping functions as the template engine calls them (made once per run)."""
    from ...runtime.context import current
    from .values import rt_any, rt_string
    return current().state('tmpl.html_escapers', lambda: {
        name: _escaper_func(name, impl, rt_any(), rt_string()) for name, impl in HF.ESCAPERS.items()})


def _escaper_func(name, impl, any_rt, string_rt):
    from . import values as V

    def call(argv):
        return V.of(string_rt, impl([a.interface() if a.rt is not None else None for a in argv]))
    return Func([any_rt], True, [string_rt], call, name)


def escape_tree_from_text(e, root, name):
    """Escape template name (tree root) from the text context: None, or the HtmlError."""
    c, _ = e.escape_tree(Context(), root, name, 0)
    if c.err is not None:
        c.err.name = name
        return c.err
    if c.state != H.TEXT:
        err = H.HtmlError(H.ERR_END_CONTEXT, None, 0, f'ends in a non-text context: {c}')
        err.name = name
        return err
    return None
