package main

// PrintDefaults: back-quoted argument names, the guessed type names, one-letter
// booleans on one line, defaults shown only when not the zero value (quoted
// for strings), multi-line usage, user Values.

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type csv []string

func (c *csv) String() string     { return strings.Join(*c, ",") }
func (c *csv) Set(s string) error { *c = strings.Split(s, ","); return nil }

type mode struct{ name string }

func (m mode) String() string     { return m.name }
func (m mode) Set(s string) error { return nil }

func main() {
	fs := flag.NewFlagSet("defaults", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("v", false, "verbose")
	fs.Bool("x", true, "one letter, true by default")
	fs.Bool("debug", false, "long boolean")
	fs.Int("n", 0, "zero default")
	fs.Int("count", 7, "number of `lines` to print")
	fs.Int64("i64", -3, "an int64")
	fs.Uint("u", 1, "a uint")
	fs.Uint64("u64", 0, "a uint64")
	fs.String("s", "", "empty string")
	fs.String("greeting", "hi there", "a greeting\nover two lines")
	fs.Float64("f", 2.5, "a float")
	fs.Float64("zero", 0, "a zero float")
	fs.Duration("d", 90*time.Second, "a duration")
	fs.Duration("dz", 0, "a zero duration")
	c := csv{"a", "b"}
	fs.Var(&c, "list", "comma-separated `items`")
	fs.Var(mode{"fast"}, "mode", "a value type")
	fs.Var(mode{}, "mode0", "a value type at its zero")
	fs.Func("fn", "a func flag", func(string) error { return nil })
	fs.BoolFunc("bf", "a bool func flag", func(string) error { return nil })
	fs.String("q", "x", "unbalanced `quote")
	fs.PrintDefaults()
	fmt.Println("--- usage:")
	fs.Usage()
	name, usage := flag.UnquoteUsage(fs.Lookup("count"))
	fmt.Printf("%q %q\n", name, usage)
	name, usage = flag.UnquoteUsage(fs.Lookup("v"))
	fmt.Printf("%q %q\n", name, usage)
}
