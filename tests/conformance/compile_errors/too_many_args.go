package main

func f(a int, b string) {}

func main() {
	f(1, "a", 3)
}
