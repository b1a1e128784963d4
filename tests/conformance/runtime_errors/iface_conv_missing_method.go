package main

type B struct{ n int }

type Runner interface{ Run() }

func main() {
	var x any = B{}
	_ = x.(Runner)
}
