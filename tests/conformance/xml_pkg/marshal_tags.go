// Marshaling and unmarshaling with methods (MarshalXML, UnmarshalXML, MarshalXMLAttr, TextMarshaler),
// innerxml, any, cdata, attr slices, name spaces, EncodeElement, and the error texts of bad tags and values.
package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalText() ([]byte, error) { return []byte(strconv.FormatFloat(float64(c), 'f', 1, 64) + "C"), nil }
func (c *Celsius) UnmarshalText(b []byte) error {
	f, err := strconv.ParseFloat(strings.TrimSuffix(string(b), "C"), 64)
	*c = Celsius(f)
	return err
}

type Point struct{ X, Y int }

func (p Point) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "xy"}, Value: fmt.Sprintf("%d,%d", p.X, p.Y)})
	return e.EncodeElement("pt", start)
}

func (p *Point) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		if a.Name.Local == "xy" {
			fmt.Sscanf(a.Value, "%d,%d", &p.X, &p.Y)
		}
	}
	return d.Skip()
}

type Color int

func (c Color) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: []string{"red", "green"}[c]}, nil
}

func (c *Color) UnmarshalXMLAttr(a xml.Attr) error {
	if a.Value == "green" {
		*c = 1
	}
	return nil
}

type Inner struct {
	A string `xml:"a"`
}

