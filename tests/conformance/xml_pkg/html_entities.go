// HTMLEntity with a non-strict Decoder: HTML 4 entities decoded, unknown ones kept.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(len(xml.HTMLEntity), xml.HTMLEntity["eacute"], xml.HTMLEntity["nbsp"] == "\u00a0")
	d := xml.NewDecoder(strings.NewReader(`<p>caf&eacute; &copy; 2024 &hellip; &bogus;</p>`))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		if c, ok := t.(xml.CharData); ok {
			fmt.Printf("%q\n", string(c))
		}
	}
}
