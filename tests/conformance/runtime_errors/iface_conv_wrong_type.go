package main

func main() {
	var x any = "hello"
	_ = x.(int)
}
