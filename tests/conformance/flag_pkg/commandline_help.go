package main

// -h on the command line: the default usage on standard error, exit status 0.
// os.Args[0] is set first, so that "Usage of ..." names no temporary path.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	os.Args[0] = "prog"
	flag.Int("n", 1, "how `many` times")
	flag.Bool("v", false, "verbose output")
	flag.String("name", "", "your name")
	flag.String("greeting", "hello", "what to say\nto everyone")
	flag.Duration("timeout", 5*time.Second, "how long to wait")
	flag.Float64("ratio", 0, "a ratio")
	flag.Bool("long-bool", true, "a long boolean")
	flag.Uint64("size", 0, "a size")
	flag.Func("each", "called for each", func(string) error { return nil })
	fmt.Println("before parse")
	flag.Parse()
	fmt.Println("not reached")
}
