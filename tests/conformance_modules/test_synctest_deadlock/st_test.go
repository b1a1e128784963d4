package st

import (
	"testing"
	"testing/synctest"
)

func TestDeadlock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ch := make(chan int)
		go func() { ch <- 1 }()
		go func() { ch <- 2 }()
		<-ch
		<-ch
		<-ch
	})
}
