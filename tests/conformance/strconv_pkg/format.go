package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1e20, 123456789, 1.5e-7, 0.000123,
		math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 2.5, 3.5, -2.5, 0.5, 1.005, 9.995, 999999.5, 1234567.0, 1e-5, 1e-4, 12345678901234567890.0}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17}
	for _, v := range vals {
		for _, f := range fmts {
			line := fmt.Sprintf("%c:", f)
			for _, p := range precs {
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			fmt.Println(line)
		}
		line := "32:"
		for _, f := range fmts {
			line += " " + strconv.FormatFloat(v, f, -1, 32) + " " + strconv.FormatFloat(v, f, 3, 32)
		}
		fmt.Println(line)
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(0, 'q', 2, 64), strconv.FormatFloat(math.NaN(), 'z', 2, 64))
	fmt.Println(strconv.FormatFloat(1e23, 'f', 40, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 60, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(16777216, 'g', -1, 32), strconv.FormatFloat(1e7, 'g', -1, 32), strconv.FormatFloat(3.4e38, 'e', -1, 32))

	ints := []int64{0, 1, -1, 7, 35, 36, 255, -255, math.MaxInt64, math.MinInt64, 1 << 40}
	for _, i := range ints {
		line := ""
		for _, b := range []int{2, 8, 10, 16, 36, 3, 7} {
			line += strconv.FormatInt(i, b) + " "
		}
		fmt.Println(line)
	}
	fmt.Println(strconv.FormatUint(math.MaxUint64, 2), strconv.FormatUint(math.MaxUint64, 36), strconv.FormatUint(math.MaxUint64, 10))
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(math.MaxInt), strconv.Itoa(math.MinInt))

	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'f', 1, 64)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, 'x')
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "héllo")
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	fmt.Println(string(b))
	var nb []byte
	nb = strconv.AppendInt(nb, 12345, 10)
	fmt.Println(string(nb), len(nb))

	fmt.Println(strconv.FormatComplex(complex(1, 2), 'f', 2, 128), strconv.FormatComplex(complex(-1.5, -0.25), 'g', -1, 128),
		strconv.FormatComplex(complex(0.1, math.Inf(1)), 'e', 3, 64), strconv.FormatComplex(complex(math.NaN(), 0), 'g', -1, 128))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatInt(10, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatFloat(1, 'g', -1, 16)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v %T\n", r, r)
		}()
		strconv.FormatUint(10, 37)
	}()
}
