package main

func main() {
	for i := 0; i < 3; i++
	{
		println(i)
	}
}

func g() {
	x := 1
}
