// errorcheck -0 -m -l

// The examples of the articles gofront started from (../../../shared/seeds).
package main

import "fmt"

type User struct {
	ID   int
	Name string
}

type Config struct {
	ID   int
	Name string
	Data [50]byte
}

func stackIt() int {
	y := 2
	return y * 2
}

func heapIt() *int {
	y := 2
	res := y * 2 // ERROR "moved to heap: res$"
	return &res
}

func process(y *int) int { // ERROR "y does not escape$"
	return *y * 2
}

func createUserV1() User {
	u := User{ID: 1, Name: "Vikash"}
	return u
}

func createUserV2() *User {
	u := User{ID: 2, Name: "Vikash"} // ERROR "moved to heap: u$"
	return &u
}

func makeSpace(n int) int {
	x := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return len(x)
}

func makeFixed() int {
	x := make([]byte, 64) // ERROR "make\(\[\]byte, 64\) does not escape$"
	return len(x)
}

func Foo() *int {
	var x int // ERROR "moved to heap: x$"
	return &x
}

func stackExample() {
	x := 1
	println(x)
}

func escapeExample() {
	z := 3
	fmt.Println(z) // ERROR "... argument does not escape$" "z escapes to heap$"
}

func movedExample() *int {
	y := 2 // ERROR "moved to heap: y$"
	return &y
}

func byValue(c Config) int { // ERROR "c does not escape$"
	return c.ID
}

func byPointer(c *Config) int { // ERROR "c does not escape$"
	return c.ID
}

func main() {
	y := 2
	_ = process(&y)
	fmt.Println(stackIt(), *heapIt(), createUserV1().Name, createUserV2().ID) // ERROR "... argument does not escape$" "\*heapIt\(\) escapes to heap$" "createUserV1\(\).Name escapes to heap$" "createUserV2\(\).ID escapes to heap$" "stackIt\(\) escapes to heap$"
	fmt.Println(makeSpace(10), makeFixed(), *Foo()) // ERROR "... argument does not escape$" "\*Foo\(\) escapes to heap$" "makeFixed\(\) escapes to heap$" "makeSpace\(10\) escapes to heap$"
	stackExample()
	escapeExample()
	_ = movedExample()
	c := Config{ID: 7}
	fmt.Println(byValue(c), byPointer(&c)) // ERROR "... argument does not escape$" "byPointer\(&c\) escapes to heap$" "byValue\(c\) escapes to heap$"
}
