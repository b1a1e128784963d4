package main

// fs.FileMode's String and its predicates, the mode constants, and how
// FileInfo and DirEntry print (FormatDirEntry, FileInfoToDirEntry).

import (
	"fmt"
	"io/fs"
	"os"
	"time"
)

type info struct {
	name string
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return -42 }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Date(2024, 2, 29, 13, 4, 5, 0, time.UTC) }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }

func main() {
	modes := []fs.FileMode{0, 0644, 0755, 0777, fs.ModeDir | 0755, fs.ModeSymlink | 0777,
		fs.ModeNamedPipe | 0600, fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeDevice | 0660, fs.ModeSetuid | 0755, fs.ModeSetgid | 0755, fs.ModeSticky | fs.ModeDir | 0777,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0400, fs.ModeIrregular, 0xffffffff}
	for _, m := range modes {
		fmt.Printf("%-12v %032b dir=%-5v reg=%-5v perm=%v type=%v\n", m, uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Printf("%d %o %x %q %s\n", fs.ModeDir|0755, fs.ModePerm, fs.ModeType, fs.FileMode(0640), os.ModeDir)
	fmt.Println(os.ModeDir == fs.ModeDir, os.ModePerm, os.ModeType)

	for _, i := range []info{{"file.txt", 0644}, {"dir", fs.ModeDir | 0755}, {"link", fs.ModeSymlink | 0777}} {
		fmt.Println(fs.FormatFileInfo(i))
		d := fs.FileInfoToDirEntry(i)
		fmt.Println(d, "|", fs.FormatDirEntry(d), "|", d.Name(), d.IsDir(), d.Type())
		back, err := d.Info()
		fmt.Println(back.Name(), err)
	}
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	for _, p := range []string{"a/b", "a/../b", "/a", ".", "", "a/", "a//b", "./a", "a/.", "..", "a\\b", "\xff"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
}
