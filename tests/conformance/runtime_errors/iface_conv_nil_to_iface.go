package main

type R interface{ Read() }

func main() {
	var e error
	_ = e.(R)
}
