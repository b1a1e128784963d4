package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Nums struct {
	I8  int8
	I64 int64
	U8  uint8
	U64 uint64
	UP  uintptr
	F32 float32
	F64 float64
}

func main() {
	floats := []float64{0, -0.0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1.5e21, 123456789, 12345678901234567890,
		1e-6, 1e-7, 0.000001234, 3.14159265358979, 2.5e-8, 1e100, -1e-100, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1.0 / 3.0, 2.0 / 3.0, 9007199254740993, 1e15, 1e16, 1e17}
	for _, f := range floats {
		b, err := json.Marshal(f)
		fmt.Println(string(b), err)
	}
	f32s := []float32{0, 1, 0.1, 1.1, 1e-6, 1e-7, 1e20, 1e21, 3.4e38, 1.0 / 3.0, 16777217, 123.456}
	for _, f := range f32s {
		b, err := json.Marshal(f)
		fmt.Println(string(b), err)
	}
	b, err := json.Marshal(Nums{math.MinInt8, math.MinInt64, math.MaxUint8, math.MaxUint64, 42, 1.25, -2.5})
	fmt.Println(string(b), err)
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		b, err := json.Marshal(bad)
		fmt.Printf("%q %v\n", b, err)
	}
	_, err = json.Marshal(map[string]float32{"x": float32(math.Inf(-1))})
	fmt.Println(err)
	var ue *json.UnsupportedValueError
	_, err = json.Marshal([]float64{1, math.NaN()})
	fmt.Printf("%T %v\n", err, err)
	_ = ue
}
