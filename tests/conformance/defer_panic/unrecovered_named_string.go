package main

type Msg string

func main() {
	panic(Msg("hello"))
}
