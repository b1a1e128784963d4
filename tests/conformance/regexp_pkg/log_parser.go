package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logText = `2024-03-01 12:00:01 INFO  [api] GET /users/42 200 12ms
2024-03-01 12:00:02 WARN  [db] slow query took 812ms: SELECT * FROM orders
2024-03-01 12:00:02 ERROR [api] POST /orders 500 40ms user=alice@example.com
malformed line here
2024-03-02 08:15:44 INFO  [auth] login ok user=bob@test.org from 10.0.0.7
2024-03-02 08:16:00 ERROR [auth] login failed user=eve@evil.net from 192.168.1.99
2024-03-02 09:00:00 INFO  [api] GET /users/7 200 3ms`

var (
	lineRe  = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$`)
	emailRe = regexp.MustCompile(`\b([\w.]+)@([\w.]+)\b`)
	ipRe    = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)
	durRe   = regexp.MustCompile(`(\d+)ms`)
	dateRe  = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
)

func main() {
	levels := map[string]int{}
	var slow []string
	sc := bufio.NewScanner(strings.NewReader(logText))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		m := lineRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", n, line)
			continue
		}
		get := func(name string) string { return m[lineRe.SubexpIndex(name)] }
		levels[get("level")]++
		msg := emailRe.ReplaceAllString(get("msg"), "<$1 at $2>")
		msg = ipRe.ReplaceAllStringFunc(msg, func(ip string) string {
			return ip[:strings.LastIndex(ip, ".")] + ".x"
		})
		date := dateRe.ReplaceAllString(get("date"), "$3/$2/$1")
		fmt.Printf("%s %s %-5s %-4s %s\n", date, get("time"), get("level"), get("comp"), msg)
		if d := durRe.FindStringSubmatch(msg); d != nil && len(d[1]) >= 3 {
			slow = append(slow, get("comp")+":"+d[0])
		}
	}
	keys := make([]string, 0, len(levels))
	for k := range levels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, levels[k])
	}
	fmt.Println()
	fmt.Println("slow:", slow)
	fmt.Println("emails:", emailRe.FindAllString(logText, -1))
	fmt.Println("words per line:", len(regexp.MustCompile(`\n`).Split(logText, -1)))
}
