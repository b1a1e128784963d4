package lib

func F() {}
