// A pipeline of goroutines: a generator, a transforming stage and a sink
// that writes one JSON object per line with json.NewEncoder(os.Stdout).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Word struct {
	Text string `json:"text"`
	Len  int    `json:"len"`
}

type Record struct {
	Seq     int               `json:"seq"`
	Word    Word              `json:"word"`
	Upper   string            `json:"upper"`
	Vowels  int               `json:"vowels,omitempty"`
	Tags    []string          `json:"tags"`
	Extra   map[string]string `json:"extra,omitempty"`
	Skipped bool              `json:"-"`
}

func generate(words []string) <-chan Word {
	out := make(chan Word)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- Word{w, len(w)}
		}
	}()
	return out
}

func transform(in <-chan Word) <-chan Record {
	out := make(chan Record, 2)
	go func() {
		defer close(out)
		seq := 0
		for w := range in {
			seq++
			r := Record{Seq: seq, Word: w, Upper: strings.ToUpper(w.Text)}
			for _, c := range w.Text {
				if strings.ContainsRune("aeiou", c) {
					r.Vowels++
				}
			}
			if w.Len > 5 {
				r.Tags = append(r.Tags, "long")
			}
			if strings.HasPrefix(w.Text, "<") {
				r.Tags = append(r.Tags, "markup")
				r.Extra = map[string]string{"raw": w.Text, "kind": "html"}
			}
			out <- r
		}
	}()
	return out
}

func sink(in <-chan Record, done chan<- int) {
	enc := json.NewEncoder(os.Stdout)
	n := 0
	for r := range in {
		if err := enc.Encode(r); err != nil {
			fmt.Println("encode:", err)
		}
		n++
	}
	done <- n
}

func main() {
	words := []string{"go", "channel", "rhythm", "<b>&amp;</b>", "ünïcode", ""}
	done := make(chan int)
	go sink(transform(generate(words)), done)
	n := <-done

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"records": n, "last": "<end>", "ok": true})
}
