// encoding/csv: parse errors (ParseError's texts, lines and columns),
// FieldsPerRecord, LazyQuotes, invalid delimiters, errors.Is/As.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

func readAll(name, in string, set func(r *csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if set != nil {
		set(r)
	}
	for i := 0; i < 10; i++ {
		rec, err := r.Read()
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fmt.Printf("%s: %q: %v {%d %d %d} bare=%v quote=%v count=%v\n", name, rec, err, pe.StartLine, pe.Line, pe.Column,
					errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrFieldCount))
				continue
			}
			fmt.Printf("%s: %q: %v\n", name, rec, err)
			return
		}
		fmt.Printf("%s: %q\n", name, rec)
	}
}

func main() {
	readAll("fields", "a,b,c\nd,e\nf,g,h,i\nj,k,l\n", nil)
	readAll("fixed", "a,b\nc,d,e\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 })
	readAll("any", "a,b\nc\n,,,,\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("bare", "a,b\"c,d\ne,f\n", nil)
	readAll("bare2", "abc,de\"f\"\n", nil)
	readAll("quote", "a,\"b\"c,d\n", nil)
	readAll("quote eof", "a,\"bc\n", nil)
	readAll("quote eof2", "x\na,\"b\nc\nd", nil)
	readAll("quote multi", "\"a\nb\"x,c\n", nil)
	readAll("lazy", "a,b\"c,\"d\"e\"\n\"f\"g\",h\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("lazy eof", "\"abc\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("lazy2", "a \"word\",\"1\"2\",a\",\"b\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("space", "  \"a\" , b\n", nil)
	readAll("trim", " \t \"a\",\u00a0 b,  \n   \n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("trim bare", "  a\"b\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("col", "ä,ö,\"ü\"x\n", nil)
	readAll("same", "a,b\n", func(r *csv.Reader) { r.Comma = '#'; r.Comment = '#' })
	readAll("quote comma", "a\"b\n", func(r *csv.Reader) { r.Comma = '"' })
	readAll("nl comma", "a\nb\n", func(r *csv.Reader) { r.Comma = '\n' })
	readAll("zero comma", "a\n", func(r *csv.Reader) { r.Comma = 0 })
	readAll("bad comment", "a\n", func(r *csv.Reader) { r.Comment = '\r' })
	readAll("bad rune", "a\n", func(r *csv.Reader) { r.Comma = 0xD800 })

	in := "a,b\nc,\"d\ne\"f\n"
	_, err := csv.NewReader(strings.NewReader(in)).ReadAll()
	fmt.Println(err)
	var pe *csv.ParseError
	fmt.Println(errors.As(err, &pe), pe.Err, errors.Unwrap(err) == csv.ErrQuote)
	fmt.Println(csv.ErrBareQuote, "|", csv.ErrQuote, "|", csv.ErrFieldCount, "|", csv.ErrTrailingComma)
	e := &csv.ParseError{StartLine: 3, Line: 3, Column: 7, Err: errors.New("custom")}
	fmt.Println(e)
	e.Line = 5
	fmt.Println(e.Error())
	e.Err = csv.ErrFieldCount
	fmt.Println(e)
	all, err := csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(all == nil, err)
}
