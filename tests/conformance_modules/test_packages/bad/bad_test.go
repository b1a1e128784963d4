package bad

import "testing"

func TestTwo(t *testing.T) {
	if got := Two(); got != 2 {
		t.Errorf("Two() = %d", got)
	}
}
