package rev

import "testing"

func FuzzReverse(f *testing.F) {
	f.Add("hello", 1)
	f.Add("", 2)
	f.Add("héllo", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if Reverse(Reverse(s)) != s {
			t.Errorf("double reverse of %q (n=%d) changed it", s, n)
		}
	})
}
