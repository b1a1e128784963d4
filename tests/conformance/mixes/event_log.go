// Reading a JSON-lines event log from standard input: timestamps decoded
// into time.Time (its UnmarshalJSON), events sorted by time, gaps between
// them as Durations, bad lines reported, and a summary re-encoded as JSON.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"
)

type Event struct {
	At    time.Time `json:"at"`
	User  string    `json:"user"`
	Kind  string    `json:"kind"`
	Until time.Time `json:"until,omitzero"`
}

type Summary struct {
	First    time.Time         `json:"first"`
	Last     time.Time         `json:"last"`
	Span     string            `json:"span"`
	PerUser  map[string]int    `json:"per_user"`
	Longest  time.Duration     `json:"longest_gap_ns"`
	Sessions []time.Duration   `json:"sessions"`
	Stamps   []time.Time       `json:"stamps"`
	Binary   map[string][]byte `json:"binary"`
}

func main() {
	var events []Event
	sc := bufio.NewScanner(os.Stdin)
	line := 0
	for sc.Scan() {
		line++
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		events = append(events, e)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].At.Before(events[j].At) })

	s := Summary{PerUser: map[string]int{}, Binary: map[string][]byte{}}
	for i, e := range events {
		s.PerUser[e.User]++
		if i > 0 {
			if gap := e.At.Sub(events[i-1].At); gap > s.Longest {
				s.Longest = gap
			}
		}
		if !e.Until.IsZero() {
			s.Sessions = append(s.Sessions, e.Until.Sub(e.At))
		}
		fmt.Printf("%s %-5s %-6s %s\n", e.At.UTC().Format(time.Kitchen), e.User, e.Kind, e.At.Format(time.RFC1123Z))
	}
	s.First, s.Last = events[0].At, events[len(events)-1].At
	s.Span = s.Last.Sub(s.First).String()
	s.Stamps = []time.Time{s.First.UTC(), s.Last.Truncate(time.Hour)}
	b, _ := s.First.MarshalBinary()
	s.Binary["first"] = b
	fmt.Println("longest gap:", s.Longest, "sessions:", s.Sessions)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(s); err != nil {
		fmt.Println("encode:", err)
	}
	var back Summary
	out, _ := json.Marshal(s)
	fmt.Println(json.Unmarshal(out, &back), back.First.Equal(s.First), back.Longest == s.Longest)
	var t time.Time
	fmt.Println(t.UnmarshalBinary(back.Binary["first"]), t.Equal(s.First))
}
