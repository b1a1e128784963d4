"""Package fmt: printing with Go's verbs (engine in runtime/gofmt.py) and
simple scanning of standard input."""
from ..runtime import gofmt
from ..runtime.output import write_stdout, write_stderr
from ..runtime.values import Slice

GO_DECLS = '''
package fmt

import (
	"errors"
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Append(b []byte, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return writeTo(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return writeTo(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return writeTo(w, Sprintf(format, a...))
}

func writeTo(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

func sprintfWrapped(format string, a []any) (string, []int)

func Errorf(format string, a ...any) error {
	s, wrapped := sprintfWrapped(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	default:
		var errs []error
		for i, argNum := range wrapped {
			if i > 0 && wrapped[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{s, errs}
	}
}

func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
'''


def _args(a):
    return a.tolist() if a.a is not None else []


def Print(a):
    b = gofmt.sprint(_args(a))
    write_stdout(b)
    return len(b), None


def Println(a):
    b = gofmt.sprintln(_args(a))
    write_stdout(b)
    return len(b), None


def Printf(format, a):
    b, _ = gofmt.sprintf(format, _args(a))
    write_stdout(b)
    return len(b), None


def Sprint(a):
    return gofmt.sprint(_args(a))


def Sprintln(a):
    return gofmt.sprintln(_args(a))


def Sprintf(format, a):
    return gofmt.sprintf(format, _args(a))[0]


def sprintfWrapped(format, a):
    s, wrapped = gofmt.sprintf(format, _args(a), wrap_errs=True)
    return s, Slice(list(wrapped), 0, len(wrapped), len(wrapped))


def _append(b, data):
    from ..compile.builtins import grow_append
    return grow_append(b, list(data), 1, True, lambda n: [0] * n)


def Append(b, a):
    return _append(b, gofmt.sprint(_args(a)))


def Appendln(b, a):
    return _append(b, gofmt.sprintln(_args(a)))


def Appendf(b, format, a):
    return _append(b, gofmt.sprintf(format, _args(a))[0])


def call_formatter(p, arg, verb):
    raise NotImplementedError('fmt.Formatter')


# ------------------------------------------------------------------ scanning

def _scan_tokens(words, targets):
    from .scan import store_scanned
    n = 0
    for w, t in zip(words, targets):
        err = store_scanned(w, t)
        if err is not None:
            return n, err
        n += 1
    if len(words) < len(targets):
        from .scan import eof_error
        return n, eof_error(n)
    return n, None


def Scan(a):
    from .scan import read_words
    targets = _args(a)
    words = read_words(len(targets), stop_at_newline=False)
    return _scan_tokens(words, targets)


def Scanln(a):
    from .scan import read_words
    targets = _args(a)
    words = read_words(len(targets), stop_at_newline=True)
    return _scan_tokens(words, targets)


def Scanf(format, a):
    from .scan import read_words
    targets = _args(a)
    words = read_words(len(targets), stop_at_newline=b'\n' in format)
    return _scan_tokens(words, targets)


def Sscan(s, a):
    targets = _args(a)
    return _scan_tokens(s.split(), targets)


def Sscanln(s, a):
    targets = _args(a)
    return _scan_tokens(s.split(b'\n', 1)[0].split(), targets)


def Sscanf(s, format, a):
    from .scan import sscanf
    return sscanf(s, format, _args(a))
