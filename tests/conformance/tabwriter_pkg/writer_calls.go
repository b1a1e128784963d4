// text/tabwriter: what the underlying writer sees (each Write call), when
// output happens (a line of one cell flushes early), errors from the writer,
// and Init on a used Writer.
package main

import (
	"errors"
	"fmt"
	"os"
	"text/tabwriter"
)

type recorder struct {
	calls []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

type failing struct {
	left int
}

func (f *failing) Write(p []byte) (int, error) {
	if f.left == 0 {
		return 0, errors.New("disk full")
	}
	f.left--
	fmt.Printf("  write %q\n", p)
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) {
	if len(p) > 2 {
		return 2, nil
	}
	return len(p), nil
}

func main() {
	r := &recorder{}
	w := tabwriter.NewWriter(r, 0, 8, 12, '.', 0)
	fmt.Fprint(w, "a\tb\tc\nxx\tyyy\tz\n")
	fmt.Printf("before flush: %q\n", r.calls)
	w.Flush()
	fmt.Printf("after flush: %q\n", r.calls)

	r.calls = nil
	fmt.Fprint(w, "header\n")
	fmt.Printf("one-cell line: %q\n", r.calls)
	fmt.Fprint(w, "a\tb\nsep\nc\td\n")
	fmt.Printf("after sep: %q\n", r.calls)
	w.Flush()
	fmt.Printf("flushed: %q\n", r.calls)

	r.calls = nil
	w = tabwriter.NewWriter(r, 0, 8, 20, '\t', tabwriter.Debug)
	fmt.Fprint(w, "a\tb\fc\td\n")
	w.Flush()
	fmt.Printf("tabs: %q\n", r.calls)

	// Interleaving with direct prints: lines of one cell go out at once.
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "title")
	fmt.Println("direct 1")
	fmt.Fprintln(tw, "k\tv")
	fmt.Println("direct 2")
	fmt.Fprintln(tw, "key\tvalue")
	fmt.Fprintln(tw, "")
	fmt.Println("direct 3")
	tw.Flush()

	w = tabwriter.NewWriter(short{}, 0, 8, 1, '.', 0)
	n, err := w.Write([]byte("abc\n"))
	fmt.Println("short:", n, err)

	// Init reconfigures and drops buffered text.
	r.calls = nil
	w = tabwriter.NewWriter(r, 0, 8, 1, '.', 0)
	fmt.Fprint(w, "lost\ttext\n")
	w.Init(r, 0, 8, 1, '-', tabwriter.AlignRight)
	fmt.Fprint(w, "a\tbbb\nccc\td\n")
	w.Flush()
	fmt.Printf("init: %q\n", r.calls)
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)

	// Errors from the writer.
	f := &failing{left: 3}
	w = tabwriter.NewWriter(f, 0, 8, 1, '.', 0)
	n, err = fmt.Fprint(w, "a\tb\nc\n")
	fmt.Println("write:", n, err)
	n, err = w.Write([]byte("x\ty\nzzz\n"))
	fmt.Println("write:", n, err)
	// The failed Writes left the Writer mid-layout, as Go leaves it: this
	// Flush meets a negative padding.
	f.left = 100
	fmt.Println("flush:", w.Flush())
	f.left = 1
	fmt.Fprint(w, "p\tq\tr\n")
	fmt.Println("flush:", w.Flush())
	f.left = 100
	fmt.Println("flush again:", w.Flush())

}
