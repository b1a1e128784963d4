"""Package math/big: Int, Rat and Float on Python integers.

The types have Go's fields (so a value prints as Go prints it and an Int is
not comparable); the methods are Python (big_int.py, big_rat.py,
big_float.py, text in big_text.py and big_ftoa.py), apart from small Go
wrappers: Format reads the fmt.State's flags and writes the text Python
made; the stringers and error types are Go. Not provided: Int.Bits/SetBits
(their words would have to share memory with the Int), the Gob and
fmt.Scanner methods.
"""
from __future__ import annotations

from .big_float import (  # noqa: F401  (the package's Python functions)
    NewFloat, Float_Abs, Float_Acc, Float_Add, Float_Cmp, Float_Copy, Float_Float32, Float_Float64,
    Float_Int, Float_Int64, Float_IsInf, Float_IsInt, Float_MantExp, Float_MinPrec, Float_Mode, Float_Mul,
    Float_Neg, Float_Prec, Float_Quo, Float_Rat, Float_Set, Float_SetFloat64, Float_SetInf, Float_SetInt,
    Float_SetInt64, Float_SetMantExp, Float_SetMode, Float_SetPrec, Float_SetRat, Float_SetUint64,
    Float_Sign, Float_Signbit, Float_Sqrt, Float_Sub, Float_Uint64, bf)
from .big_ftoa import format_verb, parse, text
from .big_int import (  # noqa: F401
    Jacobi, NewInt, Int_Abs, Int_Add, Int_And, Int_AndNot, Int_Append, Int_Binomial, Int_Bit, Int_BitLen,
    Int_Bytes, Int_Cmp, Int_CmpAbs, Int_Div, Int_Divide, Int_DivMod, Int_Exp, Int_FillBytes, Int_Float64,
    Int_GCD, Int_Int64, Int_IsInt64, Int_IsUint64, Int_Lsh, Int_Mod, Int_ModInverse, Int_ModSqrt, Int_Mul,
    Int_MulRange, Int_Neg, Int_Not, Int_Or, Int_ProbablyPrime, Int_Quo, Int_QuoRem, Int_Rem, Int_Rsh,
    Int_Set, Int_SetBit, Int_SetBytes, Int_SetInt64, Int_SetString, Int_SetUint64, Int_Sign, Int_Sqrt,
    Int_String, Int_Sub, Int_Text, Int_TrailingZeroBits, Int_Uint64, Int_Xor, formatInt, put)
from .big_rat import (  # noqa: F401
    NewRat, Rat_Abs, Rat_Add, Rat_AppendText, Rat_Cmp, Rat_Denom, Rat_Float32, Rat_Float64, Rat_FloatPrec,
    Rat_FloatString, Rat_Inv, Rat_IsInt, Rat_Mul, Rat_Neg, Rat_Num, Rat_Quo, Rat_RatString, Rat_Set,
    Rat_SetFloat64, Rat_SetFrac, Rat_SetFrac64, Rat_SetInt, Rat_SetInt64, Rat_SetString, Rat_SetUint64,
    Rat_Sign, Rat_String, Rat_Sub)

