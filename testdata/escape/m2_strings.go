package main

// String conversions and concatenation.

var gs string
var gb []byte

func concat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func local(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func toBytes(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func keepBytes(s string) { // ERROR "s does not escape$"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func runes(s string) int { // ERROR "s does not escape$"
	return len([]rune(s)) // ERROR "\(\[\]rune\)\(s\) does not escape$"
}

func fromBytes(b []byte) { // ERROR "b does not escape$"
	gs = string(b) // ERROR "string\(b\) escapes to heap$"
}

func main() {
	keepBytes("x")
	fromBytes([]byte("y")) // ERROR "\(\[\]byte\)\(.y.\) does not escape$"
	println(concat("a", "b"), local("c", "d"), toBytes("e"), runes("fg"), gs, len(gb))
}
