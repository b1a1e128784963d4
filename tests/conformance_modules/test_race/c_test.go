package rc

import (
	"sync"
	"testing"
)

func TestOK(t *testing.T) {}

func TestRace(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	t.Log(c.Get())
}

func TestAfter(t *testing.T) {}
