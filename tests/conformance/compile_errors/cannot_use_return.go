package main

func f() int {
	return "s"
}

func g() (int, string) {
	return "a", 1
}

func main() {
	f()
	g()
}
