package main

// path/filepath's own functions: Rel, Abs (against the working directory),
// IsLocal, SplitList, VolumeName, ToSlash/FromSlash, the separators.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	pairs := [][2]string{{"a", "a/b"}, {"a/b", "a"}, {"/a", "/b/c"}, {"a", "/b"}, {"/a", "b"},
		{".", "a"}, {"a", "."}, {"../a", "b"}, {"a/b/c", "a/x/y"}, {"/", "/a/b"}, {"a/..", "b"},
		{"..", "a"}, {"x/../../y", "z"}, {"a", "a"}, {"/a/b/", "/a/b/c/d"}, {"a/b", "a/b/../c"},
		{"../..", "../x"}, {"", "a"}, {"/a/b/c", "/"}, {"a/./b", "a/b/c"}}
	for _, p := range pairs {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", p[0], p[1], r, err)
	}
	dir, _ := os.MkdirTemp("", "abs")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	wd, _ := os.Getwd()
	for _, p := range []string{"x", "x/../y", ".", "", "/etc/../usr", "a//b/"} {
		a, err := filepath.Abs(p)
		fmt.Printf("Abs(%q) = %q %v\n", p, strings.Replace(a, wd, "WD", 1), err)
	}
	for _, p := range []string{"", ".", "a", "a/b", "../a", "a/../..", "a/../b", "/a", "a/./b", "..", "a/.."} {
		fmt.Printf("IsLocal(%q) = %v\n", p, filepath.IsLocal(p))
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList("one"))
	fmt.Printf("%q %q %q\n", filepath.VolumeName("/x/y"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), os.PathSeparator == filepath.Separator)
	fmt.Println(filepath.Join("a", "b/../c", "d.txt"), filepath.Clean("a//b/./c/.."), filepath.Base("/x/y.z"),
		filepath.Dir("/x/y.z"), filepath.Ext("/x/y.z"), filepath.IsAbs("/x"))
	d, f := filepath.Split("a/b/c.txt")
	fmt.Println(d, f)
}
