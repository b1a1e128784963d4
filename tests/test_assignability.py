"""Assignability (spec: "Assignability") and method sets (spec: "Method sets"),
driven through the type checker on small programs.

Covers: a value type T has only its value-receiver methods, *T has both, so
T cannot stand for an interface that needs a pointer method; promotion
through embedded T vs *T; missing, mismatched and ambiguous methods;
interface-to-interface assignment; the context gc names in the message
(argument, assignment, literal, send, return); named vs unnamed types;
channel direction; nil; untyped constants to typed types; and, at run time,
method values binding their receivers and type switches on method sets.

Every expected message is the text real go1.27.3 `go build` printed for the
same file (PRELUDE then the statement, at line 46 after a tab).
"""
import os

import pytest

from conftest import run_minigo
from minigo.frontend import parse_and_check
from minigo.errors import ErrorList, Source

PRELUDE = '''package main

type I interface{ M() }
type V interface{ N() }
type IV interface {
	I
	V
}
type T struct{}

func (T) N()  {}
func (*T) M() {}

type E struct{ T }
type EP struct{ *T }
type E2 struct{ E }
type W struct{}

func (W) M(int) {}

type A struct{}

func (A) M() {}

type B struct{}

func (B) M() {}

type AB struct {
	A
	B
}
type MyInt int
type IntSlice []int
type S2 IntSlice
type C chan int
type Bool bool
type F func()
type SI struct{ I }

func take(I)       {}
func g[X I](x X)  {}
func ret() I      { return nil }

func main() {
'''
LINE = PRELUDE.count('\n') + 1     # the statement's line: 46


def check_errors(stmt):
    """`go build` stderr for PRELUDE + stmt + `}` ('' when it compiles)."""
    text = PRELUDE + '\t' + stmt + '\n}\n'
    src = Source('prog.go', text, display='./prog.go')
    try:
        parse_and_check(src)
    except ErrorList as el:
        return el.report()
    return ''


def expected(col_msg):
    """'' (compiles) or gc's report for `COL: message` on the statement's line."""
    if not col_msg:
        return ''
    return f'# command-line-arguments\n./prog.go:{LINE}:{col_msg}\n'


def test_prelude_compiles():
    assert LINE == 46
    assert check_errors('') == ''


