package main

// Defining a flag twice panics after printing the message; bad names too.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("set", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("n", 0, "")
	for _, name := range []string{"-bad", "a=b"} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fs.Int(name, 0, "")
		}()
	}
	flag.CommandLine.Init("prog", flag.ExitOnError) // its name was os.Args[0]
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Bool("v", false, "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		flag.Int("v", 0, "")
	}()
	fs.Int("n", 1, "again")
}
