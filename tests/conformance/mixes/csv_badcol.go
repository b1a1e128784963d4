// A small command-line tool: flags choose the grouping column and a minimum
// amount; a CSV from standard input is aggregated with a map and printed as a
// text/tabwriter table followed by a text/template summary.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"text/tabwriter"
	"text/template"
)

type group struct {
	Key   string
	Count int
	Total float64
	Max   float64
}

func (g group) Mean() float64 { return g.Total / float64(g.Count) }

const summary = `{{.Rows}} rows read, {{.Skipped}} skipped{{if .Errors}} ({{len .Errors}} bad):{{range .Errors}}
  - {{.}}{{end}}{{end}}
grouped by {{printf "%q" .By}} into {{len .Groups}} groups
{{with index .Groups 0}}largest: {{.Key}} with {{printf "%.2f" .Total}}{{end}}
{{- range $i, $g := .Groups}}{{if lt $i 2}}
  top {{inc $i}}: {{$g.Key | printf "%-8s"}} mean {{printf "%7.2f" $g.Mean}}{{end}}{{end}}
`

func main() {
	fs := flag.NewFlagSet("report", flag.ExitOnError)
	by := fs.String("by", "region", "column to group by")
	min := fs.Float64("min", 0, "ignore amounts below this")
	verbose := fs.Bool("v", false, "print every row")
	fs.Parse(os.Args[1:])
	if fs.NArg() > 0 {
		fmt.Println("extra arguments:", fs.Args())
	}

	r := csv.NewReader(os.Stdin)
	r.Comment = '#'
	header, err := r.Read()
	if err != nil {
		fmt.Fprintln(os.Stderr, "header:", err)
		os.Exit(1)
	}
	col := -1
	amountCol := -1
	for i, h := range header {
		switch h {
		case *by:
			col = i
		case "amount":
			amountCol = i
		}
	}
	if col < 0 || amountCol < 0 {
		fmt.Fprintf(os.Stderr, "no column %q or amount in %v\n", *by, header)
		os.Exit(2)
	}

	groups := map[string]*group{}
	rows, skipped := 0, 0
	var errs []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			skipped++
			continue
		}
		rows++
		amount, err := strconv.ParseFloat(rec[amountCol], 64)
		if err != nil {
			errs = append(errs, err.Error())
			skipped++
			continue
		}
		if amount < *min {
			skipped++
			continue
		}
		if *verbose {
			fmt.Printf("row %d: %s %.2f\n", rows, rec[col], amount)
		}
		g := groups[rec[col]]
		if g == nil {
			g = &group{Key: rec[col]}
			groups[rec[col]] = g
		}
		g.Count++
		g.Total += amount
		if amount > g.Max {
			g.Max = amount
		}
	}

	list := make([]group, 0, len(groups))
	for _, g := range groups {
		list = append(list, *g)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Total != list[j].Total {
			return list[i].Total > list[j].Total
		}
		return list[i].Key < list[j].Key
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "key\tcount\ttotal\tmax\tmean\t")
	for _, g := range list {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t%.3f\t\n", g.Key, g.Count, g.Total, g.Max, g.Mean())
	}
	tw.Flush()

	tmpl := template.Must(template.New("summary").Funcs(template.FuncMap{
		"inc": func(i int) int { return i + 1 },
	}).Parse(summary))
	err = tmpl.Execute(os.Stdout, map[string]any{
		"Rows": rows, "Skipped": skipped, "Errors": errs, "By": *by, "Groups": list,
	})
	if err != nil {
		fmt.Println("template:", err)
	}
}
