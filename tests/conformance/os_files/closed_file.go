package main

// A closed file and a nil *os.File: every method says why it cannot work.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "closed")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "c.txt")
	f, _ := os.Create(name)
	f.WriteString("data")
	fmt.Println(f.Close())

	show := func(what string, err error) {
		if err != nil {
			fmt.Println(what+":", filepathRel(dir, err.Error()))
		} else {
			fmt.Println(what+": <nil>")
		}
	}
	show("Close", f.Close())
	_, err := f.Read(make([]byte, 1))
	show("Read", err)
	_, err = f.Read(nil)
	show("Read empty", err)
	_, err = f.Write([]byte("x"))
	show("Write", err)
	_, err = f.WriteString("x")
	show("WriteString", err)
	_, err = f.ReadAt(make([]byte, 1), 0)
	show("ReadAt", err)
	_, err = f.WriteAt([]byte("x"), 0)
	show("WriteAt", err)
	_, err = f.Seek(0, io.SeekStart)
	show("Seek", err)
	_, err = f.Stat()
	show("Stat", err)
	show("Sync", f.Sync())
	show("Truncate", f.Truncate(0))
	show("Chmod", f.Chmod(0644))
	_, err = f.ReadDir(-1)
	show("ReadDir", err)
	_, err = f.Readdirnames(-1)
	show("Readdirnames", err)
	_, err = io.ReadAll(f)
	show("ReadAll", err)
	fmt.Println(f.Fd() == ^uintptr(0), filepath.Base(f.Name()))

	var nf *os.File
	_, err = nf.ReadAt(make([]byte, 1), 0)
	show("nil ReadAt", err)
	_, err = nf.WriteAt([]byte("x"), 0)
	show("nil WriteAt", err)
	_, err = nf.Seek(0, 0)
	show("nil Seek", err)
	_, err = nf.Stat()
	show("nil Stat", err)
	show("nil Truncate", nf.Truncate(0))
	show("nil Chmod", nf.Chmod(0))
	_, err = nf.ReadDir(-1)
	show("nil ReadDir", err)
	_, err = nf.Readdirnames(-1)
	show("nil Readdirnames", err)
	_, err = nf.Readdir(-1)
	show("nil Readdir", err)
	_, err = nf.ReadFrom(nil)
	show("nil ReadFrom", err)
	_, err = nf.WriteTo(nil)
	show("nil WriteTo", err)
}

func filepathRel(dir, s string) string {
	if len(s) > 0 {
		for i := 0; i+len(dir) <= len(s); i++ {
			if s[i:i+len(dir)] == dir {
				return s[:i] + "DIR" + s[i+len(dir):]
			}
		}
	}
	return s
}
