package broken

import "testing"

func TestFour(t *testing.T) {
	var unused int
	if Four() != "4" {
		t.Fail()
	}
}
