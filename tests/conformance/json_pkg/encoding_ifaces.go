package main

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strings"
)

// IP implements encoding's text interfaces; json uses them for values and map keys.
type IP [4]byte

func (ip IP) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])), nil
}

func (ip *IP) UnmarshalText(b []byte) error {
	var a, c, d, e int
	if _, err := fmt.Sscanf(string(b), "%d.%d.%d.%d", &a, &c, &d, &e); err != nil {
		return fmt.Errorf("bad IP %q: %v", b, err)
	}
	*ip = IP{byte(a), byte(c), byte(d), byte(e)}
	return nil
}

var (
	_ encoding.TextMarshaler   = IP{}
	_ encoding.TextUnmarshaler = (*IP)(nil)
)

type Hosts struct {
	Primary IP            `json:"primary"`
	Backups []IP          `json:"backups"`
	Names   map[IP]string `json:"names"`
}

type binaryOnly struct{}

func (binaryOnly) MarshalBinary() ([]byte, error) { return []byte{1, 2}, nil }

func main() {
	h := Hosts{IP{10, 0, 0, 1}, []IP{{10, 0, 0, 2}, {10, 0, 0, 3}}, map[IP]string{{192, 168, 1, 1}: "gw", {10, 0, 0, 1}: "self"}}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	var back Hosts
	fmt.Println(json.Unmarshal(b, &back), back.Primary, back.Backups, len(back.Names), back.Names[IP{192, 168, 1, 1}])
	err = json.Unmarshal([]byte(`{"primary": "not-an-ip"}`), &back)
	fmt.Println(err)
	var tm encoding.TextMarshaler = IP{1, 2, 3, 4}
	t, _ := tm.MarshalText()
	fmt.Println(strings.ToUpper(string(t)))
	var bm encoding.BinaryMarshaler = binaryOnly{}
	bb, _ := bm.MarshalBinary()
	fmt.Println(bb)
	b, _ = json.Marshal(binaryOnly{})
	fmt.Println(string(b))
}
