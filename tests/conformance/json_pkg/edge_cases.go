package main

import (
	"encoding/json"
	"errors"
	"fmt"
	
	"reflect"
	"strings"
)

type Tree struct {
	Name     string
	Children []Tree `json:",omitempty"`
	Parent   *Tree  `json:"-"`
}

type K struct{ A int }

type Panicky struct{}

func (Panicky) MarshalJSON() ([]byte, error) { panic("boom in MarshalJSON") }

type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		r.n++
		return copy(p, `{"a":`), nil
	}
	return 0, errors.New("disk on fire")
}

type WithIface struct {
	fmt.Stringer
	X int
}

func main() {
	t := Tree{Name: "root", Children: []Tree{{Name: "a"}, {Name: "b", Children: []Tree{{Name: "c"}}}}}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var t2 Tree
	fmt.Println(json.Unmarshal(b, &t2), t2.Children[1].Children[0].Name)

	var holder any = K{1}
	fmt.Println(json.Unmarshal([]byte(`{"A":5}`), &holder), holder)
	k := &K{2}
	holder = k
	fmt.Println(json.Unmarshal([]byte(`{"A":6}`), &holder), k.A)
	var mk map[K]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1}`), &mk))
	var mb map[bool]int
	fmt.Println(json.Unmarshal([]byte(`{"true":1}`), &mb), mb)
	b, err = json.Marshal(map[any]int{"s": 1, 2: 2, 1.5: 3, true: 4})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[any]int{"s": 1, 2: 2})
	fmt.Println(string(b), err)

	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	var v any
	err = json.Unmarshal([]byte(deep), &v)
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(strings.Repeat("[", 10000) + strings.Repeat("]", 10000))))

	dec := json.NewDecoder(&errReader{})
	fmt.Println(dec.Decode(&v))
	fmt.Println(dec.Decode(&v))

	b, err = json.Marshal(WithIface{X: 1})
	fmt.Println(string(b), err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		json.Marshal([]any{Panicky{}})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(strings.ToUpper).Call([]reflect.Value{reflect.ValueOf(1)})
	}()
	type E struct{ *K }
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(reflect.ValueOf(E{}).FieldByName("A"))
	}()
	var nilDec *json.Decoder
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilDec.Decode(&v)
	}()
	dec = json.NewDecoder(strings.NewReader(`[1,2]`))
	fmt.Println(dec.Decode(new(int)))
	d2 := json.NewDecoder(&errReader{n: 5})
	fmt.Println(d2.Decode(&v), v)
}
