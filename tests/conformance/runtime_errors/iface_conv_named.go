package main

type Stringer interface{ String() string }

type A struct{}

func (A) String() string { return "A" }

type B struct{}

func main() {
	var s Stringer = A{}
	_ = s.(interface{ Other() })
}
