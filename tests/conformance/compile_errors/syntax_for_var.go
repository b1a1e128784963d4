package main

func main() {
	for var i = 0; i < 3; i++ {
	}
	if var x = 1; x > 0 {
	}
	switch var y = 2; y {
	}
	a := 0x 1
}
