package main

const big = 1e1000000
const huge = 1e600000000

func main() {
	var x int = big
	var y float32 = 1e-1000000
	const z = huge * huge * huge * huge
	var w = big
	v := int(1e1300)
	u := 1 << 1e1300
	_, _, _, _, _ = x, y, w, v, u
	t := tiny
}
