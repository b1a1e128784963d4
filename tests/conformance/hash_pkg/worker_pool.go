package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

type result struct {
	word   string
	digest string
	bucket uint32
}

func main() {
	text := `the standard library go learners reach for includes hashing encoding
	and regular expressions so a worker pool that hashes words is a fair test of
	goroutines channels and the crypto packages working together`
	words := strings.Fields(text)

	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := fnv.New32a()
			for word := range jobs {
				sum := sha256.Sum256([]byte(word))
				h.Reset()
				h.Write([]byte(word))
				results <- result{word, hex.EncodeToString(sum[:8]), h.Sum32() % 8}
			}
		}()
	}
	go func() {
		for _, w := range words {
			jobs <- w
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	seen := map[string]bool{}
	var all []result
	buckets := make([]int, 8)
	for r := range results {
		buckets[r.bucket]++
		if seen[r.word] {
			continue
		}
		seen[r.word] = true
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].digest < all[j].digest })
	for _, r := range all {
		fmt.Printf("%s  %-12s bucket %d\n", r.digest, r.word, r.bucket)
	}
	fmt.Println("words:", len(words), "distinct:", len(all), "buckets:", buckets)

	// a digest of the whole sorted list, as a manifest would carry
	m := sha256.New()
	for _, r := range all {
		fmt.Fprintf(m, "%s %s\n", r.digest, r.word)
	}
	fmt.Printf("manifest %x\n", m.Sum(nil))
}
