package main

func main() {
	x := "ÿaþ"
	y := "ÿ"
	_ = "\q\z"
}
