package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
	Zip    *int   `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Admin    bool              `json:"admin"`
	Tags     []string          `json:"tags"`
	Empty    []string          `json:"empty"`
	Home     *Address          `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Scores   map[string]int    `json:"scores"`
	Ratio    float64           `json:"ratio"`
	Data     []byte            `json:"data"`
	Grid     [2][2]int         `json:"grid"`
	Extra    any               `json:"extra"`
	password string            // unexported: never encoded
	Skip     string            `json:"-"`
	Dash     string            `json:"-,"`
	NoTag    uint8
	Labels   map[int]string    `json:"labels,omitempty"`
	Nested   map[string][]int  `json:"nested,omitempty"`
}

type Empties struct {
	B  bool              `json:",omitempty"`
	I  int               `json:",omitempty"`
	U  uint              `json:",omitempty"`
	F  float64           `json:",omitempty"`
	S  string            `json:",omitempty"`
	P  *int              `json:",omitempty"`
	A  [0]int            `json:",omitempty"`
	A2 [2]int            `json:",omitempty"`
	Sl []int             `json:",omitempty"`
	M  map[string]int    `json:",omitempty"`
	If any               `json:",omitempty"`
	St struct{}          `json:",omitempty"`
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	zip := 12345
	p := Person{
		Name: "Ann", Age: 41, Admin: true, Tags: []string{"a", "b"}, Empty: []string{},
		Home: &Address{Street: "1 Main St", Zip: &zip}, Scores: map[string]int{"z": 1, "a": 2, "m": 3},
		Ratio: 0.75, Data: []byte("hello, world"), Grid: [2][2]int{{1, 2}, {3, 4}},
		Extra: map[string]any{"k": []any{1, "two", 3.5, nil, true}}, password: "secret", Skip: "x", Dash: "d",
		NoTag: 7, Labels: map[int]string{10: "ten", -1: "neg", 2: "two"},
	}
	show(p)
	show(&p)
	show(Person{})
	show(Empties{})
	show(Empties{B: true, I: -1, U: 1, F: 0.5, S: "s", P: new(int), A2: [2]int{}, Sl: []int{}, M: map[string]int{}, If: 0})
	show(nil)
	show((*Person)(nil))
	show([]int(nil))
	show([]int{})
	show(map[string]int(nil))
	show(map[string]int{})
	show([3]bool{true})
	show([]byte{})
	show([]any{1, "a", nil, []int{}, map[string]any{}})
	show(struct {
		A int
		b int
		C string `json:"c_field"`
	}{1, 2, "three"})
	show(42)
	show("just a string")
	show(3.0)
	show(true)
	b, err := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]any{1, []int{}, map[string]int{}, map[string]int{"x": 1}}, "> ", "\t")
	fmt.Println(string(b), err)
}
