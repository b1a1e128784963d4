"""Package fmt: printing with Go's verbs (engine in runtime/gofmt.py) and
simple scanning of standard input."""
from ..runtime import gofmt
from ..runtime.context import current
from ..runtime.output import write_stdout
from ..runtime.values import Slice
from .os import stdout_is_open

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

func printStdout(s string) (n int, err error) {
	return os.Stdout.WriteString(s)
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

// pstate is the State handed to a Formatter: a handle on the Python printer.
type pstate struct {
	h int
}

func (s *pstate) Write(b []byte) (n int, err error)
func (s *pstate) WriteString(str string) (n int, err error)
func (s *pstate) Width() (wid int, ok bool)
func (s *pstate) Precision() (prec int, ok bool)
func (s *pstate) Flag(c int) bool

func callFormat(f Formatter, h int, verb rune) {
	f.Format(&pstate{h}, verb)
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


def _print(b):
    """Fprint(os.Stdout, ...): straight to the process's stdout while
    os.Stdout is that open file, else through os.Stdout's WriteString."""
    if stdout_is_open():
        write_stdout(b)
        return len(b), None
    from .goside import package_func
    return package_func('fmt', 'printStdout')(b)


def Print(a):
    return _print(gofmt.sprint(_args(a)))


def Println(a):
    return _print(gofmt.sprintln(_args(a)))


def Printf(format, a):
    return _print(gofmt.sprintf(format, _args(a))[0])


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


def _states():
    """Handle -> the printer a Go-side fmt.State writes into (per run)."""
    return current().state('fmt.states', dict)


def call_formatter(p, arg, verb):
    """Call arg's Format method with a State writing into printer p."""
    from .goside import package_func
    states = _states()
    h = len(states) + 1
    while h in states:
        h += 1
    states[h] = p
    try:
        package_func('fmt', 'callFormat')(arg, h, ord(verb))
    finally:
        del states[h]


def pstate_Write(s, b):
    data = bytes(b.tolist()) if b.a is not None else b''
    _states()[s[0]].buf += data
    return len(data), None


def pstate_WriteString(s, str_):
    _states()[s[0]].buf += str_
    return len(str_), None


def pstate_Width(s):
    p = _states()[s[0]]
    return (p.wid, True) if p.wid_present else (0, False)


def pstate_Precision(s):
    p = _states()[s[0]]
    return (p.prec, True) if p.prec_present else (0, False)


def pstate_Flag(s, c):
    p = _states()[s[0]]
    if c == 0x2d:
        return p.minus
    if c == 0x2b:
        return p.plus or p.plusV
    if c == 0x23:
        return p.sharp or p.sharpV
    if c == 0x20:
        return p.space
    if c == 0x30:
        return p.zero
    return False


# ------------------------------------------------------------------ scanning

def Scan(a):
    from .scan import scan_stdin
    return scan_stdin(None, _args(a), True, False)


def Scanln(a):
    from .scan import scan_stdin
    return scan_stdin(None, _args(a), False, True)


def Scanf(format, a):
    from .scan import scan_stdin
    return scan_stdin(format, _args(a), False, False)


def Sscan(s, a):
    from .scan import scan_string
    return scan_string(s, None, _args(a), True, False)


def Sscanln(s, a):
    from .scan import scan_string
    return scan_string(s, None, _args(a), False, True)


def Sscanf(s, format, a):
    from .scan import scan_string
    return scan_string(s, format, _args(a), False, False)
