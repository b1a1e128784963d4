package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// word frequencies over a larger input, read line by line with a big buffer
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	freq := map[string]int{}
	lines, longest := 0, 0
	for sc.Scan() {
		lines++
		line := sc.Text()
		longest = max(longest, len(line))
		for _, w := range strings.Fields(line) {
			freq[strings.ToLower(w)]++
		}
	}
	type wc struct {
		w string
		c int
	}
	var ws []wc
	for w, c := range freq {
		ws = append(ws, wc{w, c})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].c != ws[j].c {
			return ws[i].c > ws[j].c
		}
		return ws[i].w < ws[j].w
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "lines", lines, "longest", longest, "distinct", len(ws))
	for _, x := range ws[:min(15, len(ws))] {
		out.WriteString(x.w + " " + strconv.Itoa(x.c) + "\n")
	}
}
