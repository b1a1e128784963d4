package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Item struct {
	Name  string            `json:"name"`
	Price float64           `json:"price"`
	Tags  []string          `json:"tags"`
	Attrs map[string]string `json:"attrs,omitempty"`
	None  []int             `json:"none"`
}

func main() {
	items := []Item{{"pen", 1.5, []string{"office"}, map[string]string{"color": "<blue>"}, []int{}},
		{"cup", 4, nil, nil, nil}}
	enc := json.NewEncoder(os.Stdout)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			fmt.Println(err)
		}
	}
	enc.SetIndent("", "    ")
	enc.Encode(items)
	enc.SetIndent("//", " ")
	enc.Encode(map[string]any{"a": 1, "b": []any{true, nil}})
	enc.SetIndent("", "")
	enc.Encode([]int{1, 2})
	fmt.Println(enc.Encode(make(chan int)))

	var buf bytes.Buffer
	src := []byte(`  {"b": [1, 2, {"c": "d"}], "a": {}, "e": [ ], "s": "x  y"}  ` + "\n")
	fmt.Println(json.Indent(&buf, src, "", "\t"))
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, src, ">>", "--"))
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, src))
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	buf.WriteString("keep:")
	err := json.Compact(&buf, []byte(`{"a": [1, 2}`))
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset, buf.String())
	err = json.Indent(&buf, []byte(`[1, 2,]`), "", " ")
	fmt.Println(err, buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"html": "<a href='x'>&amp;</a>", "ls": "` + "\u2028" + `"}`))
	fmt.Println(buf.String())
	for _, s := range []string{`{}`, `[1, 2, 3]`, `{"a": }`, `"\u00e9"`, `nul`, `1 2`, ``} {
		fmt.Printf("%q %v\n", s, json.Valid([]byte(s)))
	}
	b, _ := json.MarshalIndent(struct {
		A []int
		B map[string][]string
		C struct{}
		D *int
	}{[]int{1}, map[string][]string{"k": {"v1", "v2"}, "e": {}}, struct{}{}, nil}, "", "  ")
	fmt.Println(string(b))
}
