package main

import "fmt"

// Interfaces that refer to each other through embedding and method
// signatures, declared in either order.

type Leaf interface {
	Node
	IsLeaf() bool
}

type Node interface {
	Kids() []Node
	First() Leaf
}

type Expr interface {
	Eval() int
	Walk(func(Stmt))
}

type Stmt interface {
	Expr
	Exec() Block
}

type Block interface {
	Stmt
	Stmts() []Stmt
}

type lf struct{}

func (lf) IsLeaf() bool  { return true }
func (lf) Kids() []Node  { return nil }
func (l lf) First() Leaf { return l }

type num int

func (n num) Eval() int          { return int(n) }
func (n num) Walk(f func(Stmt))  { f(n) }
func (n num) Exec() Block        { return blk{n} }

type blk []Stmt

func (b blk) Eval() int { return len(b) }
func (b blk) Walk(f func(Stmt)) {
	for _, s := range b {
		f(s)
	}
}
func (b blk) Exec() Block    { return b }
func (b blk) Stmts() []Stmt { return b }

func main() {
	var n Node = lf{}
	fmt.Println(n.First().IsLeaf(), len(n.Kids()))
	var s Stmt
	fmt.Println(s == nil)
	s = num(3)
	b := s.Exec()
	b.Walk(func(x Stmt) { fmt.Println("walk", x.Eval()) })
	fmt.Println(len(b.Stmts()), b.Exec().Eval())
	var e Expr = b
	_, isBlock := e.(Block)
	_, isLeaf := e.(Leaf)
	fmt.Println(isBlock, isLeaf)
}
