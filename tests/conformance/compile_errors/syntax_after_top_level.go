package main

func f() {} x

func g() {} y z

type T struct {
	a int b int
}

func main() {
}
