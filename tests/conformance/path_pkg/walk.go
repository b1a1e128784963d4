package main

// filepath.Walk and filepath.WalkDir over a small tree: lexical order,
// SkipDir on a directory and on a file, SkipAll, a callback's error, a
// missing root, and Glob.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return "?" + p
		}
		return r
	}
	for _, d := range []string{"a/b/c", "skip/x", "e"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/b/2.go", "a/b/3.go", "a/b/c/4.txt", "skip/x/5.txt", "z.md", "a/b/c/.hidden", "B.txt"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	os.Symlink("a", filepath.Join(root, "link"))

	fmt.Println("== WalkDir")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Printf("%-14s dir=%-5v type=%v\n", rel(p), d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("== Walk")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.Name() == "2.go" {
			return filepath.SkipDir // on a file: skip the rest of its directory
		}
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("%-14s dir=%-5v size=%d\n", rel(p), info.IsDir(), size)
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("== SkipAll and an error")
	n := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 4 {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println(n, err)
	stop := errors.New("stop here")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, ".go") {
			return stop
		}
		return nil
	})
	fmt.Println(err, err == stop)

	fmt.Println("== missing root")
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called:", rel(p), d == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return err
	})
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1), errors.Is(err, fs.ErrNotExist))
	err = filepath.Walk(filepath.Join(root, "nope"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("called:", rel(p), info == nil, os.IsNotExist(err))
		return nil
	})
	fmt.Println(err)

	fmt.Println("== walking a file")
	filepath.WalkDir(filepath.Join(root, "z.md"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d.Name(), d.IsDir(), err)
		return nil
	})

	fmt.Println("== Glob")
	for _, pat := range []string{"*", "a/*", "*/*.txt", "a/b/*.go", "[ab]*", "*/b/c/*", "nope*", "z.md", "nothere", "a/[", "?.md"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, x := range m {
			rels = append(rels, rel(x))
		}
		fmt.Printf("%-10s %q %v %v\n", pat, rels, err, m == nil)
	}
	os.Chdir(root)
	m, err := filepath.Glob("a/b/*")
	fmt.Println(m, err)
	m, err = filepath.Glob("*/x/*.txt")
	fmt.Println(m, err)
}
