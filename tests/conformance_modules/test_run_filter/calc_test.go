package calc

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	if got := Add(1, 2); got != 3 {
		t.Fatalf("Add(1, 2) = %d", got)
	}
	t.Log("logged only with -v", 1, 2)
}

func TestTable(t *testing.T) {
	cases := []struct {
		name string
		a, b int
		want int
	}{
		{"small", 1, 1, 2},
		{"wrong on purpose", 2, 2, 5},
		{"negative", -1, -2, -3},
		{"wrong on purpose", 0, 0, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Add(c.a, c.b); got != c.want {
				t.Errorf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
		})
	}
}

func checkDiv(t *testing.T, a, b, want int) {
	t.Helper()
	got, err := Div(a, b)
	if err != nil {
		t.Errorf("Div(%d, %d): %v", a, b, err)
		return
	}
	if got != want {
		t.Errorf("Div(%d, %d) = %d, want %d", a, b, got, want)
	}
}

func TestDiv(t *testing.T) {
	checkDiv(t, 6, 3, 2)
	checkDiv(t, 1, 0, 0)
	t.Log("a multi-line\nlog message")
}

func TestFatalStops(t *testing.T) {
	defer fmt.Println("deferred calls still run after FailNow")
	t.Error("first")
	t.Fatal("fatal")
	t.Error("not reached")
}

func TestSkipped(t *testing.T) {
	t.Skip("skipped for now")
}

func ExampleAdd() {
	fmt.Println(Add(2, 3))
	// Output: 5
}

func ExampleDiv() {
	_, err := Div(1, 0)
	fmt.Println(err)
	fmt.Println("and more")
	// Output:
	// division by zero
	// and less
}

func Example_unordered() {
	for _, s := range []string{"b", "c", "a"} {
		fmt.Println(s)
	}
	// Unordered output:
	// a
	// b
	// c
}

func Example_noOutput() {
	fmt.Println("compiled, not run")
}
