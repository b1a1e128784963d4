// Package calc is a tiny package under test.
package calc

func Add(a, b int) int { return a + b }

func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, errDivZero
	}
	return a / b, nil
}

type calcError string

func (e calcError) Error() string { return string(e) }

const errDivZero = calcError("division by zero")
