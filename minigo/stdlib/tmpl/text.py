"""Package text/template.

The API is declared in Go (GO_DECLS); a Template is {name, data} where data
is the Python side (store.py). Parsing and executing are Python (parse.py,
execute.py); Must, ExecuteTemplate and the file helpers are Go.
"""
from __future__ import annotations

from ...runtime.values import NIL_SLICE, Slice
from .. import byteslice
from . import escapers, execute, funcs, goerr, store
from . import values as V

GO_DECLS = '''
package template

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// FuncMap maps names to functions a template may call.
type FuncMap map[string]any

// ExecError is an error in executing a template (the writer's own errors
// are returned as they are).
type ExecError struct {
	Name string
	Err  error
}

func (e ExecError) Error() string { return e.Err.Error() }

func (e ExecError) Unwrap() error { return e.Err }

type templateData struct{}

type Template struct {
	name string
	data *templateData
}

func New(name string) *Template

func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

func (t *Template) Name() string { return t.name }
func (t *Template) New(name string) *Template
func (t *Template) Parse(text string) (*Template, error)
func (t *Template) Execute(wr io.Writer, data any) error
func (t *Template) Funcs(funcMap FuncMap) *Template
func (t *Template) Option(opt ...string) *Template
func (t *Template) Delims(left, right string) *Template
func (t *Template) Lookup(name string) *Template
func (t *Template) Templates() []*Template
func (t *Template) DefinedTemplates() string
func (t *Template) Clone() (*Template, error)

func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	tmpl := t.Lookup(name)
	if tmpl == nil {
		return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
	}
	return tmpl.Execute(wr, data)
}

func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, filenames)
}

func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.init()
	return parseFiles(t, filenames)
}

func (t *Template) init()

// parseFiles parses each file into the template named for its base name
// (t itself for t's name; a new template made from the first file when t is nil).
func parseFiles(t *Template, filenames []string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
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
	t.init()
	return parseGlob(t, pattern)
}

func parseGlob(t *Template, pattern string) (*Template, error) {
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
	}
	return parseFiles(t, filenames)
}

func HTMLEscape(w io.Writer, b []byte) {
	w.Write(htmlEscape(b))
}

func htmlEscape(b []byte) []byte
func HTMLEscapeString(s string) string
func HTMLEscaper(args ...any) string

func JSEscape(w io.Writer, b []byte) {
	w.Write(jsEscape(b))
}

func jsEscape(b []byte) []byte
func JSEscapeString(s string) string
func JSEscaper(args ...any) string
func URLQueryEscaper(args ...any) string

func IsTrue(val any) (truth, ok bool)
'''

_EMPTY = store.MAP_INVALID


def _str(b):
    return b.decode('utf-8', 'surrogateescape')


def New(name):
    t = store.new(_str(name))
    store.init(t)
    return t


def Template_init(t):
    store.init(t)


def Template_New(t, name):
    return store.new_in(t, _str(name))


def Template_Parse(t, text):
    msg = store.parse_into(t, _str(text))
    if msg is not None:
        return None, goerr.new(msg)
    return t, None


def Template_Execute(t, wr, data):
    return execute.execute(t, execute.go_writer(wr), V.from_iface(data))


def Template_Funcs(t, funcmap):
    store.add_funcs(t, funcmap)
    return t


def Template_Option(t, opts):
    store.set_options(t, opts.tolist())
    return t


def Template_Delims(t, left, right):
    d = store.init(t)
    d.left, d.right = _str(left), _str(right)
    return t


def Template_Lookup(t, name):
    return store.lookup(t, _str(name))


def Template_Templates(t):
    d = t[1]
    if d is None or d.common is None:
        return NIL_SLICE
    ts = list(d.common.tmpl.values())
    return Slice(ts, 0, len(ts), len(ts))


def Template_DefinedTemplates(t):
    return store.defined_templates(t).encode('utf-8', 'surrogateescape')


def Template_Clone(t):
    return store.clone(t), None


def htmlEscape(b):
    return byteslice.new(escapers.html_escape(byteslice.data(b)))


def HTMLEscapeString(s):
    return escapers.html_escape(s)


def _arg_values(args):
    return [V.from_iface(a) if a is not None else V.INVALID for a in args.tolist()]


def HTMLEscaper(args):
    return escapers.html_escape(funcs.eval_args(_arg_values(args)))


def jsEscape(b):
    return byteslice.new(escapers.js_escape(byteslice.data(b)))


def JSEscapeString(s):
    return escapers.js_escape(s)


def JSEscaper(args):
    return escapers.js_escape(funcs.eval_args(_arg_values(args)))


def URLQueryEscaper(args):
    return escapers.query_escape(funcs.eval_args(_arg_values(args)))


def IsTrue(val):
    return V.is_true(V.from_iface(val))
