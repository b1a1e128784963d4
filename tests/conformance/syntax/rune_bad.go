package main

func main() {
	x := 'ab'
	_ = x
}
