package shapes

type Square struct {
	Side  int
	color string
}

func (s Square) Area() int { return s.Side * s.Side }

func (s Square) paint() {}

func New(side int) Square { return Square{side, "red"} }

var count = 0

const Pi = 3
