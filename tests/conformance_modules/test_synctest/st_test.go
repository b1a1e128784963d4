package st

import (
	"context"
	"fmt"
	"testing"
	"testing/synctest"
	"time"
)

func TestTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		fmt.Println(start.UTC())
		time.Sleep(3 * time.Second)
		t.Log("slept", time.Since(start))
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		<-ctx.Done()
		t.Log("timeout after", time.Since(start), ctx.Err())
	})
}

func TestWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := false
		go func() {
			time.Sleep(time.Hour)
			done = true
		}()
		synctest.Wait()
		t.Log("before the hour:", done)
		time.Sleep(time.Hour)
		synctest.Wait()
		t.Log("after the hour:", done)
	})
}

func TestAfterFunc(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		called := false
		context.AfterFunc(ctx, func() { called = true })
		synctest.Wait()
		t.Log("before cancel:", called)
		cancel()
		synctest.Wait()
		t.Log("after cancel:", called)
	})
}

func TestTickerAndTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ticks := 0
		tick := time.NewTicker(300 * time.Millisecond)
		defer tick.Stop()
		deadline := time.After(time.Second)
		for {
			select {
			case <-tick.C:
				ticks++
				continue
			case <-deadline:
			}
			break
		}
		t.Log("ticks before the deadline:", ticks, "at", time.Since(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	})
}
