package main

// ContinueOnError: each malformed command line gives its error back, after
// the message and the usage are written to the set's output.

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	if s != "low" && s != "high" {
		return errors.New("want low or high")
	}
	*l = 1
	return nil
}

func main() {
	cases := [][]string{
		{"-x"}, {"-n"}, {"-n", "abc"}, {"-n", "99999999999999999999"}, {"-v=maybe"},
		{"---n"}, {"-=x"}, {"-h"}, {"-help"}, {"--help"}, {"-level", "mid"}, {"--", "-n", "1"},
		{"-", "-n"}, {"-u", "-1"}, {"-wait", "soon"}, {"-ratio", "1e999"}, {"-ratio", "x"},
		{"-v", "-n", "2", "arg", "-v"},
	}
	for _, args := range cases {
		var out strings.Builder
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(&out)
		fs.Int("n", 0, "a number")
		fs.Bool("v", false, "")
		fs.Uint("u", 0, "")
		fs.Duration("wait", 0, "")
		fs.Float64("ratio", 0, "")
		var lv level
		fs.Var(&lv, "level", "low or high")
		err := fs.Parse(args)
		fmt.Printf("%q: err=%v help=%v args=%q nflag=%d\n", args, err, errors.Is(err, flag.ErrHelp), fs.Args(), fs.NFlag())
		fmt.Printf("output:\n%s--\n", out.String())
	}

	// a set without a name, and a custom Usage on a set
	var out strings.Builder
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(&out)
	anon.String("s", "", "a string")
	fmt.Println(anon.Parse([]string{"-z"}))
	fmt.Print(out.String())
	c := flag.NewFlagSet("c", flag.ContinueOnError)
	c.SetOutput(&out)
	c.Usage = func() { fmt.Println("custom usage called") }
	fmt.Println(c.Parse([]string{"-nope"}))
	c.Init("renamed", flag.PanicOnError)
	fmt.Println(c.Name(), c.ErrorHandling())
}
