// Checks log.New writing to stdout with prefixes and flags, including Lshortfile and Lmsgprefix.
package main

import (
	"log"
	"os"
	"strings"
)

func main() {
	l := log.New(os.Stdout, "INFO: ", 0)
	l.Println("to stdout")
	l.Printf("%05.1f|%x", 3.14159, 255)
	l.SetPrefix("WARN: ")
	l.Print("changed prefix")
	l.SetFlags(log.Lmsgprefix)
	l.Println("msgprefix")
	l.SetFlags(log.Lshortfile)
	l.Println("with file and line")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("file, then prefix")

	var sb strings.Builder
	w := log.New(&sb, "buf: ", 0)
	w.Println("one")
	w.Println("two")
	os.Stdout.WriteString(strings.ToUpper(sb.String()))

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger redirected to stdout")
	log.Default().Println("via log.Default")
	log.SetFlags(log.Lshortfile)
	log.Println("standard logger with Lshortfile")
}
