// encoding/csv: reading records (Read, ReadAll) with the everyday options.
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
`
	r := csv.NewReader(strings.NewReader(in))
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(record, len(record))
	}

	// ReadAll, semicolons, comments, surrounding spaces.
	in = `first_name;last_name;username
"Rob";"Pike";rob
# lines beginning with a # character are ignored
Ken;Thompson;ken
   "Robert";  "Griesemer";"gri"
`
	r = csv.NewReader(strings.NewReader(in))
	r.Comma = ';'
	r.Comment = '#'
	r.TrimLeadingSpace = true
	records, err := r.ReadAll()
	fmt.Println(records, err)
	fmt.Printf("%q\n", records)

	// Quoted fields: embedded quotes, delimiters, newlines; CRLF endings.
	in = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,\"\"\r\n\n\n  x , y ,z\n"
	r = csv.NewReader(strings.NewReader(in))
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q line=%d\n", rec, len(rec))
	}

	// No final newline; a final \r is dropped.
	for _, s := range []string{"a,b", "a,b\r", "a,b\n\r", "\"q\"", "x\ny\r\nz", "", "\n\n", ",", "\"\"", "a,\"\""} {
		all, err := csv.NewReader(strings.NewReader(s)).ReadAll()
		fmt.Printf("%q -> %q %v %v\n", s, all, err, all == nil)
	}

	// Tabs, a multi-byte delimiter and comment.
	r = csv.NewReader(strings.NewReader("a\tb\tc\n!comment\n1\t\"2\t3\"\t4\n"))
	r.Comma = '\t'
	r.Comment = '!'
	fmt.Println(r.ReadAll())
	r = csv.NewReader(strings.NewReader("α→β→\"γ→δ\"\n→→\n☃ no\nε\n"))
	r.Comma = '→'
	r.Comment = '☃'
	r.FieldsPerRecord = -1
	fmt.Println(r.ReadAll())
}
