// A truncated file: it stops in the middle of a call.
package main

func main() {
	println("hello", // ERROR "syntax error: unexpected EOF, expecting \)$"