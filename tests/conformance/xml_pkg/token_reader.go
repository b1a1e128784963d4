// NewTokenDecoder: decoding from a TokenReader that rewrites another Decoder's tokens, and one that
// hands out values of other types.
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// upper renames every element to upper case as tokens pass through.
type upper struct{ d *xml.Decoder }

func (u upper) Token() (xml.Token, error) {
	t, err := u.d.Token()
	switch v := t.(type) {
	case xml.StartElement:
		v.Name.Local = strings.ToUpper(v.Name.Local)
		return v, err
	case xml.EndElement:
		v.Name.Local = strings.ToUpper(v.Name.Local)
		return v, err
	}
	return t, err
}

type list []string

func (l *list) Token() (xml.Token, error) {
	if len(*l) == 0 {
		return nil, io.EOF
	}
	t := (*l)[0]
	*l = (*l)[1:]
	return t, nil
}

func main() {
	src := xml.NewDecoder(strings.NewReader(`<a><b x="1">hi</b><c/></a>`))
	d := xml.NewTokenDecoder(upper{src})
	var v struct {
		XMLName xml.Name
		B       struct {
			X    string `xml:"x,attr"`
			Text string `xml:",chardata"`
		} `xml:"B"`
	}
	fmt.Println(d.Decode(&v), v.XMLName.Local, v.B.X, v.B.Text)
	fmt.Println(xml.NewTokenDecoder(src) == src)
	l := list{"odd", "tokens"}
	d2 := xml.NewTokenDecoder(&l)
	for {
		t, err := d2.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", t, t)
	}
	d3 := xml.NewTokenDecoder(upper{xml.NewDecoder(strings.NewReader(`<a><b>`))})
	for {
		_, err := d3.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
	}
}
