package main

// Temporary files and directories: TempDir follows $TMPDIR, CreateTemp and
// MkdirTemp put the random part where the last '*' is.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	base, err := os.MkdirTemp("", "temp-test-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	fmt.Println(strings.HasPrefix(filepath.Base(base), "temp-test-"), filepath.Dir(base) == filepath.Clean(os.TempDir()))

	os.Setenv("TMPDIR", base)
	fmt.Println(os.TempDir() == base)

	f, err := os.CreateTemp("", "log-*.txt")
	fmt.Println(err)
	rel, _ := filepath.Rel(base, f.Name())
	fmt.Println(strings.HasPrefix(rel, "log-"), strings.HasSuffix(rel, ".txt"), filepath.Dir(rel))
	fi, _ := f.Stat()
	fmt.Println(fi.Mode(), fi.Size())
	f.WriteString("temporary")
	f.Close()

	g, _ := os.CreateTemp(base, "plain")
	rel, _ = filepath.Rel(base, g.Name())
	fmt.Println(strings.HasPrefix(rel, "plain"), len(rel) > len("plain"))
	g.Close()

	d, err := os.MkdirTemp(base, "*-dir")
	fmt.Println(err)
	fi, _ = os.Stat(d)
	fmt.Println(strings.HasSuffix(d, "-dir"), fi.IsDir(), fi.Mode())

	h, _ := os.CreateTemp(base+"/", "x*y*z")
	rel, _ = filepath.Rel(base, h.Name())
	fmt.Println(strings.HasPrefix(rel, "x*y"), strings.HasSuffix(rel, "z"))
	h.Close()

	entries, _ := os.ReadDir(base)
	fmt.Println(len(entries))
	home, err := os.UserHomeDir()
	fmt.Println(home != "", err)
	os.Unsetenv("HOME")
	_, err = os.UserHomeDir()
	fmt.Println(err)
}
