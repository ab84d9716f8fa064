package main

// gc rewrites recover() to ORECOVERFP before escape analysis, and prints it so.

import "fmt"

func f() {
	defer func() { // ERROR "func literal does not escape$"
		r := recover()
		fmt.Println(r, recover() == nil) // ERROR "... argument does not escape$" "\(<node RECOVERFP>\) == nil escapes to heap$"
	}()
	panic(1) // ERROR "1 escapes to heap$"
}

func g() {
	fmt.Println(recover()) // ERROR "... argument does not escape$"
}

func main() {
	f()
	g()
}
