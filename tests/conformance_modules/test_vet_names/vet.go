package vet

func Run() {}
