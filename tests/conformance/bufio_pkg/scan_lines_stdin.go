package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, chars := 0, 0
	for sc.Scan() {
		line := sc.Text()
		n++
		chars += len(line)
		fmt.Printf("%2d %q fields=%d\n", n, line, len(strings.Fields(line)))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", n, "chars:", chars)
	fmt.Println(sc.Scan(), sc.Text() == "")
}
