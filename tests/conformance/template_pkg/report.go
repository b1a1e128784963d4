// A sales report generated from a slice of structs: a FuncMap, range with
// index and else, if/else if, with, nested and block templates, variables.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Line struct {
	Product string
	Units   int
	Price   float64
	Notes   []string
}

func (l Line) Total() float64 { return float64(l.Units) * l.Price }

type Region struct {
	Name    string
	Manager *string
	Lines   []Line
	Targets map[string]int
}

func (r Region) Sum() float64 {
	s := 0.0
	for _, l := range r.Lines {
		s += l.Total()
	}
	return s
}

const reportText = `{{define "money"}}${{printf "%.2f" .}}{{end -}}
{{define "line" -}}
{{printf "%-8s" .Product}} {{printf "%4d" .Units}} x {{template "money" .Price}} = {{template "money" .Total}}
  {{- with .Notes}} ({{join . "; "}}){{end}}
{{end -}}
{{define "region" -}}
== {{upper .Name}} ==
{{- with .Manager}} managed by {{.}}{{else}} (no manager){{end}}
{{range $i, $l := .Lines -}}
  {{inc $i}}. {{template "line" $l}}
{{- else -}}
  (no sales)
{{end -}}
{{- $sum := .Sum -}}
  subtotal {{template "money" $sum}}
  {{- if gt $sum 1000.0}} ** big **{{else if eq $sum 0.0}} -- nothing --{{end}}
{{range $product, $target := .Targets}}  target {{$product}}: {{$target}}
{{end -}}
{{end -}}
{{block "title" .}}Sales report{{end}} ({{len .Regions}} regions)
{{range .Regions}}{{template "region" .}}
{{end -}}
Total: {{template "money" total .Regions}}
{{- if .Footer}}
{{.Footer}}{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
		"total": func(rs []Region) float64 {
			s := 0.0
			for _, r := range rs {
				s += r.Sum()
			}
			return s
		},
	}
	alice := "Alice"
	regions := []Region{
		{Name: "north", Manager: &alice, Lines: []Line{
			{"widget", 120, 2.5, nil},
			{"gadget", 15, 99.99, []string{"promo", "bulk"}},
		}, Targets: map[string]int{"widget": 100, "gadget": 20}},
		{Name: "south", Lines: nil},
		{Name: "east", Lines: []Line{{"gizmo", 3, 10, []string{"returns"}}}},
	}
	sort.Slice(regions, func(i, j int) bool { return regions[i].Name < regions[j].Name })

	t := template.Must(template.New("report").Funcs(funcs).Parse(reportText))
	data := map[string]any{"Regions": regions, "Footer": "-- end of report --"}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}

	// The same report with its title overridden, from a clone.
	c := template.Must(t.Clone())
	template.Must(c.New("title").Parse(`Quarterly report{{/* overridden */}}`))
	if err := c.Execute(os.Stdout, map[string]any{"Regions": regions[:1]}); err != nil {
		fmt.Println("error:", err)
	}

	// One region alone, through ExecuteTemplate.
	var sb strings.Builder
	if err := t.ExecuteTemplate(&sb, "region", regions[2]); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(strings.ReplaceAll(sb.String(), "\n", "\n> "))
	fmt.Println()

	// A mistake in the data is reported where it happens.
	err := t.ExecuteTemplate(os.Stdout, "line", struct{ Units int }{1})
	fmt.Println()
	fmt.Println("error:", err)
}
