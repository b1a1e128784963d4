package main

import "fmt"

func main() {
	var x int64 = 1<<60 + 1<<36 + 1
	var y uint64 = 1<<63 + 1<<39 + 1
	var z int64 = -(1<<60 + 1<<36 + 1)
	var w int64 = 1<<60 + 1<<36
	fmt.Println(float32(x), float32(y), float32(z), float32(w), float64(x))
	fmt.Println(float32(x) == float32(1<<60+1<<37))
	var m int64 = -9223372036854775808
	var big uint64 = 18446744073709551615
	fmt.Println(float32(m), float32(big), float64(big))
}
