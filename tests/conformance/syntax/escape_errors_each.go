package main

func main() {
	_ = "\q \xzz \400 \uD800"
}
