module example.com/par

go 1.27
