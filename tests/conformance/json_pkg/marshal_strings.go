package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	strs := []string{
		"plain", "", "quote \" backslash \\ slash /", "tab\tnewline\nreturn\r",
		"ctrl \x00 \x01 \x07 \x08 \x0c \x1b \x1f \x7f", "<script>alert('&');</script>",
		"line\u2028sep\u2029para", "unicode é ü 日本 🎉", "bad \xff\xfe utf8 \xe2\x82", "\xed\xa0\x80 surrogate bytes",
	}
	for _, s := range strs {
		b, err := json.Marshal(s)
		fmt.Println(string(b), err)
	}
	m := map[string]string{"<k>": "&v", "a\u2028": "b"}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, s := range strs {
		enc.Encode(s)
	}
	enc.Encode(m)
	fmt.Print(buf.String())
	enc = json.NewEncoder(os.Stdout)
	enc.Encode("<b>bold</b> & more")
	type T struct {
		HTML string `json:"<html>"`
	}
	enc.Encode(T{"x"})
	enc.SetEscapeHTML(false)
	enc.Encode(T{"<y>"})
}
