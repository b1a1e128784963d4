package main

func f(a int, b string) (int, error) { return 0, nil }

func main() {
	f(1)
}
