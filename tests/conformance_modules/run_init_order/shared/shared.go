// Package shared is imported by both alpha and zeta: it initialises once, first.
package shared

import "fmt"

var names []string

func init() { fmt.Println("shared init") }

// Register records a name and returns its index.
func Register(name string) int {
	names = append(names, name)
	fmt.Println("register", name)
	return len(names) - 1
}

func Count() int { return len(names) }
