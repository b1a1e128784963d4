"""Package math/cmplx, written in Go on top of minigo's math (which gives
Go's bits), so each function gives Go's results: the same special cases
(C99 Annex G as Go reads it), the same Cephes formulas, operation by
operation. A formula re-associated or fused would change the last bit."""

GO_DECLS = '''
package cmplx

import (
	"math"
	"math/bits"
)

func Abs(x complex128) float64    { return math.Hypot(real(x), imag(x)) }
func Phase(x complex128) float64  { return math.Atan2(imag(x), real(x)) }
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

func Inf() complex128 { return complex(math.Inf(1), math.Inf(1)) }
func NaN() complex128 { return complex(math.NaN(), math.NaN()) }

func isInfF(f float64) bool { return math.IsInf(f, 0) }

// An infinity in either part makes x infinite, even next to a NaN.
func IsInf(x complex128) bool { return isInfF(real(x)) || isInfF(imag(x)) }

func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// ---------------------------------------------------------------- exp, log

func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if isInfF(re) {
		if re > 0 && im == 0 {
			return x
		}
		if isInfF(im) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	mag := math.Exp(re)
	sin, cos := math.Sincos(im)
	return complex(mag*cos, mag*sin)
}

func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

func Pow(x, y complex128) complex128 {
	if x == 0 { // also -0
		if IsNaN(y) {
			return NaN()
		}
		yr, yi := real(y), imag(y)
		if yr == 0 {
			return 1
		}
		if yr < 0 {
			if yi == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	angle := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		angle += imag(y) * math.Log(modulus)
	}
	sin, cos := math.Sincos(angle)
	return complex(r*cos, r*sin)
}

// Sqrt scales x away from overflow (|parts| > 4) or underflow (else, by
// 2**54) before taking the hypotenuse, and scales the result back.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if isInfF(b) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		if b < 0 {
			h := math.Sqrt(-0.5 * b)
			return complex(h, -h)
		}
		h := math.Sqrt(0.5 * b)
		return complex(h, h)
	}
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a *= 0.25
		b *= 0.25
		scale = 2
	} else {
		a *= 1.8014398509481984e16      // 2**54
		b *= 1.8014398509481984e16
		scale = 7.450580596923828125e-9 // 2**-27
	}
	h := math.Hypot(a, b)
	var re, im float64
	if a > 0 {
		re = math.Sqrt(0.5*h + 0.5*a)
		im = scale * math.Abs((0.5*b)/re)
		re *= scale
	} else {
		im = math.Sqrt(0.5*h - 0.5*a)
		re = scale * math.Abs((0.5*b)/im)
		im *= scale
	}
	if b < 0 {
		return complex(re, -im)
	}
	return complex(re, im)
}

// ---------------------------------------------------------------- sin, cos

// sinhcosh: for |x| > 0.5 both from one Exp.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	half := 0.5 / e
	e *= 0.5
	return e - half, e + half
}

func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (isInfF(re) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case isInfF(im):
		if re == 0 {
			return x
		}
		if isInfF(re) || math.IsNaN(re) {
			return complex(math.NaN(), im)
		}
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (isInfF(im) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case isInfF(re):
		if im == 0 {
			return complex(re, im)
		}
		if isInfF(im) || math.IsNaN(im) {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (isInfF(re) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case isInfF(im):
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if isInfF(re) || math.IsNaN(re) {
			return complex(math.Inf(1), math.NaN())
		}
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (isInfF(im) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case isInfF(re):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if isInfF(im) || math.IsNaN(im) {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

// ---------------------------------------------------------------- inverses

func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if isInfF(re) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case isInfF(im):
		if math.IsNaN(re) {
			return x
		}
		if isInfF(re) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case isInfF(re):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	// asin(x) = -i log(ix + sqrt(1 - x*x))
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	w := Log(complex(-im, re) + root)
	return complex(imag(w), -real(w))
}

func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case isInfF(re):
		if isInfF(im) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if isInfF(im) {
			return complex(im, re)
		}
		return NaN()
	case isInfF(im):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	// asinh(x) = log(x + sqrt(1 + x*x))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w)) // i w
	}
	return complex(imag(w), -real(w)) // -i w
}

func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case isInfF(im) || isInfF(re):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	angle := reducePi(0.5 * math.Atan2(2*re, den))
	below := im - 1
	lo := re2 + below*below
	if lo == 0 {
		return NaN()
	}
	above := im + 1
	ratio := (re2 + above*above) / lo
	return complex(angle, 0.25*math.Log(ratio))
}

func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x))) // atan(i x)
	return complex(imag(z), -real(z))     // times -i
}

// ---------------------------------------------------------------- tan, cot

func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if isInfF(im) {
		if isInfF(re) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if isInfF(re) {
		if isInfF(im) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries: cosh 2y - cos 2x by its Taylor series, for when the two nearly
// cancel; the terms go in pairs until one no longer changes the sum.
func tanSeries(z complex128) float64 {
	const eps = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	x = x * x
	y := math.Abs(2 * imag(z))
	y = y * y
	xp, yp := 1.0, 1.0 // x**n, y**n
	fact := 1.0
	n := 0.0
	sum := 0.0
	for {
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t := yp + xp
		t /= fact
		sum += t

		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t = yp - xp
		t /= fact
		sum += t
		if !(math.Abs(t/sum) > eps) {
			return sum
		}
	}
}

// reducePi reduces x to (-Pi/2, Pi/2] modulo Pi: by a three-part Pi
// (Cody-Waite) below 2**30, else with 1/Pi in 1216 bits (Payne-Hanek).
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		k := x / math.Pi
		k += 0.5
		k = float64(int64(k))
		return ((x - k*pi1) - k*pi2) - k*pi3
	}
	const (
		fracBits = 52
		bias     = 1023
	)
	b := math.Float64bits(x)
	exp := int(b>>fracBits&0x7FF) - bias - fracBits
	mant := b&(1<<fracBits-1) | 1<<fracBits
	// the bits of 1/Pi, from the binary point
	invPi := [...]uint64{
		0x0000000000000000,
		0x517cc1b727220a94,
		0xfe13abe8fa9a6ee0,
		0x6db14acc9e21c820,
		0xff28b1d5ef5de2b0,
		0xdb92371d2126e970,
		0x0324977504e8c90e,
		0x7f0ef58e5894d39f,
		0x74411afa975da242,
		0x74ce38135a2fbf20,
		0x9cc8eb1cc1a99cfa,
		0x4e422fc5defc941d,
		0x8ffc4bffef02cc07,
		0xf79788c5ad05368f,
		0xb69b3f6793e584db,
		0xa7a31fb34f2ff516,
		0xba93dd63f5f2f8bd,
		0x9e839cfbc5294975,
		0x35fdafd88fc6ae84,
		0x2b0198237e3db5d5,
	}
	word, sh := uint(exp+64)/64, uint(exp+64)%64
	w0 := (invPi[word] << sh) | (invPi[word+1] >> (64 - sh))
	w1 := (invPi[word+1] << sh) | (invPi[word+2] >> (64 - sh))
	w2 := (invPi[word+2] << sh) | (invPi[word+3] >> (64 - sh))
	// the fraction of mant/Pi, to 128 bits
	w2hi, _ := bits.Mul64(w2, mant)
	w1hi, w1lo := bits.Mul64(w1, mant)
	w0lo := w0 * mant
	lo, carry := bits.Add64(w1lo, w2hi, 0)
	hi, _ := bits.Add64(w0lo, w1hi, carry)
	// normalize it into a float64 in [0, 1)
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - fracBits
	hi |= e << fracBits
	f := math.Float64frombits(hi)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}
'''
