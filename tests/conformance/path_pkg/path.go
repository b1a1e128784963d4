package main

// Package path on a table of paths: Clean, Split, Join, Base, Dir, Ext, IsAbs.

import (
	"fmt"
	"path"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "///a", "a", "a/", "a/b", "/a/b/", "a//b", "a/./b",
		"a/../b", "a/b/..", "a/b/../..", "a/b/../../..", "/..", "/../a", "../../a/b", "./a/./", "abc/.",
		"x/../..", "/a/b/c/../../..", "a/b.c/d", "file.tar.gz", ".bashrc", "dir/.hidden", "a.", "a/b.",
		"日本/語.txt", "a\\b", "..a/b..", "...", "a/.../b"}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%-18q clean=%-12q split=(%q, %q) base=%q dir=%q ext=%q abs=%v\n",
			p, path.Clean(p), dir, file, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Printf("%q\n", []string{
		path.Join(), path.Join(""), path.Join("", ""), path.Join("a"), path.Join("a", "b", "c"),
		path.Join("a", "", "b"), path.Join("/", "a"), path.Join("a", "/b"), path.Join("a/", "/b/"),
		path.Join("/", "a/../..", "c"), path.Join("..", "x"), path.Join(".", "."), path.Join("a", ".."),
	})
	parts := []string{"usr", "local", "bin"}
	fmt.Println(path.Join(parts...), path.Join(append([]string{"/"}, parts...)...))
}
