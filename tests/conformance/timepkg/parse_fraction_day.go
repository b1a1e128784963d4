package main

import (
	"fmt"
	"time"
)

// Parse takes a fractional second right after the seconds even when the
// layout has none, and checks the day against the month's length.
func main() {
	for _, s := range []string{"2023-11-05T09:30:15.123456789Z", "2023-11-05T09:30:15,5Z", "2023-11-05T09:30:15Z",
		"2020-02-29T00:00:00Z", "2021-02-29T00:00:00Z", "2020-04-31T00:00:00Z"} {
		t, err := time.Parse(time.RFC3339, s)
		fmt.Println(t, t.Nanosecond(), err)
	}
	t, err := time.Parse("15:04:05", "10:11:12.345")
	fmt.Println(t.Format(time.StampMilli), err)
	t, err = time.Parse("2006-01-02 15:04:05.000", "2024-01-02 03:04:05.678")
	fmt.Println(t.Nanosecond(), err)
}
