"""Package html/template: text/template with contextual autoescaping.

A Template is {text, st}: the text/template it executes and the Python
state (whether and how it escaped, and the name space of templates it
shares). The first Execute escapes the template (htmlesc.py), editing the
text/template trees in place as Go does; after that, Parse is refused.
"""
from __future__ import annotations

from ...runtime.values import Slice
from ..goside import package_rtype
from . import execute, goerr, htmlesc, store
from . import text as T
from .lex import quote

GO_DECLS = '''
package template

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/template"
)

// Strings of these types are trusted content of their kind: they are not
// escaped where that kind is expected.
type (
	CSS      string
	HTML     string
	HTMLAttr string
	JS       string
	JSStr    string
	URL      string
	Srcset   string
)

type FuncMap = template.FuncMap

type ErrorCode int

const (
	OK ErrorCode = iota
	ErrAmbigContext
	ErrBadHTML
	ErrBranchEnd
	ErrEndContext
	ErrNoSuchTemplate
	ErrOutputContext
	ErrPartialCharset
	ErrPartialEscape
	ErrRangeLoopReentry
	ErrSlashAmbig
	ErrPredefinedEscaper
	ErrJSTemplate
)

// Error describes a problem met while escaping a template.
type Error struct {
	ErrorCode   ErrorCode
	Name        string
	Line        int
	Description string
	loc         string // the node's name:line:col, for an error at a node
}

func (e *Error) Error() string {
	switch {
	case e.loc != "":
		return "html/template:" + e.loc + ": " + e.Description
	case e.Line != 0:
		return fmt.Sprintf("html/template:%s:%d: %s", e.Name, e.Line, e.Description)
	case e.Name != "":
		return "html/template:" + e.Name + ": " + e.Description
	}
	return "html/template: " + e.Description
}

type state struct{}

type Template struct {
	text *template.Template
	st   *state
}

func New(name string) *Template

func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

func (t *Template) Name() string { return t.text.Name() }
func (t *Template) New(name string) *Template
func (t *Template) Parse(text string) (*Template, error)
func (t *Template) Execute(wr io.Writer, data any) error
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error
func (t *Template) Lookup(name string) *Template
func (t *Template) Templates() []*Template
func (t *Template) Clone() (*Template, error)
func (t *Template) DefinedTemplates() string { return t.text.DefinedTemplates() }

func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.text.Funcs(funcMap)
	return t
}

func (t *Template) Option(opt ...string) *Template {
	t.text.Option(opt...)
	return t
}

func (t *Template) Delims(left, right string) *Template {
	t.text.Delims(left, right)
	return t
}

func (t *Template) checkCanParse() error

func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, filenames)
}

func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(t, filenames)
}

func parseFiles(t *Template, filenames []string) (*Template, error) {
	if t != nil {
		if err := t.checkCanParse(); err != nil {
			return nil, err
		}
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		b, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(filename)
		if t == nil {
			t = New(name)
		}
		tmpl := t
		if name != t.Name() {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func ParseGlob(pattern string) (*Template, error) {
	return parseGlob(nil, pattern)
}

func (t *Template) ParseGlob(pattern string) (*Template, error) {
	return parseGlob(t, pattern)
}

func parseGlob(t *Template, pattern string) (*Template, error) {
	if t != nil {
		if err := t.checkCanParse(); err != nil {
			return nil, err
		}
	}
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: pattern matches no files: %#q", pattern)
	}
	return parseFiles(t, filenames)
}

func IsTrue(val any) (truth, ok bool)       { return template.IsTrue(val) }
func HTMLEscape(w io.Writer, b []byte)      { template.HTMLEscape(w, b) }
func HTMLEscapeString(s string) string      { return template.HTMLEscapeString(s) }
func HTMLEscaper(args ...any) string        { return template.HTMLEscaper(args...) }
func JSEscape(w io.Writer, b []byte)        { template.JSEscape(w, b) }
func JSEscapeString(s string) string        { return template.JSEscapeString(s) }
func JSEscaper(args ...any) string          { return template.JSEscaper(args...) }
func URLQueryEscaper(args ...any) string    { return template.URLQueryEscaper(args...) }
'''

ESCAPE_OK = object()       # escaped without error (Go's escapeOK)


class NameSpace:
    __slots__ = ('set', 'escaped', 'esc')

    def __init__(self):
        self.set = {}           # name -> html *Template
        self.escaped = False
        self.esc = htmlesc.Escaper(self)


class HState:
    __slots__ = ('escape_err', 'tree', 'ns')

    def __init__(self, ns, tree=None):
        self.escape_err = None
        self.tree = tree
        self.ns = ns


def _str(b):
    return b.decode('utf-8', 'surrogateescape')


