// More value kinds: embedded XMLName, named slices, byte arrays, []any, uint64, float32, recursive
// types, time values in attributes and text, pointers to pointers, attribute kinds (Attr, []int, []byte).
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Base struct {
	XMLName xml.Name `xml:"base"`
	ID      int      `xml:"id,attr"`
}

type Derived struct {
	Base
	Name string `xml:"name"`
}

type IDs []string

type Node struct {
	Label string  `xml:"label,attr"`
	Kids  []*Node `xml:"node"`
}

type Rec struct {
	XMLName xml.Name
	When    time.Time  `xml:"when,attr"`
	Hash    [4]byte    `xml:"hash"`
	IDs     IDs        `xml:"ids>id"`
	Any     []any      `xml:"v"`
	U       uint64     `xml:"u"`
	F32     float32    `xml:"f32"`
	Opt     *string    `xml:"opt,omitempty"`
	Inner   *Derived   `xml:"base"`
	Tree    Node       `xml:"tree"`
}

func bytesWithoutHash(b []byte) []byte {
	s := string(b)
	i := strings.Index(s, "<hash>")
	j := strings.Index(s, "</hash>")
	return []byte(s[:i] + s[j+len("</hash>"):])
}

func main() {
	r := Rec{XMLName: xml.Name{Local: "record", Space: "urn:r"}, When: time.Date(2021, 6, 7, 8, 9, 10, 500, time.UTC),
		Hash: [4]byte{'a', 'b', 'c', 'd'}, IDs: IDs{"x", "y"}, Any: []any{1, "two", 3.5, nil, Base{ID: 9}},
		U: 1 << 63, F32: 0.1, Inner: &Derived{Base{ID: 2}, "d"},
		Tree: Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"c", nil}}}}}}
	b, err := xml.MarshalIndent(r, "", " ")
	fmt.Println(string(b), err)
	var back Rec
	err = xml.Unmarshal(b, &back)
	fmt.Println("with array:", err)
	back = Rec{}
	err = xml.Unmarshal(bytesWithoutHash(b), &back)
	fmt.Println(err, back.XMLName, back.When, back.Hash, back.IDs, len(back.Any), back.U, back.F32, back.Opt, back.Inner.Name, back.Inner.ID, back.Inner.XMLName)
	fmt.Println(back.Tree.Label, len(back.Tree.Kids), back.Tree.Kids[1].Kids[0].Label)
	d := Derived{Base{ID: 1}, "n"}
	b, err = xml.Marshal(d)
	fmt.Println(string(b), err)
	b, err = xml.Marshal(&d)
	fmt.Println(string(b), err)
	var dd Derived
	fmt.Println(xml.Unmarshal([]byte(`<base id="3"><name>q</name></base>`), &dd), dd)
	fmt.Println(xml.Unmarshal([]byte(`<other id="3"/>`), &dd))
	var pp struct {
		PP **int `xml:"pp"`
	}
	fmt.Println(xml.Unmarshal([]byte(`<x><pp>5</pp></x>`), &pp), pp.PP != nil)
	var ids IDs
	fmt.Println(xml.Unmarshal([]byte(`<id>1</id>`), &ids), ids)
	var t time.Time
	fmt.Println(xml.Unmarshal([]byte(`<t>not a time</t>`), &t))
	fmt.Println(xml.Unmarshal([]byte(`<t>2020-02-03T04:05:06+01:23</t>`), &t), t)
	var ptrs struct {
		P []*int `xml:"p"`
	}
	fmt.Println(xml.Unmarshal([]byte(`<x><p>1</p><p>2</p><p>x</p></x>`), &ptrs), len(ptrs.P))
	b, _ = xml.Marshal(struct {
		XMLName xml.Name `xml:"x"`
		A       string   `xml:"a,attr,omitempty"`
		B       *int     `xml:"b,attr"`
		C       any      `xml:"c,attr"`
		D       []int    `xml:"d,attr"`
		E       xml.Attr `xml:"e,attr"`
		F       []byte   `xml:"f,attr"`
	}{D: []int{1, 2}, E: xml.Attr{Name: xml.Name{Local: "custom"}, Value: "v"}, F: []byte("fb")})
	fmt.Println(string(b))
}
