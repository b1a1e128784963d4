package main

// -help on an ExitOnError set: the usage, then exit status 0.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("port", 8080, "port to listen on")
	fs.String("host", "localhost", "host name")
	defer fmt.Println("deferred calls do not run on exit")
	fs.Parse([]string{"-port", "9000", "-help"})
	fmt.Println("not reached")
}
