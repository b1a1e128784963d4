// The Decoder's tokens (namespaces, entities, CDATA, directives, comments, non-strict HTML mode,
// RawToken) and every syntax error with its line and input position; EscapeText; EncodeToken and its errors.
package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func tokens(s string, strict bool) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = strict
	if !strict {
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = map[string]string{"nbsp": "\u00a0"}
	}
	for {
		t, err := d.Token()
		if err == io.EOF {
			fmt.Println("  EOF")
			return
		}
		if err != nil {
			fmt.Printf("  error: %v", err)
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf(" [line %d]", se.Line)
			}
			line, col := d.InputPos()
			fmt.Printf(" at %d:%d off %d\n", line, col, d.InputOffset())
			return
		}
		switch t := t.(type) {
		case xml.StartElement:
			fmt.Printf("  start %s:%s %v\n", t.Name.Space, t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Printf("  end %s:%s\n", t.Name.Space, t.Name.Local)
		case xml.CharData:
			fmt.Printf("  chardata %q\n", string(t))
		case xml.Comment:
			fmt.Printf("  comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Printf("  procinst %q %q\n", t.Target, string(t.Inst))
		case xml.Directive:
			fmt.Printf("  directive %q\n", string(t))
		}
	}
}

func main() {
	docs := []string{
		`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE note [<!ENTITY x "y"> <!-- c -->]>
<root a="1" b='two &amp; &lt;3&gt; &#65;&#x42;'><!-- hi --><child/>text &quot;q&quot;<![CDATA[<raw> & stuff]]></root>`,
		`<a xmlns="urn:default" xmlns:p="urn:p"><p:b p:attr="x" attr="y"><c xml:lang="en"/></p:b></a>`,
		"<a>\r\nline2\rline3</a>",
		`<a><b></a>`,
		`<a></b>`,
		`</a>`,
		`<a`,
		`<a x=1>`,
		`<a x>`,
		`<a>&bogus;</a>`,
		`<a>&amp</a>`,
		`<a>]]></a>`,
		`<a b="<"/>`,
		`<!- x>`,
		`<!-- a -- b -->`,
		`<![CDAT[x]]>`,
		`<a>` + "\x01" + `</a>`,
		"<a>\xff</a>",
		`<?xml version="1.1"?><a/>`,
		`<?xml version="1.0" encoding="latin1"?><a/>`,
		`<a:b:c/>`,
		`<1a/>`,
		`<a></a  >`,
		`<a></a x>`,
		`<a><![CDATA[unterminated`,
		`<a/><b/>`,
		"",
		`<a>text`,
	}
	for _, s := range docs {
		fmt.Printf("%q\n", s)
		tokens(s, true)
	}
	fmt.Println("non-strict:")
	tokens(`<html><body><p>one<br>two &nbsp; &copy; <img src=x.png alt=hi></p><p x>y</P></body></html>`, false)

	// RawToken keeps prefixes
	d := xml.NewDecoder(strings.NewReader(`<p:a xmlns:p="urn:x"><p:b/></p:a>`))
	for {
		t, err := d.RawToken()
		if err != nil {
			fmt.Println("raw:", err)
			break
		}
		fmt.Printf("raw %T %v\n", t, t)
	}

	// EscapeText and encoder tokens
	var b bytes.Buffer
	xml.EscapeText(&b, []byte("a<b>&\"'\n\t\r\x00\xffz"))
	fmt.Println(b.String())
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	toks := []xml.Token{
		xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0"`)},
		xml.StartElement{Name: xml.Name{Local: "doc"}, Attr: []xml.Attr{{Name: xml.Name{Local: "id"}, Value: "1&2"}}},
		xml.Comment("note"),
		xml.StartElement{Name: xml.Name{Space: "urn:x", Local: "item"}, Attr: []xml.Attr{{Name: xml.Name{Space: "http://example.com/ns/", Local: "k"}, Value: "v"}}},
		xml.CharData("a\nb<c>"),
		xml.EndElement{Name: xml.Name{Space: "urn:x", Local: "item"}},
		xml.Directive("DOCTYPE x"),
		xml.EndElement{Name: xml.Name{Local: "doc"}},
	}
	for _, t := range toks {
		if err := enc.EncodeToken(t); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(enc.Flush())
	bad := []xml.Token{
		xml.EndElement{Name: xml.Name{Local: "x"}},
		xml.Comment("a-->b"),
		xml.ProcInst{Target: "xml"},
		xml.ProcInst{Target: "1bad"},
		xml.ProcInst{Target: "ok", Inst: []byte("?>")},
		xml.Directive("a>"),
		xml.StartElement{},
		"string token",
	}
	e2 := xml.NewEncoder(os.Stdout)
	e2.EncodeToken(xml.StartElement{Name: xml.Name{Local: "a"}})
	for _, t := range bad {
		fmt.Println(e2.EncodeToken(t))
	}
	fmt.Println(e2.EncodeToken(xml.EndElement{Name: xml.Name{Local: "b"}}))
	fmt.Println(e2.EncodeToken(xml.EndElement{Name: xml.Name{Space: "s", Local: "a"}}))
	fmt.Println(e2.Close())
	fmt.Println()
	fmt.Println(e2.EncodeToken(xml.CharData("x")), e2.Close())
	fmt.Println(xml.CopyToken(xml.CharData("c")), xml.StartElement{Name: xml.Name{Local: "q"}}.End())
}
