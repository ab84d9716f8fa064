// Bytes that are not UTF-8 in an identifier, a string and a comment.
package main

func main() {
	xÿ := 1 // ERROR "x.* declared but not used$" "invalid UTF-8 encoding$"
	s := "aþb" // ERROR "invalid UTF-8 encoding$"
	// Ã // ERROR "invalid UTF-8 encoding$"
	_ = s
}
