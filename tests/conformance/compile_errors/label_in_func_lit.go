package main

func main() { f := func() { goto L }; f() }

func g() {
	h := func() {
		break
	}
	h()
}
