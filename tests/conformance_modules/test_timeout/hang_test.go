package hang

import "testing"

func TestQuick(t *testing.T) {}

func TestHangs(t *testing.T) {
	ch := make(chan int)
	<-ch // nobody sends: go test's -timeout ends it
}