GO_DECLS = '''
package big

import (
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strconv"
)

type Word uint

type nat []Word

const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// ---------------------------------------------------------------- Int

type Int struct {
	neg bool
	abs nat
}

func NewInt(x int64) *Int
func Jacobi(x, y *Int) int

func (z *Int) Set(x *Int) *Int
func (z *Int) SetInt64(x int64) *Int
func (z *Int) SetUint64(x uint64) *Int
func (z *Int) SetString(s string, base int) (*Int, bool)
func (z *Int) SetBytes(buf []byte) *Int
func (x *Int) Bytes() []byte
func (x *Int) FillBytes(buf []byte) []byte
func (x *Int) Text(base int) string
func (x *Int) String() string
func (x *Int) Append(buf []byte, base int) []byte

func (z *Int) Add(x, y *Int) *Int
func (z *Int) Sub(x, y *Int) *Int
func (z *Int) Mul(x, y *Int) *Int
func (z *Int) Quo(x, y *Int) *Int
func (z *Int) Rem(x, y *Int) *Int
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int)
func (z *Int) Div(x, y *Int) *Int
func (z *Int) Mod(x, y *Int) *Int
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int)
func (z *Int) Divide(x, y, r *Int, mode RoundingMode) (*Int, *Int)
func (z *Int) Exp(x, y, m *Int) *Int
func (z *Int) GCD(x, y, a, b *Int) *Int
func (z *Int) ModInverse(g, n *Int) *Int
func (z *Int) ModSqrt(x, p *Int) *Int
func (z *Int) Sqrt(x *Int) *Int
func (z *Int) Binomial(n, k int64) *Int
func (z *Int) MulRange(a, b int64) *Int

func (x *Int) Cmp(y *Int) (r int)
func (x *Int) CmpAbs(y *Int) int
func (x *Int) Sign() int
func (z *Int) Abs(x *Int) *Int
func (z *Int) Neg(x *Int) *Int

func (z *Int) Lsh(x *Int, n uint) *Int
func (z *Int) Rsh(x *Int, n uint) *Int
func (x *Int) Bit(i int) uint
func (z *Int) SetBit(x *Int, i int, b uint) *Int
func (x *Int) BitLen() int
func (x *Int) TrailingZeroBits() uint
func (z *Int) And(x, y *Int) *Int
func (z *Int) Or(x, y *Int) *Int
func (z *Int) Xor(x, y *Int) *Int
func (z *Int) AndNot(x, y *Int) *Int
func (z *Int) Not(x *Int) *Int

func (x *Int) Int64() int64
func (x *Int) Uint64() uint64
func (x *Int) IsInt64() bool
func (x *Int) IsUint64() bool
func (x *Int) Float64() (float64, Accuracy)
func (x *Int) ProbablyPrime(n int) bool

// Rand draws uniformly from [0, n) as Go does: 64-bit words from two
// Uint32s each, the top one masked to n's length, until below n.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	if n.Sign() <= 0 {
		return z.SetInt64(0)
	}
	limit := new(Int).Set(n)
	bits := limit.BitLen()
	words := make([]uint64, (bits+63)/64)
	mask := ^uint64(0) >> uint(len(words)*64-bits)
	for {
		for i := range words {
			words[i] = uint64(rnd.Uint32()) | uint64(rnd.Uint32())<<32
		}
		words[len(words)-1] &= mask
		if setWords(z, words).Cmp(limit) < 0 {
			return z
		}
	}
}

func setWords(z *Int, words []uint64) *Int

func formatInt(x *Int, ch rune, wid int, hasWid bool, prec int, hasPrec bool, plus, space, sharp, minus, zero bool) (string, bool)

func (x *Int) Format(s fmt.State, ch rune) {
	wid, hasWid := s.Width()
	prec, hasPrec := s.Precision()
	text, ok := formatInt(x, ch, wid, hasWid, prec, hasPrec, s.Flag('+'), s.Flag(' '), s.Flag('#'), s.Flag('-'), s.Flag('0'))
	if !ok {
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	s.Write([]byte(text))
}

func (x *Int) AppendText(b []byte) (text []byte, err error) { return x.Append(b, 10), nil }

func (x *Int) MarshalText() (text []byte, err error) { return x.AppendText(nil) }

func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return []byte(x.String()), nil
}

func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}

// ---------------------------------------------------------------- Rat

type Rat struct {
	a, b Int
}

func NewRat(a, b int64) *Rat

func (z *Rat) SetFrac(a, b *Int) *Rat
func (z *Rat) SetFrac64(a, b int64) *Rat
func (z *Rat) SetInt(x *Int) *Rat
func (z *Rat) SetInt64(x int64) *Rat
func (z *Rat) SetUint64(x uint64) *Rat
func (z *Rat) SetFloat64(f float64) *Rat
func (z *Rat) SetString(s string) (*Rat, bool)
func (z *Rat) Set(x *Rat) *Rat
func (z *Rat) Abs(x *Rat) *Rat
func (z *Rat) Neg(x *Rat) *Rat
func (z *Rat) Inv(x *Rat) *Rat
func (x *Rat) Sign() int
func (x *Rat) IsInt() bool
func (x *Rat) Num() *Int
func (x *Rat) Denom() *Int
func (x *Rat) Cmp(y *Rat) int
func (z *Rat) Add(x, y *Rat) *Rat
func (z *Rat) Sub(x, y *Rat) *Rat
func (z *Rat) Mul(x, y *Rat) *Rat
func (z *Rat) Quo(x, y *Rat) *Rat
func (x *Rat) String() string
func (x *Rat) RatString() string
func (x *Rat) FloatString(prec int) string
func (x *Rat) FloatPrec() (n int, exact bool)
func (x *Rat) Float64() (f float64, exact bool)
func (x *Rat) Float32() (f float32, exact bool)
func (x *Rat) AppendText(b []byte) ([]byte, error)

func (x *Rat) MarshalText() (text []byte, err error) { return x.AppendText(nil) }

func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}

// ---------------------------------------------------------------- Float

type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant nat
	exp  int32
}

type form byte

const (
	MaxExp  = 1<<31 - 1
	MinExp  = -1 << 31
	MaxPrec = 1<<32 - 1
)

type RoundingMode byte

const (
	ToNearestEven RoundingMode = iota
	ToNearestAway
	ToZero
	AwayFromZero
	ToNegativeInf
	ToPositiveInf
)

const (
	Trunc = ToZero
	Floor = ToNegativeInf
	Round = ToNearestEven
	Ceil  = ToPositiveInf
)

var roundingModeNames = [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}

func (i RoundingMode) String() string {
	if int(i) < len(roundingModeNames) {
		return roundingModeNames[i]
	}
	return "RoundingMode(" + strconv.FormatInt(int64(i), 10) + ")"
}

type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + strconv.FormatInt(int64(i), 10) + ")"
}

// An ErrNaN is the panic of an operation whose result would be NaN.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

func NewFloat(x float64) *Float

func (z *Float) SetPrec(prec uint) *Float
func (z *Float) SetMode(mode RoundingMode) *Float
func (x *Float) Prec() uint
func (x *Float) MinPrec() uint
func (x *Float) Mode() RoundingMode
func (x *Float) Acc() Accuracy
func (x *Float) Sign() int
func (x *Float) Signbit() bool
func (x *Float) IsInf() bool
func (x *Float) IsInt() bool
func (x *Float) MantExp(mant *Float) (exp int)
func (z *Float) SetMantExp(mant *Float, exp int) *Float
func (z *Float) SetInf(signbit bool) *Float
func (z *Float) Set(x *Float) *Float
func (z *Float) Copy(x *Float) *Float
func (z *Float) SetInt64(x int64) *Float
func (z *Float) SetUint64(x uint64) *Float
func (z *Float) SetFloat64(x float64) *Float
func (z *Float) SetInt(x *Int) *Float
func (z *Float) SetRat(x *Rat) *Float
func (z *Float) Add(x, y *Float) *Float
func (z *Float) Sub(x, y *Float) *Float
func (z *Float) Mul(x, y *Float) *Float
func (z *Float) Quo(x, y *Float) *Float
func (z *Float) Sqrt(x *Float) *Float
func (x *Float) Cmp(y *Float) int
func (z *Float) Abs(x *Float) *Float
func (z *Float) Neg(x *Float) *Float
func (x *Float) Float64() (float64, Accuracy)
func (x *Float) Float32() (float32, Accuracy)
func (x *Float) Int64() (int64, Accuracy)
func (x *Float) Uint64() (uint64, Accuracy)
func (x *Float) Int(z *Int) (*Int, Accuracy)
func (x *Float) Rat(z *Rat) (*Rat, Accuracy)

func (x *Float) Text(format byte, prec int) string
func (x *Float) String() string { return x.Text('g', 10) }
func (x *Float) Append(buf []byte, fmt byte, prec int) []byte

func formatFloat(x *Float, verb rune, wid int, hasWid bool, prec int, hasPrec bool, plus, space, minus, zero bool) (string, bool)

func (x *Float) Format(s fmt.State, format rune) {
	wid, hasWid := s.Width()
	prec, hasPrec := s.Precision()
	text, ok := formatFloat(x, format, wid, hasWid, prec, hasPrec, s.Flag('+'), s.Flag(' '), s.Flag('-'), s.Flag('0'))
	if !ok {
		fmt.Fprintf(s, "%%!%c(*big.Float=%s)", format, x.String())
		return
	}
	s.Write([]byte(text))
}

// parse sets z from s; ok reports whether Go returns z (not nil); msg is the error's text.
func (z *Float) parse(s string, base int) (ok bool, b int, msg string)

func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	ok, b, msg := z.parse(s, base)
	if ok {
		f = z
	}
	switch msg {
	case "":
	case "EOF":
		err = io.EOF
	default:
		err = errors.New(msg)
	}
	if msg != "" && !ok {
		f = nil
	}
	return f, b, err
}

func (z *Float) SetString(s string) (*Float, bool) {
	if f, _, err := z.Parse(s, 0); err == nil {
		return f, true
	}
	return nil, false
}

func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	return new(Float).SetPrec(prec).SetMode(mode).Parse(s, base)
}

func (x *Float) AppendText(b []byte) ([]byte, error) {
	if x == nil {
		return append(b, "<nil>"...), nil
	}
	return x.Append(b, 'g', -1), nil
}

func (x *Float) MarshalText() (text []byte, err error) { return x.AppendText(nil) }

func (z *Float) UnmarshalText(text []byte) error {
	_, _, err := z.Parse(string(text), 0)
	if err != nil {
		err = fmt.Errorf("math/big: cannot unmarshal %q into a *big.Float (%v)", text, err)
	}
	return err
}
'''


def setWords(z, words):
    v = 0
    for w in reversed(words.tolist()):
        v = v << 64 | w
    return put(z, v)


def Float_Text(x, format_, prec):
    return text(bf(x), format_, prec)


def Float_Append(x, buf, format_, prec):
    from .fmt import _append
    return _append(buf, text(bf(x), format_, prec))


def formatFloat(x, verb, wid, has_wid, prec, has_prec, plus, space, minus, zero):
    out = format_verb(bf(x), verb, wid, has_wid, prec, has_prec, plus, space, minus, zero)
    return (out, True) if out is not None else (b'', False)


def Float_parse(z, s, base):
    f = bf(z)
    try:
        ok, b, msg = parse(f, s, base)
    finally:
        f.store(z)
    return ok, b, (msg or '').encode()

