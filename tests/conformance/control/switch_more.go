package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Stopped:
		return "Stopped"
	default:
		return fmt.Sprintf("State(%d)", int(s))
	}
}

func next(s State) State {
	switch s {
	case Idle:
		return Running
	case Running:
		return Stopped
	}
	return Idle
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func kind(v any) string {
	switch v.(type) {
	case int, int64:
		return "integer"
	case float32, float64:
		return "float"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	s := Idle
	for i := 0; i < 4; i++ {
		fmt.Print(s, " -> ")
		s = next(s)
	}
	fmt.Println(s, State(9))
	for _, sc := range []int{95, 85, 72, 10} {
		fmt.Print(grade(sc))
	}
	fmt.Println()
	fmt.Println(kind(1), kind(int64(1)), kind(1.5), kind(float32(1)), kind(nil), kind("s"))
	x := 5
	switch y := x * 2; {
	case y > 5 && x < 10:
		fmt.Println("both", y)
	}
	switch x {
	case 1, 2, 3, 4, 5:
		fmt.Println("small")
		fallthrough
	case 6:
		fmt.Println("via fallthrough")
	case 7:
		fmt.Println("no")
	}
	var arr = [3]int{1, 2, 3}
	switch arr {
	case [3]int{1, 2, 3}:
		fmt.Println("array match")
	}
	type P struct{ a, b int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("no")
	case P{1, 2}:
		fmt.Println("struct match")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	str := "b"
	switch str {
	case "a":
	case "b":
	default:
		fmt.Println("never")
	}
	fmt.Println("done")
}
