package main

// A FlagSet with ExitOnError, the way subcommands use one: a bad value
// exits with status 2 after the message and the set's usage.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	add := flag.NewFlagSet("add", flag.ExitOnError)
	add.SetOutput(os.Stdout)
	x := add.Int("x", 0, "first operand")
	y := add.Int("y", 0, "second operand")
	for _, cmd := range [][]string{{"add", "-x", "2", "-y", "40"}, {"add", "-x", "1", "-y", "two"}} {
		switch cmd[0] {
		case "add":
			add.Parse(cmd[1:])
			fmt.Println(*x + *y)
		}
	}
	fmt.Println("not reached")
}
