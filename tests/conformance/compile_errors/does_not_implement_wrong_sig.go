package main

type Getter interface{ Get() int }

type G struct{}

func (G) Get() string { return "" }

func main() {
	var g Getter = G{}
	_ = g
}
