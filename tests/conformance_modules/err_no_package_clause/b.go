// b.go forgot its package clause
func helper() {}
