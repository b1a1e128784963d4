module example.com/synctest

go 1.27
