module example.com/notmain

go 1.27
