package main

// not named on the command line: not compiled
var broken int = "x"
