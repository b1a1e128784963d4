package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct{ X, Y int }
type Key struct{ Code string }

type Meter struct {
	Reading json.Number            `json:"reading"`
	Extra   map[string]json.Number `json:"extra"`
	Wait    time.Duration          `json:"wait"`
	WaitS   time.Duration          `json:"wait_s,string"`
	At      time.Time              `json:"at"`
	AtPtr   *time.Time             `json:"at_ptr,omitempty"`
}

func main() {
	msgs := `[{"type":"click","payload":{"X":1,"Y":2}},{"type":"key","payload":{"Code":"Enter"}},{"type":"none","payload":null}]`
	var envs []Envelope
	fmt.Println(json.Unmarshal([]byte(msgs), &envs))
	for _, e := range envs {
		switch e.Type {
		case "click":
			var c Click
			fmt.Println("click", json.Unmarshal(e.Payload, &c), c)
		case "key":
			var k Key
			fmt.Println("key", json.Unmarshal(e.Payload, &k), k)
		default:
			fmt.Printf("other %q %v\n", e.Payload, e.Payload == nil)
		}
	}
	raw := json.RawMessage(`{ "spaced" : [ 1 , 2 ] }`)
	b, err := json.Marshal(Envelope{"raw", raw})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Envelope{"nil", nil})
	fmt.Println(string(b), err)
	_, err = json.Marshal(Envelope{"bad", json.RawMessage(`{oops}`)})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))

	at := time.Date(2023, 11, 5, 9, 30, 15, 123456789, time.UTC)
	m := Meter{Reading: "12.500", Extra: map[string]json.Number{"b": "2", "a": "1e3"}, Wait: 1500 * time.Millisecond,
		WaitS: time.Minute, At: at}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
	var back Meter
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Reading, back.Extra, back.Wait, back.WaitS, back.At.Equal(at), back.AtPtr)
	f, _ := back.Reading.Float64()
	_, ierr := back.Reading.Int64()
	fmt.Println(f, ierr)
	_, err = json.Marshal(Meter{Reading: "twelve"})
	fmt.Println(err)
	b, _ = json.Marshal(Meter{})
	fmt.Println(string(b))
	for _, in := range []string{`{"reading":"7"}`, `{"reading":"x"}`, `{"reading":true}`, `{"at":"2020-02-30T00:00:00Z"}`,
		`{"at":"not a time"}`, `{"at":12}`, `{"wait":"1s"}`, `{"wait_s":"60000000000"}`} {
		var mm Meter
		err := json.Unmarshal([]byte(in), &mm)
		fmt.Println(in, "->", err, mm.Reading, mm.WaitS)
	}
}
