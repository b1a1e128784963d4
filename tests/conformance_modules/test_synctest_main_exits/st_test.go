package st

import (
	"testing"
	"testing/synctest"
)

func TestMainExitsFirst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		go func() {
			select {} // blocks for good: Test panics once the main goroutine returns
		}()
	})
}
