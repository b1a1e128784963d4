package main

func main() {
	x := 5
	switch x.(type) {
	}
	var i any
	switch v := i.(type) {
	case int, string:
	}
}
