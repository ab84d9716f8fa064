package main

import "fmt"

//go:noinline
func stackExample() {
	x := 1
	println(x)
}

//go:noinline
func escapeExample() {
	z := 3
	fmt.Println(z) // ERROR "... argument does not escape$" "z escapes to heap$"
}

//go:noinline
func movedExample() *int {
	y := 2 // ERROR "moved to heap: y$"
	return &y
}

func joinStrings() string {
	s := ""
	for i := 0; i < 1000; i++ {
		s += "a"
	}
	return s
}

func add(a, b int) int {
	c := a + b
	return c
}

func createSlice() *[]int {
	s := make([]int, 1000) // ERROR "make\(\[\]int, 1000\) escapes to heap$" "moved to heap: s$"
	return &s
}

func Log(v interface{}) { // ERROR "leaking param: v$"
	fmt.Println(v) // ERROR "... argument does not escape$"
}

func main() {
	stackExample()
	escapeExample()
	_ = movedExample()
	_ = joinStrings()
	_ = add(1, 2)
	_ = createSlice()
	Log(1) // ERROR "1 escapes to heap$"
}
