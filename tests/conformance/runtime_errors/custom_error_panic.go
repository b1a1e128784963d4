package main

import "fmt"

type QueryErr struct {
	Query string
	Line  int
}

func (q *QueryErr) Error() string { return fmt.Sprintf("query %q failed at line %d", q.Query, q.Line) }

func run() error { return &QueryErr{"SELECT", 3} }

func main() {
	if err := run(); err != nil {
		panic(err)
	}
}
