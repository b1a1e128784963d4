package main

import "fmt"

type T struct{ a, b int }

func mk() (T, error) { return T{1, 2}, nil }

func (t *T) Set() error {
	var err error
	*t, err = mk()
	return err
}

func main() {
	var u T
	fmt.Println(u.Set(), u)
	p := &u
	var err error
	arr := &[2]string{"x", "y"}
	*p, err = T{3, 4}, nil
	*arr, u.a = [2]string{"q", "r"}, 9
	fmt.Println(u, err, *arr)
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *T
	*np, err = mk()
}
