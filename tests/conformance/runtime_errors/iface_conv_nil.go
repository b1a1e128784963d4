package main

func main() {
	var x any
	_ = x.(string)
}
