// Pattern: concurrent singleton with sync.Once.
//
// Many goroutines need the same expensive resource (a config, a connection
// pool). It must be created exactly once, by whoever asks first, and every
// caller must wait until it is fully built. sync.Once.Do does exactly that:
// the first call runs the function; concurrent calls block until it has
// returned; later calls return at once.
//
// What to look at:
//   - `initCount` ends at 1 although 10 goroutines call getConfig at once;
//   - every goroutine sees the same pointer (compared, not printed: pointer
//     values differ between runs);
//   - the hand-written "check a nil pointer, then create" version is a data
//     race: two goroutines can both see nil and both create. Once is the fix.
//
// Since Go 1.21, sync.OnceValue wraps the same idea for a function that
// returns the value; it is shown at the end.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

var (
	once      sync.Once
	instance  *Config
	initCount atomic.Int32 // how many times the constructor really ran
)

func getConfig() *Config {
	once.Do(func() { // runs at most once, however many goroutines race here
		initCount.Add(1)
		instance = &Config{Name: "prod", Workers: 4}
	})
	return instance // safe: Do returns only after the function completed
}

func main() {
	const n = 10
	seen := make([]*Config, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = getConfig()
		}(i)
	}
	wg.Wait()

	same := true
	for _, c := range seen {
		same = same && c == seen[0]
	}
	fmt.Println("constructor ran", initCount.Load(), "time(s)")
	fmt.Println("all goroutines got the same instance:", same)
	fmt.Printf("config: %+v\n", *seen[0])

	// sync.OnceValue: the same guarantee, with the value returned directly.
	calls := 0
	answer := sync.OnceValue(func() int {
		calls++
		return 6 * 7
	})
	fmt.Println(answer(), answer(), "computed", calls, "time(s)")
}
