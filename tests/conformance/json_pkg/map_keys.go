package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Lang string

func (l Lang) MarshalText() ([]byte, error) { return []byte("lang:" + string(l)), nil } // ignored for string kinds

type Code int

func (c Code) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("C%03d", int(c))), nil }

func (c *Code) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "C%d", (*int)(c))
	return err
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(map[string]int{"b": 1, "a": 2, "B": 3, "": 4, "é": 5, "<": 6})
	show(map[int8]bool{-5: true, 3: false, 12: true})
	show(map[uint64]int{18446744073709551615: 1, 0: 2})
	show(map[float64]string{0.1: "x", 1e21: "y", -2: "z"})
	show(map[Lang]int{"go": 1, "c": 2})
	show(map[Code]string{7: "seven", 42: "answer"})
	show(map[json.Number]int{"": 1, "2.50": 2})
	t := time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC)
	show(map[time.Time]int{t: 1, t.Add(time.Hour): 2})
	show(map[time.Duration]string{time.Second: "s", time.Millisecond: "ms"})
	show(map[any]int{"s": 1, 2: 2})
	var m1 map[Code]string
	fmt.Println(json.Unmarshal([]byte(`{"C007":"x","C100":"y"}`), &m1), m1)
	var m2 map[float32]int
	fmt.Println(json.Unmarshal([]byte(`{"1.5":1,"2e3":2,"x":3}`), &m2), m2)
	var m3 map[json.Number]int
	fmt.Println(json.Unmarshal([]byte(`{"1.5":1,"abc":2}`), &m3), m3)
	var m4 map[time.Time]int
	fmt.Println(json.Unmarshal([]byte(`{"2024-02-03T04:05:06Z":1}`), &m4), m4[t])
	var m5 map[any]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"2":2}`), &m5), m5)
	var m6 map[uint8]int
	fmt.Println(json.Unmarshal([]byte(`{"1":1,"256":2,"-1":3}`), &m6), m6)
}
