// Checks Logger.Fatalln on a custom logger writing to stdout (exit 1, message on stdout).
package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "custom: ", 0)
	l.Println("about to fail")
	l.Fatalln("fatal", "error")
}
