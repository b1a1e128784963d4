package main

import (
	"errors"
	"fmt"
)

type TokKind int

const (
	NUM TokKind = iota
	OP
	LP
	RP
	END
)

type Token struct {
	Kind TokKind
	Val  int
	Op   byte
}

func (t Token) String() string {
	switch t.Kind {
	case NUM:
		return fmt.Sprint(t.Val)
	case OP:
		return string(t.Op)
	case LP:
		return "("
	case RP:
		return ")"
	}
	return "END"
}

var ErrSyntax = errors.New("syntax error")

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			n := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				n = n*10 + int(s[i]-'0')
				i++
			}
			toks = append(toks, Token{Kind: NUM, Val: n})
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
			toks = append(toks, Token{Kind: OP, Op: c})
			i++
		case c == '(':
			toks = append(toks, Token{Kind: LP})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RP})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d: %w", c, i, ErrSyntax)
		}
	}
	return append(toks, Token{Kind: END}), nil
}

type Node interface{ Eval() (int, error) }
type Num int
type Bin struct {
	Op   byte
	L, R Node
}

func (n Num) Eval() (int, error) { return int(n), nil }
func (b *Bin) Eval() (int, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/', '%':
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		if b.Op == '/' {
			return l / r, nil
		}
		return l % r, nil
	}
	return 0, ErrSyntax
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op byte) int {
	switch op {
	case '+', '-':
		return 1
	case '*', '/', '%':
		return 2
	}
	return 0
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return Num(t.Val), nil
	case LP:
		n, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RP {
			return nil, fmt.Errorf("missing ): %w", ErrSyntax)
		}
		return n, nil
	case OP:
		if t.Op == '-' {
			n, err := p.primary()
			if err != nil {
				return nil, err
			}
			return &Bin{'-', Num(0), n}, nil
		}
	}
	return nil, fmt.Errorf("unexpected %v: %w", t, ErrSyntax)
}

func (p *parser) expr(minPrec int) (Node, error) {
	lhs, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Op) < minPrec {
			return lhs, nil
		}
		p.next()
		rhs, err := p.expr(prec(t.Op) + 1)
		if err != nil {
			return nil, err
		}
		lhs = &Bin{t.Op, lhs, rhs}
	}
}

func calc(s string) (int, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	n, err := p.expr(1)
	if err != nil {
		return 0, err
	}
	if p.peek().Kind != END {
		return 0, fmt.Errorf("trailing %v: %w", p.peek(), ErrSyntax)
	}
	return n.Eval()
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 3", "-7 % 3", "2 * (3 + 4) * 5 - 6",
		"1 / 0", "1 +", "(2", "3 $ 4", "8 / 2 / 2", "1 2", "-(-(4))"} {
		v, err := calc(s)
		if err != nil {
			fmt.Printf("%-20q error: %v (syntax=%t)\n", s, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("%-20q = %d\n", s, v)
	}
	toks, _ := lex("12+(3*4)")
	fmt.Println(toks)
}
