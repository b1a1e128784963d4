package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

type Cmd struct {
	Op  string  `json:"op"`
	Arg float64 `json:"arg"`
}

func main() {
	dec := json.NewDecoder(os.Stdin)
	total := 0.0
	for {
		var c Cmd
		err := dec.Decode(&c)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		switch c.Op {
		case "add":
			total += c.Arg
		case "mul":
			total *= c.Arg
		}
		fmt.Printf("%s %v -> %v\n", c.Op, c.Arg, total)
	}
	json.NewEncoder(os.Stdout).Encode(map[string]float64{"total": total})
}
