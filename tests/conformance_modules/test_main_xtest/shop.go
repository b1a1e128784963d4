package shop

type Cart struct{ items []string }

func (c *Cart) Add(item string) { c.items = append(c.items, item) }
func (c *Cart) Len() int        { return len(c.items) }

var secret = "internal"
