package broken

func Four() int { return 4 }