# (statement, 'COL: message' from go1.27.3, or '' when go1.27.3 builds it)
CASES = [
    # value vs pointer receivers: T has only the value methods, *T has both
    ('var t T; var i I = t; _ = i',
     '21: cannot use t (variable of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)'),
    ('var t T; var i I = &t; _ = i',
     ''),
    ('var t T; var v V = t; var w V = &t; _, _ = v, w',
     ''),
    ('var t T; var i interface{ M(); N() } = &t; var j interface{ M(); N() } = t; _, _ = i, j',
     '75: cannot use t (variable of struct type T) as interface{M(); N()} value in variable declaration: T does not implement interface{M(); N()} (method M has pointer receiver)'),
    ('var i I = &A{}; var j I = A{}; _, _ = i, j',
     ''),
    ('var pp **T; var i I = pp; _ = i',
     '24: cannot use pp (variable of type **T) as I value in variable declaration: **T does not implement I (missing method M)'),
    ('T{}.M()',
     '6: cannot call pointer method M on T'),
    ('m := map[int]T{}; m[0].M()',
     '25: cannot call pointer method M on T'),
    ('var t T; t.M(); (&t).N(); T{}.N()',
     ''),
    ('f := T.M; _ = f',
     '9: invalid method expression T.M (needs pointer receiver (*T).M)'),
    ('f := (*T).N; _ = f',
     ''),
    ('var f func() = T{}.N; _ = f',
     ''),
    ('var f func(T) = T.N; var h func(*T) = (*T).M; _, _ = f, h',
     ''),
    ('var f func(*T) = T.N; _ = f',
     '19: cannot use T.N (value of type func(T)) as func(*T) value in variable declaration'),
    ('var pi *I; pi.M()',
     '16: pi.M undefined (type *I is pointer to interface, not interface)'),
    ('type P *T; var p P; p.M()',
     '24: p.M undefined (type P has no field or method M)'),
    ('var x MyInt; x.M()',
     '17: x.M undefined (type MyInt has no field or method M)'),
    # embedding: T promotes only its value methods to E; *T promotes all to EP
    ('var e E; var i I = e; _ = i',
     '21: cannot use e (variable of struct type E) as I value in variable declaration: E does not implement I (method M has pointer receiver)'),
    ('var e E; var i I = &e; _ = i',
     ''),
    ('var ep EP; var i I = ep; _ = i',
     ''),
    ('var i I = E2{}; _ = i',
     '12: cannot use E2{} (value of struct type E2) as I value in variable declaration: E2 does not implement I (method M has pointer receiver)'),
    ('var i I = &E2{}; _ = i',
     ''),
    ('var e E; e.M(); E{}.N(); _ = E{}.M',
     '35: cannot call pointer method M on E'),
    ('_ = E{}.M',
     '10: cannot call pointer method M on E'),
    ('var ep EP; ep.M(); EP{}.M(); _ = EP.M',
     ''),
    ('_ = E.M',
     '8: invalid method expression E.M (needs pointer receiver (*E).M)'),
    ('_ = (*E).M',
     ''),
    ('var s SI; var i I = s; _ = i',
     ''),
    ('var s SI; s.M(); var i I = &s; _ = i',
     ''),
    ('var i I = AB{}; _ = i',
     '12: cannot use AB{} (value of struct type AB) as I value in variable declaration: AB does not implement I (ambiguous selector AB.M)'),
    ('var ab AB; ab.M()',
     '16: ambiguous selector ab.M'),
    ('var p *T = &E{}; _ = p',
     '13: cannot use &E{} (value of type *E) as *T value in variable declaration'),
    # missing and mismatched methods; interface to interface
    ('var i I = 1; _ = i',
     '12: cannot use 1 (constant of type int) as I value in variable declaration: int does not implement I (missing method M)'),
    ('var i I = W{}; _ = i',
     '12: cannot use W{} (value of struct type W) as I value in variable declaration: W does not implement I (wrong type for method M)\n\t\thave M(int)\n\t\twant M()'),
    ('var v V; var i I = v; _ = i',
     '21: cannot use v (variable of interface type V) as I value in variable declaration: V does not implement I (missing method M)'),
    ('var iv IV; var i I = iv; var v V = iv; _, _ = i, v',
     ''),
    ('var i I; var iv IV = i; _ = iv',
     '23: cannot use i (variable of interface type I) as IV value in variable declaration: I does not implement IV (missing method N)'),
    ('var x interface{} = T{}; var i I = x; _ = i',
     '37: cannot use x (variable of type interface{}) as I value in variable declaration: interface{} does not implement I (missing method M)'),
    ('var e error = T{}; _ = e',
     '16: cannot use T{} (value of struct type T) as error value in variable declaration: T does not implement error (missing method Error)'),
    ('var x any = 1; var y int = x; _ = y',
     '29: cannot use x (variable of interface type any) as int value in variable declaration: need type assertion'),
    # the context named in the message
    ('take(T{})',
     '7: cannot use T{} (value of struct type T) as I value in argument to take: T does not implement I (method M has pointer receiver)'),
    ('var i I; i = T{}; _ = i',
     '15: cannot use T{} (value of struct type T) as I value in assignment: T does not implement I (method M has pointer receiver)'),
    ('_ = []I{T{}}',
     '10: cannot use T{} (value of struct type T) as I value in array or slice literal: T does not implement I (method M has pointer receiver)'),
    ('_ = map[string]I{"a": T{}}',
     '24: cannot use T{} (value of struct type T) as I value in map literal: T does not implement I (method M has pointer receiver)'),
    ('var ch chan I; ch <- T{}',
     '23: cannot use T{} (value of struct type T) as I value in send: T does not implement I (method M has pointer receiver)'),
    ('var i I; _ = i.(T)',
     '15: impossible type assertion: i.(T)\n\tT does not implement I (method M has pointer receiver)'),
    ('var v V = T{}; _ = v.(I)',
     ''),
    ('var i I; _ = i.(*T)',
     ''),
    ('g(&T{})',
     ''),
    # named vs unnamed types: assignable when underlying types are identical and one is unnamed
    ('var s IntSlice = []int{1}; var a []int = s; _ = a',
     ''),
    ('var m MyInt = 1; var n int = m; _ = n',
     '31: cannot use m (variable of int type MyInt) as int value in variable declaration'),
    ('var s IntSlice; var s2 S2 = s; _ = s2',
     '30: cannot use s (variable of slice type IntSlice) as S2 value in variable declaration'),
    ('var b Bool = 1 < 2; var x bool = b; _ = x',
     '35: cannot use b (variable of bool type Bool) as bool value in variable declaration'),
    ('var f F = func() {}; var g func() = f; _ = g',
     ''),
    ('var x float64 = 1.5; var y float32 = x; _ = y',
     '39: cannot use x (variable of type float64) as float32 value in variable declaration'),
    ('var a [2]int; var b [3]int = a; _ = b',
     '31: cannot use a (variable of type [2]int) as [3]int value in variable declaration'),
    ('var s []int = []MyInt{1}; _ = s',
     '16: cannot use []MyInt{…} (value of type []MyInt) as []int value in variable declaration'),
    ('var f func(I) = func(T) {}; _ = f',
     '18: cannot use func(T) {} (value of type func(T)) as func(I) value in variable declaration'),
    ('var s struct{ x int }; var t struct{ x int } = s; _ = t',
     ''),
    ('var s struct{ x int `a:"1"` }; var t struct{ x int } = s; _ = t',
     '57: cannot use s (variable of type struct{x int "a:\\"1\\""}) as struct{x int} value in variable declaration'),
    # channel direction: a bidirectional channel is assignable to either direction, not back
    ('var c chan int; var r <-chan int = c; var s chan<- int = c; _, _ = r, s',
     ''),
    ('var r <-chan int; var c chan int = r; _ = c',
     '37: cannot use r (variable of type <-chan int) as chan int value in variable declaration'),
    ('var s chan<- int; var c chan int = s; _ = c',
     '37: cannot use s (variable of type chan<- int) as chan int value in variable declaration'),
    ('var r <-chan int; var s chan<- int = r; _ = s',
     '39: cannot use r (variable of type <-chan int) as chan<- int value in variable declaration'),
    ('var c chan int; var cc C = c; var r <-chan int = cc; _ = r',
     ''),
    ('var c C; var d chan int = c; var e C = d; _ = e',
     ''),
    ('var c chan<- int; <-c',
     '22: invalid operation: cannot receive from send-only channel chan<- int c (variable of type chan<- int)'),
    ('var c <-chan int; c <- 1',
     '20: invalid operation: cannot send to receive-only channel <-chan int c (variable of type <-chan int)'),
    ('var c <-chan int; close(c)',
     '26: invalid operation: cannot close receive-only channel c (variable of type <-chan int)'),
    # nil: only pointer, func, slice, map, channel and interface types
    ('var p *int = nil; var f func() = nil; var m map[int]int = nil; var s []int = nil; var ch chan int = nil; var i I = nil; _, _, _, _, _, _ = p, f, m, s, ch, i',
     ''),
    ('var x int = nil; _ = x',
     '14: cannot use nil as int value in variable declaration'),
    ('var t T = nil; _ = t',
     '12: cannot use nil as T value in variable declaration'),
    ('var s string = nil; _ = s',
     '17: cannot use nil as string value in variable declaration'),
    ('var a [2]int = nil; _ = a',
     '17: cannot use nil as [2]int value in variable declaration'),
    # untyped constants to typed
    ("var f float64 = 1; var b byte = 'a'; var m MyInt = 5; var c complex128 = 2; _, _, _, _ = f, b, m, c",
     ''),
    ("var s string = 'a'; _ = s",
     "17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration"),
    ('var b bool = 1; _ = b',
     '15: cannot use 1 (untyped int constant) as bool value in variable declaration'),
    ('const c int = 1; var f float64 = c; _ = f',
     '35: cannot use c (constant 1 of type int) as float64 value in variable declaration'),
    # more: aliases, element types of composite types, variadic vs slice parameters
    ('m := map[int]struct{ f int }{}; m[1].f = 1',
     '34: cannot assign to struct field m[1].f in map'),
    ('var x interface{ M() } = (*T)(nil); _ = x',
     ''),
    ('type AI = int; var a AI = 1; var b int = a; _ = b',
     ''),
    ('var i I; f := i.M; var h func() = f; _ = h',
     ''),
    ('var c chan int; var d chan MyInt = c; _ = d',
     '37: cannot use c (variable of type chan int) as chan MyInt value in variable declaration'),
    ('var c chan<- chan int = make(chan chan int); _ = c',
     ''),
    ('var a, b int = 1; _, _ = a, b',
     '17: assignment mismatch: 2 variables but 1 value'),
    ('type J interface{ I; M() }; var j J = &T{}; var i I = j; _ = i',
     ''),
    ('var f func(...int) = func(a ...int) {}; var h func([]int) = f; _ = h',
     '62: cannot use f (variable of type func(...int)) as func([]int) value in variable declaration'),
    ('var p *E; var i I = p; _ = i',
     ''),
    ('var p *EP; var i I = p; _ = i',
     ''),
    ('var x [2]T; var y [2]T = x; _ = y',
     ''),
    ('var s []I = []T{}; _ = s',
     '14: cannot use []T{} (value of type []T) as []I value in variable declaration'),
    ('var e E = T{}; _ = e',
     '12: cannot use T{} (value of struct type T) as E value in variable declaration'),
    ('var e = E{T{}}; var t T = e.T; _ = t',
     ''),
    ('var u uintptr = 1; var n int = u; _ = n',
     '33: cannot use u (variable of type uintptr) as int value in variable declaration'),
    ("var r rune = 'a'; var i32 int32 = r; var b byte = 1; var u8 uint8 = b; _, _ = i32, u8",
     ''),
    ('var x MyInt = MyInt(1) + 2; var y = x + MyInt(3); var z int = y; _ = z',
     '64: cannot use y (variable of int type MyInt) as int value in variable declaration'),
    ('var f F = nil; var g func() = nil; _ = f == nil; _ = g',
     ''),
    ('var m map[string]int = map[string]MyInt{}; _ = m',
     '25: cannot use map[string]MyInt{} (value of type map[string]MyInt) as map[string]int value in variable declaration'),
    ('var i interface{} = nil; var j any = i; _ = j',
     ''),
    ('var fn func() I = func() *T { return nil }; _ = fn',
     '20: cannot use func() *T {…} (value of type func() *T) as func() I value in variable declaration'),
    ('var ch <-chan <-chan int = make(chan (<-chan int)); _ = ch',
     ''),
    # comparisons: an operand must be assignable to the other's type (spec: "Comparison operators")
    ('_ = nil == nil',
     '13: invalid operation: nil == nil (operator == not defined on untyped nil)'),
    ('var x = nil; _ = x',
     '10: use of untyped nil in variable declaration'),
    ('x := nil; _ = x',
     '7: use of untyped nil in assignment'),
    ('var p *int; _ = p == nil; var f func(); _ = f == nil; var s []int; _ = s == nil',
     ''),
    ('var s []int; var t []int; _ = s == t',
     '32: invalid operation: s == t (slice can only be compared to nil)'),
    ('var f, h func(); _ = f == h',
     '23: invalid operation: f == h (func can only be compared to nil)'),
    ('var m map[int]int; _ = m == m',
     '25: invalid operation: m == m (map can only be compared to nil)'),
    ('var i I; var t T; _ = i == t',
     '29: invalid operation: i == t (mismatched types I and T)'),
    ('var i I; var p *T; _ = i == p',
     ''),
    ('var i I; var v V; _ = i == v',
     '29: invalid operation: i == v (mismatched types I and V)'),
    ('var iv IV; var i I; _ = iv == i',
     ''),
    ('var c chan int; var r <-chan int; _ = c == r',
     ''),
    ('var t T; _ = t == nil',
     '20: invalid operation: t == nil (mismatched types T and untyped nil)'),
    ('var e E; var t T; _ = e == t',
     '29: invalid operation: e == t (mismatched types E and T)'),
    ('var a, b struct{ f []int }; _ = a == b',
     '34: invalid operation: a == b (struct containing []int cannot be compared)'),
    ('var x any = []int{}; _ = x == x',
     ''),
    ('_ = T{} == T{}',
     ''),
    ('var m MyInt; _ = m == 1; _ = m == 1.0',
     ''),
    ('var m MyInt; _ = m == 1.5',
     '24: 1.5 (untyped float constant) truncated to int'),
    ('var m MyInt; var n int; _ = m == n',
     '35: invalid operation: m == n (mismatched types MyInt and int)'),
    # channel direction in select, range and conversions; element types must be identical
    ('var c chan<- int; select { case <-c: }',
     '36: invalid operation: cannot receive from send-only channel chan<- int c (variable of type chan<- int)'),
    ('var c <-chan int; select { case c <- 1: }',
     '34: invalid operation: cannot send to receive-only channel <-chan int c (variable of type <-chan int)'),
    ('var c chan<- int; for range c {}',
     '30: cannot range over c (variable of type chan<- int): receive from send-only channel chan<- int'),
    ('var c chan<- int; for v := range c { _ = v }',
     '35: cannot range over c (variable of type chan<- int): receive from send-only channel chan<- int'),
    ('var c <-chan int; for v := range c { _ = v }',
     ''),
    ('var c chan int; var d chan<- int = (chan<- int)(c); var e = (<-chan int)(c); _, _ = d, e',
     ''),
    ('var c <-chan int; _ = (chan int)(c)',
     '35: cannot convert c (variable of type <-chan int) to type chan int'),
    ('var c chan I; c <- &T{}; c <- nil',
     ''),
    ('var c chan *T; var d chan I = c; _ = d',
     '32: cannot use c (variable of type chan *T) as chan I value in variable declaration'),
]


