// encoding/csv: the Writer (quoting rules, Comma, UseCRLF, WriteAll, Flush,
// Error) and round trips through the Reader.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strings"
)

type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("no space left")
	}
	f.n--
	return len(p), nil
}

func main() {
	records := [][]string{
		{"first_name", "last_name", "username"},
		{"Rob", "Pike", "rob"},
		{"Ken", "Thompson", "ken"},
		{"Robert", "Griesemer", "gri"},
	}
	w := csv.NewWriter(os.Stdout)
	for _, record := range records {
		if err := w.Write(record); err != nil {
			fmt.Println("error writing record to csv:", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}

	tricky := [][]string{
		{"plain", "with,comma", "with \"quote\"", "line\nbreak", "cr\rhere", "crlf\r\nboth"},
		{"", " leading space", "\tleading tab", "trailing space ", `\.`, `\.x`, "\u00a0nbsp", "ünï"},
		{},
		{""},
		{"", ""},
		{"a;b", "semi;colon"},
	}
	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	fmt.Println(w.WriteAll(tricky))
	fmt.Printf("%q\n", buf.String())
	back, err := csv.NewReader(&buf).ReadAll()
	fmt.Printf("%q %v\n", back, err)

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = ';'
	w.UseCRLF = true
	w.WriteAll(tricky)
	fmt.Printf("%q\n", buf.String())
	r := csv.NewReader(strings.NewReader(buf.String()))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	back, err = r.ReadAll()
	fmt.Printf("%q %v\n", back, err)

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '→'
	w.Write([]string{"a→b", "c", "→"})
	w.Comma = '\t'
	w.Write([]string{"a\tb", "c d", "e,f"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())

	// Invalid delimiters and the zero Writer.
	for _, c := range []rune{0, '"', '\r', '\n', 0xFFFD, -1} {
		w = csv.NewWriter(&buf)
		w.Comma = c
		fmt.Println(w.Write([]string{"a"}))
	}
	var zero csv.Writer
	fmt.Println(zero.Write([]string{"x"}))

	// Errors from the underlying writer come back from Flush/Error/WriteAll.
	fw := &failAfter{n: 0}
	w = csv.NewWriter(fw)
	fmt.Println(w.Write([]string{"a", "b"}), w.Error())
	w.Flush()
	fmt.Println(w.Error())
	fmt.Println(w.Write([]string{"c"}))
	fmt.Println(csv.NewWriter(&failAfter{}).WriteAll([][]string{{"x"}}))
	big := strings.Repeat("y", 5000)
	w = csv.NewWriter(&failAfter{n: 1})
	fmt.Println(w.Write([]string{big, big}), w.Error())
}
