module example.com/unexp

go 1.27
