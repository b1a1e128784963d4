package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2024, 3, 15, 10, 30, 45, 123456789, time.UTC),
		{},
		time.Date(2024, 3, 15, 10, 30, 45, 0, time.FixedZone("IST", 5*3600+1800)),
		time.Date(1900, 3, 15, 10, 30, 45, 0, time.FixedZone("LMT", -(4*3600+56*60+2))),
		time.Date(-300, 1, 1, 0, 0, 0, 7, time.FixedZone("minus", -3600)),
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("UTC", 0)),
	}
	for _, t := range times {
		b, err := t.MarshalBinary()
		fmt.Printf("%x %v\n", b, err)
		g, err := t.GobEncode()
		fmt.Println(string(g) == string(b), err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		name, off := u.Zone()
		fmt.Println(u.Equal(t), u.Format(time.RFC3339Nano), name, off, u.Location(), err)
		var w time.Time
		fmt.Println(w.GobDecode(b), w.Equal(t))
	}
	b, err := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("odd", -60)).MarshalBinary()
	fmt.Println(b == nil, len(b), err)
	b, err = time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("odd", 40000*60)).AppendBinary([]byte{9})
	fmt.Println(b, err)
	b, _ = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AppendBinary([]byte{9})
	fmt.Println(b)
	var u time.Time
	for _, in := range [][]byte{nil, {}, {3}, {1, 2, 3}, {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 14, 220, 208, 0, 0, 0, 0, 0, 1, 0xff, 0xff}} {
		fmt.Println(u.UnmarshalBinary(in), u.Location())
	}
}
