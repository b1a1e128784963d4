package main

func main() {
	if x := 1; x > 0
	{
	}
	var a = 
	b := 2
}

func g() {
	x := 1
}
