module example.com/fz

go 1.27
