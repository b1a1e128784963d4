package main

// The zero os.File holds no file: Close says "invalid argument", and the
// methods that use the file dereference nil.

import (
	"fmt"
	"os"
)

func main() {
	var f os.File
	fmt.Println(f.Close())
	defer func() {
		fmt.Println(recover())
		f.WriteString("x")
	}()
	f.Write([]byte("hi"))
}
