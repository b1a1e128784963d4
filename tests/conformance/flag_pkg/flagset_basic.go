package main

// A FlagSet with every typed flag, a user Value, Func and BoolFunc, parsed
// from a fixed argument list: values, remaining arguments, Visit order,
// Lookup, Set and Getter.

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	n := fs.Int("n", 3, "number of items")
	v := fs.Bool("v", false, "verbose")
	name := fs.String("name", "world", "who to greet")
	wait := fs.Duration("wait", 2*time.Second, "how long to wait")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	u := fs.Uint("u", 0, "unsigned")
	big := fs.Int64("big", 0, "a big one")
	ubig := fs.Uint64("ubig", 9, "a big unsigned one")
	var count int
	fs.IntVar(&count, "count", 1, "a count")
	var quiet bool
	fs.BoolVar(&quiet, "q", true, "quiet")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var seen []string
	fs.Func("each", "called for each value", func(s string) error {
		seen = append(seen, s)
		return nil
	})
	fs.BoolFunc("flip", "a boolean func", func(s string) error {
		seen = append(seen, "flip="+s)
		return nil
	})

	args := []string{"-n", "5", "-v", "--name=gopher", "-wait", "1m30s", "-ratio=0.25",
		"-tag", "a", "-tag", "b", "-each", "x", "-flip", "-u", "0x10", "-big=-7",
		"-q=false", "-count", "0b101", "rest", "-x", "--", "more"}
	err := fs.Parse(args)
	fmt.Println("err:", err)
	fmt.Println(*n, *v, *name, *wait, *ratio, *u, *big, *ubig, count, quiet, tags, seen)
	fmt.Printf("args=%q narg=%d arg0=%q arg9=%q nflag=%d parsed=%v name=%s\n",
		fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(9), fs.NFlag(), fs.Parsed(), fs.Name())

	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%v\n", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s default=%q usage=%q\n", f.Name, f.DefValue, f.Usage) })

	fmt.Println(fs.Lookup("n").Value, fs.Lookup("missing") == nil)
	fmt.Println(fs.Set("n", "9"), *n)
	fmt.Println(fs.Set("missing", "1"))
	fmt.Println(fs.Set("n", "nine"), *n)
	for _, f := range []string{"n", "v", "name", "wait", "ratio", "u", "big", "ubig"} {
		g := fs.Lookup(f).Value.(flag.Getter)
		fmt.Printf("%s: %v (%T)\n", f, g.Get(), g.Get())
	}
	_, isGetter := fs.Lookup("each").Value.(flag.Getter)
	fmt.Println("func value is a Getter:", isGetter)

	// no flags at all, and a lone "-" is an argument
	empty := flag.NewFlagSet("empty", flag.ContinueOnError)
	fmt.Println(empty.Parse(nil), empty.NArg(), empty.Parsed())
	fmt.Println(empty.Parse([]string{"-", "x"}), empty.Args())
}