@pytest.mark.parametrize('stmt, want', CASES)
def test_assignability(stmt, want):
    assert check_errors(stmt) == expected(want)


@pytest.mark.parametrize('stmt, want', [
    ('g(T{})', '3: in call to g, X (type T) does not satisfy I (method M has pointer receiver)'),
    ('var x int; g(x)', '14: in call to g, X (type int) does not satisfy I (missing method M)'),
])
def test_inferred_type_argument_method_set(stmt, want):
    assert check_errors(stmt) == expected(want)


# An untyped argument is given its default type after inference, so gc checks it
# at instantiation and words it without the call (go1.27.3); so does an explicit one.
@pytest.mark.parametrize('stmt, want', [
    ('g(1)', '3: int does not satisfy I (missing method M)'),
    ('g[T](T{})', '4: T does not satisfy I (method M has pointer receiver)'),
    ('_ = g[int]', '8: int does not satisfy I (missing method M)'),
])
def test_explicit_type_argument_method_set(stmt, want):
    assert check_errors(stmt) == expected(want)


def test_return_statement_context():
    # go1.27.3: the `ret` in PRELUDE returns nil; a T in its place is rejected
    text = PRELUDE.replace('func ret() I      { return nil }', 'func ret() I      { return T{} }') + '}\n'
    src = Source('prog.go', text, display='./prog.go')
    with pytest.raises(ErrorList) as e:
        parse_and_check(src)
    assert e.value.report() == (
        '# command-line-arguments\n./prog.go:43:28: cannot use T{} (value of struct type T) as I value '
        'in return statement: T does not implement I (method M has pointer receiver)\n')


