// Checks WithCancel: cancel closes Done, sets Err, propagates to children but not to parents; calling cancel twice is fine.
package main

import (
	"context"
	"errors"
	"fmt"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%-6s done, Err=%v\n", name, ctx.Err())
	default:
		fmt.Printf("%-6s active, Err=%v\n", name, ctx.Err())
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()

	fmt.Println(root)
	fmt.Println(child)

	cancelChild()
	fmt.Println("after cancelling child:")
	state("root", root)
	state("child", child)
	state("grand", grand)
	state("sib", sibling)

	cancelRoot()
	fmt.Println("after cancelling root:")
	state("root", root)
	state("sib", sibling)

	cancelRoot()
	cancelChild()
	fmt.Println("cancel twice is a no-op; Err still:", root.Err())
	fmt.Println("errors.Is Canceled:", errors.Is(grand.Err(), context.Canceled))
	fmt.Println("Err == Canceled:", grand.Err() == context.Canceled)

	// A derived context of a cancelled parent is cancelled at once.
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	state("late", late)

	// Done returns the same channel each time.
	fresh, cancelFresh := context.WithCancel(context.Background())
	fmt.Println("same Done channel:", fresh.Done() == fresh.Done())
	waiters := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			<-fresh.Done()
			waiters <- "woken"
		}()
	}
	cancelFresh()
	for i := 0; i < 3; i++ {
		fmt.Println(<-waiters)
	}
}
