package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Value receiver: used for values and pointers alike.
type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f, "note": "<hot>"}`, float64(c))), nil
}

// Pointer receiver: used only when the value is addressable.
type Point struct{ X, Y int }

func (p *Point) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", p.X, p.Y)), nil
}

// TextMarshaler: encoded as a JSON string, also usable as a map key.
type Color int

func (c Color) MarshalText() ([]byte, error) {
	names := []string{"red", "green", "blue"}
	if int(c) >= len(names) {
		return nil, fmt.Errorf("bad color %d", int(c))
	}
	return []byte(names[c]), nil
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("cannot do it") }

type Garbage struct{}

func (Garbage) MarshalJSON() ([]byte, error) { return []byte(`{"a" 1}`), nil }

type Spaces struct{}

func (Spaces) MarshalJSON() ([]byte, error) { return []byte(" [ 1 , 2 ,\n 3 ] "), nil }

type Doc struct {
	Temp    Celsius
	TempP   *Celsius
	P       Point
	PP      *Point
	Points  []Point
	Color   Color
	Colors  map[Color]int
	Up      Upper
	UpKeys  map[Upper]bool
	S       Spaces
	Any     any
}

func main() {
	c := Celsius(21.5)
	d := Doc{Temp: 20, TempP: &c, P: Point{1, 2}, PP: &Point{3, 4}, Points: []Point{{5, 6}},
		Color: 2, Colors: map[Color]int{0: 1, 2: 3, 1: 2}, Up: "shout", UpKeys: map[Upper]bool{"b": true, "a": false},
		Any: Point{7, 8}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&d)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Point{9, 9})
	fmt.Println(string(b), err)
	b, err = json.Marshal(&Point{9, 9})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]Point{"k": {1, 1}})
	fmt.Println(string(b), err)

	_, err = json.Marshal(Failing{})
	fmt.Println(err)
	var me *json.MarshalerError
	if errors.As(err, &me) {
		fmt.Println("MarshalerError:", me.Type, "|", me.Err, "|", errors.Unwrap(err))
	}
	_, err = json.Marshal(map[string]any{"x": []any{Failing{}}})
	fmt.Println(err)
	_, err = json.Marshal(Garbage{})
	fmt.Println(err)
	_, err = json.Marshal(Color(5))
	fmt.Println(err)
	_, err = json.Marshal(map[Color]int{7: 1})
	fmt.Println(err)
	var nilPoint *Point
	b, err = json.Marshal(nilPoint)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]*Point{nil, {1, 2}})
	fmt.Println(string(b), err)
}
