package main

func main() {
	if x == 1 { } else return
}

func g() {
	x := 1
}
