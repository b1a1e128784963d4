package main

import (
	"encoding/json"
	"fmt"
)

type In struct{ A int }

type T struct {
	I   int      `json:"i,string"`
	I8  int8     `json:",string"`
	U   uint     `json:"u,string"`
	F   float64  `json:"f,string"`
	B   bool     `json:"b,string"`
	S   string   `json:"s,string"`
	P   *int     `json:"p,string"`
	PP  **int    `json:"pp,string"`
	St  In       `json:"st,string"`
	Sl  []int    `json:"sl,string"`
	Any any      `json:"any,string"`
}

func main() {
	n := 5
	pn := &n
	t := T{I: 42, I8: -8, U: 7, F: 2.5, B: true, S: `say "hi" <b>`, P: &n, PP: &pn, St: In{1}, Sl: []int{1, 2}, Any: 3}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var u T
	err = json.Unmarshal(b, &u)
	fmt.Println(err, u.I, u.I8, u.U, u.F, u.B, u.S, *u.P, u.St, u.Sl, u.Any)
	for _, in := range []string{
		`{"i":"12"}`, `{"i":12}`, `{"i":"x"}`, `{"i":"1.5"}`, `{"i":"null"}`, `{"i":null}`, `{"I8":"300"}`,
		`{"u":"-1"}`, `{"f":"1e3"}`, `{"f":"abc"}`, `{"b":"true"}`, `{"b":"yes"}`, `{"b":true}`,
		`{"s":"\"ok\""}`, `{"s":"bare"}`, `{"s":"\"open"}`, `{"s":"null"}`, `{"p":"9"}`, `{"p":"null"}`,
		`{"st":{"A":"1"}}`, `{"sl":["1"]}`, `{"any":"z"}`,
	} {
		var v T
		v.S = "unchanged"
		err := json.Unmarshal([]byte(in), &v)
		p := "nil"
		if v.P != nil {
			p = fmt.Sprint(*v.P)
		}
		fmt.Printf("%s -> %v | I=%d I8=%d U=%d F=%v B=%v S=%q P=%s\n", in, err, v.I, v.I8, v.U, v.F, v.B, v.S, p)
	}
}
