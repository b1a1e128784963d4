package main

func main() {
	select
	{
	}
}

func g() {
	x := 1
}
