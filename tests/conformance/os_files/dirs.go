package main

// Directories: Mkdir, MkdirAll, ReadDir (sorted, DirEntry methods), File's
// ReadDir/Readdirnames/Readdir in chunks, Rename, Remove, RemoveAll, Chdir
// and Getwd, Chmod, Lstat of a symbolic link.

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "dirs")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))
	wd, err := os.Getwd()
	fmt.Println(filepath.Base(wd) == filepath.Base(dir), err)

	check(os.Mkdir("src", 0755))
	check(os.MkdirAll("src/pkg/util", 0750))
	check(os.MkdirAll("src/pkg/util", 0750)) // already there: fine
	check(os.MkdirAll("src/pkg/util/", 0750))
	for _, f := range []string{"src/main.go", "src/b.txt", "src/a.txt", "src/pkg/util/u.go", "README"} {
		check(os.WriteFile(f, []byte(strings.Repeat("x", len(f))), 0644))
	}

	entries, err := os.ReadDir("src")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e.Type().IsDir(), size, info.Mode(), err, e)
	}

	f, err := os.Open("src")
	check(err)
	var names []string
	for {
		chunk, err := f.Readdirnames(2)
		names = append(names, chunk...)
		if err == io.EOF {
			break
		}
		check(err)
	}
	slices.Sort(names)
	fmt.Println(names)
	rest, err := f.ReadDir(-1)
	fmt.Println(len(rest), err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)
	infos, err := f.Readdir(-1)
	fmt.Println(len(infos), err)
	sizes := map[string]int64{}
	for _, fi := range infos {
		if !fi.IsDir() {
			sizes[fi.Name()] = fi.Size()
		}
	}
	fmt.Println(sizes)
	fmt.Println(f.Close())

	fi, err := os.Stat("src/pkg")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode(), fi.Mode().Perm(), fi.Mode().Type() == fs.ModeDir, err)
	fi, _ = os.Stat("src/pkg/")
	fmt.Println(fi.Name())

	check(os.Rename("src/a.txt", "src/pkg/a.txt"))
	check(os.Rename("README", "README.md"))
	_, err = os.Stat("README")
	fmt.Println(os.IsNotExist(err))

	check(os.Chmod("src/b.txt", 0600))
	fi, _ = os.Stat("src/b.txt")
	fmt.Println(fi.Mode())
	check(os.Chmod("src/b.txt", 0755|os.ModeSetuid))
	fi, _ = os.Stat("src/b.txt")
	fmt.Println(fi.Mode(), fi.Mode()&os.ModeSetuid != 0)

	check(os.Symlink("src/main.go", "link"))
	fi, _ = os.Lstat("link")
	fmt.Println(fi.Name(), fi.Mode()&os.ModeSymlink != 0, fi.Mode().Type())
	fi, _ = os.Stat("link")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular())
	target, err := os.Readlink("link")
	fmt.Println(target, err)

	check(os.Chdir("src"))
	entries, _ = os.ReadDir(".")
	for _, e := range entries {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	check(os.Chdir(".."))
	check(os.Chdir("src/pkg/util"))
	wd, _ = os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/src/pkg/util"))
	check(os.Chdir(dir))

	fmt.Println(os.Remove("src/b.txt"))
	fmt.Println(os.Remove("src/pkg/util/u.go"), os.Remove("src/pkg/util"))
	fmt.Println(os.RemoveAll("src"), os.RemoveAll("src"))
	entries, _ = os.ReadDir(".")
	for _, e := range entries {
		fmt.Println(e)
	}
}
