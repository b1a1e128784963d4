package main

import (
	"encoding/json"
	"fmt"
	"time"
)

func show(b []byte, err error) {
	if err != nil {
		fmt.Printf("err %v nil=%v\n", err, b == nil)
		return
	}
	fmt.Printf("%s\n", b)
}

func main() {
	t := time.Date(2024, 3, 15, 10, 30, 45, 123456789, time.UTC)
	show(t.MarshalText())
	show(t.MarshalJSON())
	show(t.AppendText([]byte("at: ")))
	z := time.FixedZone("EST", -5*3600)
	show(t.In(z).MarshalText())
	show(time.Date(2024, 3, 15, 10, 30, 45, 0, time.FixedZone("X", 5*3600+1800)).MarshalJSON())
	show(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText())
	show(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON())
	show(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AppendText(nil))
	show(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).AppendText([]byte("x")))
	show(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("far", 24*3600)).MarshalText())
	show(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("far", 100*3600)).MarshalJSON())
	show(time.Time{}.MarshalText())

	var u time.Time
	for _, in := range []string{"2024-03-15T10:30:45.5Z", "2024-03-15T10:30:45+05:30", "2024-03-15", "garbage", "2024-13-01T00:00:00Z", "2024-03-15T10:30:45Zjunk"} {
		err := u.UnmarshalText([]byte(in))
		fmt.Println(in, "->", u.UTC(), err)
	}
	for _, in := range []string{`"2024-03-15T10:30:45Z"`, `null`, `123`, `"`, `""`, `"2024-02-30T00:00:00Z"`, `"2024-03-15T10:30:45-07:00"`} {
		u = time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)
		err := u.UnmarshalJSON([]byte(in))
		_, off := u.Zone()
		fmt.Println(in, "->", u.UTC(), off, err)
	}

	type Event struct {
		Name string
		At   time.Time
		P    *time.Time
		D    time.Duration
	}
	e := Event{"launch", t, &t, 90 * time.Second}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var e2 Event
	err = json.Unmarshal(b, &e2)
	fmt.Println(e2.Name, e2.At.Equal(t), e2.P.Equal(t), e2.D, err)
	err = json.Unmarshal([]byte(`{"At": 5}`), &e2)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"At": "yesterday"}`), &e2)
	fmt.Println(err)
	_, err = json.Marshal(Event{At: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Println(err)
}
