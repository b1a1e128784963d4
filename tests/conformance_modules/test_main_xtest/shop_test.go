package shop_test

import (
	"fmt"
	"os"
	"testing"

	"example.com/shop"
)

func TestMain(m *testing.M) {
	fmt.Println("setup before the tests")
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestCart(t *testing.T) {
	var c shop.Cart
	c.Add("apple")
	if c.Len() != 1 {
		t.Fatal("len")
	}
}

func ExampleCart() {
	var c shop.Cart
	c.Add("pear")
	fmt.Println(c.Len())
	// Output: 1
}
