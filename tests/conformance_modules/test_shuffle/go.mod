module example.com/shuf

go 1.27
