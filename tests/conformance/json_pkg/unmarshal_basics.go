package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Address struct {
	Street string
	City   string `json:"city"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Height   float64           `json:"height"`
	Alive    bool              `json:"alive"`
	Tags     []string          `json:"tags"`
	Home     *Address          `json:"home"`
	Work     Address           `json:"work"`
	Scores   map[string]int    `json:"scores"`
	ByID     map[int]string    `json:"by_id"`
	Matrix   [2][3]int         `json:"matrix"`
	Data     []byte            `json:"data"`
	Extra    any               `json:"extra"`
	private  int
	Ignored  string `json:"-"`
}

func main() {
	input := `{
		"name": "Bob", "AGE": 30, "Height": 1.85, "alive": true,
		"tags": ["x", "y", "z"], "home": {"Street": "Elm", "CITY": "Oslo"},
		"work": {"street": "Main"}, "scores": {"go": 10, "py": 7},
		"by_id": {"1": "one", "20": "twenty"}, "matrix": [[1,2,3],[4,5]],
		"data": "aGVsbG8=", "extra": {"list": [1, 2.5, "s", null, false], "n": -3e2},
		"private": 5, "Ignored": "no", "unknown": {"deep": [1, {"x": 2}]}
	}`
	var p Person
	err := json.Unmarshal([]byte(input), &p)
	fmt.Println(err)
	fmt.Printf("%s %d %v %v %q\n", p.Name, p.Age, p.Height, p.Alive, p.Tags)
	fmt.Printf("%+v %+v\n", *p.Home, p.Work)
	fmt.Println(p.Scores, p.ByID, p.Matrix, string(p.Data), p.private, p.Ignored == "")
	extra := p.Extra.(map[string]any)
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T %v\n", k, extra[k], extra[k])
	}
	for _, x := range extra["list"].([]any) {
		fmt.Printf("  %T(%v)", x, x)
	}
	fmt.Println()

	// merging into existing values
	q := Person{Name: "keep", Tags: []string{"a", "b", "c", "d"}, Scores: map[string]int{"old": 1}, Home: &Address{City: "Rome"}}
	err = json.Unmarshal([]byte(`{"tags": ["only"], "scores": {"new": 2}, "home": {"Street": "Via"}}`), &q)
	fmt.Println(err, q.Name, q.Tags, len(q.Tags), q.Scores, *q.Home)
	err = json.Unmarshal([]byte(`{"tags": null, "home": null, "name": null, "age": null, "scores": null}`), &q)
	fmt.Println(err, q.Tags == nil, q.Home == nil, q.Name, q.Scores == nil)
	err = json.Unmarshal([]byte(`{"tags": []}`), &q)
	fmt.Println(err, q.Tags == nil, len(q.Tags))

	// top-level values of every kind
	var i int
	var s string
	var f float32
	var b bool
	var sl []int
	var arr [3]string
	var m map[string]bool
	var ptr *int
	var pp **string
	var iface any
	for _, c := range []struct {
		in  string
		out any
	}{{`42`, &i}, {`"hi\n\u00e9\ud83d\ude00"`, &s}, {`3.25`, &f}, {`true`, &b}, {`[1,2,3]`, &sl},
		{`["a","b","c","d"]`, &arr}, {`{"t":true,"f":false}`, &m}, {`7`, &ptr}, {`"deep"`, &pp},
		{`[{"a":[]},{}]`, &iface}} {
		err := json.Unmarshal([]byte(c.in), c.out)
		fmt.Println(c.in, "->", err)
	}
	fmt.Println(i, s, f, b, sl, arr, m, *ptr, **pp, iface)
	var anyNum any
	json.Unmarshal([]byte(`12345678901234567890`), &anyNum)
	fmt.Printf("%T %v\n", anyNum, anyNum)
	var strKeyed map[string]any
	json.Unmarshal([]byte(`{"a":1,"a":2,"b":{"c":"d"}}`), &strKeyed)
	fmt.Println(strKeyed)
}