def _name(t):
    return store.name_of(t[0])


def _new(name):
    ns = NameSpace()
    t = [T.New(name.encode('utf-8', 'surrogateescape')), HState(ns)]
    ns.set[name] = t
    return t


def New(name):
    return _new(_str(name))


def _new_in(t, name):
    ns = t[1].ns
    nt = [store.new_in(t[0], name), HState(ns)]
    old = ns.set.get(name)
    if old is not None:
        empty = _new(_name(old))      # the old Template becomes a fresh empty one
        old[0], old[1] = empty
    ns.set[name] = nt
    return nt


def Template_New(t, name):
    return _new_in(t, _str(name))


def Template_checkCanParse(t):
    if t[1].ns.escaped:
        return goerr.new('html/template: cannot Parse after Execute')
    return None


def Template_Parse(t, text):
    err = Template_checkCanParse(t)
    if err is not None:
        return None, err
    _, err = T.Template_Parse(t[0], text)
    if err is not None:
        return None, err
    ns = t[1].ns
    for v in store.data_of(t[0]).common.tmpl.values():
        name = store.name_of(v)
        tmpl = ns.set.get(name)
        if tmpl is None:
            tmpl = _new_in(t, name)
        tmpl[0] = v
        tmpl[1].tree = v[1].tree
    return t, None


def _go_error(err):
    """html/template's *Error for an escaping error."""
    loc = ''
    if err.node is not None:
        loc, _ = execute.error_context(err.node)
    return (package_rtype('html/template', 'Error', True),
            [err.code, err.name.encode('utf-8', 'surrogateescape'), err.line,
             err.description.encode('utf-8', 'surrogateescape'), loc.encode('utf-8', 'surrogateescape')])


def _escape_template(t, name):
    """Escape template name of t's name space: None, or the Go error."""
    ns = t[1].ns
    tmpl = ns.set.get(name)
    root = store.data_of(tmpl[0]).tree.root if tmpl is not None else None
    herr = htmlesc.escape_tree_from_text(ns.esc, root, name)
    if herr is not None:
        err = _go_error(herr)
        if tmpl is not None:
            tmpl[1].escape_err = err
            store.data_of(tmpl[0]).tree = None
            tmpl[1].tree = None
        return err
    ns.esc.commit()
    if tmpl is not None:
        tmpl[1].escape_err = ESCAPE_OK
        tmpl[1].tree = store.data_of(tmpl[0]).tree
    return None


def _escape(t):
    st = t[1]
    st.ns.escaped = True
    if st.escape_err is None:
        if st.tree is None:
            return goerr.new(f'template: {quote(_name(t))} is an incomplete or empty template')
        return _escape_template(t, _name(t))
    if st.escape_err is not ESCAPE_OK:
        return st.escape_err
    return None


def Template_Execute(t, wr, data):
    err = _escape(t)
    if err is not None:
        return err
    return T.Template_Execute(t[0], wr, data)


def Template_ExecuteTemplate(t, wr, name, data):
    ns = t[1].ns
    ns.escaped = True
    name = _str(name)
    tmpl = ns.set.get(name)
    if tmpl is None:
        return goerr.new(f'html/template: {quote(name)} is undefined')
    st = tmpl[1]
    if st.escape_err is not None and st.escape_err is not ESCAPE_OK:
        return st.escape_err
    d = store.data_of(tmpl[0])
    if d is None or d.tree is None or d.tree.root is None:
        return goerr.new(f'html/template: {quote(name)} is an incomplete template')
    if st.escape_err is None:
        err = _escape_template(t, name)
        if err is not None:
            return err
    return T.Template_Execute(tmpl[0], wr, data)


def Template_Lookup(t, name):
    return t[1].ns.set.get(_str(name))


def Template_Templates(t):
    ts = list(t[1].ns.set.values())
    return Slice(ts, 0, len(ts), len(ts)) if ts else Slice([], 0, 0, 0)


def Template_Clone(t):
    def executed():
        return None, goerr.new(f'html/template: cannot Clone {quote(_name(t))} after it has executed')
    if t[1].escape_err is not None:
        return executed()
    text_clone, _ = T.Template_Clone(t[0])
    ns = NameSpace()
    ret = [text_clone, HState(ns, store.data_of(text_clone).tree)]
    ns.set[_name(ret)] = ret
    for x in list(store.data_of(text_clone).common.tmpl.values()):
        name = store.name_of(x)
        src = t[1].ns.set.get(name)
        if src is None or src[1].escape_err is not None:
            return executed()
        d = store.data_of(x)
        d.tree = d.tree.copy() if d.tree is not None else None
        ns.set[name] = [x, HState(ns, d.tree)]
    return ns.set[_name(ret)], None

