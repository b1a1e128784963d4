package main

func main() {
	break
	continue
	for {
		goto L
	}
}
