package main

// Misusing *os.File: a nil *File gives ErrInvalid, a closed one "file already
// closed", writes to standard input and reads of standard output are system
// calls that fail with the system's error (stdin here is a read-only file).

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	var f *os.File
	n, err := f.WriteString("x")
	fmt.Println(n, err, errors.Is(err, os.ErrInvalid))
	n, err = f.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = f.Read(make([]byte, 2))
	fmt.Println(n, err)
	fmt.Println(f.Close(), f.Sync(), f.Fd() == ^uintptr(0))

	n, err = os.Stdin.Write([]byte("hello"))
	fmt.Println(n, err)
	n, err = os.Stdin.WriteString("hello")
	fmt.Println(n, err)
	n, err = os.Stdout.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = os.Stderr.Read(nil)
	fmt.Println(n, err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe))
	_, err = os.Stdout.Read(make([]byte, 1))
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)

	fmt.Println(os.Stdin.Close())
	n, err = os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err, errors.Is(err, os.ErrClosed))
	fmt.Println(os.Stdin.Close())
	fmt.Println(os.Stdin.Name())

	os.Stdout.Close()
	fmt.Println("not printed: stdout is closed")
	n, err = fmt.Println("nor this")
	fmt.Fprintln(os.Stderr, n, err)
	os.Stdout = nil
	n, err = fmt.Printf("%d\n", 5)
	fmt.Fprintln(os.Stderr, n, err)
	fmt.Fprintln(os.Stderr, f.Name())
}
