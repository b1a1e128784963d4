// Pattern: publish/subscribe.
//
// A broker keeps, per topic, a list of subscriber channels. Publish sends a
// message to every channel subscribed to the topic; Close closes them all,
// which ends each subscriber's range loop. Publishers and subscribers know
// only the broker, never each other.
//
// What to look at:
//   - the mutex guards the subscriber map: Subscribe, Publish and Close may
//     be called from different goroutines;
//   - each subscriber channel is buffered, so one slow subscriber does not
//     hold up Publish (until its buffer is full);
//   - one publisher + FIFO channels: each subscriber sees publish order.
//     Subscribers only record; main prints after all finished.
//
// Common mistake: publishing after Close (send on closed channel: panic).
package main

import (
	"fmt"
	"sync"
)

type Broker struct {
	mu     sync.Mutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8) // buffered: decouples subscriber from publisher
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return // sending on a closed channel would panic
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chans := range b.subs { // map order is random, but closing is order-free
		for _, ch := range chans {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	names := []string{"alice", "bob", "carol"}
	topics := []string{"news", "news", "sports"}
	got := make([][]string, len(names)) // one slot per subscriber: no sharing

	var wg sync.WaitGroup
	for i := range names {
		ch := b.Subscribe(topics[i]) // subscribe before publishing starts
		wg.Add(1)
		go func(i int, ch <-chan string) {
			defer wg.Done()
			for msg := range ch { // ends when the broker closes ch
				got[i] = append(got[i], msg)
			}
		}(i, ch)
	}

	b.Publish("news", "go 1.99 released")
	b.Publish("sports", "gophers win")
	b.Publish("weather", "sunny") // no subscribers: dropped
	b.Publish("news", "minigo runs goroutines")
	b.Close()
	wg.Wait()

	for i, name := range names {
		fmt.Printf("%s (%s): %q\n", name, topics[i], got[i])
	}
}