type Doc struct {
	XMLName xml.Name  `xml:"urn:doc doc"`
	Lang    string    `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Ver     int       `xml:"version,attr,omitempty"`
	Temp    Celsius   `xml:"temp"`
	TempA   Celsius   `xml:"tempa,attr"`
	Pt      Point     `xml:"point"`
	Col     Color     `xml:"color,attr"`
	Raw     string    `xml:",innerxml"`
	Items   []Inner   `xml:"items>item"`
	Data    []byte    `xml:"data"`
	Arr     [2]int    `xml:"arr"`
	Any     any       `xml:"anyval"`
	NilAny  any       `xml:"nilany"`
	PI      *Inner    `xml:"pinner"`
	CD      string    `xml:",cdata"`
	Flags   []bool    `xml:"flag,attr"`
	Empty   string    `xml:"empty,omitempty"`
	Zero    int       `xml:"zero"`
}

type Other struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Rest    []struct {
		XMLName xml.Name
		Value   string `xml:",chardata"`
	} `xml:",any"`
	Inner string `xml:",innerxml"`
}

func main() {
	d := Doc{Lang: "en", Temp: 21.5, TempA: -3, Pt: Point{1, 2}, Col: 1, Items: []Inner{{"x"}, {"y<"}},
		Data: []byte("bytes"), Arr: [2]int{7, 8}, Any: Inner{"in any"}, PI: &Inner{"p"}, CD: "cdata ]]> here",
		Flags: []bool{true, false}}
	out, err := xml.MarshalIndent(d, "", "\t")
	fmt.Println(string(out), err)
	out, _ = xml.Marshal(d)
	var back Doc
	err = xml.Unmarshal(out, &back)
	fmt.Printf("%v %v %v %v %v %q %v %q %v %v %q\n", err, back.Lang, back.Temp, back.TempA, back.Pt, back.Col, back.Items, back.Data, back.Arr, back.PI, back.CD)
	fmt.Printf("%q\n", back.Raw)

	var o Other
	err = xml.Unmarshal([]byte(`<thing a="1" ns:b="2" xmlns:ns="urn:ns"><x>1</x><y>2</y> tail</thing>`), &o)
	fmt.Printf("%v %v %v %+v %q\n", err, o.XMLName, o.Attrs, o.Rest, o.Inner)

	// errors
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), Doc{}))
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), nil))
	var np *Doc
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), np))
	fmt.Println(xml.Unmarshal([]byte(`<wrong/>`), &Doc{}))
	fmt.Println(xml.Unmarshal([]byte(`<doc/>`), &Doc{}))
	var n struct{ N int `xml:"n"` }
	fmt.Println(xml.Unmarshal([]byte(`<x><n>abc</n></x>`), &n))
	fmt.Println(xml.Unmarshal([]byte(`<x><n> 12 </n></x>`), &n), n.N)
	var u8 struct{ N uint8 `xml:"n"` }
	fmt.Println(xml.Unmarshal([]byte(`<x><n>300</n></x>`), &u8))
	var bl struct{ B bool `xml:"b,attr"` }
	fmt.Println(xml.Unmarshal([]byte(`<x b="yes"/>`), &bl))
	var m map[string]int
	fmt.Println(xml.Unmarshal([]byte(`<x/>`), &m))
	fmt.Println(xml.Unmarshal([]byte(`<x><a>`), &n))
	fmt.Println(xml.Unmarshal([]byte(``), &n))
	fmt.Println(xml.Unmarshal([]byte(`<x>`), &n))

	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
	_, err = xml.Marshal(struct{ F func() }{})
	fmt.Println(err)
	_, err = xml.Marshal([]int{1, 2})
	fmt.Println(err)
	b, err := xml.Marshal(struct{ A []int }{[]int{1, 2}})
	fmt.Println(string(b), err)
	b, err = xml.Marshal(nil)
	fmt.Printf("%q %v\n", b, err)
	b, err = xml.Marshal("just a string")
	fmt.Printf("%q %v\n", b, err)
	b, err = xml.Marshal(42)
	fmt.Printf("%q %v\n", b, err)
	type Bad1 struct {
		A string `xml:"a,attr,chardata"`
	}
	_, err = xml.Marshal(Bad1{})
	fmt.Println(err)
	type Bad2 struct {
		A string `xml:"a>"`
	}
	_, err = xml.Marshal(Bad2{})
	fmt.Println(err)
	type Bad3 struct {
		A string `xml:"x>a,attr"`
	}
	_, err = xml.Marshal(Bad3{})
	fmt.Println(err)
	type Bad4 struct {
		A string `xml:"a"`
		B string `xml:"a"`
	}
	_, err = xml.Marshal(Bad4{})
	var tpe *xml.TagPathError
	fmt.Println(err, errors.As(err, &tpe))
	type Bad5 struct {
		C string `xml:",comment"`
	}
	_, err = xml.Marshal(Bad5{"a--b"})
	fmt.Println(err)
	type Bad6 struct {
		C int `xml:",comment"`
	}
	_, err = xml.Marshal(Bad6{1})
	fmt.Println(err)
	type Bad7 struct {
		XMLName xml.Name `xml:"right"`
	}
	type Bad8 struct {
		X Bad7 `xml:"wrong"`
	}
	_, err = xml.Marshal(Bad8{})
	fmt.Println(err)
	type Bad9 struct {
		A string `xml:"ns ,attr"`
	}
	_, err = xml.Marshal(Bad9{})
	fmt.Println(err)

	enc := xml.NewEncoder(os.Stdout)
	fmt.Println(enc.EncodeElement(Inner{"e"}, xml.StartElement{Name: xml.Name{Local: "custom"}, Attr: []xml.Attr{{Name: xml.Name{Local: "k"}, Value: "v"}}}))
	fmt.Println(enc.EncodeElement(1, xml.StartElement{}))
	fmt.Println(enc.Encode(struct {
		XMLName xml.Name `xml:"anon"`
		V       string   `xml:"v"`
	}{V: "ok"}))
	fmt.Println()
	b, err = xml.MarshalIndent(struct {
		XMLName xml.Name `xml:"root"`
		A       []string `xml:"list>a"`
		B       string   `xml:"list>b"`
		C       string   `xml:",comment"`
		D       *Inner
	}{A: []string{"1", "2"}, B: "b", C: "end-", D: &Inner{"d"}}, ">>", "  ")
	fmt.Println(string(b), err)
}
