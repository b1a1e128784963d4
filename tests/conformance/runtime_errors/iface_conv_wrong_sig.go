package main

type T struct{}

func (T) M() int { return 1 }

func main() {
	var x any = T{}
	_ = x.(interface{ M() string })
}
