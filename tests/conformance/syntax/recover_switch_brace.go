package main

func main() {
	switch x := 3; x
	{
	case 1:
		y := 2
	}
}

func g() {
	x := 1
}
