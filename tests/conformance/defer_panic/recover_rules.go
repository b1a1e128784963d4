package main

import "fmt"

func helper() any { return recover() }

func indirect() {
	defer func() {
		r := helper()
		fmt.Println("helper recover:", r)
	}()
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	panic("p1")
}

func notDeferred() {
	fmt.Println("recover outside panic:", recover())
}

func nested() {
	defer func() {
		func() {
			fmt.Println("nested func recover:", recover())
		}()
	}()
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	panic("p2")
}

func deferRecoverDirect() {
	defer recover()
	panic("p3")
}

func twice() {
	defer func() {
		fmt.Println("second:", recover())
	}()
	defer func() {
		fmt.Println("first:", recover())
	}()
	panic("p4")
}

func main() {
	indirect()
	notDeferred()
	nested()
	func() {
		defer func() { fmt.Println("caught p3?", recover()) }()
		deferRecoverDirect()
		fmt.Println("after deferRecoverDirect")
	}()
	twice()
	fmt.Println("done")
}
