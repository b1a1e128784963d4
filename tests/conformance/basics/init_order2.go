package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

var (
	v1 = trace("v1", v5+1)
	v2 = trace("v2", getV4())
	v3 = trace("v3", 3)
	v4 = trace("v4", v3*10)
	v5 = trace("v5", 5)
	v6, v7 = trace("v6", v2), trace("v7", v1)
	v8 int
	v9 = func() int { return trace("v9", v8+v10) }()
	v10 = trace("v10", 10)
)

func getV4() int { return helper() }
func helper() int { return v4 + 1 }

type S struct{}

func (S) M() int { return trace("viaMethod", v12) }

var v11 = S{}.M()
var v12 = trace("v12", 12)

func main() {
	fmt.Println(v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12)
}
