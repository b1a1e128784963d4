package main

import (
	"encoding/json"
	"fmt"
)

type inner struct{ A int }
type Outer struct {
	*inner
	B int
}

type X struct{ V int }
type Y struct{ V int }
type Both struct {
	X
	Y
}
type Twice struct {
	X
	Other struct{ X }
}

func main() {
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"B":2}`), &o), o.B, o.inner == nil)
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	o.inner = &inner{5}
	b, err = json.Marshal(o)
	fmt.Println(string(b), err)
	fmt.Println(json.Unmarshal([]byte(`{"A":7}`), &o), o.inner.A)

	b, _ = json.Marshal(Both{X{1}, Y{2}})
	fmt.Println(string(b))
	var bo Both
	fmt.Println(json.Unmarshal([]byte(`{"V":3}`), &bo), bo)
	b, _ = json.Marshal(Twice{X: X{1}})
	fmt.Println(string(b))

	var ps []*X
	fmt.Println(json.Unmarshal([]byte(`[{"V":1},null,{"V":3}]`), &ps), len(ps), ps[0].V, ps[1] == nil, ps[2].V)
	var arr [2]X
	fmt.Println(json.Unmarshal([]byte(`[{"V":1},{"V":"x"},{"V":3}]`), &arr), arr)
	var f any
	fmt.Println(json.Unmarshal([]byte(`[1e400]`), &f), f)
	var fl float64
	fmt.Println(json.Unmarshal([]byte(`-1e400`), &fl), fl)
	var m map[string]*X
	fmt.Println(json.Unmarshal([]byte(`{"a":{"V":1},"b":null}`), &m), m["a"].V, m["b"] == nil, len(m))
	var u8 []uint8
	fmt.Println(json.Unmarshal([]byte(`[1,2,300]`), &u8), u8)
	fmt.Println(json.Unmarshal([]byte(`"AQID"`), &u8), u8)
	fmt.Println(json.Unmarshal([]byte(`"AQI"`), &u8), u8)
	fmt.Println(json.Unmarshal([]byte(`"A===="`), &u8), u8)
	var ba [3]byte
	fmt.Println(json.Unmarshal([]byte(`[9,8,7,6]`), &ba), ba)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"\ud83d\ude00 \ud800 \u00e9 \/"`), &s), []byte(s))
	type Small struct{ A, B int }
	var sm Small
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"A":2,"b":3}`), &sm), sm)
}
