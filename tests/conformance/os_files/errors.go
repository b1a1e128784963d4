package main

// The errors of file operations, as Go words them: *PathError with the
// operation's name, *LinkError for Rename, syscall.Errno inside, and how
// errors.Is, os.IsNotExist/IsExist and errors.As see them.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	dir, _ := os.MkdirTemp("", "errors")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.WriteFile("f.txt", []byte("hello\n"), 0644)
	os.Mkdir("d", 0755)
	os.WriteFile("d/x", nil, 0600)

	_, err := os.Open("missing.txt")
	fmt.Printf("%v | %T\n", err, err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v (%T, %d)\n", pe.Op, pe.Path, pe.Err, pe.Err, pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err),
		os.IsExist(err), errors.Is(err, syscall.ENOENT), pe.Err == syscall.ENOENT)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))

	report := func(what string, err error) {
		fmt.Printf("%-12s %v\n", what, err)
	}
	_, err = os.ReadFile("missing.txt")
	report("ReadFile", err)
	_, err = os.ReadFile("d")
	report("ReadFile dir", err)
	report("WriteFile", os.WriteFile("d", nil, 0644))
	report("WriteFile", os.WriteFile("nodir/x", nil, 0644))
	_, err = os.ReadDir("f.txt")
	report("ReadDir", err)
	_, err = os.ReadDir("nope")
	report("ReadDir", err)
	err = os.Mkdir("f.txt", 0755)
	report("Mkdir", err)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	report("MkdirAll", os.MkdirAll("f.txt/x", 0755))
	report("MkdirAll", os.MkdirAll("f.txt", 0755))
	report("Remove", os.Remove("d"))
	report("Remove", os.Remove("nope"))
	err = os.Rename("nope", "x")
	report("Rename", err)
	fmt.Printf("%T\n", err)
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, le.Old, le.New, os.IsNotExist(err))
	report("Rename", os.Rename("f.txt", "d"))
	report("RemoveAll", os.RemoveAll("x/."))
	report("RemoveAll", os.RemoveAll(""))
	report("RemoveAll", os.RemoveAll("nope"))
	_, err = os.Stat("nope")
	report("Stat", err)
	_, err = os.Lstat("nope")
	report("Lstat", err)
	_, err = os.Stat("f.txt/x")
	report("Stat", err)
	_, err = os.Open("")
	report("Open", err)
	report("Truncate", os.Truncate("nope", 0))
	report("Chmod", os.Chmod("nope", 0))
	report("Chdir", os.Chdir("nope"))
	report("Chdir", os.Chdir("f.txt"))
	_, err = os.Readlink("f.txt")
	report("Readlink", err)
	report("Symlink", os.Symlink("f.txt", "d"))
	_, err = os.OpenFile("f.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	report("O_EXCL", err)
	_, err = os.OpenFile("f.txt/y", os.O_CREATE|os.O_WRONLY, 0644)
	report("OpenFile", err)

	f, _ := os.Open("f.txt")
	_, err = f.Write([]byte("x"))
	report("Write", err)
	_, err = f.ReadDir(-1)
	report("ReadDir", err)
	_, err = f.Seek(-5, io.SeekStart)
	report("Seek", err)
	_, err = f.Seek(0, 7)
	report("Seek", err)
	_, err = f.ReadAt(make([]byte, 3), -1)
	report("ReadAt", err)
	n, err := f.ReadAt(make([]byte, 3), 4)
	fmt.Println(n, err)
	n, err = f.ReadAt(make([]byte, 3), 40)
	fmt.Println(n, err)
	report("Truncate", f.Truncate(0))
	f.Close()

	d, _ := os.Open("d")
	n, err = d.Read(make([]byte, 3))
	fmt.Println(n, err)
	names, err := d.Readdirnames(-1)
	fmt.Println(names, err)
	names, err = d.Readdirnames(-1)
	fmt.Println(names, err, names == nil)
	names, err = d.Readdirnames(1)
	fmt.Println(names, err)
	d.Close()

	a, _ := os.OpenFile("a.txt", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0644)
	_, err = a.WriteAt([]byte("x"), 0)
	report("WriteAt", err)
	a.Close()
	a, _ = os.OpenFile("a.txt", os.O_RDWR, 0)
	_, err = a.WriteAt([]byte("x"), -1)
	report("WriteAt", err)
	a.Close()

	_, err = os.CreateTemp("", "a/b*")
	report("CreateTemp", err)
	_, err = os.MkdirTemp("", "a/b*")
	report("MkdirTemp", err)
	_, err = os.CreateTemp("nope", "x*")
	errors.As(err, &pe)
	fmt.Println(pe.Op, pe.Err)
	_, err = os.MkdirTemp("nope", "x*")
	errors.As(err, &pe)
	fmt.Println(pe.Op, pe.Path, pe.Err)

	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrInvalid, os.ErrClosed)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.IsPermission(&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}))
	fmt.Println(syscall.ENOENT, syscall.EEXIST, syscall.EACCES, syscall.ENOTDIR, syscall.EISDIR, syscall.ENOTEMPTY)
	fmt.Println(errors.Is(syscall.EPERM, fs.ErrPermission), errors.Is(syscall.ENOTEMPTY, fs.ErrExist), syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary())
}
