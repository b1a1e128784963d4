package bad

func Two() int { return 3 }
