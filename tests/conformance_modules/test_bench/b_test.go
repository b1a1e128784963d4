package bench

import (
	"strings"
	"testing"
)

func BenchmarkJoinLoop(b *testing.B) {
	parts := []string{"a", "b", "c"}
	for b.Loop() {
		_ = strings.Join(parts, ",")
	}
}

func BenchmarkN(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = strings.Repeat("x", 10)
	}
}

func BenchmarkSub(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run(strings.Repeat("n", n), func(b *testing.B) {
			for b.Loop() {
				_ = strings.Repeat("y", n)
			}
		})
	}
}

func TestNotRun(t *testing.T) { t.Fatal("-run XXX matches nothing") }
