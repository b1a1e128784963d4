package library

func G() {}
