package main

// os.DirFS as an fs.FS: fs.WalkDir, fs.ReadFile, fs.ReadDir, fs.Stat and
// their errors, which name the path asked for.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "dirfs")
	defer os.RemoveAll(root)
	os.MkdirAll(filepath.Join(root, "a/b"), 0755)
	os.WriteFile(filepath.Join(root, "a/one.txt"), []byte("one\n"), 0644)
	os.WriteFile(filepath.Join(root, "a/b/two.txt"), []byte("two\ntwo\n"), 0644)
	os.WriteFile(filepath.Join(root, "top.md"), []byte("# top\n"), 0644)

	fsys := os.DirFS(root)
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		size := int64(0)
		if !d.IsDir() {
			size = info.Size()
		}
		fmt.Printf("%-14s dir=%-5v %d\n", path, d.IsDir(), size)
		return nil
	})
	fmt.Println("walk:", err)

	err = fs.WalkDir(fsys, "a", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path)
		if path == "a/b" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("walk a:", err)

	err = fs.WalkDir(fsys, "missing", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return err
	})
	fmt.Println("walk missing:", err, errors.Is(err, fs.ErrNotExist))

	data, err := fs.ReadFile(fsys, "a/b/two.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "a/none.txt")
	fmt.Println(err)
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	fmt.Println(err)
	entries, err := fs.ReadDir(fsys, "a")
	fmt.Println(entries, err)
	_, err = fs.ReadDir(fsys, "top.md")
	fmt.Println(err)
	info, err := fs.Stat(fsys, "a/one.txt")
	fmt.Println(info.Name(), info.Size(), info.Mode(), err)
	_, err = fs.Stat(fsys, "nope")
	fmt.Println(err)

	f, err := fsys.Open("top.md")
	fmt.Println(err)
	b, _ := io.ReadAll(f)
	fmt.Printf("%q\n", b)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size())
	f.Close()
	_, err = os.DirFS("").Open("x")
	fmt.Println(err)
}
