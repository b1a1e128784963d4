// Pattern: publish/subscribe — a broker fans each message out to every subscriber of a topic.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func newBroker() *broker { return &broker{subs: map[string][]chan string{}} }

func (b *broker) subscribe(topic string) <-chan string {
	ch := make(chan string, 10)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *broker) publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
}

func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

func main() {
	b := newBroker()
	type sub struct {
		name string
		ch   <-chan string
	}
	subs := []sub{
		{"alice(news)", b.subscribe("news")},
		{"bob(news)", b.subscribe("news")},
		{"carol(sport)", b.subscribe("sport")},
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for _, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range s.ch {
				mu.Lock()
				log = append(log, s.name+" <- "+m)
				mu.Unlock()
			}
		}()
	}
	b.publish("news", "election")
	b.publish("sport", "final score")
	b.publish("news", "weather")
	b.publish("tech", "nobody listens")
	b.close()
	wg.Wait()
	sort.Strings(log)
	for _, l := range log {
		fmt.Println(l)
	}
}
