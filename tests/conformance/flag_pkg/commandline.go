package main

// flag.Parse reads the program's arguments (flagset NAME.args).

import (
	"flag"
	"fmt"
	"os"
)

var (
	n       = flag.Int("n", 1, "how many times")
	verbose = flag.Bool("v", false, "verbose output")
	sep     = flag.String("sep", " ", "separator")
)

func main() {
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Printf("os.Args[1:] = %q\n", os.Args[1:])
	fmt.Println(*n, *verbose, *sep == " ")
	fmt.Printf("flag.Args() = %q, NArg=%d, NFlag=%d, Arg(1)=%q\n", flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(1))
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("defined:", f.Name, f.DefValue) })
	for i := 0; i < *n; i++ {
		for j, a := range flag.Args() {
			if j > 0 {
				fmt.Print(*sep)
			}
			fmt.Print(a)
		}
		fmt.Println()
	}
	fmt.Println(flag.Lookup("n").Usage, flag.Set("sep", "-"), *sep)
	fmt.Println(flag.CommandLine.Name() == os.Args[0], flag.CommandLine.Parsed())
}
