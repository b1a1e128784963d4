// runtime.Caller and FuncForPC name functions as Go's runtime does: closures, nested closures, methods.
package main

import (
	"fmt"
	"runtime"
)

type T struct{}

func (T) M() string  { return name() }
func (*T) P() string { return name() }

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func main() {
	fmt.Println(name())
	f := func() string {
		g := func() string { return name() }
		return name() + " " + g()
	}
	fmt.Println(f())
	h := func() string { return name() }
	fmt.Println(h())
	fmt.Println(T{}.M(), (&T{}).P())
	go func() {}()
}

func init() {
	_, file, line, ok := runtime.Caller(0)
	short := file[len(file)-len("caller_names.go"):]
	fmt.Println(short, line, ok)
	_, _, _, ok = runtime.Caller(50)
	fmt.Println(ok)
}
