package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Walking a document decoded into interface{}.
func walk(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", indent, k)
			walk(x[k], indent+"  ")
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", indent, i)
			walk(e, indent+"  ")
		}
	case string:
		fmt.Printf("%sstring %q\n", indent, x)
	case float64:
		fmt.Printf("%snumber %v\n", indent, x)
	case bool:
		fmt.Printf("%sbool %v\n", indent, x)
	case nil:
		fmt.Printf("%snull\n", indent)
	default:
		fmt.Printf("%s?? %T\n", indent, x)
	}
}

type Shape interface{ Area() float64 }

type Holder struct {
	Anything any
	Shape    Shape
	Ptr      any
}

func main() {
	doc := `{"users": [{"name": "ann", "age": 31, "admin": true, "langs": ["go", "c"]},
	          {"name": "bob", "age": 4.5e1, "admin": false, "langs": [], "boss": null}],
	         "count": 2, "meta": {"v": "1.0", "ok": true}}`
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	walk(v, "")
	users := v.(map[string]any)["users"].([]any)
	ages := 0.0
	for _, u := range users {
		ages += u.(map[string]any)["age"].(float64)
	}
	fmt.Println("total age", ages)
	b, _ := json.Marshal(v)
	fmt.Println(string(b))

	n := 1
	h := Holder{Anything: "old", Ptr: &n}
	err := json.Unmarshal([]byte(`{"Anything": [1, {"x": "y"}], "Ptr": 42}`), &h)
	fmt.Println(err, h.Anything, n)
	err = json.Unmarshal([]byte(`{"Shape": {"r": 1}}`), &h)
	fmt.Println(err)
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(`{"a": 1, "b": [1.5, 2]}`))
	dec.UseNumber()
	dec.Decode(&m)
	fmt.Printf("%T %v %T\n", m["a"], m["a"], m["b"].([]any)[0])
	var list []any
	json.Unmarshal([]byte(`[1, "2", [3], {"4": 4}, null, true]`), &list)
	for _, e := range list {
		fmt.Printf("%T ", e)
	}
	fmt.Println(len(list))
}
