// Checks time.Time with fixed dates in UTC: Date, Format layouts, Add/Sub/AddDate, comparisons, Weekday, Unix.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 45, 30, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("ISO week:", y, w)

	layouts := []string{
		time.RFC3339,
		time.RFC3339Nano,
		time.RFC1123,
		time.RFC822,
		time.Kitchen,
		time.ANSIC,
		time.UnixDate,
		time.DateTime,
		time.DateOnly,
		time.TimeOnly,
		time.Stamp,
		time.StampMilli,
		"2006-01-02 15:04:05.000",
		"Mon Jan _2 3:04PM",
		"02/01/06",
		"January 2, 2006",
		"Monday 15h04",
	}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}

	later := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(later)
	fmt.Println(later.Sub(t), t.Sub(later))
	fmt.Println(t.Before(later), t.After(later), t.Equal(t.Add(0)))
	fmt.Println(t.Compare(later), later.Compare(t), t.Compare(t))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(t.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(t.AddDate(0, 0, -60).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour))
	fmt.Println(t.Round(time.Minute))

	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano())
	fmt.Println(time.Unix(0, 0).UTC())
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC().Format(time.RFC3339Nano))

	// Normalisation of out-of-range values.
	fmt.Println(time.Date(2023, 12, 32, 24, 60, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))

	// Parsing.
	p, err := time.Parse(time.RFC3339, "2021-07-04T09:30:00Z")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02", "2021-13-01")
	fmt.Println(p, err)
	p, err = time.Parse(time.DateTime, "1999-12-31 23:59:59")
	fmt.Println(p.Weekday(), p.Add(time.Second), err)

	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(9))
	fmt.Println(t.Month() == time.February, int(t.Month()))
}
