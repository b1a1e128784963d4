package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	return nil
}

func open(name string) (*resource, error) {
	if name == "bad" {
		return nil, fmt.Errorf("cannot open %q", name)
	}
	fmt.Println("opening", name)
	return &resource{name}, nil
}

func work(names ...string) (err error) {
	for _, n := range names {
		r, err := open(n)
		if err != nil {
			return err
		}
		defer r.Close()
	}
	return nil
}

func deferNilFunc() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	defer f()
	fmt.Println("deferred nil func registered")
}

func main() {
	fmt.Println(work("a", "b"))
	fmt.Println(work("c", "bad", "d"))
	deferNilFunc()
	func() {
		defer func() {
			fmt.Println("method value recovered:", recover())
		}()
		var r *resource
		defer r.Close()
	}()
}
