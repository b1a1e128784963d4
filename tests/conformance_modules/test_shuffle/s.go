package shuf
