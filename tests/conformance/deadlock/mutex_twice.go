// Checks the deadlock report when main locks a sync.Mutex it already holds.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("new balance:", a.Balance()) // locks again: deadlock
}

func main() {
	a := &account{}
	a.Deposit(10)
}
