module example.com/nomain

go 1.27
