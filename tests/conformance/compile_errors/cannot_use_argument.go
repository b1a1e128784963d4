package main

func takesInt(n int) {}
func takesStr(s string, n int) {}

func main() {
	takesInt("a")
	takesStr(1, "b")
	var f float64 = 1.5
	takesInt(f)
}
