// compress/gzip reading from os.Stdin (a gzip file real Go wrote, in
// stdin.in), line by line.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
)

func main() {
	zr, err := gzip.NewReader(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer zr.Close()
	fmt.Println("name:", zr.Name)
	sc := bufio.NewScanner(zr)
	lines, bytes := 0, 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Text())
		if lines%1000 == 1 {
			fmt.Println(lines, sc.Text())
		}
	}
	fmt.Println(lines, bytes, sc.Err())
}
