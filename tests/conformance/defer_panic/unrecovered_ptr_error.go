package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "ptr custom error" }

func main() {
	panic(&MyErr{42})
}
