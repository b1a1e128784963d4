package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
)

type Event struct {
	ID    int      `json:"id"`
	Kind  string   `json:"kind"`
	Tags  []string `json:"tags,omitempty"`
}

const stream = `{"id": 1, "kind": "start"}
{"id": 2, "kind": "data", "tags": ["a", "b"]}
{"id": 3, "kind": "stop"}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var e Event
		if err := dec.Decode(&e); err == io.EOF {
			fmt.Println("done at offset", dec.InputOffset())
			break
		} else if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d %s %v (offset %d)\n", e.ID, e.Kind, e.Tags, dec.InputOffset())
	}

	// an array read element by element
	dec = json.NewDecoder(strings.NewReader(`[{"id":10,"kind":"x"}, {"id":11,"kind":"y"}] trailing`))
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for dec.More() {
		var e Event
		err := dec.Decode(&e)
		fmt.Println(e, err)
	}
	tok, err = dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	tok, err = dec.Token()
	fmt.Printf("%v %v\n", tok, err)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q\n", rest)

	// every token of a document
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "two", {"b": null}], "c": true, "d": -2.5e3}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		if d, ok := t.(json.Delim); ok {
			fmt.Printf("Delim %s more=%v\n", d, dec.More())
		} else {
			fmt.Printf("%T %v more=%v\n", t, t, dec.More())
		}
	}

	// options
	dec = json.NewDecoder(strings.NewReader(`{"id": 1, "kind": "k", "extra": true}`))
	dec.DisallowUnknownFields()
	var e Event
	fmt.Println(dec.Decode(&e), e)
	dec = json.NewDecoder(strings.NewReader(`{"big": 123456789012345678901234567890, "f": 1.5}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m))
	big := m["big"].(json.Number)
	_, ierr := big.Int64()
	f, _ := m["f"].(json.Number).Float64()
	fmt.Printf("%T %s | %v | %v\n", m["big"], big, ierr, f)

	// errors: a syntax error sticks; a truncated value is io.ErrUnexpectedEOF
	dec = json.NewDecoder(strings.NewReader(`{"id":1} {"id": x} {"id":3}`))
	for i := 0; i < 3; i++ {
		var e Event
		err := dec.Decode(&e)
		var se *json.SyntaxError
		fmt.Println(e, err, errors.As(err, &se))
	}
	dec = json.NewDecoder(strings.NewReader(`{"id": 1, "kind": "tru`))
	var e2 Event
	err = dec.Decode(&e2)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	dec = json.NewDecoder(strings.NewReader(`{"id": "one"} {"id": 2}`))
	for i := 0; i < 3; i++ {
		var e Event
		fmt.Println(dec.Decode(&e), e)
	}
	dec = json.NewDecoder(strings.NewReader(`   `))
	fmt.Println(dec.Decode(&e2), dec.More())
}
