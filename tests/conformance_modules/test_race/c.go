package rc

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c *Counter) Get() int { return c.n }
