// wordcount: generate a deterministic text of 200,000 words from a linear
// congruential generator, split it into words, normalise them and count
// them in a map[string]int; print the ten most frequent words (by count,
// then word). Measures string building, strings.Fields, map updates and
// sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var syllables = []string{
	"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po",
	"ve", "de", "zo", "ga", "ri", "mu", "bo", "en",
}

// rng is the classic ANSI C rand(): 15-bit values from a 31-bit LCG.
type rng struct {
	state int
}

func (r *rng) next() int {
	r.state = (r.state*1103515245 + 12345) & 0x7fffffff
	return (r.state >> 16) & 0x7fff
}

func (r *rng) word() string {
	n := 1 + r.next()%3
	var b strings.Builder
	for i := 0; i < n; i++ {
		// The product of two uniform values favours the first syllables.
		k := (r.next() % 16) * (r.next() % 16) / 16
		b.WriteString(syllables[k])
	}
	return b.String()
}

func generate(nwords int) string {
	r := &rng{state: 42}
	var b strings.Builder
	for i := 0; i < nwords; i++ {
		w := r.word()
		if i%10 == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		switch {
		case i%10 == 9:
			b.WriteString(".\n")
		case i%10 == 4:
			b.WriteString(", ")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

type wordCount struct {
	word  string
	count int
}

func main() {
	text := generate(200000)

	counts := make(map[string]int)
	total := 0
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		counts[w]++
		total++
	}

	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})

	fmt.Printf("bytes: %d\n", len(text))
	fmt.Printf("words: %d\n", total)
	fmt.Printf("distinct: %d\n", len(counts))
	for _, wc := range list[:10] {
		fmt.Printf("%-8s %d\n", wc.word, wc.count)
	}
}
