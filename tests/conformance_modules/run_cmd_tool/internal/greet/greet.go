package greet

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(string) string }

type Loud struct{}

func (Loud) Greet(s string) string { return strings.ToUpper(s) + "!" }

type options struct{ Prefix string }

var Default = options{Prefix: "hi"}

func Greeting(name string, i int) string { return fmt.Sprintf("%s %s #%d", Default.Prefix, name, i) }
