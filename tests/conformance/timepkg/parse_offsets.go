package main

import (
	"encoding/json"
	"fmt"
	"time"
)

func main() {
	for _, c := range []struct{ layout, value string }{
		{time.RFC3339, "2024-01-02T03:04:05+02:30"},
		{time.RFC3339, "2024-01-02T03:04:05-07:30"},
		{time.RFC3339, "2024-01-02T03:04:05Z"},
		{time.RFC1123Z, "Tue, 02 Jan 2024 03:04:05 +0517"},
		{time.RFC1123, "Tue, 02 Jan 2024 03:04:05 QQT"},
		{time.RFC1123, "Tue, 02 Jan 2024 03:04:05 GMT+3"},
		{time.RFC1123, "Tue, 02 Jan 2024 03:04:05 UTC"},
		{"2006-01-02 15:04:05 -07", "2024-01-02 03:04:05 -15"},
		{"2006-01-02 15:04:05 -07:00:00", "2024-01-02 03:04:05 +01:02:03"},
		{"2006-01-02 15:04:05 -0700 MST", "2024-01-02 03:04:05 +0123 XCT"},
		{time.RFC3339, "2024-01-02T03:04:05+24:00"},
	} {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, off := t.Zone()
		fmt.Println(t, "|", name, off, "|", t.Location(), "|", t.UTC(), "|", t.Unix())
		fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC822), t.Format(time.Kitchen+" MST"))
		b, err := json.Marshal(t)
		if err != nil {
			fmt.Println(err)
		}
		fmt.Println(string(b))
	}
	var x struct{ T time.Time }
	err := json.Unmarshal([]byte(`{"T":"2023-06-07T08:09:10.5-04:20"}`), &x)
	fmt.Println(x.T, err)
	b, _ := json.Marshal(x)
	fmt.Println(string(b))
	loc := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, 3, 4, 5, 6, 7, 0, loc)
	fmt.Println(t, t.Location(), t.UTC(), t.In(time.UTC).Equal(t))
	fmt.Println(t.Add(24 * time.Hour).Format(time.RFC3339))
	fmt.Println(time.FixedZone("", 3600).String() == "")
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5*3600+1800)))
}
