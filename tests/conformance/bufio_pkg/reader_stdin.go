package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	header, _ := in.ReadString('\n')
	fmt.Fprintf(out, "header: %q\n", strings.TrimSpace(header))
	lines := 0
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 {
			lines++
			fmt.Fprintf(out, "%d: %s\n", lines, strings.ToUpper(strings.TrimRight(line, "\r\n")))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(out, "error:", err)
			break
		}
	}
	fmt.Fprintln(out, "total", lines)
}
