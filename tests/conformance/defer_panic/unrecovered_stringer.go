package main

type S struct{ A int }

func (s S) String() string { return "stringer!" }

func main() {
	panic(S{1})
}
