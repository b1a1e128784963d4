package main

x := 1

var a int b

const c = 1 2

func main() {
}

y = 2

func f() {}
