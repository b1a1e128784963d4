package main

// Odd names and cases: a NUL in a name, conflicting open flags, empty names,
// a name too long, a dangling symbolic link, renaming onto itself or onto
// a directory, Readdirnames(0), an entry removed before Info.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	d, _ := os.MkdirTemp("", "bad")
	defer os.RemoveAll(d)
	os.Chdir(d)
	fmt.Println(os.WriteFile("a\x00b", nil, 0644))
	_, err := os.Stat("a\x00b")
	fmt.Println(err)
	_, err = os.OpenFile("x", os.O_WRONLY|os.O_RDWR|os.O_CREATE, 0644)
	fmt.Println(err)
	fmt.Println(os.Chdir(""))
	fmt.Println(os.MkdirAll("", 0755))
	fmt.Println(os.Remove(""))
	fmt.Println(os.RemoveAll("a\x00b"))
	_, err = os.Stat(strings.Repeat("x", 300))
	fmt.Println(len(err.Error()) > 300, err.(*os.PathError).Err)
	m, err := filepath.Glob("a\x00*")
	fmt.Println(m, err)
	os.WriteFile("f", []byte("abc"), 0644)
	f, _ := os.Open("f")
	n, err := f.Read(nil)
	fmt.Println(n, err)
	os.Mkdir("dd", 0755)
	os.WriteFile("dd/q", nil, 0644)
	g, _ := os.Open("dd")
	names, err := g.Readdirnames(0)
	fmt.Println(names, err)
	g.Seek(0, 0)
	ents, _ := g.ReadDir(0)
	os.Remove("dd/q")
	_, err = ents[0].Info()
	fmt.Println(err != nil, strings.Replace(fmt.Sprint(err), d, "D", 1))
	fmt.Println(os.Chmod("f", 0777|os.ModeDir))
	fi, _ := os.Stat("f")
	fmt.Println(fi.Mode())
	fi, _ = os.Stdout.Stat()
	fmt.Println(fi.Name())
	fmt.Println(os.Rename("f", "f"))
	fmt.Println(os.Rename("dd", "dd"))
	fmt.Println(os.Rename("f", "dd/"))
	fmt.Println(os.Symlink("nowhere", "dangling"))
	_, err = os.Stat("dangling")
	fmt.Println(err)
	fi, err = os.Lstat("dangling")
	fmt.Println(fi.Mode(), err)
	fmt.Println(os.Mkdir("dangling", 0755))
	fmt.Println(os.MkdirAll("dangling/x", 0755))
	fmt.Println(os.Link("nope", "l2"))
}
