// Checks WithValue lookups through chains, shadowing, typed keys, and printing value contexts.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("request-id"), "abc-123")
	ctx = context.WithValue(ctx, userKey{}, "alice")
	ctx = context.WithValue(ctx, ctxKey("lang"), "go")

	fmt.Println(ctx.Value(ctxKey("request-id")))
	fmt.Println(ctx.Value(userKey{}))
	fmt.Println(ctx.Value(ctxKey("lang")))
	fmt.Println(ctx.Value(ctxKey("missing")))
	// A plain string key is a different key from ctxKey with the same text.
	fmt.Println(ctx.Value("request-id"))

	// Shadowing: the nearest value wins, the parent keeps its own.
	parent := context.WithValue(context.Background(), ctxKey("k"), 1)
	child := context.WithValue(parent, ctxKey("k"), 2)
	fmt.Println(parent.Value(ctxKey("k")), child.Value(ctxKey("k")))

	// Values are visible through cancel contexts.
	cctx, cancel := context.WithCancel(child)
	cancel()
	fmt.Println(cctx.Value(ctxKey("k")), cctx.Err())

	// Type assertion on the looked-up value.
	if user, ok := ctx.Value(userKey{}).(string); ok {
		fmt.Println("user is", user)
	}
	if n, ok := ctx.Value(ctxKey("lang")).(int); !ok {
		fmt.Println("lang is not an int:", n)
	}

	fmt.Println(parent)
	fmt.Println(context.WithValue(context.TODO(), "plain", 42))
	fmt.Println(context.WithValue(context.Background(), userKey{}, []int{1}))
	fmt.Println(cctx)

	// Goroutines read values from a shared context.
	out := make(chan string)
	for _, k := range []ctxKey{"request-id", "lang"} {
		go func() { out <- fmt.Sprint(ctx.Value(k)) }()
	}
	a, b := <-out, <-out
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, b)

	// Invalid keys panic.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), []int{1}, 1)
	}()
}
