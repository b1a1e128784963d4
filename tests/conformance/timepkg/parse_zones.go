package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2024-01-02T03:04:05+25:00"},
		{time.RFC3339, "2024-01-02T03:04:05+02:61"},
		{time.RFC3339, "2024-01-02T03:04:05+0200"},
		{time.RFC3339, "2024-01-02T03:04:05 02:00"},
		{time.RFC3339, "2024-01-02T03:04:05+2:00"},
		{time.RFC3339, "2024-01-02T03:04:05z"},
		{"2006-01-02 -0700", "2024-01-02 +02:00"},
		{"2006-01-02 -0700", "2024-01-02 +02"},
		{"2006-01-02 -07", "2024-01-02 +1"},
		{"2006-01-02 -070000", "2024-01-02 +010203"},
		{"2006-01-02 -070000", "2024-01-02 +0102"},
		{"2006-01-02 Z070000", "2024-01-02 Z"},
		{"2006-01-02 Z07:00:00", "2024-01-02 -01:00:61"},
		{"2006-01-02 MST", "2024-01-02 Pacific"},
		{"2006-01-02 MST", "2024-01-02 ABCT"},
		{"2006-01-02 MST", "2024-01-02 CESX"},
		{"2006-01-02 MST", "2024-01-02 ChST"},
		{"2006-01-02 MST", "2024-01-02 WITA"},
		{"2006-01-02 MST", "2024-01-02 GMT-5"},
		{"2006-01-02 MST", "2024-01-02 GMT+30"},
		{"2006-01-02 MST", "2024-01-02 +05"},
		{"2006-01-02 MST", "2024-01-02 ab"},
		{"2006-01-02 MST", "2024-01-02 UTCX"},
		{"15:04 MST -0700", "10:00 ABC +0300"},
		{"15:04 -0700 MST", "10:00 -0800 QQT"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%v | %q %d | %s\n", t, name, off, t.UTC().Format(time.RFC3339))
	}
	z := time.FixedZone("XYZ", 90*60)
	t := time.Date(2024, 12, 31, 23, 30, 0, 0, z)
	fmt.Println(t, t.Year(), t.YearDay(), t.Weekday(), t.UTC())
	fmt.Println(t.Format("2006-01-02T15:04:05Z07:00 -07 -0700 -07:00:00 MST"))
	fmt.Println(t.In(time.UTC), t.In(time.FixedZone("", -3600)))
	u := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", -(9*3600 + 37*60 + 15)))
	fmt.Println(u, u.Format(time.RFC3339), u.Format("Z070000 Z07:00:00"))
	p, _ := time.Parse(time.RFC3339, u.Format(time.RFC3339))
	fmt.Println(p, p.Equal(u))
	fmt.Println(time.FixedZone("A", 3600).String(), time.FixedZone("", 0).String() == "")
	var zero time.Time
	fmt.Println(zero.In(z))
}
