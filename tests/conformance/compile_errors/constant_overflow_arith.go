package main

func main() {
	x := 1 << 64
	var y int32 = 1 << 31
	z := int8(128)
	_, _, _ = x, y, z
}
