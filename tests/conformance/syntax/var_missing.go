package main

func main() {
	var
}
