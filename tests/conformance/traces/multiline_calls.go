// gc places a call at its `(`: a function literal called where it is
// written is at its closing line, a call spread over lines at its first.
package main

func div(a,
	b int) int {
	return a / b
}

func main() {
	x := 0
	func() {
		println(div(
			1,
			x,
		))
	}()
}