METHOD_PROGRAM = r'''package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Getter
	Inc()
}

type Wrap struct{ Counter }
type WrapP struct{ *Counter }

func describe(x any) string {
	switch v := x.(type) {
	case Incer:
		return fmt.Sprintf("Incer(%d)", v.Get())
	case Getter:
		return fmt.Sprintf("Getter(%d)", v.Get())
	}
	return "neither"
}

func main() {
	c := Counter{1}
	get := c.Get // the receiver is copied now
	inc := c.Inc // &c is taken now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	var g Getter = c // a copy
	c.Inc()
	fmt.Println(g.Get(), c.Get())

	fmt.Println(describe(c), describe(&c), describe(Wrap{c}), describe(&Wrap{c}), describe(WrapP{&c}), describe(1))

	w := Wrap{Counter{10}}
	w.Inc() // (&w.Counter).Inc()
	fmt.Println(w.Get(), w.n)

	wp := WrapP{&c}
	wp.Inc()
	var i Incer = wp
	i.Inc()
	fmt.Println(c.n, i.Get())

	_, ok1 := g.(Incer)
	var a any = &c
	_, ok2 := a.(Incer)
	_, ok3 := a.(Counter)
	fmt.Println(ok1, ok2, ok3)

	f := (*Counter).Get
	h := Counter.Get
	fmt.Println(f(&c), h(c))
}
'''

