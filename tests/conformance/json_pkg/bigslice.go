package main

import (
	"encoding/json"
	"fmt"
)

type Row struct {
	ID     int      `json:"id"`
	Name   string   `json:"name"`
	Score  float64  `json:"score"`
	Active bool     `json:"active"`
	Tags   []string `json:"tags,omitempty"`
}

func main() {
	rows := make([]Row, 10000)
	for i := range rows {
		rows[i] = Row{ID: i, Name: fmt.Sprint("row", i), Score: float64(i) / 8, Active: i%3 == 0}
		if i%5 == 0 {
			rows[i].Tags = []string{"five", fmt.Sprint(i)}
		}
	}
	b, err := json.Marshal(rows)
	fmt.Println(len(b), err)
	sum := 0
	for _, c := range b {
		sum = (sum*31 + int(c)) % 1000000007
	}
	fmt.Println("checksum", sum)
	var back []Row
	err = json.Unmarshal(b, &back)
	fmt.Println(len(back), err, back[9995], back[9999])
	ind, _ := json.MarshalIndent(rows[:2], "", " ")
	fmt.Println(string(ind))
	var generic []map[string]any
	fmt.Println(json.Unmarshal(b, &generic), len(generic), generic[10]["tags"])
}
