// A worker pool hashing files concurrently: files written into a temporary
// directory, hashed by workers with crypto/sha256, results collected through
// a channel and printed sorted.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

type result struct {
	name string
	sum  string
	size int64
	err  error
}

func hashWithCopy(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func hashWithRead(path string) (string, int64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", 0, err
	}
	sum := sha256.Sum256(data)
	return fmt.Sprintf("%x", sum), int64(len(data)), nil
}

func main() {
	dir, err := os.MkdirTemp("", "hashpool-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	contents := map[string]string{
		"empty.txt":  "",
		"hello.txt":  "hello, world\n",
		"lorem.txt":  strings.Repeat("lorem ipsum dolor sit amet ", 200),
		"digits.txt": strings.Repeat("0123456789", 1000),
		"nested.txt": "in a file\n",
	}
	names := make([]string, 0, len(contents))
	for name := range contents {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(contents[name]), 0o644); err != nil {
			fmt.Println("write:", err)
			return
		}
	}
	names = append(names, "missing.txt")

	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for name := range jobs {
				hash := hashWithCopy
				if id%2 == 1 {
					hash = hashWithRead
				}
				sum, n, err := hash(filepath.Join(dir, name))
				results <- result{name, sum, n, err}
			}
		}(w)
	}
	go func() {
		for _, name := range names {
			jobs <- name
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	var total int64
	for _, r := range all {
		if r.err != nil {
			// the path holds the temporary directory's name: print only what is stable
			fmt.Printf("%-11s error: %v\n", r.name, os.IsNotExist(r.err))
			continue
		}
		total += r.size
		fmt.Printf("%-11s %6d %s\n", r.name, r.size, r.sum)
	}
	fmt.Println("total bytes:", total)

	if err := os.RemoveAll(dir); err != nil {
		fmt.Println("cleanup:", err)
	}
	_, err = os.Stat(dir)
	fmt.Println("cleaned up:", os.IsNotExist(err))
}
