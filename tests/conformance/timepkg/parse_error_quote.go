package main

import (
	"fmt"
	"time"
)

func main() {
	_, err := time.Parse("2006-01-02", "2024-01-0é")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	err = nil
	fmt.Println(err)
	fmt.Println(time.Unix(1<<62, 0).UTC().Year(), time.Unix(-1<<62, 0).UTC().Year())
	t := time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC)
	fmt.Println(t.Unix())
}
