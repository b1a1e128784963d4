package main

type Runner interface{ Run() }

type R struct{}

func (r *R) Run() {}

func use(r Runner) {}

func main() {
	use(R{})
}
