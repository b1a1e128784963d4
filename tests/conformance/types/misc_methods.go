package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}
type B struct {
	X int
	Y string `yaml:"y"`
}

type Temp struct{ v float64 }

func (t *Temp) Set(v float64) *Temp { t.v = v; return t }
func (t *Temp) Add(d float64) *Temp { t.v += d; return t }
func (t Temp) Get() float64         { return t.v }

type Counter map[string]int

func (c Counter) Inc(k string) Counter { c[k]++; return c }

func main() {
	a := A{1, "a"}
	b := B(a)
	fmt.Println(b)
	var i = 65
	fmt.Println(string(rune(i)), string(rune(i+1)))
	t := (&Temp{}).Set(1).Add(2).Add(3.5)
	fmt.Println(t.Get(), Temp{4}.Get())
	c := Counter{}
	c.Inc("a").Inc("a").Inc("b")
	fmt.Println(c)
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 4
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("sent")
	case <-nilch:
		fmt.Println("recv")
	default:
		fmt.Println("nil chans block")
	}
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full", i)
		}
	}
	type kv struct {
		k string
		v int
	}
	pairs := []kv{{"a", 1}, {"b", 2}}
	for i := range pairs {
		p := &pairs[i]
		p.v *= 10
	}
	fmt.Println(pairs)
	x := []interface{}{1, "a", nil, 2.5, []int{1}, map[string]int{"k": 1}, struct{}{}, &kv{"z", 0}}
	for _, v := range x {
		fmt.Printf("%v|%T ", v, v)
	}
	fmt.Println()
}
