// Pattern: bank account protected by a mutex — concurrent deposits, withdrawals and transfers keep totals exact.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errInsufficient = errors.New("insufficient funds")

type account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return errInsufficient
	}
	a.balance -= n
	return nil
}

func (a *account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// transfer locks both accounts in id order to avoid deadlock.
func transfer(from, to *account, n int) error {
	first, second := from, to
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < n {
		return errInsufficient
	}
	from.balance -= n
	to.balance += n
	return nil
}

func main() {
	acc := &account{id: 1}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acc.deposit(10) }()
		go func() { defer wg.Done(); acc.deposit(5) }()
	}
	wg.Wait()
	fmt.Println("after deposits:", acc.Balance())

	var failures, successes int
	var mu sync.Mutex
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := acc.withdraw(10)
			mu.Lock()
			if err != nil {
				failures++
			} else {
				successes++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("withdrawals ok:", successes, "failed:", failures, "balance:", acc.Balance())
	fmt.Println(acc.withdraw(1000))

	a := &account{id: 1, balance: 1000}
	b := &account{id: 2, balance: 1000}
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); transfer(a, b, 7) }()
		go func() { defer wg.Done(); transfer(b, a, 3) }()
	}
	wg.Wait()
	fmt.Println("a:", a.Balance(), "b:", b.Balance(), "sum:", a.Balance()+b.Balance())
}
