package boom

import "testing"

func TestFirst(t *testing.T) { t.Log("passes") }

func TestPanics(t *testing.T) {
	t.Log("about to panic")
	At(nil, 2)
}

func TestNeverRuns(t *testing.T) {}
