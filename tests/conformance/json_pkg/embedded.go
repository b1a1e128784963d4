package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Named struct {
	Name string
}

type Audit struct {
	Created string `json:"created"` // same depth as Base.Created: both dropped
	By      string
}

type inner struct {
	Secret string // exported field of an unexported embedded type: promoted
	hidden string
}

type Product struct {
	Base
	*Named
	inner
	Audit
	Price int    `json:"price"`
	ID    string `json:"sku"` // a tagged field never conflicts with "id"
}

type Tagged struct {
	Base `json:"base"` // a name in the tag: a field, not promoted
	N    int
}

type Deep struct {
	Product
	Price float64 `json:"price"` // shallower: wins over Product's
}

type L1 struct{ L2 }
type L2 struct{ *L3 }
type L3 struct{ Leaf string }

func main() {
	p := Product{Base: Base{ID: 1, Created: "mon"}, Named: &Named{"widget"}, inner: inner{"s", "h"},
		Audit: Audit{Created: "tue", By: "bob"}, Price: 5, ID: "W-1"}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	p.Named = nil
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
	b, _ = json.Marshal(Tagged{Base{2, "wed"}, 3})
	fmt.Println(string(b))
	b, _ = json.Marshal(Deep{Product: p, Price: 9.5})
	fmt.Println(string(b))

	var q Product
	err = json.Unmarshal([]byte(`{"id":7,"created":"x","Name":"auto","Secret":"t","By":"ann","price":3,"sku":"S"}`), &q)
	fmt.Println(err, q.Base, q.Named != nil, q.Named.Name, q.Secret, q.By, q.Price, q.ID, q.Audit.Created == "")
	var l L1
	err = json.Unmarshal([]byte(`{"Leaf":"deep"}`), &l)
	fmt.Println(err, l.L3 != nil, l.Leaf)
	b, _ = json.Marshal(l)
	fmt.Println(string(b))
	b, _ = json.Marshal(L1{})
	fmt.Println(string(b))
	var t Tagged
	fmt.Println(json.Unmarshal([]byte(`{"base":{"id":4},"id":5,"N":6}`), &t), t)
}
