// template.Must panics with the parse error.
package main

import (
	"fmt"
	"os"
	"text/template"
)

func main() {
	t := template.Must(template.New("ok").Parse("{{.}}\n"))
	t.Execute(os.Stdout, "fine")
	fmt.Println("next")
	template.Must(template.New("bad").Parse("{{if .X}}unclosed"))
}
