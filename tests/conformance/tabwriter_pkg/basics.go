// text/tabwriter: the everyday uses (aligned tables to os.Stdout).
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tAGE\tCITY")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLos Angeles")
	fmt.Fprintln(w, "Christopher\t101\tParis")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbb\tcc")
	fmt.Fprintln(w, "aaa\t") // trailing tab
	fmt.Fprintln(w, "aaaa\tdddd\teeee")
	w.Flush()

	// Elastic columns: the b and c columns are not contiguous.
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprint(w, "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n")
	w.Flush()

	// Unicode widths are rune counts.
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', 0)
	fmt.Fprint(w, "héllo\twörld\tx\n日本語\t中\ty\nab\tc\tz\n")
	w.Flush()

	// Printf through the writer, and text without a final newline.
	w = tabwriter.NewWriter(os.Stdout, 8, 8, 1, ' ', 0)
	for i, name := range []string{"one", "two", "three"} {
		fmt.Fprintf(w, "%d\t%s\t%v\t\n", i, name, i*i)
	}
	fmt.Fprint(w, "tail\twithout newline")
	w.Flush()
	fmt.Println("|")
}
