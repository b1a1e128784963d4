"""Package flag: command-line flag parsing, written in Go.

Python does what needs reflection: a zero value of a flag.Value's dynamic
type (PrintDefaults leaves out a default equal to the zero value's String),
and the flags of a set in name order.
"""
from __future__ import annotations

from ..runtime import rtypes as R
from ..runtime.values import Ref, make_slice

GO_DECLS = r'''
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"time"
)

var ErrHelp = errors.New("flag: help requested")

var errParse = errors.New("parse error")
var errRange = errors.New("value out of range")

// numError turns strconv's syntax and range errors into the flag package's.
func numError(err error) error {
	if ne, ok := err.(*strconv.NumError); ok {
		switch ne.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

type Value interface {
	String() string
	Set(string) error
}

type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that needs no argument when IsBoolFlag says so.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}
func (b *boolValue) Get() any          { return bool(*b) }
func (b *boolValue) String() string    { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool  { return true }

type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = intValue(v)
	return err
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = int64Value(v)
	return err
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = uintValue(v)
	return err
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i), 10) }

type uint64Value uint64

func (i *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = uint64Value(v)
	return err
}
func (i *uint64Value) Get() any       { return uint64(*i) }
func (i *uint64Value) String() string { return strconv.FormatUint(uint64(*i), 10) }

type stringValue string

func (s *stringValue) Set(val string) error { *s = stringValue(val); return nil }
func (s *stringValue) Get() any             { return string(*s) }
func (s *stringValue) String() string       { return string(*s) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		err = numError(err)
	}
	*f = float64Value(v)
	return err
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

type boolFuncValue func(string) error

func (f boolFuncValue) Set(s string) error { return f(s) }
func (f boolFuncValue) String() string     { return "" }
func (f boolFuncValue) IsBoolFlag() bool   { return true }

type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota
	ExitOnError
	PanicOnError
)

type FlagSet struct {
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string
	errorHandling ErrorHandling
	output        io.Writer
	undef         map[string]string // flags Set before they were defined: where
}

type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

// sortFlags: the flags of m by name.
func sortFlags(m map[string]*Flag) []*Flag

func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}

func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

func (f *FlagSet) Name() string                   { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling   { return f.errorHandling }
func (f *FlagSet) SetOutput(output io.Writer)     { f.output = output }
func (f *FlagSet) Parsed() bool                   { return f.parsed }
func (f *FlagSet) NFlag() int                     { return len(f.actual) }
func (f *FlagSet) NArg() int                      { return len(f.args) }
func (f *FlagSet) Args() []string                 { return f.args }
func (f *FlagSet) Lookup(name string) *Flag       { return f.formal[name] }

func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range sortFlags(f.formal) {
		fn(fl)
	}
}

func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range sortFlags(f.actual) {
		fn(fl)
	}
}

func (f *FlagSet) Set(name, value string) error { return f.set(name, value) }

func (f *FlagSet) set(name, value string) error {
	fl, ok := f.formal[name]
	if !ok {
		// defining it later is then a panic that says where it was set
		_, file, line, ok := runtime.Caller(2)
		if !ok {
			file, line = "?", 0
		}
		if f.undef == nil {
			f.undef = map[string]string{}
		}
		f.undef[name] = fmt.Sprintf("%s:%d", file, line)
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return nil
}

// zeroOf: a zero value of v's dynamic type (a pointer to a new zero for a
// pointer type) and that type's name (the element's for a pointer).
func zeroOf(v Value) (Value, string)

func isZeroValue(fl *Flag, value string) (isZero bool, err error) {
	z, typ := zeroOf(fl.Value)
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typ, fl.Name, e)
		}
	}()
	return value == z.String(), nil
}

func UnquoteUsage(fl *Flag) (name string, usage string) {
	usage = fl.Usage
	for i := 0; i < len(usage); i++ {
		if usage[i] != '`' {
			continue
		}
		for j := i + 1; j < len(usage); j++ {
			if usage[j] == '`' {
				name = usage[i+1 : j]
				return name, usage[:i] + name + usage[j+1:]
			}
		}
		break // one back quote only: fall back on the type's name
	}
	name = "value"
	switch v := fl.Value.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return name, usage
}

func (f *FlagSet) PrintDefaults() {
	var zeroErrs []error
	f.VisitAll(func(fl *Flag) {
		line := "  -" + fl.Name
		name, usage := UnquoteUsage(fl)
		if len(name) > 0 {
			line += " " + name
		}
		// a one-letter flag without an argument name keeps its usage on its line
		if len(line) <= 4 {
			line += "\t"
		} else {
			line += "\n    \t"
		}
		line += replaceNewlines(usage, "\n    \t")
		if isZero, err := isZeroValue(fl, fl.DefValue); err != nil {
			zeroErrs = append(zeroErrs, err)
		} else if !isZero {
			if _, ok := fl.Value.(*stringValue); ok {
				line += fmt.Sprintf(" (default %q)", fl.DefValue)
			} else {
				line += fmt.Sprintf(" (default %v)", fl.DefValue)
			}
		}
		fmt.Fprint(f.Output(), line, "\n")
	})
	if len(zeroErrs) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range zeroErrs {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

func replaceNewlines(s, with string) string {
	out := ""
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out += s[start:i] + with
			start = i + 1
		}
	}
	return out + s[start:]
}

func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

func (f *FlagSet) Var(value Value, name string, usage string) {
	if len(name) > 0 && name[0] == '-' {
		panic(f.sprintf("flag %q begins with -", name))
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '=' {
			panic(f.sprintf("flag %q contains =", name))
		}
	}
	fl := &Flag{name, usage, value, value.String()}
	if _, dup := f.formal[name]; dup {
		var msg string
		if f.name == "" {
			msg = f.sprintf("flag redefined: %s", name)
		} else {
			msg = f.sprintf("%s flag redefined: %s", f.name, name)
		}
		panic(msg)
	}
	if pos := f.undef[name]; pos != "" {
		panic(fmt.Sprintf("flag %s set at %s before being defined", name, pos))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = fl
}

// sprintf formats a message and prints it to the output too.
func (f *FlagSet) sprintf(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// failf prints the message and the usage, and returns the message as an error.
func (f *FlagSet) failf(format string, a ...any) error {
	msg := f.sprintf(format, a...)
	f.usage()
	return errors.New(msg)
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne takes one flag off f.args: false when the flags are done.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	name := s[1:]
	if name[0] == '-' {
		if len(name) == 1 { // "--" ends the flags
			f.args = f.args[1:]
			return false, nil
		}
		name = name[1:]
	}
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}
	f.args = f.args[1:]
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			name, value, hasValue = name[:i], name[i+1:], true
			break
		}
	}
	fl, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}
	if bv, ok := fl.Value.(boolFlag); ok && bv.IsBoolFlag() {
		if hasValue {
			if err := bv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := bv.Set("true"); err != nil {
			return false, f.failf("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			value, f.args, hasValue = f.args[0], f.args[1:], true
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return true, nil
}

func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		more, err := f.parseOne()
		if more {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.errorHandling {
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		return err
	}
}

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}

func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}

func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}

func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

func (f *FlagSet) BoolFunc(name, usage string, fn func(string) error) {
	f.Var(boolFuncValue(fn), name, usage)
}

// The command line's flag set and the functions over it.

var CommandLine *FlagSet

func init() {
	name := ""
	if len(os.Args) > 0 {
		name = os.Args[0]
	}
	CommandLine = NewFlagSet(name, ExitOnError)
	CommandLine.Usage = func() { Usage() }
}

var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

func Parse()                                  { CommandLine.Parse(os.Args[1:]) }
func Parsed() bool                            { return CommandLine.Parsed() }
func PrintDefaults()                          { CommandLine.PrintDefaults() }
func NFlag() int                              { return len(CommandLine.actual) }
func NArg() int                               { return len(CommandLine.args) }
func Arg(i int) string                        { return CommandLine.Arg(i) }
func Args() []string                          { return CommandLine.args }
func Lookup(name string) *Flag                { return CommandLine.formal[name] }
func Set(name, value string) error            { return CommandLine.set(name, value) }
func Visit(fn func(*Flag))                    { CommandLine.Visit(fn) }
func VisitAll(fn func(*Flag))                 { CommandLine.VisitAll(fn) }
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }
func Func(name, usage string, fn func(string) error)     { CommandLine.Func(name, usage, fn) }
func BoolFunc(name, usage string, fn func(string) error) { CommandLine.BoolFunc(name, usage, fn) }

func BoolVar(p *bool, name string, value bool, usage string)       { CommandLine.BoolVar(p, name, value, usage) }
func Bool(name string, value bool, usage string) *bool             { return CommandLine.Bool(name, value, usage) }
func IntVar(p *int, name string, value int, usage string)          { CommandLine.IntVar(p, name, value, usage) }
func Int(name string, value int, usage string) *int                { return CommandLine.Int(name, value, usage) }
func Int64Var(p *int64, name string, value int64, usage string)    { CommandLine.Int64Var(p, name, value, usage) }
func Int64(name string, value int64, usage string) *int64          { return CommandLine.Int64(name, value, usage) }
func UintVar(p *uint, name string, value uint, usage string)       { CommandLine.UintVar(p, name, value, usage) }
func Uint(name string, value uint, usage string) *uint             { return CommandLine.Uint(name, value, usage) }
func Uint64Var(p *uint64, name string, value uint64, usage string) { CommandLine.Uint64Var(p, name, value, usage) }
func Uint64(name string, value uint64, usage string) *uint64       { return CommandLine.Uint64(name, value, usage) }
func StringVar(p *string, name string, value string, usage string) { CommandLine.StringVar(p, name, value, usage) }
func String(name string, value string, usage string) *string       { return CommandLine.String(name, value, usage) }
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}
'''


def sortFlags(m):
    if not m:
        return make_slice([])
    return make_slice([m[k] for k in sorted(m)])


def zeroOf(v):
    if v is None:
        return None, b''
    rt = v[0]
    if rt.kind == R.POINTER:
        elem = rt.elem
        ptr = elem.zero() if elem.aggregate else Ref([elem.zero()], 0)
        return (rt, ptr), elem.name.encode()
    return (rt, rt.zero()), rt.name.encode()
