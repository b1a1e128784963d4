package main

// A realistic little program: write some files into a temporary directory,
// walk it with filepath.WalkDir, count each file's lines and words with a
// bufio.Scanner, print a report with paths relative to the directory, and
// clean up with RemoveAll.

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type stats struct {
	path         string
	lines, words int
}

func count(path string) (stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return stats{}, err
	}
	defer f.Close()
	s := stats{path: path}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s.lines++
		s.words += len(strings.Fields(sc.Text()))
	}
	return s, sc.Err()
}

func main() {
	root, err := os.MkdirTemp("", "wc")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(root)

	files := map[string]string{
		"poem.txt":          "Two roads diverged in a yellow wood,\nAnd sorry I could not travel both\n",
		"notes/todo.txt":    "buy milk\n\nwrite Go\nrun tests\n",
		"notes/empty.txt":   "",
		"src/main.go":       "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n",
		"src/lib/util.go":   "package lib\n// no newline at end",
		"src/lib/.hidden":   "secret words here\n",
		"vendor/skip/me.go": "package skip\n",
	}
	for name, text := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			panic(err)
		}
	}

	var all []stats
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if d.Name() == "vendor" {
				fmt.Println("skipping", rel)
				return filepath.SkipDir
			}
			fmt.Println("dir", rel)
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		s, err := count(path)
		if err != nil {
			return err
		}
		s.path = rel
		all = append(all, s)
		return nil
	})
	if err != nil {
		fmt.Println("walk:", err)
	}

	sort.Slice(all, func(i, j int) bool { return all[i].words > all[j].words || all[i].words == all[j].words && all[i].path < all[j].path })
	totalLines, totalWords := 0, 0
	for _, s := range all {
		fmt.Printf("%6d %6d  %s\n", s.lines, s.words, s.path)
		totalLines += s.lines
		totalWords += s.words
	}
	fmt.Printf("%6d %6d  total (%d files)\n", totalLines, totalWords, len(all))

	matches, _ := filepath.Glob(filepath.Join(root, "src", "*", "*.go"))
	for _, m := range matches {
		rel, _ := filepath.Rel(root, m)
		fmt.Println("glob:", rel)
	}

	if err := os.RemoveAll(root); err != nil {
		panic(err)
	}
	_, err = os.Stat(root)
	fmt.Println("removed:", os.IsNotExist(err))
}
