package main

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"time"
)

type Stamp struct {
	time.Time
	Note string
}

type Wrap struct {
	When time.Time `json:"when" xml:"when,attr"`
	Map  map[time.Time]int
}

func main() {
	t := time.Date(2024, 3, 15, 10, 30, 45, 0, time.UTC)
	b, err := json.Marshal(Stamp{t, "ignored"})
	fmt.Println(string(b), err)
	var s Stamp
	fmt.Println(json.Unmarshal([]byte(`"2020-01-02T03:04:05Z"`), &s), s.Year(), s.Note)
	b, err = json.Marshal(Wrap{When: t, Map: map[time.Time]int{t: 1}})
	fmt.Println(string(b), err)
	var w Wrap
	fmt.Println(json.Unmarshal(b, &w), w.When.Equal(t), len(w.Map))
	x, err := xml.Marshal(Wrap{When: t})
	fmt.Println(string(x), err)
	x, err = xml.Marshal(Stamp{t, "n"})
	fmt.Println(string(x), err)
	var tm encoding.TextMarshaler = t
	bb, _ := tm.MarshalText()
	fmt.Println(string(bb))
	var bm encoding.BinaryMarshaler = t
	bb, _ = bm.MarshalBinary()
	fmt.Println(len(bb))
	var tu encoding.TextUnmarshaler = &w.When
	fmt.Println(tu.UnmarshalText([]byte("bad")))
	var ta encoding.TextAppender = t
	bb, _ = ta.AppendText([]byte("t="))
	fmt.Println(string(bb))
	var ju json.Unmarshaler = &w.When
	fmt.Println(ju.UnmarshalJSON([]byte("{}")))
}