# go1.27.3 `go run` output of METHOD_PROGRAM
METHOD_PROGRAM_OUT = """\
3 1 3
3 4
Getter(4) Incer(4) Getter(4) Incer(4) Incer(4) neither
11 11
6 6
false true false
6 6
"""


def run_go(src, *flags, tmp_path):
    path = os.path.join(tmp_path, 'prog.go')
    with open(path, 'w') as f:
        f.write(src)
    p = run_minigo(['run', *flags, path], timeout=60)
    return p.stdout.decode(), p.stderr.decode(), p.returncode


def test_method_sets_at_run_time(tmp_path):
    assert run_go(METHOD_PROGRAM, '--seed', '1', tmp_path=tmp_path) == (METHOD_PROGRAM_OUT, '', 0)


NIL_EMBEDDED_PROGRAM = r'''package main

import "fmt"

type T struct{ x int }

func (T) N() { fmt.Println("N") }

type V interface{ N() }
type EP struct{ *T }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var ep EP
	try("direct", func() { ep.N() })
	try("method value", func() { f := ep.N; f() })
	try("interface", func() { var v V = ep; v.N() })
	try("pointer to outer", func() { var v V = &ep; v.N() })
}
'''


def test_promoted_value_method_through_nil_embedded_pointer(tmp_path):
    # go1.27.3 `go run` output
    want = ('direct runtime error: invalid memory address or nil pointer dereference\n'
            'method value runtime error: invalid memory address or nil pointer dereference\n'
            'interface runtime error: invalid memory address or nil pointer dereference\n'
            'pointer to outer runtime error: invalid memory address or nil pointer dereference\n')
    assert run_go(NIL_EMBEDDED_PROGRAM, '--seed', '1', tmp_path=tmp_path) == (want, '', 0)
