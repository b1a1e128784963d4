package cache_test

import (
	"fmt"
	"time"

	"example.com/cache"
)

func ExampleCache() {
	c := cache.New[string, int](time.Minute)
	c.Set("answer", 42)
	v, ok := c.Get("answer")
	fmt.Println(v, ok)
	_, ok = c.Get("question")
	fmt.Println(ok, c.Hits())
	// Output:
	// 42 true
	// false 1
}
