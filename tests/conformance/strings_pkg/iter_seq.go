package main

import (
	"bytes"
	"fmt"
	"iter"
	"strings"
)

func main() {
	seq := strings.SplitSeq("a,b,c", ",")
	fmt.Printf("%T\n", seq)
	var s iter.Seq[string] = strings.Lines("x\ny")
	next, stop := iter.Pull(s)
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%q\n", v)
	}
	fmt.Printf("%T\n", bytes.FieldsSeq(nil))
	for w := range strings.FieldsSeq("p q") {
		fmt.Println(w)
	}
}
