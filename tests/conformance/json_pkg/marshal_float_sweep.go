package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
)

// Many floats of every magnitude, marshaled: JSON's shortest 'f' or 'e' form.
func main() {
	r := rand.New(rand.NewSource(7))
	var f64s []float64
	var f32s []float32
	for len(f64s) < 400 {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		f64s = append(f64s, f)
		g := math.Float32frombits(r.Uint32())
		if !math.IsNaN(float64(g)) && !math.IsInf(float64(g), 0) {
			f32s = append(f32s, g)
		}
	}
	for e := -30; e <= 30; e++ {
		f64s = append(f64s, math.Pow(10, float64(e)), 1.5*math.Pow(10, float64(e)), r.Float64()*math.Pow(10, float64(e)))
		f32s = append(f32s, float32(math.Pow(10, float64(e))), float32(r.Float64()*math.Pow(10, float64(e))))
	}
	b, err := json.Marshal(f64s)
	fmt.Println(string(b), err)
	b, err = json.Marshal(f32s)
	fmt.Println(string(b), err)
}
