package vet

import (
	"fmt"
	"testing"
)

func ExampleRun() {
	fmt.Println("ok")
	// Output: ok
}

func ExampleWalk() {
	fmt.Println("walk")
	// Output: walk
}

func Testlower(t *testing.T) {}

func TestWrong(x int) {}
