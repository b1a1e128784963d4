package main

// Writing and reading a file: Create, Write/WriteString, fmt.Fprintf and a
// bufio.Writer into it, ReadFile, Open with a read loop, Seek, ReadAt,
// WriteAt, O_APPEND, Truncate, Stat, and a bufio.Scanner over it.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "write_read")
	check(err)
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "notes.txt")

	f, err := os.Create(name)
	check(err)
	n, err := f.WriteString("first line\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("second line\n"))
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%s %d\n", "third", 3)
	fmt.Println(n, err)
	w := bufio.NewWriter(f)
	for i := 4; i <= 6; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println(w.Buffered(), w.Flush())
	fmt.Println(filepath.Base(f.Name()), f.Close())

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err = os.Open(name)
	check(err)
	buf := make([]byte, 10)
	total := 0
	for {
		n, err := f.Read(buf)
		total += n
		if err == io.EOF {
			fmt.Println("EOF after", total, "bytes")
			break
		}
		check(err)
	}
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println(pos, err)
	n, err = f.Read(buf[:4])
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	pos, err = f.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	pos, err = f.Seek(0, io.SeekCurrent)
	fmt.Println(pos, err)
	n, err = f.ReadAt(buf[:6], 11)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, int64(len(data))-3)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.Read(buf[:0])
	fmt.Println(n, err)

	fi, err := f.Stat()
	// Create's mode is 0666 less the umask: print what does not depend on it
	fmt.Println(fi.Name(), fi.Size(), fi.Mode()&0600, fi.IsDir(), fi.Mode().IsRegular(), err)
	check(f.Close())

	sc := bufio.NewScanner(mustOpen(name))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %s\n", lines, sc.Text())
	}
	fmt.Println(sc.Err())

	f, err = os.OpenFile(name, os.O_RDWR, 0)
	check(err)
	n, err = f.WriteAt([]byte("FIRST"), 0)
	fmt.Println(n, err)
	check(f.Truncate(18))
	fi, _ = f.Stat()
	fmt.Println(fi.Size())
	check(f.Sync())
	check(f.Close())

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	check(err)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	check(os.WriteFile(name, []byte("replaced"), 0600))
	data, _ = os.ReadFile(name)
	fi, _ = os.Stat(name)
	fmt.Printf("%q %d %v\n", data, fi.Size(), fi.Mode())
	check(os.Truncate(name, 3))
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	r := bufio.NewReader(mustOpen(name))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	empty := filepath.Join(dir, "empty")
	check(os.WriteFile(empty, nil, 0644))
	data, err = os.ReadFile(empty)
	fmt.Println(len(data), data == nil, err)
}

func mustOpen(name string) *os.File {
	f, err := os.Open(name)
	check(err)
	return f
}
