package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct{ Cents int }

func (m Money) IsZero() bool { return m.Cents == 0 }

type Flag struct{ On bool }

func (f *Flag) IsZero() bool { return f == nil || !f.On }

type Rec struct {
	Name    string         `json:"name,omitzero"`
	Count   int            `json:"count,omitzero"`
	Neg     float64        `json:"neg,omitzero"`
	Price   Money          `json:"price,omitzero"`
	PriceP  *Money         `json:"price_p,omitzero"`
	Flag    Flag           `json:"flag,omitzero"`
	When    time.Time      `json:"when,omitzero"`
	Pair    [2]int         `json:"pair,omitzero"`
	Empty   []int          `json:"empty,omitzero"`
	EmptyM  map[string]int `json:"empty_m,omitzero"`
	Inner   struct{ A int } `json:"inner,omitzero"`
	Both    []int          `json:"both,omitempty,omitzero"`
	Iface   any            `json:"iface,omitzero"`
}

func main() {
	b, _ := json.Marshal(Rec{})
	fmt.Println(string(b))
	b, _ = json.Marshal(Rec{Empty: []int{}, EmptyM: map[string]int{}, Both: []int{}, Pair: [2]int{0, 1},
		Price: Money{5}, PriceP: &Money{}, Flag: Flag{true}, Neg: -0.0, Iface: 0})
	fmt.Println(string(b))
	b, _ = json.Marshal(&Rec{Flag: Flag{true}, When: time.Date(2020, 5, 17, 20, 30, 0, 0, time.UTC)})
	fmt.Println(string(b))
}
