package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// a typical "read all numbers from stdin" program
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	sum := 0
	var xs []int
	for i := 0; i < n && sc.Scan(); i++ {
		x, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println("bad:", err)
			continue
		}
		xs = append(xs, x)
		sum += x
	}
	fmt.Println("n", n, "read", len(xs), "sum", sum)
	var rest []string
	for sc.Scan() {
		rest = append(rest, sc.Text())
	}
	fmt.Printf("%q\n", rest)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := len(xs) - 1; i >= 0; i-- {
		fmt.Fprint(w, xs[i])
		if i > 0 {
			w.WriteByte(' ')
		}
	}
	w.WriteString("\n")
}
