package fz

import "testing"

func FuzzX(f *testing.F) {
	f.Add("seed", int64(1), []byte("b"), true, 1.5, 'r', uint8(3))
	f.Fuzz(func(t *testing.T, s string, n int64, b []byte, ok bool, x float64, r rune, u uint8) {
		t.Logf("%q %d %q %v %v %q %d", s, n, b, ok, x, r, u)
		if s == "bad" {
			t.Error("bad input")
		}
	})
}
