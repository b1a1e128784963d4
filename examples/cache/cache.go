// Package cache is a small concurrent cache whose entries expire, with a
// loader for misses that gives up when its context does.
//
// It has one deliberate bug, for the README's walk-through: Get counts hits
// in a field it updates after releasing the mutex. `minigo test` passes;
// `minigo test -race` reports the data race and fails the test that hit it.
package cache

import (
	"context"
	"sync"
	"time"
)

type entry[V any] struct {
	value   V
	expires time.Time
}

// Cache maps keys to values that expire ttl after they were set.
type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	items map[K]entry[V]
	ttl   time.Duration
	hits  int // BUG: written outside the mutex (see Get)
}

// New returns an empty cache whose entries live for ttl.
func New[K comparable, V any](ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]entry[V]), ttl: ttl}
}

// Set stores v under k until ttl from now.
func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry[V]{v, time.Now().Add(c.ttl)}
}

// Get returns the value under k, if it is there and has not expired.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	e, ok := c.items[k]
	c.mu.Unlock()
	if ok && time.Now().Before(e.expires) {
		c.hits++ // the race: two Gets may run this at once
		return e.value, true
	}
	var zero V
	return zero, false
}

// Hits is how many Gets found a live entry.
func (c *Cache[K, V]) Hits() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}

// GetOrLoad returns the cached value, or calls load and caches its result.
// A load that outlives ctx is abandoned: GetOrLoad returns ctx's error.
func (c *Cache[K, V]) GetOrLoad(ctx context.Context, k K, load func(context.Context, K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	type result struct {
		v   V
		err error
	}
	done := make(chan result, 1) // buffered: a late load does not block forever
	go func() {
		v, err := load(ctx, k)
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		if r.err == nil {
			c.Set(k, r.v)
		}
		return r.v, r.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}
