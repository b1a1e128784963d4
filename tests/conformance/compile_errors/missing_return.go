package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g() string {
	for {
		break
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func main() {
	f(1)
	g()
	h(1)
}
