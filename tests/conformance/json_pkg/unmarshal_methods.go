package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level: %w", err)
	}
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("unknown level " + strconv.Quote(s))
	}
	return nil
}

// Key has UnmarshalText: used for values and for map keys.
type Key struct{ A, B string }

func (k *Key) UnmarshalText(b []byte) error {
	a, c, ok := strings.Cut(string(b), ":")
	if !ok {
		return fmt.Errorf("key %q has no colon", b)
	}
	k.A, k.B = a, c
	return nil
}

func (k Key) MarshalText() ([]byte, error) { return []byte(k.A + ":" + k.B), nil }

type Hex uint32

func (h *Hex) UnmarshalText(b []byte) error {
	n, err := strconv.ParseUint(string(b), 16, 32)
	*h = Hex(n)
	return err
}

type Settings struct {
	Level  Level          `json:"level"`
	Levels []Level        `json:"levels"`
	Key    Key            `json:"key"`
	ByKey  map[Key]int    `json:"by_key"`
	Color  Hex            `json:"color"`
	Ptr    *Level         `json:"ptr"`
	Raw    json.RawMessage `json:"raw"`
}

func main() {
	var s Settings
	err := json.Unmarshal([]byte(`{"level":"high","levels":["low","high"],"key":"x:y",
		"by_key":{"a:1":1,"b:2":2},"color":"ff8800","ptr":"low","raw":{"keep": [1, 2] }}`), &s)
	fmt.Println(err)
	fmt.Println(s.Level, s.Levels, s.Key, s.Color, *s.Ptr, string(s.Raw))
	keys := []string{}
	for k, v := range s.ByKey {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	// errors from the methods are returned as they are; decoding goes on
	var s2 Settings
	err = json.Unmarshal([]byte(`{"level":"medium","key":"nocolon","color":"zz","levels":["high"]}`), &s2)
	fmt.Println(err, "|", s2.Levels)
	err = json.Unmarshal([]byte(`{"level":5}`), &s2)
	fmt.Println(err)
	var se *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &se))
	err = json.Unmarshal([]byte(`{"key":7}`), &s2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"by_key":{"bad":1}}`), &s2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"ptr":null,"level":null}`), &s2)
	fmt.Println(err, s2.Ptr == nil)
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`"low"`), &lv), lv)
	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` [1, "x"] `), &raw), string(raw))
}
