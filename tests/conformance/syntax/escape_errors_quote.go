package main

func main() {
	_ = "\\ \q\r\9 \u12"
	_ = "ok"
}
