package main

func main() {
	switch 1
	{
	}
}
