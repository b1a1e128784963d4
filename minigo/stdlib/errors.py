"""Package errors, written in Go (As, which needs reflection, in Python)."""
GO_DECLS = '''
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

func New(text string) error {
	return &errorString{text}
}

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && isComparable(err) && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func isComparable(err error) bool

func As(err error, target any) bool

// AsType (Go 1.26): the first error in err's tree of type E, or whose
// As(any) method accepts a *E, and true; else E's zero value and false.
func AsType[E error](err error) (E, bool) {
	var zero E
	if err == nil {
		return zero, false
	}
	var target *E
	return asType(err, &target)
}

func asType[E error](err error, target **E) (E, bool) {
	var zero E
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if a, ok := err.(interface{ As(any) bool }); ok {
			if *target == nil {
				*target = new(E)
			}
			if a.As(*target) {
				return **target, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return zero, false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e == nil {
					continue
				}
				if found, ok := asType(e, target); ok {
					return found, true
				}
			}
			return zero, false
		default:
			return zero, false
		}
	}
}

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

var ErrUnsupported = New("unsupported operation")
'''


def isComparable(err):
    return err is None or err[0].comparable


def As(err, target):
    """errors.As: find the first error in err's tree assignable to *target."""
    from ..runtime import rtypes as R
    from .. import types as T
    from ..typecheck.universe import ERROR
    from ..runtime.panic import GoPanic

    def fail(msg):
        return GoPanic((R.rtype(T.Typ[T.STRING]), msg))
    if err is None:
        return False
    if target is None:
        raise fail(b'errors: target cannot be nil')
    trt, tv = target
    if trt.kind != R.POINTER or tv is None:
        raise fail(b'errors: target must be a non-nil pointer')
    want = trt.elem
    if want.kind != R.INTERFACE and R.missing_method(want, R.rtype(ERROR)) is not None:
        raise fail(b'errors: *target must be interface or implement error')
    return _as(err, want, tv)


def _as(err, want, ptr):
    from ..runtime import rtypes as R
    from ..runtime.gofmt import methods_of
    while err is not None:
        rt, v = err
        if want.kind == R.INTERFACE:
            if R.missing_method(rt, want) is None:
                _store(ptr, want, err)
                return True
        elif rt is want:
            _store(ptr, want, v)
            return True
        ms = methods_of(rt)
        if 'As' in ms:
            if ms['As'](v, (R.rtype(_ptr_type(want)), ptr)):
                return True
        if 'Unwrap' in ms:
            u = ms['Unwrap'](v)
            if isinstance(u, tuple) or u is None:
                err = u
                continue
            for e in u.tolist():
                if _as(e, want, ptr):
                    return True
            return False
        return False
    return False


def _ptr_type(rt):
    from .. import types as T
    return T.Pointer(rt.t)


def _store(ptr, want, v):
    if want.aggregate:
        ptr[:] = v
    else:
        ptr.c[ptr.k] = v
