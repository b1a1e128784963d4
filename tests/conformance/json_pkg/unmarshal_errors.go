package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Inner struct {
	N int `json:"n"`
}

type T struct {
	Age   int            `json:"age"`
	Name  string         `json:"name"`
	In    Inner          `json:"in"`
	List  []int          `json:"list"`
	Map   map[string]int `json:"map"`
	Small int8           `json:"small"`
	U     uint           `json:"u"`
	F32   float32        `json:"f32"`
	Err   error          `json:"err"`
	Ch    chan int       `json:"ch"`
}

func describe(err error) {
	fmt.Println("  ", err)
	var se *json.SyntaxError
	var ute *json.UnmarshalTypeError
	var iue *json.InvalidUnmarshalError
	switch {
	case errors.As(err, &se):
		fmt.Println("   SyntaxError offset", se.Offset)
	case errors.As(err, &ute):
		fmt.Printf("   UnmarshalTypeError Value=%q Type=%v Offset=%d Struct=%q Field=%q Err=%v\n",
			ute.Value, ute.Type, ute.Offset, ute.Struct, ute.Field, ute.Err)
	case errors.As(err, &iue):
		fmt.Println("   InvalidUnmarshalError", iue.Type)
	}
}

func main() {
	syntax := []string{
		``, `   `, `x`, `{`, `[`, `{"a"`, `{"a":`, `{"a":1`, `[1,2`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`,
		`{"a":1 "b":2}`, `{1:2}`, `{'a':1}`, `tru`, `trux`, `nul`, `fals`, `nulL`, `"abc`, `"a\`, `"\x"`, `"\u12"`,
		`"\u12g4"`, "\"a\tb\"", "\"\x01\"", `01`, `-`, `-x`, `1.`, `1.e5`, `1e`, `1e+`, `.5`, `+1`, `{} x`, `[] []`,
		`{"a":[}`, `{"a":{]}`, `[1}`, "\xff", `{"a":1}}`, `NaN`, `Infinity`,
	}
	for _, s := range syntax {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		fmt.Printf("%q valid=%v\n", s, json.Valid([]byte(s)))
		describe(err)
	}
	types := []string{
		`{"age":"x"}`, `{"name":5}`, `{"name":true}`, `{"name":{}}`, `{"name":[1]}`, `{"in":{"n":"q"}}`,
		`{"in":[1]}`, `{"list":[1,"x",3]}`, `{"list":{}}`, `{"map":{"a":1,"b":"x"}}`, `{"map":[]}`,
		`{"small":300}`, `{"small":-129}`, `{"small":1.5}`, `{"u":-1}`, `{"age":1e3}`, `{"age":99999999999999999999}`,
		`{"f32":1e39}`, `{"err":"e"}`, `{"err":{}}`, `{"ch":1}`, `{"ch":null}`, `[1,2]`, `"s"`, `3`, `true`,
		`{"age":"x","name":5}`,
	}
	for _, s := range types {
		var t T
		err := json.Unmarshal([]byte(s), &t)
		fmt.Printf("%s\n", s)
		describe(err)
	}
	var i int
	describe(json.Unmarshal([]byte(`"s"`), &i))
	var sl []string
	describe(json.Unmarshal([]byte(`["a", 2]`), &sl))
	var m map[string]int
	describe(json.Unmarshal([]byte(`{"k":"v"}`), &m))
	var mi map[int]bool
	describe(json.Unmarshal([]byte(`{"1":true,"x":false}`), &mi))
	fmt.Println(mi)
	var t T
	describe(json.Unmarshal([]byte(`{}`), t))
	describe(json.Unmarshal([]byte(`{}`), nil))
	var np *T
	describe(json.Unmarshal([]byte(`{}`), np))
	describe(json.Unmarshal([]byte(`{}`), &t.Age))
	describe(json.Unmarshal([]byte(`bad`), nil))
}
