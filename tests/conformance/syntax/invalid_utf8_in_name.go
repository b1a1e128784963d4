package main

func main() {
	x := 1 ÿ
	// þ comment
	yÿ := 2
}
